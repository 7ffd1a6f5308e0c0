import DataLoader from "dataloader";
import { GraphQLError, responsePathAsArray } from "graphql";
import type { Path } from "graphql/jsutils/Path";
import type { Beslissing } from "../beleid/beslis";
import { Weigerreden } from "../beleid/beleid";
import { Gegevenscategorie } from "../classification/Gegevenscategorie";
import { isUuid } from "../validation";
import type { RequestContext } from "../context/RequestContext";
import type { Organisatie } from "../enums/Organisatie";
import type { Regime } from "../enums/Regime";
import type { Gezinsbesluiten, Handelwijze, Toegangsbeslisser } from "./Besluiten";

/** Readable explanations of refusal reasons, for the error message. */
const UITLEG: Record<Weigerreden, string> = {
  [Weigerreden.NIET_INGELOGD]: "er is geen geldige identiteit meegestuurd",
  [Weigerreden.GEEN_BETROKKENHEID]: "het bestaat niet, of uw organisatie (of u persoonlijk) is niet actief betrokken bij dit huishouden",
  [Weigerreden.GEEN_TOESTEMMING]: "het huishouden heeft hiervoor geen toestemming gegeven aan uw organisatie",
  [Weigerreden.TOESTEMMING_INGETROKKEN]: "het huishouden heeft zijn toestemming ingetrokken",
  [Weigerreden.REGIME]: "de vorm van uw betrokkenheid (anoniem advies of consult) staat dit niet toe",
  [Weigerreden.CATEGORIE_NIET_TOEGESTAAN]: "uw organisatie of rol mag deze gegevens nooit inzien",
  [Weigerreden.SCHEIDING_VAN_TAKEN]: "u adviseerde dit huishouden in de vrijwillige fase; een andere medewerker handelt de gedwongen fase af",
  [Weigerreden.BESCHERMDE_MELDER]: "de identiteit van de melder is beschermd",
  [Weigerreden.NIET_GEINFORMEERD]: "het huishouden is nog niet geïnformeerd over de betrokkenheid van de Raad",
  [Weigerreden.NIET_EIGEN_HUISHOUDEN]: "dit is niet uw eigen huishouden",
  [Weigerreden.NIET_EIGENAAR]: "alleen de organisatie die deze gegevens beheert, mag ze vastleggen",
  [Weigerreden.ONBESLIST]: "de toegang kon niet worden vastgesteld",
};

/**
 * An error made without capturing a stack trace: a refusal is an answer, not a
 * fault, and every refusal made on the prototype (`voorbeeldWeigering`) would
 * inherit a stack of wherever the first one happened to be made.
 */
function zonderStapel(maak: () => GraphQLError): GraphQLError {
  const limiet = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return maak();
  } finally {
    Error.stackTraceLimit = limiet;
  }
}

/**
 * The FORBIDDEN error a refused field or mutation gets. Given the field's
 * `pad` (its `info.path`), the error is made already placed there, so the
 * executor passes it on as it is instead of making a second error around it
 * (and working out its line and column in the query, which the gateway drops).
 */
export function verboden(categorie: Gegevenscategorie, reden: Weigerreden, pad?: Path): GraphQLError {
  if (reden === Weigerreden.ONBESLIST) return toegangOnbekend();
  const weigering = Object.create(voorbeeldWeigering(categorie, reden)) as GraphQLError & { path?: ReadonlyArray<string | number> };
  if (pad) weigering.path = responsePathAsArray(pad);
  return weigering;
}

/**
 * Per category and reason, the refusal every refused field's own error is made
 * on (its prototype: the same message and frozen extensions, its own path).
 * `new GraphQLError` costs about 4 µs even without a stack (it defines its
 * properties one by one); a teamleider's page of 25 households refuses 140
 * fields. Such an error is still a GraphQLError in every respect the executor,
 * Apollo Server and `formatFout` use (`instanceof`, `message`, `extensions`,
 * `path`, `toJSON`).
 */
