import { Arg, Ctx, Directive, Field, ID, InputType, Int, ObjectType, Query, registerEnumType, Resolver } from "type-graphql";
import type { Gezinsbesluiten } from "../toegang/Besluiten";
import { Grondslag, Weigerreden } from "../beleid/beleid";
import type { Beslissing } from "../beleid/beslis";
import { Gegevenscategorie } from "../classification/Gegevenscategorie";
import { Gegeven, GeenPersoonsgegeven } from "../classification/gegevens";
import type { Principal, RequestContext } from "../context/RequestContext";
import { Organisatie, OrganisatieScalar } from "../enums/Organisatie";
import { organisatieRegister } from "../organisaties/organisatieRegister";
import { Rol } from "../enums/Rol";
import { invoerFout } from "../errors";
import { decodeCursor, encodeCursor, Pagina } from "../pagination/Pagina";
import { eisPaginagrootte } from "../pagination/keysetPagina";
import { Toegang, verboden } from "../toegang/Toegang";
import { eisUuid } from "../validation";
import { gedeeldeKetenstatus, KETENSTATUS_TYPEN, Ketenstatus } from "./Ketenstatus";
import { noteerToegang } from "./Toegangslog";
import { APART_GELOGD, type Handeling, type ToegangslogKolommen } from "./Toegangsregel";

/** NEN 7513 "gebeurtenis": what was done with the data. */
export enum Toegangshandeling {
  READ = "READ",
  SEARCH = "SEARCH",
  CREATE = "CREATE",
  UPDATE = "UPDATE",
  /** A mutation ended a record (an involvement, a measure, a consent). */
  END = "END",
  DELETE = "DELETE",
  EXPORT = "EXPORT",
  /** The decision service answered a subgraph's question about the household. */
  DECIDE = "DECIDE",
}

registerEnumType(Toegangshandeling, {
  name: "Toegangshandeling",
  description: "Wat er met de gegevens gebeurde (NEN 7513: gebeurtenis).",
});

/** Whether an access was granted or refused. */
export enum Toegangsbeslissing {
  TOEGESTAAN = "TOEGESTAAN",
  GEWEIGERD = "GEWEIGERD",
  /** No decision could be made (the decision service was unreachable): nothing was released. */
  ONBESLIST = "ONBESLIST",
}

registerEnumType(Toegangsbeslissing, { name: "Toegangsbeslissing", description: "Of de toegang werd verleend of geweigerd, of dat er niet kon worden beslist." });

/**
 * One entry of an organisation's access log as privacy officers and the household
 * read it: every NEN 7513 field of {@link Toegangsregel} and its place in the
 * chain. Never data values. Every subgraph publishes the identical type.
 *
 * The household is the `gezinId` property on purpose: the field guard then decides
 * each entry per household by the policy, so an inwoner only ever reads entries of
 * their own household (privacy officers read these whole: `TOEGANGSLOG_TOEZICHTTYPEN`).
 * The person is kept as `clientPersoonId`, so the guard records one read per
 * household, not one per person the entries name.
 */
@ObjectType("ToegangslogRegel", { description: "Eén vastgelegde toegang tot persoonsgegevens (NEN 7513); nooit de gegevens zelf." })
@Directive("@shareable")
export class ToegangslogRegel {
  @GeenPersoonsgegeven(() => String, { description: "Volgnummer in de hashketen van het log van deze organisatie." })
  volgnummer!: string;

  @GeenPersoonsgegeven(() => Date, { description: "NEN 7513 datum en tijd." })
  tijdstip!: Date;

  @Gegeven(Gegevenscategorie.TOEZICHT, () => ID, {
    description: "Verzoek-id: hetzelfde in het log van elke organisatie voor één vraag aan de gateway. Leeg wanneer een inwoner het log leest.",
  })
  requestId!: string | null;

  @Gegeven(Gegevenscategorie.TOEZICHT, () => Toegangshandeling, { description: "NEN 7513 gebeurtenis." })
  handeling!: Toegangshandeling;

