/** The hub's codes of the professional's dossier in the words a professional reads. */
import { code } from "../lib/woorden";

type Tabel = Readonly<Record<string, string>>;

/** A code in words from `tabel`; an unknown code as its own words, never hidden. */
export const inWoorden = (tabel: Tabel, waarde: string): string => tabel[waarde] ?? code(waarde);

export const GEZINSROLLEN: Tabel = { OUDER: "ouder", STIEFOUDER: "stiefouder", PLEEGOUDER: "pleegouder", KIND: "kind", GROOTOUDER: "grootouder", OVERIG: "overig" };

export const RELATIES: Tabel = {
  OUDER_VAN: "ouder van",
  PARTNER_VAN: "partner van",
  EX_PARTNER_VAN: "ex-partner van",
  BROER_OF_ZUS_VAN: "broer of zus van",
  GROOTOUDER_VAN: "grootouder van",
  VERZORGER_VAN: "verzorger van",
  NETWERK: "netwerk van",
};

export const INTENSITEITEN: Tabel = {
  LICHT: "licht (1 uur per maand tot 1 uur per week)",
  MIDDEL: "middel (1 tot 4 uur per week)",
  ZWAAR: "zwaar (4 uur per week of meer)",
};

export const MAATREGELEN: Tabel = {
  ONDERTOEZICHTSTELLING: "ondertoezichtstelling (OTS)",
  VOOGDIJ: "voogdij",
  MACHTIGING_UITHUISPLAATSING: "machtiging uithuisplaatsing",
  OTS: "ondertoezichtstelling (OTS)",
  GEZAGSBEEINDIGING: "beëindiging van het gezag",
};

export const GI_PRODUCTEN: Tabel = {
  PRODUCT_1: "product 1: (anoniem) advies aan het lokale team",
  PRODUCT_2A: "product 2a: samen optrekken, regie bij het lokale team",
  PRODUCT_2B: "product 2b: regie bij de GI, vrijwillig kader",
};

export const SIGNAALSOORTEN: Tabel = { BETROKKEN: "raakte betrokken", BEEINDIGD: "is niet meer betrokken" };

/** The data category each kind of timeline content stands for (its `__typename`). */
export const TIJDLIJN_CATEGORIE: Tabel = {
  TijdlijnVeiligheid: "VEILIGHEID",
  TijdlijnMedisch: "MEDISCH",
  TijdlijnJustitieel: "JUSTITIEEL",
  TijdlijnHulpverlening: "HULPVERLENING",
  TijdlijnZorgen: "ZORGEN",
  TijdlijnErvaringsdeskundigeContact: "ERVARINGSDESKUNDIGE_CONTACT",
};

/** Whole days from today (local calendar) to a `JJJJ-MM-DD` date; negative when it lies in the past. */
export function dagenTot(dag: string, vandaag: Date = new Date()): number {
  const [j, m, d] = dag.split("-").map(Number);
  const doel = Date.UTC(j ?? 0, (m ?? 1) - 1, d ?? 1);
  const nu = Date.UTC(vandaag.getFullYear(), vandaag.getMonth(), vandaag.getDate());
  return Math.round((doel - nu) / 86_400_000);
}
