import { composeSupergraph, readSubgraphConfig, readSubgraphSchemas } from "@gezinsbeeld/gateway";
import { beschrijfGebrek, controleerSchema, OnbeschermdSchemaFout } from "@gezinsbeeld/shared-schema";
import type { Controle } from "./Controle";

/** Where the running subgraph stands among the checked-in ones. */
export interface SchemaPlek {
  /** Its name in the supergraph (and its tokens' audience). */
  subgraph: string;
  organisatie: string;
  url: string;
  /** The subgraph list the checked-in supergraph is composed from; default `gateway/subgraphs.json`. */
  subgraphsFile?: string;
}

/**
 * Check 1: the SDL the subgraph serves composes with the checked-in subgraphs,
 * its own organisation's entry replaced by it (or added, for a new partner),
 * with the very function `npm run compose` uses.
 */
export function controleerCompositie(sdl: string, plek: SchemaPlek): Controle {
  const wat = "its SDL composes with the checked-in supergraph's other subgraphs";
  const andere = readSubgraphSchemas(readSubgraphConfig(plek.subgraphsFile)).filter(
    (subgraph) => subgraph.name !== plek.subgraph && subgraph.organisatie !== plek.organisatie,
  );
  try {
    composeSupergraph([...andere, { name: plek.subgraph, url: plek.url, organisatie: plek.organisatie, typeDefs: sdl }]);
    return { nummer: 1, wat: `${wat} (${andere.map((s) => s.name).join(", ")})`, geslaagd: true };
  } catch (error) {
    if (error instanceof OnbeschermdSchemaFout) {
      return {
        nummer: 1,
        wat,
        geslaagd: false,
        waarom: "compose refuses it before composing: the gateway could not protect some of its fields",
        herstel: "classify every field (see check 2), then compose again",
        details: error.gebreken.map(beschrijfGebrek),
      };
    }
    const regels = (error instanceof Error ? error.message : String(error)).split("\n");
    return {
      nummer: 1,
      wat,
      geslaagd: false,
      waarom: regels[0] ?? "composition failed",
      herstel: 'extend Gezin with @key(fields: "id"), link Federation 2 and keep shared types identical to their owners\'; try it with `npm run compose -- --subgraphs <file>`',
      details: regels.slice(1),
    };
  }
}

/**
 * Check 2: every field carries a known data category, and the organisation is
 * one the hub knows: `controleerSchema`, the one check compose and the gateway run.
 * A field without `@gegevens` at all is refused as surely as an unknown category.
 */
export function controleerClassificatie(sdl: string, plek: SchemaPlek): Controle {
  const wat = "every field carries a known data category (@gegevens), and its organisation is known";
  try {
    const categorieen = controleerSchema(sdl, [{ name: plek.subgraph, organisatie: plek.organisatie }]);
    return { nummer: 2, wat: `${wat} (${categorieen.size} fields classified)`, geslaagd: true };
  } catch (error) {
    if (!(error instanceof OnbeschermdSchemaFout)) {
      return { nummer: 2, wat, geslaagd: false, waarom: `its SDL cannot be read: ${error instanceof Error ? error.message : String(error)}`, herstel: "serve valid SDL at { _service { sdl } }" };
    }
    return {
      nummer: 2,
      wat,
      geslaagd: false,
      waarom: `${error.gebreken.length} declaration(s) the gateway could not protect`,
      herstel: 'add @gegevens(categorie: "…") to each field named below (GEEN when it holds no personal data); link https://specs.gezinsbeeld.nl/privacy/v0.1 and @composeDirective(name: "@gegevens")',
      details: error.gebreken.map(beschrijfGebrek),
    };
  }
}