  @Gegeven(Gegevenscategorie.MEDEWERKER, () => String, {
    nullable: true,
    description: "NEN 7513 gebruiker: gebruikers-id. Leeg wanneer een inwoner het log leest: die ziet organisatie en rol.",
  })
  gebruiker!: string | null;

  // Who looked, as the household may know it: TOEZICHT, not MEDEWERKER, which the household never reads.
  @Gegeven(Gegevenscategorie.TOEZICHT, () => OrganisatieScalar, { nullable: true, description: "NEN 7513 namens: de organisatie; leeg als een inwoner keek." })
  organisatie!: Organisatie | null;

  @Gegeven(Gegevenscategorie.TOEZICHT, () => Rol, { description: "NEN 7513 namens: de rol." })
  rol!: Rol;

  @GeenPersoonsgegeven(() => ID, { nullable: true, description: "NEN 7513 cliënt: het huishouden." })
  gezinId!: string | null;

  @GeenPersoonsgegeven(() => ID, { name: "persoonId", nullable: true, description: "NEN 7513 cliënt: de persoon, waar het één persoon betreft." })
  clientPersoonId!: string | null;

  @Gegeven(Gegevenscategorie.TOEZICHT, () => [Gegevenscategorie], {
    description: "NEN 7513 wat: de gegevenscategorieën, gesorteerd. Eén regel noemt alle categorieën die één blik op een huishouden of persoon raakte met hetzelfde besluit op dezelfde grondslag; MELDER staat altijd in een regel alleen.",
  })
  categorieen!: Gegevenscategorie[];

  @Gegeven(Gegevenscategorie.TOEZICHT, () => [String], { description: "NEN 7513 wat: de velden (Type.veld)." })
  veldpaden!: string[];

  @Gegeven(Gegevenscategorie.TOEZICHT, () => Toegangsbeslissing)
  beslissing!: Toegangsbeslissing;

  @Gegeven(Gegevenscategorie.TOEZICHT, () => String, { nullable: true, description: "Reden van weigering (FORBIDDEN reden)." })
  reden!: string | null;

  @Gegeven(Gegevenscategorie.TOEZICHT, () => String, { nullable: true, description: "NEN 7513 grondslag: toestemming, wettelijke taak, eigen gegevens, noodtoegang, …" })
  grondslag!: string | null;

  @Gegeven(Gegevenscategorie.TOEZICHT, () => String, { nullable: true, description: "Welke toestemming, taak of noodtoegang." })
  bron!: string | null;

  @Gegeven(Gegevenscategorie.TOEZICHT, () => Boolean, { description: "NEN 7513 noodprocedure: noodtoegang (break-glass) gebruikt." })
  noodprocedure!: boolean;

  @Gegeven(Gegevenscategorie.TOEZICHT, () => String, { nullable: true, description: "Opgegeven doel (x-doel); leeg wanneer een inwoner het log leest." })
  doel!: string | null;

  @Gegeven(Gegevenscategorie.TOEZICHT, () => String, { nullable: true, description: "Naam van de GraphQL-operatie; leeg wanneer een inwoner het log leest." })
  operatie!: string | null;

  @GeenPersoonsgegeven(() => String, { description: "De subgraph die de toegang vastlegde." })
  subgraph!: string;
}

@ObjectType("ToegangslogPagina", { description: "Een pagina van een toegangslog, nieuwste eerst." })
@Directive("@shareable")
export class ToegangslogPagina extends Pagina(ToegangslogRegel) {}

@InputType("ToegangslogFilter", { description: "Welke regels van het toegangslog; alle voorwaarden samen." })
export class ToegangslogFilter {
  @Field(() => ID, { nullable: true, description: "Alleen toegang tot dit huishouden. Een inwoner moet het eigen huishouden noemen." })
  gezinId?: string | null;

  @Field(() => ID, { nullable: true, description: "Alleen toegang tot gegevens van deze persoon." })
  persoonId?: string | null;

