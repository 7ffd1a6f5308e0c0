/**
 * The one pinned Apollo Federation version every gezinsbeeld subgraph links.
 * Partners joining the hub link the same version so composition stays predictable.
 */
export const FEDERATION_SPEC_URL = "https://specs.apollo.dev/federation/v2.7";

/** Federation directives a subgraph may use; imported once for all subgraphs. */
export const FEDERATION_IMPORTS = [
  "@key",
  "@shareable",
  "@external",
  "@requires",
  "@provides",
  "@inaccessible",
  "@composeDirective",
] as const;

/**
 * The gezinsbeeld privacy spec. Its `@gegevens` directive carries each field's
 * data category and is composed into the supergraph (`@composeDirective`), so the
 * gateway and privacy officers read classifications from the schema itself.
 */
export const PRIVACY_SPEC_URL = "https://specs.gezinsbeeld.nl/privacy/v0.1";

/** The `extend schema` header every subgraph SDL starts with. */
export const SUBGRAPH_SCHEMA_HEADER = `extend schema
  @link(url: "${FEDERATION_SPEC_URL}", import: [${FEDERATION_IMPORTS.map((d) => `"${d}"`).join(", ")}])
  @link(url: "${PRIVACY_SPEC_URL}", import: ["@gegevens"])
  @composeDirective(name: "@gegevens")
`;
