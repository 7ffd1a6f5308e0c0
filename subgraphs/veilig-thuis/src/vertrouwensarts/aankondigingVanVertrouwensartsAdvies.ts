import { type Aankondiging, Gegevenscategorie, Tijdlijnsoort } from "@gezinsbeeld/shared-schema";
import type { VertrouwensartsAdvies } from "./VertrouwensartsAdvies";

/** What a confidential doctor's advice announces is read from these fields only: the mutation and the seed build it from the same record. */
export type VertrouwensartsAdviesStand = Pick<VertrouwensartsAdvies, "id" | "gezinId" | "datum">;

/**
 * What a confidential doctor's advice makes in the register: that there was
 * one, on its day, under MEDISCH. Nothing of the advice itself, not even in
 * the title: who may read medical findings reads them at Veilig Thuis.
 */
export function aankondigingVanVertrouwensartsAdvies(advies: VertrouwensartsAdviesStand): Aankondiging {
  return {
    gezinId: advies.gezinId,
    record: { type: "VertrouwensartsAdvies", id: advies.id },
    tijdlijn: [{ soort: Tijdlijnsoort.VERTROUWENSARTS_ADVIES, datum: advies.datum, categorie: Gegevenscategorie.MEDISCH, titel: "Advies vertrouwensarts" }],
  };
}
