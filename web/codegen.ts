import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents from the gateway's supergraph: every `graphql(...)` call in
 * src/ gets its result and variable types. `npm run codegen -w web` after a
 * query or the supergraph changes; a test fails while src/gql is stale.
 */
const config: CodegenConfig = {
  schema: [{ "../gateway/supergraph.graphql": { loader: "./codegen/apiSchema.cjs" } }],
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**"],
  ignoreNoDocuments: true,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Datum: "string", DateTimeISO: "string", BSN: "string", Organisatie: "string" },
        skipTypename: false,
      },
    },
  },
};

export default config;
