import { type Aankondiging, Gegevenscategorie, Intensiteit, Regime, type Tijdlijnfeit, Tijdlijnsoort } from "@gezinsbeeld/shared-schema";
import { type Melding, Meldingsaard, Meldingstatus } from "./Melding";

/** What a melding announces is read from these fields only: the mutations and the seed build it from the same record. */
export type MeldingStand = Pick<Melding, "id" | "gezinId" | "datum" | "aard" | "status" | "afgeslotenOp" | "vastgelegdDoor">;

/** The kind of melding as the timeline tells it: what was reported, never by whom or in the melder's words. */
const AARD: Record<Meldingsaard, string> = {
  [Meldingsaard.HUISELIJK_GEWELD]: "Huiselijk geweld",
  [Meldingsaard.PARTNERGEWELD]: "Partnergeweld",
  [Meldingsaard.KINDERMISHANDELING]: "Kindermishandeling",
  [Meldingsaard.VERWAARLOZING]: "Verwaarlozing",
  [Meldingsaard.SEKSUEEL_GEWELD]: "Seksueel geweld",
  [Meldingsaard.EERGERELATEERD_GEWELD]: "Eergerelateerd geweld",
  [Meldingsaard.OUDERENMISHANDELING]: "Ouderenmishandeling",
};

/**
 * What a melding makes in the register, as it stands now: Veilig Thuis'
 * involvement with legal powers (orange, heavy) from the day the melding came
 * in until it was closed or handed over, and those two moments on the
 * timeline. The professional named is who recorded the melding: in a mutation
 * the requester, in the seed the investigating colleague.
 */
export function aankondigingVanMelding(melding: MeldingStand): Aankondiging {
  const tijdlijn: Tijdlijnfeit[] = [
    { soort: Tijdlijnsoort.MELDING_ONTVANGEN, datum: melding.datum, categorie: Gegevenscategorie.VEILIGHEID, titel: "Melding ontvangen", uitkomst: AARD[melding.aard] },
  ];
  if (melding.afgeslotenOp) {
    const overgedragen = melding.status === Meldingstatus.OVERGEDRAGEN;
    tijdlijn.push({
      soort: overgedragen ? Tijdlijnsoort.MELDING_OVERGEDRAGEN : Tijdlijnsoort.MELDING_AFGESLOTEN,
      datum: melding.afgeslotenOp,
      categorie: Gegevenscategorie.VEILIGHEID,
      titel: overgedragen ? "Melding overgedragen" : "Melding afgesloten",
    });
  }
  return {
    gezinId: melding.gezinId,
    record: { type: "Melding", id: melding.id },
    betrokkenheid: {
      regime: Regime.ORANJE,
      intensiteit: Intensiteit.ZWAAR,
      // A melder may stay anonymous; the household never is: Veilig Thuis acts on it by law.
      anoniem: false,
      startdatum: melding.datum,
      einddatum: melding.afgeslotenOp,
      medewerkerId: melding.vastgelegdDoor,
    },
    tijdlijn,
  };
}
