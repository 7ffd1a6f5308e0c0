import { RemoteGraphQLDataSource } from "@apollo/gateway";
import { DECISION_TOKEN_HEADER, signDecisionToken, signSubgraphToken, type SigningKey } from "@gezinsbeeld/shared-schema";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "./startGateway";
import { SUBGRAPH_FETCHER_DEFAULTS, type SubgraphFetch, subgraphFetcher, type SubgraphFetcherOptions } from "./subgraphFetcher";
import { SUBGRAPH_FOUTCODES, SubgraphVerbindingsfout } from "./SubgraphVerbindingsfout";

type FetchResponse = Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0];
type SendRequestOptions = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>>[0];
type ErrorArguments = Parameters<RemoteGraphQLDataSource<GatewayContext>["didEncounterError"]>;

/** What a proxy in front of a subgraph answers when the subgraph is not there: no GraphQL body of the subgraph's own. */
const PROXY_ONBEREIKBAAR = new Set([502, 503, 504]);

/** Options of {@link SubgraphDataSource}. */
export interface SubgraphDataSourceOptions {
  /** The subgraph's GraphQL endpoint. */
  url: string;
  /** The subgraph's name: the audience of the tokens it is sent. */
  name: string;
  /** The gateway's own signing key for subgraph tokens. */
  gatewayPrivateKey: SigningKey;
  /**
   * The organisation that owns this subgraph's data. When set, every request also
   * carries a decision token (header `x-toegangsbeslisser-token`) with which the
   * subgraph may ask the decision service about this principal and this owner
   * only. Default: none (the subgraph then cannot decide and refuses).
   */
  organisatie?: string;
  /**
   * Timeouts and the bounds of this subgraph's own connection pool. Default
   * {@link SUBGRAPH_FETCHER_DEFAULTS} (5 s per call, 2 s to connect, 50
   * connections, 200 waiting calls); `startGateway` passes the environment's.
   */
  verbinding?: SubgraphFetcherOptions;
  /** The fetcher to use, e.g. one the gateway shares with its other calls to this subgraph. Default: a new one with `verbinding`. */
  fetcher?: SubgraphFetch;
  /**
   * Where the reason a call got no answer is logged, one JSON line (event
   * `subgraph-onbereikbaar`, with the address and the system's own error) per
   * failed call: the client reads only which organisation is missing. Default
   * `console.error` (stderr); `startGateway` passes its logger's.
   */
  log?: (line: string) => void;
}

/**
 * The gateway's connection to one subgraph. Every request carries a token the
 * gateway signs for this subgraph, for the principal whose user token it
 * verified (never the user's own token, never a bare user id), and the request
 * id. It passes on the subgraph's own error when it refuses a request (HTTP 400
 * for an invalid BSN or date): the professional then reads "Ongeldig
 * burgerservicenummer" with code BAD_USER_INPUT instead of "400: Bad Request".
 *
 * Every call is bounded ({@link subgraphFetcher}). A subgraph that does not
 * answer costs its own fields only: they come back null with one error naming
 * the organisation, code SUBGRAPH_ONBEREIKBAAR, SUBGRAPH_TIME_OUT or
 * SUBGRAPH_OVERBELAST, and no address; the other subgraphs' data still returns.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly gatewayPrivateKey: SigningKey;
  private readonly name: string;
  private readonly organisatie: string | undefined;
  private readonly timeoutMs: number;
  private readonly log: (line: string) => void;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url, fetcher: options.fetcher ?? subgraphFetcher(options.verbinding) });
    this.gatewayPrivateKey = options.gatewayPrivateKey;
    this.name = options.name;
    this.organisatie = options.organisatie;
    this.timeoutMs = options.verbinding?.timeoutMs ?? SUBGRAPH_FETCHER_DEFAULTS.timeoutMs;
    this.log = options.log ?? ((line) => console.error(line));
  }

  override async willSendRequest({ request, context }: SendRequestOptions): Promise<void> {
    const headers = request.http?.headers;
    if (!headers) return;
    if (context.requestId) headers.set("x-request-id", context.requestId);
    if (context.doel) headers.set("x-doel", context.doel);
    // No principal, no token: the subgraph then refuses the request, which is the point.
    if (!context.principal) return;
    const [token, beslisToken] = await Promise.all([
      signSubgraphToken(context.principal, { requestId: context.requestId, audience: this.name }, this.gatewayPrivateKey),
      this.organisatie
        ? signDecisionToken(context.principal, { requestId: context.requestId, eigenaar: this.organisatie, subgraph: this.name }, this.gatewayPrivateKey)
        : undefined,
    ]);
    headers.set("authorization", `Bearer ${token}`);
    if (beslisToken) headers.set(DECISION_TOKEN_HEADER, beslisToken);
  }

  override async errorFromResponse(response: FetchResponse): Promise<GraphQLError> {
    if (response.status >= 400) {
      const body = (await response.clone().json().catch(() => null)) as { errors?: Array<{ message?: string; extensions?: Record<string, unknown> }> } | null;
      const first = body?.errors?.[0];
      if (first?.message) {
        const { stacktrace: _stacktrace, ...extensions } = first.extensions ?? {};
        return new GraphQLError(first.message, { extensions: { code: response.status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_USER_INPUT", ...extensions } });
      }
    }
    if (PROXY_ONBEREIKBAAR.has(response.status)) throw new SubgraphVerbindingsfout("onbereikbaar", `HTTP ${response.status} without a GraphQL answer from ${this.url}`);
    const error = await super.errorFromResponse(response);
    // Apollo's own error carries the subgraph's address and raw body in `extensions.response`: the log's, not the client's.
    const { response: _response, ...extensions } = error.extensions;
    return new GraphQLError(error.message, { extensions });
  }

  /** A call that got no answer: logged with its cause, and what the client reads instead. */
  override didEncounterError(...[error, , , context]: ErrorArguments): void {
    if (!(error instanceof SubgraphVerbindingsfout)) throw error;
    this.log(
      JSON.stringify({
        event: "subgraph-onbereikbaar",
        requestId: context?.requestId ?? null,
        subgraph: this.name,
        code: SUBGRAPH_FOUTCODES[error.soort],
        fout: error.message,
        ...(error.cause instanceof Error ? { oorzaak: String(error.cause) } : {}),
      }),
    );
    throw error.voorDeClient({ subgraph: this.name, organisatie: this.organisatie }, this.timeoutMs);
  }
}
