import { randomBytes } from "node:crypto";
import type { RequestHandler, Response } from "express";
import helmet from "helmet";

/** Options of {@link useSecurityHeaders}. */
export interface SecurityHeadersOptions {
  /**
   * `Strict-Transport-Security` max-age in seconds. Default 31536000 (one
   * year, helmet's default); browsers heed it only over HTTPS, which the
   * reverse proxy in front of the gateway terminates.
   */
  hstsMaxAgeSeconds?: number;
}

const NONCE_KEY = "gezinsbeeldCspNonce";

/**
 * Express middleware that sets helmet's security headers on every answer of
 * the gateway, the query UI page and `/graphql` alike, with a
 * Content-Security-Policy for the local query UI: scripts and styles only from
 * the gateway itself or with this request's nonce (fresh per request, read it
 * with {@link cspNonce}), no inline event handlers (`script-src-attr 'none'`),
 * nothing framing the page (`frame-ancestors 'none'`), no plugins, forms only
 * to the gateway, fetches only to the gateway. Also `X-Content-Type-Options:
 * nosniff`, `Referrer-Policy: no-referrer`, `Cross-Origin-Opener-Policy` and
 * `-Resource-Policy: same-origin`, and `Strict-Transport-Security`.
 * `upgrade-insecure-requests` is left out: over plain HTTP (development, a
 * proxy's inside) it would send the page's own assets to an HTTPS port that is not there.
 */
export function useSecurityHeaders(options: SecurityHeadersOptions = {}): RequestHandler {
  const nonce = (_req: unknown, res: unknown): string => `'nonce-${(res as Response).locals[NONCE_KEY] as string}'`;
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", nonce],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", nonce],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: { maxAge: options.hstsMaxAgeSeconds ?? 31_536_000 },
  });
  return (req, res, next) => {
    res.locals[NONCE_KEY] = randomBytes(16).toString("base64");
    headers(req, res, next);
  };
}

/**
 * The CSP nonce {@link useSecurityHeaders} chose for this request: put it on
 * every inline `<script>` and `<style>` the answer carries.
 *
 * @throws when the request did not pass useSecurityHeaders: a page without its policy's nonce would not run
 */
export function cspNonce(res: Response): string {
  const value = res.locals[NONCE_KEY] as string | undefined;
  if (!value) throw new Error("gateway: a page asked for its CSP nonce without useSecurityHeaders in front of it");
  return value;
}