  // An id, not free text: no subgraph offers an input where content could be sent (ervaringsdeskundigen: never the conversation).
  @Field(() => ID, { nullable: true, description: "Alleen toegang door deze gebruiker (gebruikers-id); niet voor een inwoner." })
  gebruiker?: string | null;

  @Field(() => OrganisatieScalar, { nullable: true, description: "Alleen toegang namens deze organisatie." })
  organisatie?: Organisatie | null;

  @Field(() => Date, { nullable: true, description: "Vanaf dit moment (inclusief)." })
  van?: Date | null;

  @Field(() => Date, { nullable: true, description: "Tot dit moment (exclusief)." })
  tot?: Date | null;

  @Field(() => Toegangsbeslissing, { nullable: true, description: "Alleen verleende of alleen geweigerde toegang." })
  beslissing?: Toegangsbeslissing | null;

  @Field(() => Boolean, { nullable: true, description: "Alleen toegang met noodtoegang (break-glass), voor de beoordeling achteraf." })
  alleenNoodtoegang?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Alleen toegang door professionals: zonder de inzage door het gezin zelf (wie keek er in ons dossier?)." })
  alleenProfessionals?: boolean | null;
}

/**
 * Types of the access log a privacy officer reads whole: add them to a subgraph's
 * `toezichtTypen`. Without that the field guard would judge a privacy officer's
 * reading like dossier content (need to know) and refuse every entry. The chain
 * status's types are among them: they decide and record their own reads.
 */
export const TOEGANGSLOG_TOEZICHTTYPEN: readonly string[] = ["ToegangslogRegel", ...KETENSTATUS_TYPEN];

/**
 * The root field of an organisation's access log in the supergraph, e.g.
 * `toegangslogLokaalTeam`, `toegangslogGi`. Federation root fields must be
 * unique, so each organisation's log has its own; the gateway's CSV export
 * finds them by this name.
 */
export function toegangslogQueryNaam(organisatie: Organisatie): string {
  return `toegangslog${organisatie
    .split("_")
    .map((deel) => deel.charAt(0) + deel.slice(1).toLowerCase())
    .join("")}`;
}

/**
 * The root field of an organisation's chain status, e.g. `toegangslogKetenLokaalTeam`,
 * `toegangslogKetenGi`: {@link toegangslogQueryNaam} with `Keten` after `toegangslog`.
 */
export function toegangslogKetenQueryNaam(organisatie: Organisatie): string {
  return toegangslogQueryNaam(organisatie).replace(/^toegangslog/, "toegangslogKeten");
}

/** Largest page (export pages through with it). */
export const TOEGANGSLOG_MAX_PAGINA = 500;

/**
 * Who may read the access log of `organisatie`: its own privacy officer, and a
 * privacy officer of the partnership (claim `samenwerking`) every organisation's.
 * The household reads its own entries (see {@link toegangslogResolver}); nobody else.
 */
export function magToegangslogLezen(principal: Principal, organisatie: Organisatie): boolean {
  return principal.rol === Rol.PRIVACY_OFFICER && (principal.organisatie === organisatie || principal.samenwerking === true);
}

/** How one request reads the log. */
type Lezer =
  | { soort: "toezicht"; besluit: Beslissing }
  | { soort: "inwoner"; gezinId: string; informatieplicht: NonNullable<Gezinsbesluiten["informatieplichtVoorInwoner"]> };

/** One row of `toegangslog`, as `pg` returns it. */
interface LogRij extends ToegangslogKolommen {
  nummer: string;
  tijdstip: Date;
  /** The exact time (microseconds, UTC) for the page cursor. */
  sleutel: string;
}

/** SQL conditions with their parameters, numbered as they are added. */
class Voorwaarden {
  readonly delen: string[] = [];
  readonly waarden: unknown[] = [];

  param(waarde: unknown): string {
    this.waarden.push(waarde);
    return `$${this.waarden.length}`;
  }

  voeg(sql: string): void {
    this.delen.push(sql);
  }

  get where(): string {
    return this.delen.length ? `WHERE ${this.delen.join(" AND ")}` : "";
  }
}

