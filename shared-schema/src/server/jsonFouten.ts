import type { ErrorRequestHandler, RequestHandler } from "express";
import { INTERNE_FOUT } from "./formatFout";

/** Options of {@link jsonFouten}. */
export interface JsonFoutenOptions {
  /** Who logs: the subgraph's name or `gateway`; goes into every log line as `bron`. */
  bron: string;
  /** Where an unexpected error is logged, as one JSON line. Default `console.error` (stderr). */
  log?: (line: string) => void;
}

/** What body-parser (express.json) sets on the errors it passes to `next`. */
interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

/** One GraphQL error response, as every other answer of the hub looks. */
function body(message: string, code: string): { errors: Array<{ message: string; extensions: { code: string } }> } {
  return { errors: [{ message, extensions: { code } }] };
}

function megabytes(bytes: number | undefined): string {
  if (!bytes) return "de toegestane grootte";
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB` : `${Math.round(bytes / 1024)} kB`;
}

/** Status, code and Dutch message for an error express's body parser raised; undefined for any other error. */
function bodyFout(error: BodyParserError): { status: number; code: string; message: string } | undefined {
  switch (error.type) {
    case "entity.parse.failed":
      return { status: 400, code: "BAD_REQUEST", message: "De aanvraag is geen geldige JSON." };
    case "entity.too.large":
      return { status: 413, code: "BAD_REQUEST", message: `De aanvraag is groter dan ${megabytes(error.limit)}.` };
    case "encoding.unsupported":
    case "charset.unsupported":
      return { status: 415, code: "BAD_REQUEST", message: "De aanvraag gebruikt een tekenset of codering die niet wordt ondersteund; stuur UTF-8." };
    case "request.size.invalid":
    case "request.aborted":
      return { status: 400, code: "BAD_REQUEST", message: "De aanvraag kwam niet volledig aan." };
    default:
      // Any other 4xx of the body parser (e.g. too many parameters): the client's doing, so say so, without internals.
      return typeof error.status === "number" && error.status >= 400 && error.status < 500
        ? { status: error.status, code: "BAD_REQUEST", message: "De aanvraag kon niet worden gelezen." }
        : undefined;
  }
}

/**
 * The last handlers of an express app of the hub (gateway and subgraphs): an
 * unknown address gets 404, and an error any middleware passes on (body-parser's
 * malformed JSON or oversized body, a bug) a GraphQL error response
 * `{ errors: [{ message, extensions: { code } }] }` with a Dutch message. Never
 * express's HTML page with its stack trace, whatever NODE_ENV says; an
 * unexpected error is logged as one JSON line (event `interne-fout`) and
 * answered 500 INTERNAL_SERVER_ERROR.
 *
 * @returns the handlers to mount after every route: `app.use(jsonFouten({ bron }))`
 */
export function jsonFouten(options: JsonFoutenOptions): [RequestHandler, ErrorRequestHandler] {
  const log = options.log ?? ((line: string) => console.error(line));
  const onbekendAdres: RequestHandler = (_req, res) => {
    res.status(404).json(body("Dit adres bestaat niet; GraphQL staat op /graphql.", "NOT_FOUND"));
  };
  const fout: ErrorRequestHandler = (error: unknown, req, res, next) => {
    // Halfway through an answer nothing can be replaced; express then closes the connection.
    if (res.headersSent) return next(error);
    const bekend = typeof error === "object" && error !== null ? bodyFout(error as BodyParserError) : undefined;
    if (bekend) {
      res.status(bekend.status).json(body(bekend.message, bekend.code));
      return;
    }
    log(JSON.stringify({ event: "interne-fout", bron: options.bron, methode: req.method, fout: String(error) }));
    res.status(500).json(body(INTERNE_FOUT, "INTERNAL_SERVER_ERROR"));
  };
  return [onbekendAdres, fout];
}
