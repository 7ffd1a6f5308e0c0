import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { RequestHandler } from "express";
import { pinoHttp } from "pino-http";
import type { Logger } from "./logger";
import { currentTraceId } from "./tracing";

/** Options of {@link accessLog}. */
export interface AccessLogOptions {
  /** The service's logger (see createLogger). */
  logger: Logger;
  /** Paths not logged when answered. Default: `/health`, `/ready`, `/metrics` (probes every few seconds). */
  ignorePaths?: readonly string[];
  /**
   * Whether a request's id may come from its `x-request-id` header (32 hex
   * digits) when no trace is active: a subgraph's, which the gateway sends it, so
   * every service's line of one request carries the same id even with tracing
   * off. Never the gateway's: its clients do not choose its request ids.
   * Default false.
   */
  verzoekIdVanGateway?: boolean;
}

/**
 * Request headers the access log keeps. Everything else stays out: credentials,
 * the decision token, cookies, the stated purpose (`x-doel`) and whatever a
 * client invents; redaction (LOG_REDACT_PATHS) is the second line.
 */
const LOGGED_HEADERS = ["accept", "content-type", "content-length", "user-agent", "origin", "x-forwarded-for"] as const;

const TRACE_ID = /^[0-9a-f]{32}$/;

interface SerializedRequest {
  method?: string;
  url?: string;
  headers?: Record<string, unknown>;
  remoteAddress?: string;
}

/** The path as the client sent it: inside a mounted router express shortens `req.url`. */
function originalUrl(req: IncomingMessage): string | undefined {
  return (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url;
}

function pad(url: string | undefined): string | undefined {
  // A GraphQL GET carries the query and its variables (BSNs) in the query string.
  return url?.split("?")[0];
}

/**
 * The HTTP access log (pino-http): one line per answered request with `reqId`,
 * `req` (method, path without query string, a few harmless headers, remote
 * address), `res.statusCode`, `responseTime` (ms) and `traceId`, the
 * request's trace id, which at the gateway is also its request id (`x-request-id`,
 * `request_id` in every access-log entry). Never a body, a variable, a token or
 * a query string. 5xx answers are logged at `error`, 4xx at `warn`.
 */
export function accessLog(options: AccessLogOptions): RequestHandler {
  const ignore = new Set(options.ignorePaths ?? ["/health", "/ready", "/metrics"]);
  return pinoHttp({
    logger: options.logger,
    // Taken when the request arrives: when the answer is logged the request's span may no longer be the active one.
    genReqId: (req) => {
      const gestuurd = options.verzoekIdVanGateway ? req.headers["x-request-id"] : undefined;
      return currentTraceId() ?? (typeof gestuurd === "string" && TRACE_ID.test(gestuurd) ? gestuurd : randomBytes(16).toString("hex"));
    },
    customProps: (req) => (TRACE_ID.test(String(req.id)) ? { traceId: req.id } : {}),
    autoLogging: { ignore: (req) => ignore.has(pad(originalUrl(req)) ?? "") },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info"),
    customSuccessMessage: (req, res) => `${req.method} ${pad(originalUrl(req))} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pad(originalUrl(req))} ${res.statusCode}`,
    // The request logger pino-http hands on (req.log) carries the request's id; the access line is one line, not two.
    quietReqLogger: true,
    serializers: {
      req: (req: SerializedRequest) => ({
        method: req.method,
        url: pad(req.url),
        headers: Object.fromEntries(LOGGED_HEADERS.flatMap((name) => (req.headers?.[name] !== undefined ? [[name, req.headers[name]]] : []))),
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  }) as RequestHandler;
}

/**
 * The id of the request `req` at this service: its trace id, else the id its
 * access log line carries (see `verzoekIdVanGateway`), else a new one; always
 * 32 hex digits.
 */
export function verzoekIdVan(req: IncomingMessage): string {
  const id = (req as IncomingMessage & { id?: unknown }).id;
  return currentTraceId() ?? (typeof id === "string" && TRACE_ID.test(id) ? id : randomBytes(16).toString("hex"));
}
