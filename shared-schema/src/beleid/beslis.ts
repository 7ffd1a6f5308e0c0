import { Gegevenscategorie as C } from "../classification/Gegevenscategorie";
import type { Principal } from "../context/RequestContext";
import { loopt, vandaag } from "../dossier/vandaag";
import type { Organisatie } from "../enums/Organisatie";
import { organisatieRegister } from "../organisaties/organisatieRegister";
import type { Regime } from "../enums/Regime";
import { Rol } from "../enums/Rol";
import {
  ANONIEM_CONSULT,
  DOSSIERHOUDER_ONTVANGT,
  GEDWONGEN_REGIMES,
  Grondslag,
  IDENTIFICEREND,
  magOoitLezen,
  ROLLEN_MET_TEAMZICHT,
  TANDEM,
  VRIJWILLIGE_REGIMES,
  Weigerreden,
} from "./beleid";
import type { BetrokkenheidFeit, NoodtoegangFeit, Toegangsbasis } from "./Toegangsbasis";

/** The outcome for one (requester, household, category). */
export type Beslissing =
  | { toegestaan: true; grondslag: Grondslag; /** Which consent, duty or break-glass, for the record. */ bron?: string }
  | { toegestaan: false; reden: Weigerreden };

/** What is being decided. */
export interface Vraag {
  principal: Principal | null;
  categorie: C;
  /** The organisation that owns the data (the subgraph answering). */
  eigenaar: Organisatie;
  /** The household's register; null when it is not known (refused: fail closed). */
  basis: Toegangsbasis | null;
  /** Reading or writing; writing is only ever done by the owner. Default "lezen". */
  handeling?: "lezen" | "schrijven";
  /** Now, for consents withdrawn and break-glass expiring. Default: the current time. */
  nu?: Date;
}

/**
 * Each distinct outcome is one frozen object, handed out again: a page decides
 * thousands of (household, category) pairs to a few outcomes, and those who
 * count, log and pack decisions (the metrics, the access log, the decision
 * bundle) find a repeated one by identity instead of by its text.
 */
const weigeringen = new Map<Weigerreden, Beslissing>();
const toestemmingen = new Map<Grondslag, Map<string, Beslissing>>();
const weiger = (reden: Weigerreden): Beslissing => {
  let besluit = weigeringen.get(reden);
  if (!besluit) weigeringen.set(reden, (besluit = Object.freeze({ toegestaan: false as const, reden })));
  return besluit;
};
const sta = (grondslag: Grondslag, bron?: string): Beslissing => {
  let perBron = toestemmingen.get(grondslag);
  if (!perBron) toestemmingen.set(grondslag, (perBron = new Map()));
  const sleutel = bron ?? "";
  let besluit = perBron.get(sleutel);
  if (!besluit) {
    // Bounded by the register's consents and claims; a long-running process that sees very many starts afresh.
    if (perBron.size > 10_000) perBron.clear();
    perBron.set(sleutel, (besluit = Object.freeze({ toegestaan: true as const, grondslag, ...(bron ? { bron } : {}) })));
  }
  return besluit;
};

/**
 * Decide one request for one category of one household's data, following the
 * policy in `beleid.ts`. Pure: everything it needs is in the question, so every
 * subgraph decides the same way and the matrix test can enumerate it.
 */
