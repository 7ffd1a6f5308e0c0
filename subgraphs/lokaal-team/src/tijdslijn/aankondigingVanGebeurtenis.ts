import { type Aankondiging, tijdlijnAankondiging, Gegevenscategorie, Tijdlijnsoort } from "@gezinsbeeld/shared-schema";
import type { TijdslijnGebeurtenis } from "./TijdslijnGebeurtenis";

/** The longest title the register's timeline takes. */
const TITEL_MAX = 200;

/** What an entry announces is read from these fields only: the mutation and the seed build it from the same record. */
export type GebeurtenisStand = Pick<TijdslijnGebeurtenis, "id" | "gezinId" | "datum" | "omschrijving" | "resultaat">;

/** `tekst` trimmed to at most `max` UTF-16 units, cut with an ellipsis, never through a surrogate pair. */
function kort(tekst: string, max: number): string {
  const getrimd = tekst.trim();
  if (getrimd.length <= max) return getrimd;
  let einde = max - 1;
  // A lone high surrogate is no text: PostgreSQL's jsonb refuses it.
  const code = getrimd.charCodeAt(einde - 1);
  if (code >= 0xd800 && code <= 0xdbff) einde -= 1;
  return `${getrimd.slice(0, einde).trimEnd()}…`;
}

/**
 * What a timeline entry of the local team makes in the merged timeline: one
 * entry, titled by its description and with its result. No involvement: the
 * local team holds the dossier.
 */
export function aankondigingVanGebeurtenis(gebeurtenis: GebeurtenisStand): Aankondiging {
  return tijdlijnAankondiging("TijdslijnGebeurtenis", gebeurtenis, {
    soort: Tijdlijnsoort.GEBEURTENIS,
    datum: gebeurtenis.datum,
    categorie: Gegevenscategorie.HULPVERLENING,
    titel: kort(gebeurtenis.omschrijving, TITEL_MAX),
    uitkomst: gebeurtenis.resultaat,
  });
}
