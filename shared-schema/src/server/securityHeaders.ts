import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * helmet's security headers for a service that answers only JSON (every
 * subgraph): a Content-Security-Policy that allows nothing (`default-src
 * 'none'; frame-ancestors 'none'`), `X-Content-Type-Options: nosniff`,
 * `Strict-Transport-Security`, `Referrer-Policy: no-referrer`,
 * `Cross-Origin-Resource-Policy: same-origin` and the rest of helmet's defaults.
 * The gateway, which also serves the query UI, sets its own (useSecurityHeaders).
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  });
}
