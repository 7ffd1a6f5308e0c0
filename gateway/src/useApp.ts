import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import express, { type Request, type RequestHandler, Router } from "express";

/** Where the app's build lands (`npm run build -w web`), relative to this package. */
export const APP_DIR = path.resolve(__dirname, "..", "..", "web", "dist");

/** Paths that are the gateway's own, never the app's: an unknown one there stays a JSON error. */
const GATEWAY_PADEN = ["/graphql", "/auth", "/export", "/health", "/ready", "/metrics", "/ui", "/assets"];

/** The directory to serve the app from: `GEZINSBEELD_APP_DIR`, else the repository's web/dist; null when it has no index.html. */
export function appMap(dir: string | null | undefined = process.env.GEZINSBEELD_APP_DIR ?? APP_DIR): string | null {
  return dir && existsSync(path.join(dir, "index.html")) ? dir : null;
}

/** `index.html` with the session as a JSON data block (not a script: no CSP nonce needed, nothing runs). */
function metSessie(index: Buffer, sessie: unknown): Buffer | string {
  if (sessie === undefined) return index;
  const blok = `<script id="gezinsbeeld-sessie" type="application/json">${JSON.stringify(sessie).replace(/</g, "\\u003c")}</script>`;
  return index.toString("utf8").replace("</head>", `${blok}</head>`);
}

function vraagtPagina(req: Request): boolean {
  // A browser's address bar prefers text/html; `*/*` alone (curl, fetch) gets the JSON 404 as before.
  return (req.method === "GET" || req.method === "HEAD") && req.accepts(["application/json", "text/html"]) === "text/html";
}

/**
 * The web app from the gateway's own origin (no CORS): its hashed assets under
 * `/assets` (cached for a year: their names change with their content), and
 * `index.html` for every page address the app routes itself (`/`,
 * `/gezinnen/…`), never cached, so a new build is picked up at once. The
 * gateway's security headers (CSP: scripts and styles only from here) apply.
 * The page carries its session (who is signed in, never the token) as a JSON
 * data block, so the app renders the right view without first asking.
 */
export function useApp(dir: string, opties: { sessie?: (req: Request) => unknown } = {}): Router {
  // Read again when the build changed (npm run build -w web while the hub runs): a page never names assets that are gone.
  const indexPad = path.join(dir, "index.html");
  let index = { mtimeMs: -1, inhoud: Buffer.alloc(0) };
  const leesIndex = (): Buffer => {
    const { mtimeMs } = statSync(indexPad);
    if (mtimeMs !== index.mtimeMs) index = { mtimeMs, inhoud: readFileSync(indexPad) };
    return index.inhoud;
  };
  leesIndex();
  const router = Router();
  router.use("/assets", express.static(path.join(dir, "assets"), { immutable: true, maxAge: "365d", index: false, fallthrough: false }));
  const pagina: RequestHandler = (req, res, next) => {
    if (!vraagtPagina(req) || GATEWAY_PADEN.some((pad) => req.path === pad || req.path.startsWith(`${pad}/`))) return next();
    res.type("html").set("cache-control", "no-store").send(metSessie(leesIndex(), opties.sessie?.(req)));
  };
  router.use(pagina);
  return router;
}
