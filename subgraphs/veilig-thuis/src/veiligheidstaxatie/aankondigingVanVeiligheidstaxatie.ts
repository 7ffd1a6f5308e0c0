import { type Aankondiging, tijdlijnAankondiging, Gegevenscategorie, Tijdlijnsoort } from "@gezinsbeeld/shared-schema";
import { Veiligheidsinschatting, type Veiligheidstaxatie } from "./Veiligheidstaxatie";

/** What a safety assessment announces is read from these fields only: the mutation and the seed build it from the same record. */
export type VeiligheidstaxatieStand = Pick<Veiligheidstaxatie, "id" | "gezinId" | "datum" | "directeVeiligheid" | "stabieleVeiligheid">;

const INSCHATTING: Record<Veiligheidsinschatting, string> = {
  [Veiligheidsinschatting.VEILIG]: "veilig",
  [Veiligheidsinschatting.VOORWAARDELIJK_VEILIG]: "voorwaardelijk veilig",
  [Veiligheidsinschatting.ONVEILIG]: "onveilig",
};

/**
 * What a safety assessment makes in the register: one timeline entry with its
 * judgement of direct and stable safety, never its explanation. No involvement
 * of its own: Veilig Thuis assesses under the involvement of the melding.
 */
export function aankondigingVanVeiligheidstaxatie(taxatie: VeiligheidstaxatieStand): Aankondiging {
  return tijdlijnAankondiging("Veiligheidstaxatie", taxatie, {
    soort: Tijdlijnsoort.VEILIGHEIDSTAXATIE,
    datum: taxatie.datum,
    categorie: Gegevenscategorie.VEILIGHEID,
    titel: "Veiligheidstaxatie",
    uitkomst: `Directe veiligheid: ${INSCHATTING[taxatie.directeVeiligheid]}; stabiele veiligheid: ${INSCHATTING[taxatie.stabieleVeiligheid]}.`,
  });
}