// As text: a bigint outgrows JavaScript's numbers. Under its own name, or ORDER BY would sort the text.
const KOLOMMEN = `volgnummer::text AS nummer, tijdstip,
  to_char(tijdstip AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sleutel,
  request_id, handeling, gebruiker, organisatie, rol, gezin_id, persoon_id, categorieen, veldpaden,
  beslissing, reden, grondslag, bron, noodprocedure, doel, operatie, subgraph`;

/** The calendar day (Dutch time) of an entry, to compare with the register's dates. */
const DAG = `(tijdstip AT TIME ZONE 'Europe/Amsterdam')::date`;

/**
 * A type-graphql resolver with one root query, `queryName`, over this subgraph's
 * own `toegangslog`: newest first, keyset-paginated on (tijdstip, volgnummer).
 * Register it in each subgraph's `resolvers` with its own name
 * ({@link toegangslogQueryNaam}), and add {@link TOEGANGSLOG_TOEZICHTTYPEN} to its
 * `toezichtTypen`.
 *
 * Who reads: the privacy officer of `organisatie` the whole log, a privacy
 * officer of the partnership every organisation's; an inwoner only entries about
 * their own household, without those the law keeps from it (the protected
 * reporter; the RvdK's steps before the household was told of its involvement),
 * and without what names the professional: user id, stated purpose, request id
 * and operation name (docs/toegangslog.md, "Wat het huishouden ziet"). Anyone else gets
 * FORBIDDEN. Every read, and every refused attempt, is itself recorded (category
 * TOEZICHT; READ, or EXPORT when `export` is true).
 *
 * The same resolver serves the chain status, {@link toegangslogKetenQueryNaam}
 * (`toegangslogKetenGi`, …): whether this log's hash chain holds, and since
 * which stored checkpoint. Only for whoever may read the whole log
 * ({@link magToegangslogLezen}; not the household); refused like the log
 * (FORBIDDEN, category TOEZICHT). It shows no personal data, but it is a look at
 * the log all the same, so each read and each refused attempt is recorded as
 * the log's own reads are (TOEZICHT, READ, without a household).
 *
 * @param queryName the root field, unique in the supergraph, e.g. `toegangslogGi`
 * @param organisatie the organisation whose log this subgraph keeps
 */
