import cors from "cors";
import type { RequestHandler } from "express";

/** Options of {@link useCors}. */
export interface CorsOptions {
  /**
   * Origins (scheme, host and port, e.g. `https://portaal.gemeente.nl`) whose
   * pages may call the gateway from a browser. Default
   * `GEZINSBEELD_CORS_ORIGINS` (comma-separated), else none: the query UI is
   * served by the gateway itself and needs no CORS.
   */
  origins?: readonly string[];
  /** How long a browser may cache a preflight's answer, in seconds. Default 600. */
  maxAgeSeconds?: number;
}

/** `GEZINSBEELD_CORS_ORIGINS` as a list; empty when unset. */
export function corsOriginsFromEnvironment(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.GEZINSBEELD_CORS_ORIGINS ?? "")
    .split(",")
    .map((origin) => origin.trim().replace(/\/+$/, ""))
    .filter((origin) => origin !== "");
}

/**
 * Express middleware for cross-origin requests, mounted before the token
 * check: a preflight (`OPTIONS` with `Access-Control-Request-Method`) never
 * carries a token, so it is answered here, 204, and goes no further. For a
 * configured origin the answer allows `GET` and `POST` with the headers a
 * client sends (`authorization`, `content-type`, `x-doel`,
 * `apollo-require-preflight`) and exposes `x-request-id` and `retry-after`;
 * every other origin gets no CORS header at all, so its browser keeps the
 * answer from its page. No credentials mode: the token is a header, never a cookie.
 */
export function useCors(options: CorsOptions = {}): RequestHandler {
  const allowed = new Set(options.origins ?? corsOriginsFromEnvironment());
  const handler = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin) ? origin : false),
    methods: ["GET", "POST"],
    allowedHeaders: ["authorization", "content-type", "x-doel", "apollo-require-preflight", "x-apollo-operation-name"],
    exposedHeaders: ["x-request-id", "retry-after"],
    maxAge: options.maxAgeSeconds ?? 600,
    optionsSuccessStatus: 204,
  });
  return (req, res, next) => {
    handler(req, res, (error?: unknown) => {
      if (error) return next(error);
      // cors passed it on: not an allowed origin. A preflight still ends here, without CORS headers.
      if (req.method === "OPTIONS" && req.header("access-control-request-method")) {
        res.vary("Origin").status(204).end();
        return;
      }
      next();
    });
  };
}