const voorbeeldWeigeringen = new Map<Gegevenscategorie, Map<Weigerreden, GraphQLError>>();

function voorbeeldWeigering(categorie: Gegevenscategorie, reden: Weigerreden): GraphQLError {
  let perReden = voorbeeldWeigeringen.get(categorie);
  if (!perReden) voorbeeldWeigeringen.set(categorie, (perReden = new Map()));
  let voorbeeld = perReden.get(reden);
  if (!voorbeeld) {
    voorbeeld = zonderStapel(() => new GraphQLError(`Geen toegang tot gegevens van categorie ${categorie}: ${UITLEG[reden]}.`, {
      extensions: Object.freeze({ code: "FORBIDDEN", categorie, reden }),
    }));
    perReden.set(reden, voorbeeld);
  }
  return voorbeeld;
}

/**
 * The error when no decision could be made (the decision service or register
 * unreachable, timed out): its own code, no data, and no reason claimed.
 */
export function toegangOnbekend(): GraphQLError {
  return new GraphQLError("De toegang kon nu niet worden vastgesteld, daarom worden geen gegevens verstrekt. Probeer het over enkele ogenblikken opnieuw.", {
    extensions: { code: "TOEGANG_ONBEKEND" },
  });
}

/** The decision the log records when none could be made. */
export const ONBESLIST: Beslissing = { toegestaan: false, reden: Weigerreden.ONBESLIST };

/** True for the error {@link toegangOnbekend} makes. */
export function isToegangOnbekend(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions.code === "TOEGANG_ONBEKEND";
}

/**
 * Access decisions for one request. The decisions of every household the
 * request touches are fetched in one batch from the decision service (or
 * in-process where the register is kept); each is then answered from memory for
 * the rest of the request, so a decision never costs a round trip per field.
 * When no decision can be had, every question about that household rejects
 * with TOEGANG_ONBEKEND.
 */
export class Toegang {
  private readonly besluiten: DataLoader<string, Gezinsbesluiten>;
  /** Reading decisions already made in this request, per household (lower case), for the guard's synchronous path. */
  private readonly genomen = new Map<string, Gezinsbesluiten["lezen"]>();
  private readonly gekend = new Set<string>();

  constructor(
    private readonly context: RequestContext,
    private readonly beslisser: Toegangsbeslisser,
    /** The organisation that owns this subgraph's data. */
    readonly eigenaar: Organisatie,
    /**
     * Decisions about `eigenaar`'s data this request already carries (the
     * register holder handed them out for this very request, see
     * `besluitenbundel`): those households cost no call to the decision service.
     */
    vooraf: readonly Gezinsbesluiten[] = [],
  ) {
    this.besluiten = new DataLoader<string, Gezinsbesluiten>(async (gezinIds): Promise<Array<Gezinsbesluiten | Error>> => {
      const principal = context.principal;
      if (!principal) return gezinIds.map(() => toegangOnbekend());
      // A malformed id names no household: refused here, so it cannot make the batch for the others fail.
      const geldig = gezinIds.filter(isUuid);
      try {
        const besluiten = geldig.length > 0 ? await beslisser.besluiten({ principal, eigenaar }, geldig, context) : [];
        for (const besluit of besluiten) this.onthoud(besluit);
        const perId = new Map(besluiten.map((b) => [b.gezinId.toLowerCase(), b]));
        return gezinIds.map((id) => perId.get(id) ?? nergens(id));
      } catch (error) {
        meldOnbekend(context, error);
        return gezinIds.map(() => toegangOnbekend());
      }
    });
    for (const besluit of vooraf) {
      this.besluiten.prime(besluit.gezinId.toLowerCase(), besluit);
      this.onthoud(besluit);
    }
  }

  /** The households this request has decisions about (from the decision source or carried with it), lower case. */
  besliste(): string[] {
    return [...this.gekend];
  }

  /** All decisions about the household for this request; rejects with TOEGANG_ONBEKEND. */
  gezin(gezinId: string): Promise<Gezinsbesluiten> {
    return this.besluiten.load(gezinId.toLowerCase());
  }

