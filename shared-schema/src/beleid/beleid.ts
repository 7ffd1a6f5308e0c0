import { Gegevenscategorie as C, PERSOONSGEGEVENS } from "../classification/Gegevenscategorie";
import type { Organisatie } from "../enums/Organisatie";
import { organisatieRegister } from "../organisaties/organisatieRegister";
import { Regime } from "../enums/Regime";
import { Rol } from "../enums/Rol";

/**
 * THE ACCESS POLICY OF THE GEZINSBEELD, in one place, for privacy officers to read.
 *
 * Every field of the supergraph carries a data category (`@gegevens`). A request
 * for a field of one household is granted on exactly one basis (Grondslag) or
 * refused with one reason (Weigerreden). The rules come from the seeds and
 * DOMAIN.md ("Rules the data must obey"); each constant below says which rule.
 *
 * Order of the decision (see `beslis.ts`):
 *  1. never-allowed: a role or organisation that may never see a category is refused
 *     at once (the gateway removes such fields before planning; the subgraph refuses too);
 *  2. the household itself (role INWONER) sees its own dossier, minus protected fields
 *     (who made a melding, and staff: MEDEWERKER, already refused in step 1);
 *  3. break-glass: a live emergency claim opens everything the role may ever see;
 *  4. need to know: without an active involvement of its organisation a professional sees
 *     nothing; a MEDEWERKER must be the professional named on it (or the fixed contact);
 *  5. separation of duties and the RvdK's duty to inform the household;
 *  6. the organisation's own data; else anonymous consult, legal duty, tandem, or consent.
 */

/** On what basis access was granted. Recorded with every access (issue 4). */
export enum Grondslag {
  /** The household's own dossier (role INWONER). */
  INWONER = "INWONER",
  /** The organisation's own data, while it is involved (or holds the dossier). */
  EIGEN_GEGEVENS = "EIGEN_GEGEVENS",
  /** Consent of the household for this partner and category. */
  TOESTEMMING = "TOESTEMMING",
  /** A legal duty: GI under a measure, VT after a melding, RvdK during an investigation. */
  WETTELIJKE_TAAK = "WETTELIJKE_TAAK",
  /** Anonymous advice or consult: content without identifying data (rule 3). */
  ANONIEM_CONSULT = "ANONIEM_CONSULT",
  /** The local team and the partner working a forced phase together (the tandem). */
  TANDEM = "TANDEM",
  /** Break-glass for a life-threatening situation, limited in time, reviewed afterwards. */
  NOODTOEGANG = "NOODTOEGANG",
  /** Data that is not personal data of a household. */
  GEEN_PERSOONSGEGEVENS = "GEEN_PERSOONSGEGEVENS",
}

/** Why access was refused; sent as `extensions.reden` with code FORBIDDEN. */
export enum Weigerreden {
  NIET_INGELOGD = "unauthenticated",
  GEEN_BETROKKENHEID = "no-involvement",
  GEEN_TOESTEMMING = "no-consent",
  TOESTEMMING_INGETROKKEN = "consent-withdrawn",
  REGIME = "regime",
  CATEGORIE_NIET_TOEGESTAAN = "category-not-allowed",
  SCHEIDING_VAN_TAKEN = "separation-of-duties",
  BESCHERMDE_MELDER = "protected-reporter",
  NIET_GEINFORMEERD = "household-not-informed",
  NIET_EIGEN_HUISHOUDEN = "not-own-household",
  NIET_EIGENAAR = "not-data-owner",
  /**
   * No decision could be made (the decision service or the register was
   * unreachable): never a refusal on a reason, the request gets TOEGANG_ONBEKEND
   * and no data. `beslis` itself never returns it.
   */
  ONBESLIST = "undecided",
}

/** Categories that identify the household; never released in an anonymous consult (rule 3). */
export const IDENTIFICEREND: readonly C[] = [C.IDENTIFICATIE, C.CONTACT, C.GEZINSSAMENSTELLING];

const alles = (...behalve: C[]): C[] => PERSOONSGEGEVENS.filter((c) => !behalve.includes(c));

/**
 * What a role may EVER read, whatever the household. Privacy officers audit and
 * coordinators count (issue 4, the quarterly monitor): neither reads dossier content.
 * The household never sees who made a melding (the reporter's identity is protected),
 * nor who among the staff did what (MEDEWERKER: user ids, names of whoever recorded,
 * investigated or advised): it sees the organisation and role that recorded or looked,
 * and the name of its designated contacts, the local team's vaste contactpersoon and
 * the GI's jeugdbeschermer, whose fields are HULPVERLENING (see docs/toegangslog.md,
 * "Wat het huishouden ziet"). Professionals, privacy officers and coordinators read
 * MEDEWERKER wherever they may read the household at all.
 */
