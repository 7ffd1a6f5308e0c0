import { existsSync, readFileSync } from "node:fs";
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
 */
export function useApp(dir: string): Router {
  const index = readFileSync(path.join(dir, "index.html"));
  const router = Router();
  router.use("/assets", express.static(path.join(dir, "assets"), { immutable: true, maxAge: "365d", index: false, fallthrough: false }));
  const pagina: RequestHandler = (req, res, next) => {
    if (!vraagtPagina(req) || GATEWAY_PADEN.some((pad) => req.path === pad || req.path.startsWith(`${pad}/`))) return next();
    res.type("html").set("cache-control", "no-store").send(index);
  };
  router.use(pagina);
  return router;
}