export function toegangslogResolver(queryName: string, organisatie: Organisatie): Function {
  const veld = `Query.${queryName}`;
  const ketenNaam = toegangslogKetenQueryNaam(organisatie);
  const ketenVeld = `Query.${ketenNaam}`;

  @Resolver()
  class ToegangslogResolver {
    @Query(() => ToegangslogPagina, {
      name: queryName,
      nullable: true,
      description: `Het toegangslog van ${organisatie} (NEN 7513), nieuwste eerst: voor de functionaris gegevensbescherming, en voor een inwoner de toegang tot het eigen huishouden.`,
    })
    async toegangslog(
      @Ctx() context: RequestContext,
      @Arg("filter", () => ToegangslogFilter, { nullable: true }) filter: ToegangslogFilter | null,
      @Arg("first", () => Int, { defaultValue: 50, description: `Aantal per pagina (1-${TOEGANGSLOG_MAX_PAGINA}).` }) first: number,
      @Arg("after", () => String, { nullable: true, description: "Cursor uit pageInfo.endCursor." }) after: string | null,
      @Arg("export", () => Boolean, { defaultValue: false, description: "Vastleggen als export (CSV) in plaats van inzage." }) exporteer: boolean,
    ): Promise<ToegangslogPagina> {
      const principal = context.principal;
      if (!principal) throw verboden(Gegevenscategorie.TOEZICHT, Weigerreden.NIET_INGELOGD);
      const handeling: Handeling = exporteer ? "EXPORT" : "READ";
      const f = leesFilter(filter);
      eisPaginagrootte(first, TOEGANGSLOG_MAX_PAGINA);
      const cursor = after ? leesCursor(after) : null;

      const lezer = await bepaalLezer(context, principal, organisatie, f);
      if ("reden" in lezer) {
        // A refused attempt at the log is recorded like any other.
        noteerToegang(context, { gezinId: f.gezinId ?? null, persoonId: f.persoonId ?? null, categorie: Gegevenscategorie.TOEZICHT, veld, handeling, besluit: { toegestaan: false, reden: lezer.reden } });
        throw verboden(Gegevenscategorie.TOEZICHT, lezer.reden);
      }

      const voorwaarden = filterVoorwaarden(f, lezer);
      const totaal = (await context.db.query(`SELECT count(*)::int AS aantal FROM toegangslog ${voorwaarden.where}`, voorwaarden.waarden)) as Array<{ aantal: number }>;
      if (cursor) {
        const t = voorwaarden.param(cursor[0]);
        const v = voorwaarden.param(cursor[1]);
        // The first condition lets the (…, tijdstip DESC) indexes start at the cursor; the second breaks ties.
        voorwaarden.voeg(`tijdstip <= ${t}::timestamptz AND (tijdstip, volgnummer) < (${t}::timestamptz, ${v}::bigint)`);
      }
      const limiet = voorwaarden.param(first + 1);
      const rijen = (await context.db.query(
        `SELECT ${KOLOMMEN} FROM toegangslog ${voorwaarden.where} ORDER BY tijdstip DESC, volgnummer DESC LIMIT ${limiet}`,
        voorwaarden.waarden,
      )) as LogRij[];
      const pagina = rijen.slice(0, first);

      const besluit: Beslissing = lezer.soort === "toezicht" ? lezer.besluit : { toegestaan: true, grondslag: Grondslag.INWONER };
      for (const gezinId of gelezenGezinnen(pagina, f.gezinId)) {
        noteerToegang(context, { gezinId, persoonId: f.persoonId ?? null, categorie: Gegevenscategorie.TOEZICHT, veld, handeling, besluit });
      }
      const laatste = pagina[pagina.length - 1];
      return {
        nodes: pagina.map((rij) => naarRegel(rij, lezer.soort === "inwoner")),
        totalCount: totaal[0]?.aantal ?? 0,
        pageInfo: { hasNextPage: rijen.length > first, endCursor: laatste ? encodeCursor(JSON.stringify([laatste.sleutel, laatste.nummer])) : null },
      };
    }

    @Query(() => Ketenstatus, {
      name: ketenNaam,
      nullable: true,
      description: `Of de hashketen van het toegangslog van ${organisatie} heel is, en sinds welk checkpoint: voor de functionaris gegevensbescherming.`,
    })
    async ketenstatus(@Ctx() context: RequestContext): Promise<Ketenstatus> {
      const principal = context.principal;
      if (!principal) throw verboden(Gegevenscategorie.TOEZICHT, Weigerreden.NIET_INGELOGD);
      const feit = { gezinId: null, persoonId: null, categorie: Gegevenscategorie.TOEZICHT, veld: ketenVeld, handeling: "READ" as const };
      if (!magToegangslogLezen(principal, organisatie)) {
        noteerToegang(context, { ...feit, besluit: { toegestaan: false, reden: Weigerreden.CATEGORIE_NIET_TOEGESTAAN } });
        throw verboden(Gegevenscategorie.TOEZICHT, Weigerreden.CATEGORIE_NIET_TOEGESTAAN);
      }
      noteerToegang(context, { ...feit, besluit: toezichtBesluit(principal, organisatie) });
      return gedeeldeKetenstatus(context.db, organisatie, { auditSleutel: context.auditSleutel });
    }
  }
  return ToegangslogResolver;
}

/** The filter checked: ids are UUIDs (lower case, as the log holds them), the period runs forward. */
function leesFilter(filter: ToegangslogFilter | null): ToegangslogFilter {
  const f: ToegangslogFilter = { ...(filter ?? {}) };
  if (f.gezinId) f.gezinId = eisUuid(f.gezinId, "gezinId").toLowerCase();
  if (f.persoonId) f.persoonId = eisUuid(f.persoonId, "persoonId").toLowerCase();
  if (f.van && f.tot && f.tot <= f.van) throw invoerFout("'tot' moet na 'van' liggen.", "tot");
  return f;
}

