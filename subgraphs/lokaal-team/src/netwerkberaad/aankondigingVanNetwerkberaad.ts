import { type Aankondiging, tijdlijnAankondiging, Gegevenscategorie, Tijdlijnsoort } from "@gezinsbeeld/shared-schema";
import type { Netwerkberaad } from "./Netwerkberaad";

/** What a network meeting announces is read from these fields only: the mutation and the seed build it from the same record. */
export type NetwerkberaadStand = Pick<Netwerkberaad, "id" | "gezinId" | "datum" | "afspraken">;

/**
 * What a network meeting makes in the merged timeline: one entry, its
 * agreements as the outcome. Not who attended (that names the household's
 * network) nor the report.
 */
export function aankondigingVanNetwerkberaad(beraad: NetwerkberaadStand): Aankondiging {
  return tijdlijnAankondiging("Netwerkberaad", beraad, {
    soort: Tijdlijnsoort.NETWERKBERAAD,
    datum: beraad.datum,
    categorie: Gegevenscategorie.HULPVERLENING,
    titel: "Netwerkberaad gehouden",
    uitkomst: beraad.afspraken.length > 0 ? beraad.afspraken.join(" ") : null,
  });
}
