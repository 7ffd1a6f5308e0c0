import { type Aankondiging, Gegevenscategorie, type Tijdlijnfeit, Tijdlijnsoort } from "@gezinsbeeld/shared-schema";
import type { VeiligThuisOnderzoek } from "./VeiligThuisOnderzoek";

/** What an investigation announces is read from these fields only: the mutations and the seed build it from the same record. */
export type OnderzoekStand = Pick<VeiligThuisOnderzoek, "id" | "gezinId" | "startdatum" | "einddatum" | "conclusie">;

/**
 * What Veilig Thuis' investigation makes in the register: its start and, once
 * concluded, its end with the conclusion on the timeline. No involvement of
 * its own: Veilig Thuis investigates under the involvement of the melding.
 */
export function aankondigingVanOnderzoek(onderzoek: OnderzoekStand): Aankondiging {
  const tijdlijn: Tijdlijnfeit[] = [
    { soort: Tijdlijnsoort.ONDERZOEK_GESTART, datum: onderzoek.startdatum, categorie: Gegevenscategorie.VEILIGHEID, titel: "Onderzoek door Veilig Thuis gestart" },
  ];
  if (onderzoek.einddatum) {
    tijdlijn.push({
      soort: Tijdlijnsoort.ONDERZOEK_AFGEROND,
      datum: onderzoek.einddatum,
      categorie: Gegevenscategorie.VEILIGHEID,
      titel: "Onderzoek door Veilig Thuis afgerond",
      uitkomst: onderzoek.conclusie,
    });
  }
  return { gezinId: onderzoek.gezinId, record: { type: "VeiligThuisOnderzoek", id: onderzoek.id }, tijdlijn };
}
