/**
 * The hub's codes as a household member reads them (B1: short, everyday
 * words). A code this table does not know is shown as it is, in lower case:
 * never hidden.
 */
import { code } from "../lib/woorden";

const woord = (tabel: Readonly<Record<string, string>>, waarde: string | null | undefined): string => (waarde ? tabel[waarde] ?? code(waarde) : "onbekend");

/** How a partner works with the household (seed 001, appendix 2). */
const REGIMES: Readonly<Record<string, string>> = {
  ADVIES: "geeft advies aan het lokale team",
  GROEN: "werkt met u, met uw toestemming",
  ORANJE: "onderzoekt, omdat de wet dat vraagt",
  ROOD: "werkt met u, omdat de rechter dat besliste",
  ANDERS: "werkt op een andere manier met u",
};

const INTENSITEITEN: Readonly<Record<string, string>> = {
  LICHT: "een paar uur per maand",
  MIDDEL: "een paar uur per week",
  ZWAAR: "veel uren per week",
};

const VEILIGHEID: Readonly<Record<string, string>> = {
  VEILIG: "veilig",
  VOORWAARDELIJK_VEILIG: "veilig, als de afspraken worden nagekomen",
  ONVEILIG: "niet veilig",
};

const VERVOLG: Readonly<Record<string, string>> = {
  OVERDRACHT_LOKAAL_TEAM: "het lokale team helpt verder",
  VERZOEK_TOT_ONDERZOEK_RAAD: "Veilig Thuis vraagt de Raad om onderzoek",
  GEEN_VERVOLG: "er is geen vervolg nodig",
};

const VERZOEKSTATUS: Readonly<Record<string, string>> = {
  ONTVANGEN: "de Raad kijkt nog of er een onderzoek komt",
  AANGENOMEN: "de Raad doet onderzoek",
  AFGEWEZEN: "de Raad doet geen onderzoek",
};

const MAATREGELEN: Readonly<Record<string, string>> = {
  OTS: "ondertoezichtstelling",
  ONDERTOEZICHTSTELLING: "ondertoezichtstelling",
  GEZAGSBEEINDIGING: "einde van het gezag van de ouders (voogdij)",
  VOOGDIJ: "voogdij",
  MACHTIGING_UITHUISPLAATSING: "uithuisplaatsing",
};

const UITSPRAKEN: Readonly<Record<string, string>> = {
  TOEGEWEZEN: "de rechter zei ja",
  AFGEWEZEN: "de rechter zei nee",
};

const GI_PRODUCTEN: Readonly<Record<string, string>> = {
  PRODUCT_1: "advies aan het lokale team",
  PRODUCT_2A: "werkt samen met het lokale team; het lokale team houdt de regie",
  PRODUCT_2B: "werkt samen met het lokale team; de jeugdbescherming heeft de regie",
};

const JEUGDRECLASSERING: Readonly<Record<string, string>> = {
  TOEZICHT_EN_BEGELEIDING: "toezicht en begeleiding",
  HARDE_KERN: "intensieve begeleiding",
  CRIEM: "intensieve begeleiding",
  GEDRAGSBEINVLOEDENDE_MAATREGEL: "gedragsmaatregel",
  SCHOLINGS_EN_TRAININGSPROGRAMMA: "training",
  VRIJWILLIG: "vrijwillige begeleiding",
};

const RELATIES: Readonly<Record<string, string>> = {
  OUDER_VAN: "ouder van",
  PARTNER_VAN: "partner van",
  EX_PARTNER_VAN: "ex-partner van",
  BROER_OF_ZUS_VAN: "broer of zus van",
  GROOTOUDER_VAN: "opa of oma van",
  VERZORGER_VAN: "verzorger van",
  NETWERK: "iemand uit het netwerk van",
};

/** Why data went out without consent (`Grondslag` of a verstrekking). */
const DEELGRONDEN: Readonly<Record<string, string>> = {
  WETTELIJKE_PLICHT: "de wet verplichtte het",
  LEVENSBEDREIGENDE_SITUATIE: "er was levensgevaar",
};

export const regimeVoorGezin = (waarde: string | null | undefined): string => woord(REGIMES, waarde);
export const intensiteitVoorGezin = (waarde: string | null | undefined): string => woord(INTENSITEITEN, waarde);
export const veiligheidVoorGezin = (waarde: string | null | undefined): string => woord(VEILIGHEID, waarde);
export const vervolgVoorGezin = (waarde: string | null | undefined): string => woord(VERVOLG, waarde);
export const verzoekstatusVoorGezin = (waarde: string | null | undefined): string => woord(VERZOEKSTATUS, waarde);
export const maatregelVoorGezin = (waarde: string | null | undefined): string => woord(MAATREGELEN, waarde);
export const uitspraakVoorGezin = (waarde: string | null | undefined): string => woord(UITSPRAKEN, waarde);
export const giProductVoorGezin = (waarde: string | null | undefined): string => woord(GI_PRODUCTEN, waarde);
export const jeugdreclasseringVoorGezin = (waarde: string | null | undefined): string => woord(JEUGDRECLASSERING, waarde);
export const relatieVoorGezin = (waarde: string | null | undefined): string => woord(RELATIES, waarde);
export const deelgrondVoorGezin = (waarde: string | null | undefined): string => woord(DEELGRONDEN, waarde);