  /** Decide whether the requester may read `categorie` of the household, or write or open there (category GEEN). */
  async beslis(gezinId: string, categorie: Gegevenscategorie, handeling: Handelwijze = "lezen"): Promise<Beslissing> {
    return kies(await this.gezin(gezinId), categorie, handeling);
  }

  /**
   * The decision if this request already has it, else undefined: most fields of
   * a page repeat a (household, category) already decided, and answering those
   * without a promise keeps the guard cheap.
   */
  alBeslist(gezinId: string, categorie: Gegevenscategorie, handeling: Handelwijze = "lezen"): Beslissing | undefined {
    if (handeling !== "lezen") return undefined;
    // Ids come lower case from the database; another spelling costs one more lookup.
    return (this.genomen.get(gezinId) ?? this.genomen.get(gezinId.toLowerCase()))?.[categorie];
  }

  /** Decide and throw FORBIDDEN (or TOEGANG_ONBEKEND) when not allowed. */
  async eis(gezinId: string, categorie: Gegevenscategorie, handeling: Handelwijze = "lezen"): Promise<Beslissing> {
    const beslissing = await this.beslis(gezinId, categorie, handeling);
    if (!beslissing.toegestaan) throw verboden(categorie, beslissing.reden);
    return beslissing;
  }

  /** For each of `persoonIds`: a member of the household? Rejects with TOEGANG_ONBEKEND when it cannot be told. */
  async zijnLeden(gezinId: string, persoonIds: readonly string[]): Promise<boolean[]> {
    const principal = this.context.principal;
    if (!principal) throw toegangOnbekend();
    try {
      return await this.beslisser.zijnLeden({ principal, eigenaar: this.eigenaar }, gezinId.toLowerCase(), persoonIds.map((id) => id.toLowerCase()), this.context);
    } catch (error) {
      meldOnbekend(this.context, error);
      throw toegangOnbekend();
    }
  }

  /**
   * For each of `userIds`: may they be named on a record of the household in
   * `regime` (rule 5)? Rejects with TOEGANG_ONBEKEND when it cannot be told.
   */
  async magBenoemen(gezinId: string, userIds: readonly string[], regime: Regime): Promise<boolean[]> {
    const principal = this.context.principal;
    if (!principal) throw toegangOnbekend();
    try {
      return await this.beslisser.magBenoemen({ principal, eigenaar: this.eigenaar }, gezinId.toLowerCase(), userIds, regime, this.context);
    } catch (error) {
      meldOnbekend(this.context, error);
      throw toegangOnbekend();
    }
  }

  private onthoud(besluiten: Gezinsbesluiten): void {
    const id = besluiten.gezinId.toLowerCase();
    this.gekend.add(id);
    this.genomen.set(id, besluiten.lezen);
  }
}

/** Why no decision could be had, for the operator: one JSON line (the client gets TOEGANG_ONBEKEND, without the cause). */
function meldOnbekend(context: RequestContext, error: unknown): void {
  console.error(JSON.stringify({ event: "toegang-onbekend", requestId: context.requestId, subgraph: context.subgraph, fout: String(error) }));
}

/** The decisions about an id that names no household: nothing is allowed. */
function nergens(gezinId: string): Gezinsbesluiten {
  const nee: Beslissing = { toegestaan: false, reden: Weigerreden.GEEN_BETROKKENHEID };
  const lezen = Object.fromEntries(Object.values(Gegevenscategorie).map((c) => [c, nee])) as Record<Gegevenscategorie, Beslissing>;
  return { gezinId, lezen, schrijven: nee, openen: nee };
}

/** The decision for one action (and, for reading, one category) among a household's decisions. */
export function kies(besluiten: Gezinsbesluiten, categorie: Gegevenscategorie, handeling: Handelwijze): Beslissing {
  if (handeling === "schrijven") return besluiten.schrijven;
  if (handeling === "openen") return besluiten.openen;
  return besluiten.lezen[categorie];
}
