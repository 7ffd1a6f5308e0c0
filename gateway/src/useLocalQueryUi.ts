import path from "node:path";
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
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

/** A string as a JavaScript literal inside an inline script: a `</script>` in it cannot close the script. */
function inScript(value: string): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * GraphiQL served from the gateway itself. Apollo's default landing page loads
 * from a CDN, which this network and many government networks cannot reach;
 * this one needs nothing but the gateway.
 *
 * The page's inline script and style carry the request's CSP nonce (see
 * useSecurityHeaders), and it has no inline event handlers, so a policy
 * without `'unsafe-inline'` runs it.
 *
 * @returns the page for one request's nonce (serve it for {@link prefersHtml}
 * requests, before the token check), the Apollo Server plugin that keeps
 * Apollo's own landing page (from a CDN, without the nonce) off, and the
 * express router that serves the assets (mount it at `assetsPath`)
 */
export function useLocalQueryUi(options: LocalQueryUiOptions = {}): { page(nonce: string): string; plugin: ApolloServerPlugin; assets: express.Router } {
  const assetsPath = options.assetsPath ?? "/ui";
  const endpoint = options.endpoint ?? "/graphql";
  const assets = express.Router();
  for (const [name, [packageName, file]] of Object.entries(ASSETS)) {
    const location = path.join(path.dirname(require.resolve(`${packageName}/package.json`)), file);
    assets.get(`/${name}`, (_req, res) => {
      res.sendFile(location, { maxAge: "1d" });
    });
  }
  const page = (nonce: string): string => {
    // Base64 from randomBytes: nothing in it to escape, but never trust a caller's string inside an attribute.
    const n = nonce.replace(/[^A-Za-z0-9+/=_-]/g, "");
    return `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8" />
  <title>gezinsbeeld</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="stylesheet" href="${assetsPath}/graphiql.min.css" />
  <style nonce="${n}">body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">gezinsbeeld laadt…</div>
  <script nonce="${n}" src="${assetsPath}/react.production.min.js"></script>
  <script nonce="${n}" src="${assetsPath}/react-dom.production.min.js"></script>
  <script nonce="${n}" src="${assetsPath}/graphiql.min.js"></script>
  <script nonce="${n}">
    const fetcher = GraphiQL.createFetcher({ url: ${inScript(endpoint)} });
    ReactDOM.createRoot(document.getElementById("graphiql")).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: ${inScript(options.defaultQuery ?? "")},
        defaultHeaders: ${inScript(JSON.stringify(options.defaultHeaders ?? DEFAULT_HEADERS, null, 2))},
        defaultEditorToolsVisibility: "headers"
      })
    );
  </script>
</body>
</html>`;
  };
  // The express route answers every browser before Apollo would; Apollo's page could not carry the request's nonce.
  const plugin = ApolloServerPluginLandingPageDisabled();
  return { page, plugin, assets };
}
