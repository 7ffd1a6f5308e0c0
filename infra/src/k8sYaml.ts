/** The part of `js-yaml` (3.x and 4.x alike) the manifests need; typed here, the package ships no types. */
interface JsYaml {
  loadAll(text: string, iterator: null, options: { schema: unknown; filename?: string }): unknown[];
  dump(value: unknown, options: { schema: unknown; lineWidth: number; noRefs: boolean; quotingType?: string }): string;
  CORE_SCHEMA: unknown;
  /** js-yaml 4; in 3.x the same schema is DEFAULT_SAFE_SCHEMA. */
  DEFAULT_SCHEMA?: unknown;
  DEFAULT_SAFE_SCHEMA?: unknown;
}

// Loaded on first use: nothing that runs in the production image needs YAML.
let jsYaml: JsYaml | undefined;
function yaml(): JsYaml {
  jsYaml ??= require("js-yaml") as JsYaml;
  return jsYaml;
}

/**
 * Every document of a YAML text, empty ones left out. The core schema keeps
 * what Kubernetes means: no `!!js` types, and `2025-01-01` stays a string.
 * `merge: true` adds merge keys (`<<: *anchor`), which docker-compose.yml uses
 * and Kubernetes does not.
 */
export function loadYamlDocuments(text: string, filename?: string, options: { merge?: boolean } = {}): unknown[] {
  const js = yaml();
  const schema = options.merge ? (js.DEFAULT_SCHEMA ?? js.DEFAULT_SAFE_SCHEMA) : js.CORE_SCHEMA;
  return js.loadAll(text, null, { schema, filename }).filter((document) => document !== null && document !== undefined);
}

/** YAML for `value`, lines never folded, as the generated manifests are written. */
export function dumpYaml(value: unknown): string {
  const { dump, CORE_SCHEMA } = yaml();
  return dump(value, { schema: CORE_SCHEMA, lineWidth: -1, noRefs: true });
}
