import { registerEnumType } from "type-graphql";
import type { Gegevenscategorie } from "../classification/Gegevenscategorie";
import type { Intensiteit, Regime } from "../enums/Regime";

/**
 * What happened in a household's dossier, as the timeline names it. Each owner
 * announces the entries its own records make; the local team's register merges
 * them into one timeline (`Gezin.gezinstijdlijn`).
 */
export enum Tijdlijnsoort {
  MELDING_ONTVANGEN = "MELDING_ONTVANGEN",
  MELDING_AFGESLOTEN = "MELDING_AFGESLOTEN",
  MELDING_OVERGEDRAGEN = "MELDING_OVERGEDRAGEN",
  ADVIES_CONSULT = "ADVIES_CONSULT",
  VEILIGHEIDSTAXATIE = "VEILIGHEIDSTAXATIE",
  VERTROUWENSARTS_ADVIES = "VERTROUWENSARTS_ADVIES",
  ONDERZOEK_GESTART = "ONDERZOEK_GESTART",
  ONDERZOEK_AFGEROND = "ONDERZOEK_AFGEROND",
  VERZOEK_TOT_ONDERZOEK = "VERZOEK_TOT_ONDERZOEK",
  VERZOEKSCHRIFT_INGEDIEND = "VERZOEKSCHRIFT_INGEDIEND",
  UITSPRAAK = "UITSPRAAK",
  MAATREGEL_GESTART = "MAATREGEL_GESTART",
  MAATREGEL_VERLENGD = "MAATREGEL_VERLENGD",
  MAATREGEL_BEEINDIGD = "MAATREGEL_BEEINDIGD",
  INZET_GESTART = "INZET_GESTART",
  INZET_BEEINDIGD = "INZET_BEEINDIGD",
  KOPPELING_GESTART = "KOPPELING_GESTART",
  KOPPELING_BEEINDIGD = "KOPPELING_BEEINDIGD",
  REGIE_VERPLAATST = "REGIE_VERPLAATST",
  KERNBESLUIT = "KERNBESLUIT",
  NETWERKBERAAD = "NETWERKBERAAD",
  /** The local team's own timeline entry (help given, key event, decision). */
  GEBEURTENIS = "GEBEURTENIS",
}
registerEnumType(Tijdlijnsoort, { name: "Tijdlijnsoort", description: "Wat er gebeurde, zoals de tijdlijn van het huishouden het noemt." });

/** One entry a record makes in the household's timeline, as it stands now. */
export interface Tijdlijnfeit {
  soort: Tijdlijnsoort;
  /** The calendar day it happened. */
  datum: string;
  /** The category of what the entry tells: who may read it is decided on this, with the announcing organisation as owner. */
  categorie: Gegevenscategorie;
  /** A short title in Dutch ("Beschermingsonderzoek afgerond"), no personal data beyond what the category covers. */
  titel: string;
  /** The outcome, where the record has one (a conclusion, a decision), in the owner's words. */
  uitkomst?: string | null;
  /** The child it concerns, where it concerns one. */
  persoonId?: string | null;
}

/**
 * The involvement a record makes, as it stands now (the whole state, not a
 * change): the register keeps one involvement per announcing record, so an
 * announcement that arrives twice changes nothing.
 */
export interface Betrokkenheidsfeit {
  regime: Regime;
  intensiteit: Intensiteit;
  anoniem: boolean;
  startdatum: string;
  /** Set when the record ended (melding handed over, onderzoek finished, measure ended): access ends that day. */
  einddatum: string | null;
  /** The named professional of the announcing organisation. */
  medewerkerId: string | null;
  /** Only for a measure: the child it concerns. */
  persoonId?: string | null;
  /**
   * Set for an involvement that holds regie (a measure that moves it to the GI:
   * OTS, voogdij; GI product 2b): the cause as the regie history names it
   * ("Ondertoezichtstelling"). Regie moves to the GI from the start date and
   * back to the local team when the last such involvement has ended.
   */
  regie?: string | null;
  /** When the household was told of this involvement (the RvdK: rule 4); leave out to keep what the register has. */
  geinformeerdOp?: string | null;
}

/**
 * What one record announces to the register, in the same transaction that
 * writes the record (the transactional outbox): its involvement, its timeline
 * entries, and for the GI a regie handed back early. Never the record's
 * content beyond the timeline's title and outcome, which the register
 * releases only to whom the owner's policy allows.
 */
export interface Aankondiging {
  gezinId: string;
  /** The announcing record: its GraphQL type and id. */
  record: { type: string; id: string };
  betrokkenheid?: Betrokkenheidsfeit;
  tijdlijn?: Tijdlijnfeit[];
  /** The GI hands regie back to the local team before the measure ends. */
  regieTerug?: { per: string; reden: string };
}

/** An announcement as it travels: with the sender's sequence number, unique per sending organisation. */
export interface Verzonden {
  volgnummer: string;
  aankondiging: Aankondiging;
}

/** The announcement of a record that makes one timeline entry and no involvement (a decision, a meeting, an assessment). */
export function tijdlijnAankondiging(type: string, record: { id: string; gezinId: string }, feit: Tijdlijnfeit): Aankondiging {
  return { gezinId: record.gezinId, record: { type, id: record.id }, tijdlijn: [feit] };
}
