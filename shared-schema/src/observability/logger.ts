import pino, { type DestinationStream, type Level, type Logger } from "pino";

export type { Logger } from "pino";

/**
 * What a log line never shows, wherever it is logged from: credentials
 * (`authorization`, the decision token, cookies), the purpose a professional
 * typed (`x-doel`, free text that may name someone), and request bodies,
 * GraphQL variables and query strings (BSNs, names). pino replaces each with
 * `[redacted]`. The access log already leaves these out (see accessLog); this
 * list is the second line, for any line that logs a request or its parts.
 */
export const LOG_REDACT_PATHS: readonly string[] = [
  "req.headers.authorization",
  'req.headers["proxy-authorization"]',
  'req.headers["x-toegangsbeslisser-token"]',
  "req.headers.cookie",
  'req.headers["x-doel"]',
  'res.headers["set-cookie"]',
  "req.body",
  "req.query",
  "headers.authorization",
  'headers["x-toegangsbeslisser-token"]',
  "headers.cookie",
  "authorization",
  "token",
  "*.token",
  "body",
  "*.body",
  "variables",
  "*.variables",
];

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  /** The service, e.g. `gateway` or `gi`: every line carries it as `service`. */
  service: string;
  /**
   * Lowest level written. Default `GEZINSBEELD_LOG_LEVEL`, else `info`; under
   * jest (NODE_ENV=test) `silent`, since a test that reads the log passes its
   * own destination.
   */
  level?: Level | "silent";
  /** Where the lines go. Default: stdout. */
  destination?: DestinationStream;
}

/**
 * The structured logger of a service: one JSON object per line on stdout, with
 * `time` (ISO 8601), `level` (`info`, `warn`, …), `service`, `msg`, and
 * {@link LOG_REDACT_PATHS} redacted.
 */
export function createLogger(options: LoggerOptions): Logger {
  const level = options.level ?? ((process.env.GEZINSBEELD_LOG_LEVEL as Level | undefined) || (process.env.NODE_ENV === "test" ? "silent" : "info"));
  const settings = {
    level,
    base: { service: options.service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: [...LOG_REDACT_PATHS], censor: "[redacted]" },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

/**
 * A `log` option for the hub's handlers that write one JSON line each
 * (`jsonFouten`, `useInterneFoutLog`): the line's fields go into the logger's
 * own line, at level `error`.
 */
export function logJsonLine(logger: Logger): (line: string) => void {
  return (line) => {
    let fields: Record<string, unknown>;
    try {
      fields = JSON.parse(line) as Record<string, unknown>;
    } catch {
      fields = { fout: line };
    }
    logger.error(fields, typeof fields.event === "string" ? fields.event : "fout");
  };
}
