import { performance } from "node:perf_hooks";
import { RemoteGraphQLDataSource } from "@apollo/gateway";
import {
  BESLUITEN_GEVRAAGD,
  BESLUITEN_MEEGEGEVEN,
  BESLUITEN_UITGEDEELD,
  bundelHash,
  bundelVoorOproep,
  isBundelVoor,
  signSubgraphToken,
  type SigningKey,
  subgraphFetchMetrics,
} from "@gezinsbeeld/shared-schema";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "./startGateway";
import { SUBGRAPH_FETCHER_DEFAULTS, type SubgraphFetch, subgraphFetcher, type SubgraphFetcherOptions } from "./subgraphFetcher";
import { SUBGRAPH_FOUTCODES, SubgraphVerbindingsfout } from "./SubgraphVerbindingsfout";

type FetchResponse = Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0];
type SendRequestOptions = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>>[0];
type ErrorArguments = Parameters<RemoteGraphQLDataSource<GatewayContext>["didEncounterError"]>;
type ProcessOptions = Parameters<RemoteGraphQLDataSource<GatewayContext>["process"]>[0];
type ReceiveOptions = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["didReceiveResponse"]>>[0];
type Response_ = Awaited<ReturnType<NonNullable<RemoteGraphQLDataSource<GatewayContext>["didReceiveResponse"]>>>;

/** What a proxy in front of a subgraph answers when the subgraph is not there: no GraphQL body of the subgraph's own. */
const PROXY_ONBEREIKBAAR = new Set([502, 503, 504]);

/**
 * Let Apollo Gateway rebuild a subgraph's errors without a stack trace each.
 * Right after `process` returns, its `executeQueryPlan` maps the answer's
 * `errors` to new `GraphQLError`s, and each captures a stack of the gateway's
 * own frames: about 9 µs an error, 140 on a teamleider's page of 25
 * households. Such a stack says nothing about the subgraph's fault and never
 * leaves the gateway, so this list's own `map` runs with
 * `Error.stackTraceLimit = 0`. The errors' messages, paths and extensions are
 * untouched; should Apollo stop using `map`, they only cost their stacks again.
 */
export function zonderStapels(errors: readonly unknown[]): void {
  Object.defineProperty(errors, "map", {
    value: function map(this: unknown[], ...args: Parameters<unknown[]["map"]>) {
      const limiet = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      try {
        return Array.prototype.map.apply(this, args);
      } finally {
        Error.stackTraceLimit = limiet;
      }
    },
    configurable: true,
    writable: true,
  });
}

/** Options of {@link SubgraphDataSource}. */
export interface SubgraphDataSourceOptions {
  /** The subgraph's GraphQL endpoint. */
  url: string;
  /** The subgraph's name: the audience of the tokens it is sent. */
  name: string;
  /** The gateway's own signing key for subgraph tokens. */
  gatewayPrivateKey: SigningKey;
  /**
   * The organisation that owns this subgraph's data. When set, every token names
   * it (`eig`), so the subgraph may show that same token to the decision service
   * and ask about this principal and this owner only. Default: none (the
   * subgraph then cannot decide and refuses).
   */
  organisatie?: string;
  /**
   * Whether this subgraph keeps the access register: it is then asked for the
   * decisions the partners later in the query plan need, which the gateway passes
   * on to each of them (see `besluitenbundel`). Default false.
   */
  toegangsregister?: boolean;
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
  private readonly toegangsregister: boolean;
  private readonly timeoutMs: number;
  private readonly log: (line: string) => void;
  private readonly metrics = subgraphFetchMetrics("gateway");

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url, fetcher: options.fetcher ?? subgraphFetcher(options.verbinding) });
    this.gatewayPrivateKey = options.gatewayPrivateKey;
    this.name = options.name;
    this.organisatie = options.organisatie;
    this.toegangsregister = options.toegangsregister ?? false;
    this.timeoutMs = options.verbinding?.timeoutMs ?? SUBGRAPH_FETCHER_DEFAULTS.timeoutMs;
    this.log = options.log ?? ((line) => console.error(line));
  }

  override async willSendRequest(options: SendRequestOptions): Promise<void> {
    const { request } = options;
    const context = options.context as GatewayContext;
    const headers = request.http?.headers;
    if (!headers) return;
    if (context.requestId) headers.set("x-request-id", context.requestId);
    if (context.doel) headers.set("x-doel", context.doel);
    // No principal, no token: the subgraph then refuses the request, which is the point.
    if (!context.principal) return;
    let bundel: string | undefined;
    if (this.toegangsregister && context.besluitenVoor?.length) {
      request.extensions = { ...request.extensions, [BESLUITEN_GEVRAAGD]: context.besluitenVoor };
    } else if (!this.toegangsregister && this.organisatie) {
      bundel = bundelVoorOproep(context.besluiten?.get(this.organisatie), this.organisatie, request.variables?.representations);
      if (bundel) request.extensions = { ...request.extensions, [BESLUITEN_MEEGEGEVEN]: bundel };
    }
    headers.set("authorization", `Bearer ${await this.token(context, bundel && bundelHash(bundel))}`);
  }

  /**
   * The token for this subgraph in this request: signed once per request (and
   * per decision bundle it vouches for), however often the plan calls it.
   */
  private token(context: GatewayContext, besluiten: string | undefined): Promise<string> {
    context.tekens ??= new Map();
    const sleutel = `${this.name}|${besluiten ?? ""}`;
    let token = context.tekens.get(sleutel);
    if (!token) {
      token = signSubgraphToken(context.principal, { requestId: context.requestId, audience: this.name, eigenaar: this.organisatie, besluiten }, this.gatewayPrivateKey);
      context.tekens.set(sleutel, token);
    }
    return token;
  }

  /**
   * One fetch from this subgraph, measured: its latency
   * (`gezinsbeeld_subgraph_fetch_duration_seconds{subgraph}`) and, when it got no
   * usable answer (no answer, time-out, an HTTP error), one error
   * (`gezinsbeeld_subgraph_fetch_errors_total{subgraph}`).
   */
  override async process(options: ProcessOptions): Promise<Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>["process"]>>> {
    const start = performance.now();
    try {
      const response = await super.process(options);
      if (response.errors?.length) zonderStapels(response.errors);
      return response;
    } catch (error) {
      this.metrics.errors.inc({ subgraph: this.name });
      throw error;
    } finally {
      this.metrics.duration.observe({ subgraph: this.name }, (performance.now() - start) / 1000);
    }
  }

  /** The register holder's answer: keep the decisions it handed out for the partners after it, and pass the rest on. */
  override didReceiveResponse({ response, context }: ReceiveOptions): Response_ {
    const uitgedeeld = response.extensions?.[BESLUITEN_UITGEDEELD];
    if (uitgedeeld === undefined) return response;
    delete response.extensions![BESLUITEN_UITGEDEELD];
    if (!this.toegangsregister || typeof uitgedeeld !== "object" || uitgedeeld === null) return response;
    context.besluiten ??= new Map();
    for (const [eigenaar, bundel] of Object.entries(uitgedeeld as Record<string, unknown>)) {
      if (isBundelVoor(bundel, eigenaar)) context.besluiten.set(eigenaar, [...(context.besluiten.get(eigenaar) ?? []), bundel]);
      // Not usable: that partner asks the decision service itself, as without it.
      else this.log(JSON.stringify({ event: "besluitenbundel-onbruikbaar", requestId: context.requestId, subgraph: this.name, eigenaar }));
    }
    return response;
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