export const ROL_MAG_OOIT: Readonly<Record<Rol, readonly C[]>> = {
  [Rol.MEDEWERKER]: [...PERSOONSGEGEVENS, C.MEDEWERKER],
  [Rol.GEDRAGSWETENSCHAPPER]: [...PERSOONSGEGEVENS, C.MEDEWERKER],
  [Rol.TEAMLEIDER]: [...PERSOONSGEGEVENS, C.MEDEWERKER],
  [Rol.PRIVACY_OFFICER]: [C.TOEZICHT, C.MEDEWERKER],
  [Rol.COORDINATOR]: [C.MEDEWERKER],
  [Rol.INWONER]: alles(C.MELDER),
};

/*
 * What an organisation may EVER read, and its legal duties (in which regime,
 * which categories, without consent), are rows of the organisation register
 * (`gateway/organisaties.json`, validated at start by `organisatieRegister`), so a
 * partner that joins brings its own rows and changes no code here.
 */

/** Rule 3: in an anonymous consult the partner sees the case content, no identity. */
export const ANONIEM_CONSULT: readonly C[] = [C.ZORGEN, C.VEILIGHEID, C.HULPVERLENING];

/**
 * The tandem: once a partner has worked a forced phase (orange or red) with the
 * household, the local team that keeps the one shared dossier sees that partner's
 * safety, help and justice data (seed 003, table 2; DOMAIN: "whoever sits in
 * front changes, both stay on the bike"). The partner's own access still ends
 * when its involvement ends.
 */
export const TANDEM: { regimes: readonly Regime[]; categorieen: readonly C[] } = {
  // Which owners it applies to is their register row (`tandem`); who sees it, the dossier keeper's (`taken: ["dossierhouder"]`).
  regimes: [Regime.ORANJE, Regime.ROOD],
  categorieen: [C.VEILIGHEID, C.HULPVERLENING, C.JUSTITIEEL],
};

/**
 * What the local team, as keeper of the dossier, receives from partners in any
 * case: the experts by experience's contact counts (seed 001: "Het overzicht wordt
 * toegestuurd naar de medewerker van het lokaal team die het toevoegt aan het
 * cliëntdossier").
 */
export const DOSSIERHOUDER_ONTVANGT: readonly C[] = [C.ERVARINGSDESKUNDIGE_CONTACT];

/** Regimes in which the household's consent is not the basis (rule 5: a different employee). */
export const GEDWONGEN_REGIMES: readonly Regime[] = [Regime.ORANJE, Regime.ROOD];

/** Regimes of the voluntary phase. */
export const VRIJWILLIGE_REGIMES: readonly Regime[] = [Regime.ADVIES, Regime.GROEN];

/** Roles that do the work with households: they write, open and break glass; privacy officers, coordinators and the household do not. */
export const PROFESSIONELE_ROLLEN: readonly Rol[] = [Rol.MEDEWERKER, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER];

/**
 * Roles that may record a documented exception to rule 5 (separation of duties):
 * the gedragswetenschapper and the teamleider, who weigh and answer for it.
 */
export const MAG_SCHEIDING_VAN_TAKEN_OPHEFFEN: readonly Rol[] = [Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER];

/** Roles that see every household their organisation is involved with; a MEDEWERKER only their own. */
export const ROLLEN_MET_TEAMZICHT: readonly Rol[] = [Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER];

/** Default and maximum duration of break-glass access, in hours. */
export const NOODTOEGANG_UREN = { standaard: 24, maximum: 72 } as const;

/**
 * True when `organisatie` in `rol` may ever read `categorie` (step 1). The gateway
 * uses this to remove fields before planning (personal data of a household only:
 * a MEDEWERKER field refused to the household is refused by the subgraph).
 */
export function magOoitLezen(organisatie: Organisatie | null, rol: Rol, categorie: C): boolean {
  if (categorie === C.GEEN) return true;
  if (!ROL_MAG_OOIT[rol].includes(categorie)) return false;
  // An inwoner belongs to no organisation; the role alone decides. Staff data is no
  // household's: no organisation is barred from it, the role decides there too.
  if (rol === Rol.INWONER || categorie === C.MEDEWERKER) return true;
  return organisatie !== null && (organisatieRegister().zoek(organisatie)?.magOoitLezen.includes(categorie) ?? false);
}
