import path from "node:path";
import type { ApolloServerPlugin } from "@apollo/server";
import express, { type Request } from "express";

/** Options of {@link useLocalQueryUi}. */
export interface LocalQueryUiOptions {
  /** Path the UI's assets are served under. Default `/ui`. */
  assetsPath?: string;
  /** GraphQL endpoint the UI queries. Default `/graphql`. */
  endpoint?: string;
  /** Query shown when the UI opens. Default: none. */
  defaultQuery?: string;
  /**
   * Request headers the UI's headers editor opens with. Default: an
   * `Authorization: Bearer` placeholder, since every query needs a token.
   */
  defaultHeaders?: Record<string, string>;
}

/** What the headers editor opens with: the user replaces the placeholder with a token from `npm run token`. */
const DEFAULT_HEADERS = { Authorization: "Bearer <token uit: npm run -s token -- --org lokaal-team --role medewerker --user lt-fatima-bakker>" };

/**
 * Whether a GET to the endpoint asks for the UI page rather than for data: the
 * client prefers `text/html` over every JSON response type (as a browser's
 * address bar does). Such a request is answered with the page and never runs an
 * operation, so it needs no token.
 */
export function prefersHtml(req: Request): boolean {
  return req.method === "GET" && req.accepts(["application/json", "application/graphql-response+json", "multipart/mixed", "text/html"]) === "text/html";
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
 * @returns the page itself (serve it for {@link prefersHtml} requests, before
 * the token check), the Apollo Server plugin that renders the same page as the
 * landing page, and the express router that serves its assets (mount it at `assetsPath`)
 */
export function useLocalQueryUi(options: LocalQueryUiOptions = {}): { html: string; plugin: ApolloServerPlugin; assets: express.Router } {
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
      React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: ${JSON.stringify(options.defaultQuery ?? "")},
        defaultHeaders: ${JSON.stringify(JSON.stringify(options.defaultHeaders ?? DEFAULT_HEADERS, null, 2))},
        defaultEditorToolsVisibility: "headers"
      })
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
  return { html, plugin, assets };
}
