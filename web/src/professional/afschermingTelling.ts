/**
 * How many values of one answer are withheld, for the page's summary, and
 * which errors concern one timeline entry. The gateway reports a field it
 * removed under a union (`TijdlijnMedisch.titel`) on a path without list
 * indices or type: it then holds only for entries of that type, never for
 * an entry of another category whose value is simply not recorded.
 */
import type { HubFout, Pad } from "../lib/afscherming";
import { TIJDLIJN_CATEGORIE } from "./dossierwoorden";

/** Whether `fout` can concern a value inside an object of type `typename`. */
export function geldtVoorType(fout: HubFout, typename: string | undefined): boolean {
  // The gateway names the field it removed (`veld`: `TijdlijnMedisch.titel`): it holds for objects of that type only.
  const veld = fout.extensions?.veld;
  if (typeof veld === "string" && veld.includes(".") && typename) return veld.slice(0, veld.indexOf(".")) === typename;
  const categorie = typename ? TIJDLIJN_CATEGORIE[typename] : undefined;
  const foutCategorie = fout.extensions?.categorie;
  if (!categorie || typeof foutCategorie !== "string") return true;
  if (!fout.path?.includes("inhoud")) return true;
  return foutCategorie === categorie;
}

/** The errors that may concern the content of one timeline entry of type `typename`. */
export function foutenVoorInhoud(fouten: readonly HubFout[], typename: string | undefined): HubFout[] {
  return fouten.filter((fout) => geldtVoorType(fout, typename));
}

interface Plek {
  waarde: unknown;
  ouder: unknown;
}

/** The values at `pad` in `data`; where the path leaves out a list index, every element. */
function plekken(waarde: unknown, pad: Pad, ouder: unknown): Plek[] {
  if (pad.length === 0) return [{ waarde, ouder }];
  const [stap, ...rest] = pad;
  if (Array.isArray(waarde)) {
    return typeof stap === "number" ? plekken(waarde[stap], rest, ouder) : waarde.flatMap((element) => plekken(element, pad, ouder));
  }
  if (waarde !== null && typeof waarde === "object" && typeof stap === "string") {
    return plekken((waarde as Record<string, unknown>)[stap], rest, waarde);
  }
  return [];
}

const typenaam = (ouder: unknown): string | undefined => {
  const naam = ouder !== null && typeof ouder === "object" ? (ouder as { __typename?: unknown }).__typename : undefined;
  return typeof naam === "string" ? naam : undefined;
};

/** How many values in `data` are withheld (FORBIDDEN) and how many could not be decided or fetched now. */
export function telAfscherming(data: unknown, fouten: readonly HubFout[] | undefined): { afgeschermd: number; onbekend: number } {
  let afgeschermd = 0;
  let onbekend = 0;
  for (const fout of fouten ?? []) {
    if (!fout.path) continue;
    const leeg = plekken(data, fout.path, undefined).filter((plek) => (plek.waarde === null || plek.waarde === undefined) && geldtVoorType(fout, typenaam(plek.ouder)));
    if (fout.extensions?.code === "FORBIDDEN") afgeschermd += leeg.length;
    else onbekend += leeg.length;
  }
  return { afgeschermd, onbekend };
}
