import { readFileSync } from "node:fs";
import { composeServices } from "@apollo/composition";
import { controleerSchema, OnbeschermdSchemaFout, type Schemagebrek } from "@gezinsbeeld/shared-schema";
import { parse } from "graphql";
import type { SubgraphConfig } from "./subgraphConfig";

/** A subgraph's name, URL, owner and SDL text. */
export interface SubgraphSchema {
  name: string;
  url: string;
  typeDefs: string;
  /** The organisation that owns its data, as `gateway/subgraphs.json` names it; required by the check, so missing is refused. */
  organisatie?: string;
}

/**
 * Compose subgraph schemas into one supergraph SDL with `@apollo/composition`,
 * the same composition Apollo's tooling runs. Before and after, it runs the
 * check the gateway runs at its start (`controleerSchema`): on each subgraph's
 * SDL, so a partner sees which of its fields lacks a known data category (and
 * whether its organisation is known), and on the composed supergraph, so
 * nothing composes that the gateway would refuse to start on. Throws with
 * every defect or composition error listed.
 */
export function composeSupergraph(subgraphs: readonly SubgraphSchema[]): string {
  const gebreken: Schemagebrek[] = [];
  for (const subgraph of subgraphs) {
    try {
      controleerSchema(subgraph.typeDefs, [subgraph]);
    } catch (error) {
      if (!(error instanceof OnbeschermdSchemaFout)) throw new Error(`Subgraph ${subgraph.name}: ${error instanceof Error ? error.message : String(error)}`);
      gebreken.push(...error.gebreken);
    }
  }
  if (gebreken.length > 0) throw new OnbeschermdSchemaFout(gebreken);
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.typeDefs) })));
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((error) => `- ${error.message}`).join("\n")}`);
  }
  try {
    controleerSchema(result.supergraphSdl, subgraphs);
  } catch (error) {
    // Every subgraph's own SDL passed: composition lost a category it declared.
    if (!(error instanceof OnbeschermdSchemaFout)) throw error;
    throw new OnbeschermdSchemaFout(error.gebreken, 'Each subgraph\'s own SDL classifies these, so composition dropped the category: does every subgraph declare `@composeDirective(name: "@gegevens")`?');
  }
  return result.supergraphSdl;
}

/** Read each configured subgraph's schema file. */
export function readSubgraphSchemas(configs: readonly SubgraphConfig[]): SubgraphSchema[] {
  return configs.map((config) => ({ name: config.name, url: config.url, organisatie: config.organisatie, typeDefs: readFileSync(config.schema, "utf8") }));
}
