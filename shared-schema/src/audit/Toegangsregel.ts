import { Gegevenscategorie } from "../classification/Gegevenscategorie";

/**
 * One entry of an organisation's access log, named after NEN 7513 (logging of
 * access to care records): the event, when, the client, the user, on whose
 * behalf, what, on which basis, and whether an emergency procedure was used.
 * It records the fact of an access, never the data values.
 * See docs/toegangslog.md for the mapping to NEN 7513 and Logboek Dataverwerkingen.
 */
export interface Toegangsregel {
  /** NEN 7513 "datum en tijd". */
  tijdstip: Date;
  /** The same for every subgraph in one gateway request. */
  requestId: string;
  /** NEN 7513 "gebeurtenis": the action. */
  handeling: Handeling;
  /** NEN 7513 "gebruiker". */
  gebruiker: string;
  /** NEN 7513 "namens": the organisation and role the user acted for. */
  organisatie: string | null;
  rol: string;
  /** NEN 7513 "cliënt": the household, and the person where it applies. */
  gezinId: string | null;
  persoonId: string | null;
  /**
   * NEN 7513 "wat": the data categories and the fields touched (Type.veld),
   * each list sorted. One entry holds every category one look at a household or
   * person touched with the same decision on the same basis, except a category
   * {@link APART_GELOGD}, which has an entry of its own.
   */
  categorieen: string[];
  veldpaden: string[];
  /** ONBESLIST: no decision could be made (the decision service was unreachable); nothing was released. */
  beslissing: "TOEGESTAAN" | "GEWEIGERD" | "ONBESLIST";
  /** Refusal reason (FORBIDDEN `reden`). */
  reden: string | null;
  /** NEN 7513 "grondslag": consent, legal duty, own data, … */
  grondslag: string | null;
  /** Which consent, duty or break-glass claim. */
  bron: string | null;
  /** NEN 7513 "noodprocedure": break-glass used. */
  noodprocedure: boolean;
  /** The purpose the requester stated (`x-doel` header), if any. */
  doel: string | null;
  operatie: string | null;
  subgraph: string;
}

/**
 * NEN 7513 "gebeurtenis". DECIDE: the decision service answered a subgraph's
 * question about this household (a register read); END: a mutation ended a record.
 */
export type Handeling = "READ" | "SEARCH" | "CREATE" | "UPDATE" | "END" | "DELETE" | "EXPORT" | "DECIDE";

/**
 * The categories that never share an entry with another: those the household's
 * own view of the log withholds (who made a melding, and every look at it), so
 * that withholding such an entry withholds nothing else.
 */
export const APART_GELOGD: ReadonlySet<string> = new Set<string>([Gegevenscategorie.MELDER]);

/** The order in which fields enter the hash: never change it, or every chain breaks. */
export const GEHASHTE_VELDEN = [
  "tijdstip", "requestId", "handeling", "gebruiker", "organisatie", "rol", "gezinId", "persoonId",
  "categorieen", "veldpaden", "beslissing", "reden", "grondslag", "bron", "noodprocedure", "doel", "operatie", "subgraph",
] as const;

/** The columns of `toegangslog` that hold an entry, as `pg` returns them. */
export interface ToegangslogKolommen {
  request_id: string;
  handeling: string;
  gebruiker: string;
  organisatie: string | null;
  rol: string;
  gezin_id: string | null;
  persoon_id: string | null;
  categorieen: string[];
  veldpaden: string[];
  beslissing: string;
  reden: string | null;
  grondslag: string | null;
  bron: string | null;
  noodprocedure: boolean;
  doel: string | null;
  operatie: string | null;
  subgraph: string;
}

/** An entry read back from its row: for verifying its hash and for showing it. */
export function regelUitRij(rij: ToegangslogKolommen, tijdstip: Date): Toegangsregel {
  return {
    tijdstip,
    requestId: rij.request_id,
    handeling: rij.handeling as Handeling,
    gebruiker: rij.gebruiker,
    organisatie: rij.organisatie,
    rol: rij.rol,
    gezinId: rij.gezin_id,
    persoonId: rij.persoon_id,
    categorieen: rij.categorieen,
    veldpaden: rij.veldpaden,
    beslissing: rij.beslissing as Toegangsregel["beslissing"],
    reden: rij.reden,
    grondslag: rij.grondslag,
    bron: rij.bron,
    noodprocedure: rij.noodprocedure,
    doel: rij.doel,
    operatie: rij.operatie,
    subgraph: rij.subgraph,
  };
}
