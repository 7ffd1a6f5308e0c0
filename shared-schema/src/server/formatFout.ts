import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** What a professional reads when something broke on our side: never the cause itself. */
export const INTERNE_FOUT = "Er ging iets mis bij het verwerken van de aanvraag. Probeer het later opnieuw; blijft het misgaan, meld dan het request-id aan de beheerder.";

/**
 * Codes that say "something broke inside": Apollo's default for any thrown error,
 * the gateway's for a failed subgraph fetch, and its INVALID_GRAPHQL (an
 * unresolvable operation or a subgraph answer that does not fit the schema).
 * Their messages are written by a library or a database, not by us.
 */
const INTERNE_CODES: ReadonlySet<string> = new Set(["INTERNAL_SERVER_ERROR", "DOWNSTREAM_SERVICE_ERROR", "INVALID_GRAPHQL"]);

/**
 * An internal error already logged where it happened, with what a reader of the
 * log needs (request id, the database's own message); its message is
 * {@link INTERNE_FOUT}. Make one with {@link interneFout}.
 */
export class InterneFout extends GraphQLError {
  constructor(cause: unknown) {
    super(INTERNE_FOUT, { extensions: { code: "INTERNAL_SERVER_ERROR" }, originalError: cause instanceof Error ? cause : undefined });
  }
}

/**
 * Log `cause` as one JSON line to stderr (event `interne-fout`) and return the
 * error to throw instead: code INTERNAL_SERVER_ERROR, message {@link INTERNE_FOUT}.
 */
export function interneFout(cause: unknown, waar: { requestId?: string | null; bron: string }): InterneFout {
  const code = (cause as { code?: unknown } | null)?.code;
  console.error(JSON.stringify({ event: "interne-fout", requestId: waar.requestId ?? null, bron: waar.bron, fout: String(cause), ...(typeof code === "string" ? { code } : {}) }));
  return new InterneFout(cause);
}

/** True for an error whose message comes from inside (a library, a database, a failed fetch): {@link formatFout} replaces it. */
export function isInterneFout(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.code;
  return typeof code !== "string" || INTERNE_CODES.has(code);
}

/**
 * Dutch for the English messages Apollo Server, the gateway and graphql-js write
 * for requests a client got wrong. A message not listed keeps its text: it names
 * the client's own query (e.g. "Cannot query field …"), not our internals.
 */
const VERTALINGEN: ReadonlyArray<readonly [RegExp, (match: RegExpMatchArray) => string]> = [
  [/^Unknown operation named "(.*)"\.$/s, (m) => `De aanvraag bevat geen operatie met de naam "${m[1]}".`],
  [/^Must provide operation name if query contains multiple operations\.$/, () => "De aanvraag bevat meer dan één operatie; geef met operationName aan welke moet worden uitgevoerd."],
  [/^Must provide an operation\.$/, () => "De aanvraag bevat geen operatie om uit te voeren."],
  [/^Operation batching disabled\.$/, () => "Meerdere operaties in één aanvraag (batching) worden niet ondersteund; stuur ze apart."],
  [/^POST body missing, invalid Content-Type, or JSON object has no keys\.$/, () => "De aanvraag heeft geen JSON-body met een query; stuur content-type application/json."],
  [/^This operation has been blocked as a potential Cross-Site Request Forgery/, () => "De aanvraag is geweigerd als mogelijke cross-site request forgery: stuur content-type application/json of de header apollo-require-preflight."],
  [/^GET requests may not have a content-type header other than application\/json\.$/, () => "Een GET-aanvraag mag alleen content-type application/json hebben."],
  [/^GET requests only support query operations, not (\w+) operations$/, (m) => `Met GET kan alleen een query worden uitgevoerd, geen ${m[1]}; gebruik POST.`],
  [/^Apollo Server supports only GET\/POST requests\.$/, () => "Alleen GET en POST worden ondersteund."],
  [/^The '(\w+)' search parameter may only be specified once\.$/, (m) => `De parameter '${m[1]}' mag maar één keer in de aanvraag staan.`],
  [/^The (\w+) search parameter (contains invalid JSON|should contain a JSON-encoded object)\.$/, (m) => `De parameter '${m[1]}' moet een JSON-object zijn.`],
  [/^GraphQL queries must be strings\./, () => "De query moet als tekst worden gestuurd."],
  [/^GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension\.$/, () => "De aanvraag bevat geen query."],
  [/^Syntax Error: Document contains more th(?:at|an) (\d+) tokens\. Parsing aborted\.$/, (m) => `De query is te lang: meer dan ${m[1]} tokens.`],
  [/^Syntax Error: (.*)$/s, (m) => `De query is geen geldige GraphQL: ${m[1]}`],
];

/**
 * The `formatError` of every Apollo Server of the hub (gateway and subgraphs),
 * so that whatever goes wrong the client reads a GraphQL error with a code and a
 * message meant for it:
 * - an error with a code we or Apollo chose for the client (BAD_USER_INPUT,
 *   FORBIDDEN, GRAPHQL_VALIDATION_FAILED, …) is kept, its English message put in
 *   Dutch where {@link VERTALINGEN} knows it;
 * - anything else (no code, INTERNAL_SERVER_ERROR, a database's or a failed
 *   fetch's message) becomes INTERNAL_SERVER_ERROR with {@link INTERNE_FOUT}: no
 *   stack, path on disk, URL or SQL reaches the client. Its `path` and
 *   `locations` stay, so the client knows which field failed.
 */
export function formatFout(formatted: GraphQLFormattedError, _error?: unknown): GraphQLFormattedError {
  if (isInterneFout(formatted)) {
    return {
      message: INTERNE_FOUT,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  }
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  for (const [pattern, vertaal] of VERTALINGEN) {
    const match = formatted.message.match(pattern);
    if (match) return { ...formatted, message: vertaal(match), extensions };
  }
  return { ...formatted, extensions };
}
