import { readFileSync } from "node:fs";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import type { SubgraphConfig } from "./subgraphConfig";

/** A subgraph's name, URL and SDL text. */
export interface SubgraphSchema {
  name: string;
  url: string;
  typeDefs: string;
}

/**
 * Compose subgraph schemas into one supergraph SDL with `@apollo/composition`,
 * the same composition Apollo's tooling runs. Throws with every composition
 * error listed, so a partner sees at once why its schema does not fit.
 */
export function composeSupergraph(subgraphs: readonly SubgraphSchema[]): string {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.typeDefs) })));
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((error) => `- ${error.message}`).join("\n")}`);
  }
  return result.supergraphSdl;
}

/** Read each configured subgraph's schema file. */
export function readSubgraphSchemas(configs: readonly SubgraphConfig[]): SubgraphSchema[] {
  return configs.map((config) => ({ name: config.name, url: config.url, typeDefs: readFileSync(config.schema, "utf8") }));
}
