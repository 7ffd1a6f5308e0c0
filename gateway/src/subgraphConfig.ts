import { readFileSync } from "node:fs";
import path from "node:path";

/** One subgraph as the gateway knows it: configuration, not code. */
export interface SubgraphConfig {
  /** Name in the supergraph, e.g. `veilig-thuis`. */
  name: string;
  /** URL the gateway sends subgraph requests to. */
  url: string;
  /** Path of the subgraph's SDL file, resolved to an absolute path. */
  schema: string;
  /** The organisation that owns the subgraph's data: the owner the decision service decides for. */
  organisatie?: string;
  /**
   * Whether this subgraph keeps the access register (and runs the decision
   * service): the gateway then asks it, in the calls it makes first, for the
   * decisions the partners after it will need (see `besluitenbundel`).
   */
  toegangsregister?: boolean;
  /**
   * How `npm start` runs a partner's subgraph that is not one of the hub's own
   * packages: the script (resolved to an absolute path), its own database (made
   * empty; the subgraph migrates it itself) and its port. Left out for the
   * hub's own subgraphs, which `npm start` knows.
   */
  proces?: { script: string; database: string; port: number };
}

/** The variable that overrides where the gateway finds subgraph `name`: `SUBGRAPH_URL_<NAME>`, e.g. `SUBGRAPH_URL_VEILIG_THUIS`. */
export function subgraphUrlVariabele(name: string): string {
  return `SUBGRAPH_URL_${name.toUpperCase().replace(/-/g, "_")}`;
}

/** Default location of the subgraph list: `gateway/subgraphs.json`. */
export const DEFAULT_SUBGRAPHS_FILE = path.join(__dirname, "..", "subgraphs.json");

/** Default location of the composed supergraph: `gateway/supergraph.graphql`. */
export const SUPERGRAPH_FILE = path.join(__dirname, "..", "supergraph.graphql");

/**
 * The supergraph the gateway serves: `GEZINSBEELD_SUPERGRAPH_FILE` (one composed
 * with `npm run compose -- --subgraphs <file>` for another list, beside which it
 * is written; set `GEZINSBEELD_SUBGRAPHS_FILE` to that list too), else
 * {@link SUPERGRAPH_FILE}.
 */
export function supergraphFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.GEZINSBEELD_SUPERGRAPH_FILE || SUPERGRAPH_FILE;
}

/**
 * Read the subgraph list. `SUBGRAPH_URL_<NAME>` (name upper-cased, `-` as `_`)
 * overrides a URL, so deployments change addresses without touching the file.
 *
 * @param file default `gateway/subgraphs.json`, or `GEZINSBEELD_SUBGRAPHS_FILE`
 */
export function readSubgraphConfig(file: string = process.env.GEZINSBEELD_SUBGRAPHS_FILE ?? DEFAULT_SUBGRAPHS_FILE): SubgraphConfig[] {
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { subgraphs: SubgraphConfig[] };
  return parsed.subgraphs.map((subgraph) => ({
    name: subgraph.name,
    url: process.env[subgraphUrlVariabele(subgraph.name)] ?? subgraph.url,
    schema: path.resolve(path.dirname(file), subgraph.schema),
    ...(subgraph.organisatie ? { organisatie: subgraph.organisatie } : {}),
    ...(subgraph.toegangsregister === true ? { toegangsregister: true } : {}),
    ...(subgraph.proces ? { proces: { ...subgraph.proces, script: path.resolve(path.dirname(file), subgraph.proces.script) } } : {}),
  }));
}
