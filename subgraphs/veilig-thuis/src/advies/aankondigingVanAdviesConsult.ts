import { type Aankondiging, Gegevenscategorie, Intensiteit, Regime, Tijdlijnsoort } from "@gezinsbeeld/shared-schema";
import { plusDagen } from "@gezinsbeeld/demo";
import type { AdviesConsult } from "./AdviesConsult";

/** What an advice or consult announces is read from these fields only: the mutation and the seed build it from the same record. */
export type AdviesConsultStand = Pick<AdviesConsult, "id" | "gezinId" | "datum" | "anoniem" | "adviseurId">;

/** How long a named consult keeps Veilig Thuis involved: three weeks of follow-up questions (the demo story's period). */
const ADVIESPERIODE_DAGEN = 21;

/**
 * What an advice or consult to the local team makes in the register: Veilig
 * Thuis' involvement as adviser (regime advice, light), anonymous as the record
 * is, and the consult on the timeline.
 *
 * The record has one date, so the period is chosen here. A named consult keeps
 * the adviser involved for three weeks after it, for the local team's
 * follow-up questions; access ends then (rule 8). An anonymous consult has no
 * end: it opens only the consult's own content, never the household's identity
 * (rule 3), and stays open while the local team keeps consulting about the
 * case without naming the household, as the demo's advice phase does.
 */
export function aankondigingVanAdviesConsult(advies: AdviesConsultStand): Aankondiging {
  return {
    gezinId: advies.gezinId,
    record: { type: "AdviesConsult", id: advies.id },
    betrokkenheid: {
      regime: Regime.ADVIES,
      intensiteit: Intensiteit.LICHT,
      anoniem: advies.anoniem,
      startdatum: advies.datum,
      einddatum: advies.anoniem ? null : plusDagen(advies.datum, ADVIESPERIODE_DAGEN),
      medewerkerId: advies.adviseurId,
    },
    tijdlijn: [
      {
        soort: Tijdlijnsoort.ADVIES_CONSULT,
        datum: advies.datum,
        categorie: Gegevenscategorie.HULPVERLENING,
        titel: advies.anoniem ? "Anoniem consult bij Veilig Thuis" : "Advies van Veilig Thuis",
      },
    ],
  };
}
