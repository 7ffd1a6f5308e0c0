import path from "node:path";
import type { ApolloServerPlugin } from "@apollo/server";
import express from "express";

/** Options of {@link useLocalQueryUi}. */
export interface LocalQueryUiOptions {
  /** Path the UI's assets are served under. Default `/ui`. */
  assetsPath?: string;
  /** GraphQL endpoint the UI queries. Default `/graphql`. */
  endpoint?: string;
  /** Query shown when the UI opens. Default: none. */
  defaultQuery?: string;
}

/** Asset name → [package, file inside the package]. React's UMD files are not in its `exports`, so resolve from the package root. */
const ASSETS: Record<string, [string, string]> = {
  "graphiql.min.css": ["graphiql", "graphiql.min.css"],
  "graphiql.min.js": ["graphiql", "graphiql.min.js"],
  "react.production.min.js": ["react", "umd/react.production.min.js"],
  "react-dom.production.min.js": ["react-dom", "umd/react-dom.production.min.js"],
};

/**
 * GraphiQL served from the gateway itself. Apollo's default landing page loads
 * from a CDN, which this network and many government networks cannot reach;
 * this one needs nothing but the gateway.
 *
 * @returns the Apollo Server plugin that renders the page, and the express
 * router that serves its assets (mount it at `assetsPath`)
 */
export function useLocalQueryUi(options: LocalQueryUiOptions = {}): { plugin: ApolloServerPlugin; assets: express.Router } {
  const assetsPath = options.assetsPath ?? "/ui";
  const endpoint = options.endpoint ?? "/graphql";
  const assets = express.Router();
  for (const [name, [packageName, file]] of Object.entries(ASSETS)) {
    const location = path.join(path.dirname(require.resolve(`${packageName}/package.json`)), file);
    assets.get(`/${name}`, (_req, res) => {
      res.sendFile(location, { maxAge: "1d" });
    });
  }
  const html = `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8" />
  <title>gezinsbeeld</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="stylesheet" href="${assetsPath}/graphiql.min.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">gezinsbeeld laadt…</div>
  <script src="${assetsPath}/react.production.min.js"></script>
  <script src="${assetsPath}/react-dom.production.min.js"></script>
  <script src="${assetsPath}/graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    ReactDOM.createRoot(document.getElementById("graphiql")).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(options.defaultQuery ?? "")}, defaultEditorToolsVisibility: true })
    );
  </script>
</body>
</html>`;
  const plugin: ApolloServerPlugin = {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
  return { plugin, assets };
}
