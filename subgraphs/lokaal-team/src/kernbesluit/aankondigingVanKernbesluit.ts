import { type Aankondiging, tijdlijnAankondiging, Gegevenscategorie, Tijdlijnsoort } from "@gezinsbeeld/shared-schema";
import type { Kernbesluit } from "./Kernbesluit";

/** What a core decision announces is read from these fields only: the mutation and the seed build it from the same record. */
export type KernbesluitStand = Pick<Kernbesluit, "id" | "gezinId" | "datum" | "besluit">;

/** What a core decision makes in the merged timeline: one entry, the decision as its outcome (the reasoning stays in the dossier). */
export function aankondigingVanKernbesluit(kernbesluit: KernbesluitStand): Aankondiging {
  return tijdlijnAankondiging("Kernbesluit", kernbesluit, {
    soort: Tijdlijnsoort.KERNBESLUIT,
    datum: kernbesluit.datum,
    categorie: Gegevenscategorie.HULPVERLENING,
    titel: "Kernbesluit genomen met de gedragswetenschapper",
    uitkomst: kernbesluit.besluit,
  });
}