async function bepaalLezer(
  context: RequestContext,
  principal: Principal,
  organisatie: Organisatie,
  f: ToegangslogFilter,
): Promise<Lezer | { reden: Weigerreden }> {
  if (magToegangslogLezen(principal, organisatie)) return { soort: "toezicht", besluit: toezichtBesluit(principal, organisatie) };
  if (principal.rol !== Rol.INWONER) return { reden: Weigerreden.CATEGORIE_NIET_TOEGESTAAN };
  if (!f.gezinId) throw invoerFout("Een inwoner ziet alleen de toegang tot het eigen huishouden: noem het in filter.gezinId.", "gezinId");
  // The user id is not shown to an inwoner (see naarRegel); filtering on it would reveal it all the same.
  if (f.gebruiker) throw invoerFout("Een inwoner kan niet op gebruiker filteren; het log toont organisatie en rol.", "gebruiker");
  // Membership is the policy's own question (step 2: the household itself), answered from the register.
  const toegang = toegangVoor(context, organisatie);
  const besluit = await toegang.beslis(f.gezinId, Gegevenscategorie.TOEZICHT);
  if (!besluit.toegestaan) return { reden: besluit.reden };
  const besluiten = await toegang.gezin(f.gezinId);
  return { soort: "inwoner", gezinId: f.gezinId, informatieplicht: besluiten.informatieplichtVoorInwoner ?? [] };
}

/** A privacy officer's read of the log, as recorded. */
function toezichtBesluit(principal: Principal, organisatie: Organisatie): Beslissing {
  const bron = principal.organisatie === organisatie ? `FG:${organisatie}` : "FG:SAMENWERKING";
  // The privacy officer's supervisory task (AVG art. 39): checking who accessed what is what the log is kept for.
  return { toegestaan: true, grondslag: Grondslag.WETTELIJKE_TAAK, bron };
}

/** The request's access decisions, shared with the field guard (same register, same owner). */
function toegangVoor(context: RequestContext, organisatie: Organisatie): Toegang {
  if (!context.toegang) {
    // Fail closed: without the register nobody's membership of a household can be known.
    if (!context.beslisser) throw new Error("toegangslog: this request has no decision service to check the household against");
    context.toegang = new Toegang(context, context.beslisser, organisatie);
  }
  return context.toegang;
}

function filterVoorwaarden(f: ToegangslogFilter, lezer: Lezer): Voorwaarden {
  const w = new Voorwaarden();
  const gezinId = lezer.soort === "inwoner" ? lezer.gezinId : f.gezinId;
  if (gezinId) w.voeg(`gezin_id = ${w.param(gezinId)}::uuid`);
  if (f.persoonId) w.voeg(`persoon_id = ${w.param(f.persoonId)}::uuid`);
  if (f.gebruiker) w.voeg(`gebruiker = ${w.param(f.gebruiker)}`);
  if (f.organisatie) w.voeg(`organisatie = ${w.param(f.organisatie)}`);
  if (f.van) w.voeg(`tijdstip >= ${w.param(f.van)}::timestamptz`);
  if (f.tot) w.voeg(`tijdstip < ${w.param(f.tot)}::timestamptz`);
  if (f.beslissing) w.voeg(`beslissing = ${w.param(f.beslissing)}`);
  if (f.alleenNoodtoegang) w.voeg("noodprocedure");
  if (f.alleenProfessionals) w.voeg(`rol <> ${w.param(Rol.INWONER)}`);
  if (lezer.soort === "inwoner") {
    // Who made a melding is protected from the household, and so is every look at it (each in an entry of its own: APART_GELOGD).
    w.voeg(`NOT (categorieen && ${w.param([...APART_GELOGD])}::text[])`);
    w.voeg(informatieplichtZichtbaar(w, lezer.informatieplicht));
  }
  return w;
}

