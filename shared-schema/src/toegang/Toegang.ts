import DataLoader from "dataloader";
import { GraphQLError } from "graphql";
import { beslis, type Beslissing } from "../beleid/beslis";
import { Weigerreden } from "../beleid/beleid";
import type { Toegangsbasis } from "../beleid/Toegangsbasis";
import { Gegevenscategorie } from "../classification/Gegevenscategorie";
import type { RequestContext } from "../context/RequestContext";
import type { Organisatie } from "../enums/Organisatie";
import type { Toegangsregister } from "./Toegangsregister";

/** Readable explanations of refusal reasons, for the error message. */
const UITLEG: Record<Weigerreden, string> = {
  [Weigerreden.NIET_INGELOGD]: "er is geen geldige identiteit meegestuurd",
  [Weigerreden.GEEN_BETROKKENHEID]: "uw organisatie (of u persoonlijk) is niet actief betrokken bij dit huishouden",
  [Weigerreden.GEEN_TOESTEMMING]: "het huishouden heeft hiervoor geen toestemming gegeven aan uw organisatie",
  [Weigerreden.TOESTEMMING_INGETROKKEN]: "het huishouden heeft zijn toestemming ingetrokken",
  [Weigerreden.REGIME]: "de vorm van uw betrokkenheid (anoniem advies of consult) staat dit niet toe",
  [Weigerreden.CATEGORIE_NIET_TOEGESTAAN]: "uw organisatie of rol mag deze gegevens nooit inzien",
  [Weigerreden.SCHEIDING_VAN_TAKEN]: "u adviseerde dit huishouden in de vrijwillige fase; een andere medewerker handelt de gedwongen fase af",
  [Weigerreden.BESCHERMDE_MELDER]: "de identiteit van de melder is beschermd",
  [Weigerreden.NIET_GEINFORMEERD]: "het huishouden is nog niet geïnformeerd over de betrokkenheid van de Raad",
  [Weigerreden.NIET_EIGEN_HUISHOUDEN]: "dit is niet uw eigen huishouden",
  [Weigerreden.NIET_EIGENAAR]: "alleen de organisatie die deze gegevens beheert, mag ze vastleggen",
};

/** The FORBIDDEN error a refused field or mutation gets. */
export function verboden(categorie: Gegevenscategorie, reden: Weigerreden): GraphQLError {
  return new GraphQLError(`Geen toegang tot gegevens van categorie ${categorie}: ${UITLEG[reden]}.`, {
    extensions: { code: "FORBIDDEN", categorie, reden },
  });
}

/**
 * Access decisions for one request. The register of every household the request
 * touches is loaded in one batch; each (household, category, action) is decided
 * once and remembered for the rest of the request, so a decision never costs a
 * database round trip per field.
 */
export class Toegang {
  private readonly register: DataLoader<string, Toegangsbasis | null>;
  private readonly beslissingen = new Map<string, Promise<Beslissing>>();
  /** Decisions already made in this request, for the guard's synchronous path. */
  private readonly genomen = new Map<string, Beslissing>();

  constructor(
    private readonly context: RequestContext,
    bron: Toegangsregister,
    /** The organisation that owns this subgraph's data. */
    readonly eigenaar: Organisatie,
  ) {
    this.register = new DataLoader(async (gezinIds) => {
      try {
        return await bron(gezinIds, context);
      } catch (error) {
        if (process.env.GEZINSBEELD_LOG_ACCESS_ERRORS) console.error(error);
        // Fail closed: an unreachable register grants nothing.
        return gezinIds.map(() => null);
      }
    });
  }

  /** The household's register for this request. */
  basis(gezinId: string): Promise<Toegangsbasis | null> {
    return this.register.load(gezinId.toLowerCase());
  }

  /** Decide (once per request) whether the requester may read or write `categorie` of the household. */
  beslis(gezinId: string, categorie: Gegevenscategorie, handeling: "lezen" | "schrijven" = "lezen"): Promise<Beslissing> {
    const key = `${gezinId}|${categorie}|${handeling}`;
    let beslissing = this.beslissingen.get(key);
    if (!beslissing) {
      beslissing = this.basis(gezinId).then((basis) => {
        const besluit = beslis({ principal: this.context.principal, categorie, eigenaar: this.eigenaar, basis, handeling });
        this.genomen.set(key, besluit);
        return besluit;
      });
      this.beslissingen.set(key, beslissing);
    }
    return beslissing;
  }

  /**
   * The decision if this request already made it, else undefined: most fields of
   * a page repeat a (household, category) already decided, and answering those
   * without a promise keeps the guard cheap.
   */
  alBeslist(gezinId: string, categorie: Gegevenscategorie, handeling: "lezen" | "schrijven" = "lezen"): Beslissing | undefined {
    return this.genomen.get(`${gezinId}|${categorie}|${handeling}`);
  }

  /** Decide and throw FORBIDDEN when refused. */
  async eis(gezinId: string, categorie: Gegevenscategorie, handeling: "lezen" | "schrijven" = "lezen"): Promise<void> {
    const beslissing = await this.beslis(gezinId, categorie, handeling);
    if (!beslissing.toegestaan) throw verboden(categorie, beslissing.reden);
  }
}