export function beslis(vraag: Vraag): Beslissing {
  const { principal, categorie, eigenaar, basis } = vraag;
  const handeling = vraag.handeling ?? "lezen";
  const nu = vraag.nu ?? new Date();
  const dag = vandaag(nu);
  if (!principal) return weiger(Weigerreden.NIET_INGELOGD);
  const persoonsgegeven = categorie !== C.GEEN && categorie !== C.MEDEWERKER;

  // 1. Never-allowed, whatever the household (staff data too: the household never reads MEDEWERKER).
  if (!magOoitLezen(principal.organisatie, principal.rol, categorie)) {
    return weiger(categorie === C.MELDER ? Weigerreden.BESCHERMDE_MELDER : Weigerreden.CATEGORIE_NIET_TOEGESTAAN);
  }
  // An unknown household is refused as one the requester may not see: whether it exists is data too.
  if (!basis || !basis.bestaat) return weiger(principal.rol === Rol.INWONER ? Weigerreden.NIET_EIGEN_HUISHOUDEN : Weigerreden.GEEN_BETROKKENHEID);

  // 2. The household itself: its own dossier, never another's; it writes nothing here.
  if (principal.rol === Rol.INWONER) {
    if (!principal.bsn || !basis.ledenBsn.includes(principal.bsn)) return weiger(Weigerreden.NIET_EIGEN_HUISHOUDEN);
    if (handeling === "schrijven") return weiger(Weigerreden.NIET_EIGENAAR);
    return sta(persoonsgegeven ? Grondslag.INWONER : Grondslag.GEEN_PERSOONSGEGEVENS);
  }
  if (principal.rol === Rol.PRIVACY_OFFICER || principal.rol === Rol.COORDINATOR) {
    // They audit and count; dossier content is not theirs (step 1 already refused personal data).
    return persoonsgegeven ? weiger(Weigerreden.CATEGORIE_NIET_TOEGESTAAN) : weiger(Weigerreden.GEEN_BETROKKENHEID);
  }
  const organisatie = principal.organisatie;
  const register = organisatieRegister();
  // An organisation the register does not list decides nothing (a token cannot name one into being).
  const rij = organisatie ? register.zoek(organisatie) : undefined;
  if (!organisatie || !rij) return weiger(Weigerreden.GEEN_BETROKKENHEID);
  const dossierhouder = rij.taken.includes("dossierhouder");
  if (handeling === "schrijven" && organisatie !== eigenaar) return weiger(Weigerreden.NIET_EIGENAAR);

  // 3. Break-glass: opens what the role may ever see, for a limited time.
  const nood = actieveNoodtoegang(basis.noodtoegangen, principal.userId, nu);
  if (nood && handeling === "lezen") return sta(persoonsgegeven ? Grondslag.NOODTOEGANG : Grondslag.GEEN_PERSOONSGEGEVENS, nood.id);

  // 4. Need to know: the organisation is involved now, and a MEDEWERKER personally.
  const eigen = basis.betrokkenheden.filter((b) => b.organisatie === organisatie);
  const actief = eigen.filter((b) => loopt(b.startdatum, b.einddatum, dag));
  const teamzicht = ROLLEN_MET_TEAMZICHT.includes(principal.rol);
  let betrokken: BetrokkenheidFeit[];
  if (dossierhouder) {
    // The dossier keeper (the local team) holds the dossier (and regie by default) while it is open.
    const open = !basis.afgeslotenOp || basis.afgeslotenOp >= dag;
    if (!open || (!teamzicht && basis.vasteContactpersoonId !== principal.userId)) return weiger(Weigerreden.GEEN_BETROKKENHEID);
    betrokken = [];
  } else {
    betrokken = teamzicht ? actief : actief.filter((b) => b.medewerkerId === principal.userId);
    if (betrokken.length === 0) {
      // Rule 5: whoever advised in the voluntary phase does not act in the forced one, unless a documented exception lifts it.
      const adviseerde = adviseerdeVrijwillig(eigen, principal.userId) && !heeftUitzondering(basis, principal.userId);
      const gedwongen = actief.some((b) => GEDWONGEN_REGIMES.includes(b.regime));
      return weiger(adviseerde && gedwongen ? Weigerreden.SCHEIDING_VAN_TAKEN : Weigerreden.GEEN_BETROKKENHEID);
    }
    // Rule 4: the RvdK (register duty `informeert-huishouden`) may not be involved without the household's knowledge.
    if (rij.taken.includes("informeert-huishouden") && !betrokken.some((b) => b.geinformeerdOp && b.geinformeerdOp <= dag)) {
      return weiger(Weigerreden.NIET_GEINFORMEERD);
    }
  }
  if (!persoonsgegeven) return sta(Grondslag.GEEN_PERSOONSGEGEVENS);

  // 6a. Anonymous consult: content only, whoever owns it (rule 3).
  const alleenAnoniem = betrokken.length > 0 && betrokken.every((b) => b.anoniem);
  if (alleenAnoniem) {
    return IDENTIFICEREND.includes(categorie) ? weiger(Weigerreden.REGIME) : ANONIEM_CONSULT.includes(categorie) ? sta(Grondslag.ANONIEM_CONSULT) : weiger(Weigerreden.REGIME);
  }

  // 6b. The organisation's own data.
  if (organisatie === eigenaar) return sta(Grondslag.EIGEN_GEGEVENS);
  if (handeling === "schrijven") return weiger(Weigerreden.NIET_EIGENAAR);

  // 6c. A legal duty of the requester.
  for (const taak of rij.wettelijkeTaak) {
    const taakBetrokkenheid = betrokken.find((b) => taak.regimes.includes(b.regime));
    if (taakBetrokkenheid && taak.categorieen.includes(categorie)) return sta(Grondslag.WETTELIJKE_TAAK, `${organisatie}:${taakBetrokkenheid.regime}`);
  }

  // 6d. The tandem: the dossier keeper sees the safety, help and justice data of a partner (register row `tandem`) that worked a forced phase.
  if (dossierhouder && register.zoek(eigenaar)?.tandem && TANDEM.categorieen.includes(categorie)) {
    const partner = basis.betrokkenheden.find((b) => b.organisatie === eigenaar && TANDEM.regimes.includes(b.regime) && b.startdatum <= dag);
    if (partner) return sta(Grondslag.TANDEM, `${eigenaar}:${partner.regime}`);
  }
  if (dossierhouder && DOSSIERHOUDER_ONTVANGT.includes(categorie)) return sta(Grondslag.TANDEM, `${eigenaar}:dossier`);

  // 6e. Consent: for the dossier keeper, consent to share with the owner covers both directions.
  const partnerVanToestemming = dossierhouder ? eigenaar : organisatie;
  const toestemmingen = basis.toestemmingen.filter((t) => t.partner === partnerVanToestemming && t.categorieen.includes(categorie) && t.gegevenOp <= dag);
  const geldig = toestemmingen.find((t) => !t.ingetrokkenOp || new Date(t.ingetrokkenOp) > nu);
  if (geldig) return sta(Grondslag.TOESTEMMING, geldig.id);
  return weiger(toestemmingen.length > 0 ? Weigerreden.TOESTEMMING_INGETROKKEN : Weigerreden.GEEN_TOESTEMMING);
}