/**
 * Rule 4 (the RvdK may not act without the household's knowledge) read the other
 * way round: what an organisation that must inform the household (register duty
 * `informeert-huishouden`) did before the household was told of its involvement
 * is a covert step, and stays out of the household's view. Such an organisation's
 * entry shows only when, on its day, the household had been told of one of its
 * involvements and of every one of it that had begun by then.
 */
function informatieplichtZichtbaar(w: Voorwaarden, betrokkenheden: NonNullable<Gezinsbesluiten["informatieplichtVoorInwoner"]>): string {
  const plichtigen = organisatieRegister()
    .organisaties.filter((organisatie) => organisatie.taken.includes("informeert-huishouden"))
    .map((organisatie) => organisatie.code);
  return plichtigen
    .map((code) => {
      const eigen = betrokkenheden.filter((b) => b.organisatie === code);
      const anders = `organisatie IS DISTINCT FROM ${w.param(code)}`;
      const verteld = eigen.filter((b) => b.geinformeerdOp).map((b) => `${DAG} >= ${w.param(b.geinformeerdOp)}::date`);
      if (verteld.length === 0) return anders;
      const heimelijk = eigen.map((b) => {
        const begonnen = `${DAG} >= ${w.param(b.startdatum)}::date`;
        return b.geinformeerdOp ? `(${begonnen} AND ${DAG} < ${w.param(b.geinformeerdOp)}::date)` : `(${begonnen})`;
      });
      return `(${anders} OR ((${verteld.join(" OR ")}) AND NOT (${heimelijk.join(" OR ")})))`;
    })
    .join(" AND ") || "TRUE";
}

/** Each household the page shows (and the one asked about), for the record of this read; none: one entry without. */
function gelezenGezinnen(rijen: readonly LogRij[], gevraagd: string | null | undefined): Set<string | null> {
  const gezinnen = new Set<string | null>(rijen.map((rij) => rij.gezin_id));
  if (gevraagd) gezinnen.add(gevraagd);
  if (gezinnen.size === 0) gezinnen.add(null);
  return gezinnen;
}

function naarRegel(rij: LogRij, voorInwoner: boolean): ToegangslogRegel {
  return {
    volgnummer: rij.nummer,
    tijdstip: rij.tijdstip,
    // The household sees which organisation and role looked, when, what and on which
    // basis, not which professional nor how they work: the right of access (AVG art. 15)
    // covers recipients, not the employees acting under the organisation's authority
    // (CJEU C-579/21), and professionals in a forced phase must not become a target.
    // The user id, the request id that ties one professional's looks together across
    // the five logs, and the operation name the professional's application sent all
    // point at them. The privacy officer can name them on request.
    requestId: voorInwoner ? null : rij.request_id,
    handeling: rij.handeling as Toegangshandeling,
    gebruiker: voorInwoner ? null : rij.gebruiker,
    organisatie: rij.organisatie as Organisatie | null,
    rol: rij.rol as Rol,
    gezinId: rij.gezin_id,
    clientPersoonId: rij.persoon_id,
    categorieen: rij.categorieen as Gegevenscategorie[],
    veldpaden: rij.veldpaden,
    beslissing: rij.beslissing as Toegangsbeslissing,
    reden: rij.reden,
    grondslag: rij.grondslag,
    bron: rij.bron,
    noodprocedure: rij.noodprocedure,
    // A purpose is free text a professional typed; it can name third parties, the reporter among them.
    doel: voorInwoner ? null : rij.doel,
    operatie: voorInwoner ? null : rij.operatie,
    subgraph: rij.subgraph,
  };
}

function leesCursor(after: string): [string, string] {
  try {
    const [tijdstip, volgnummer] = JSON.parse(decodeCursor(after)) as [unknown, unknown];
    if (typeof tijdstip === "string" && !Number.isNaN(Date.parse(tijdstip)) && typeof volgnummer === "string" && /^\d{1,19}$/.test(volgnummer)) {
      return [tijdstip, volgnummer];
    }
  } catch {
    // Falls through to the refusal below.
  }
  throw invoerFout("Deze cursor komt niet uit pageInfo.endCursor van dit toegangslog.", "after");
}