/**
 * Rule 5 for one nomination: may `userId` be named on, or assign themselves to,
 * a record of the household in `regime`? Not in a forced regime (ORANJE, ROOD)
 * when they advised the household in the voluntary phase: an ADVIES or GROEN
 * involvement naming them, at any organisation, whoever recorded it and whether
 * or not it has ended; unless a gedragswetenschapper or teamleider recorded a
 * documented exception for them in this household. Any other regime: yes. Pure.
 */
export function benoembaar(basis: Toegangsbasis, userId: string, regime: Regime): boolean {
  if (!GEDWONGEN_REGIMES.includes(regime)) return true;
  return !adviseerdeVrijwillig(basis.betrokkenheden, userId) || heeftUitzondering(basis, userId);
}

/** Whether one of `betrokkenheden` of the voluntary phase (ADVIES, GROEN) names `userId`. */
function adviseerdeVrijwillig(betrokkenheden: readonly BetrokkenheidFeit[], userId: string): boolean {
  return betrokkenheden.some((b) => VRIJWILLIGE_REGIMES.includes(b.regime) && b.medewerkerId === userId);
}

function heeftUitzondering(basis: Toegangsbasis, userId: string): boolean {
  return basis.uitzonderingenScheidingVanTaken?.includes(userId) ?? false;
}

function actieveNoodtoegang(noodtoegangen: readonly NoodtoegangFeit[], userId: string, nu: Date): NoodtoegangFeit | undefined {
  return noodtoegangen.find((n) => n.userId === userId && new Date(n.vanaf) <= nu && new Date(n.tot) > nu);
}
