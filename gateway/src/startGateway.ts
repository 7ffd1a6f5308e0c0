import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { ApolloGateway } from "@apollo/gateway";
import type { PlanNode, QueryPlan, SubscriptionNode } from "@apollo/query-planner";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import {
  accessLog,
  createLogger,
  verzoekIdVan,
  formatFout,
  healthEndpoints,
  httpCheck,
  keysCheck,
  type Logger,
  logJsonLine,
  metricsEndpoint,
  startTracing,
  useRequestMetrics,
  GATEWAY_WEIGERINGEN_PAD,
  signSubgraphToken,
  GATEWAY_QUERY_LIMITS,
  handhavingAan,
  type Besluitenbundel,
  controleerSchema,
  type IdentityKeys,
  gatewayPublicJwk,
  jsonFouten,
  KeyConfigurationError,
  loadKeys,
  type Principal,
  queryLimits,
  queryLimitsFromEnvironment,
  useInterneFoutLog,
  organisatieRegister,
} from "@gezinsbeeld/shared-schema";
import express from "express";
import { type AanmeldOpties, useAanmelden } from "./aanmelden/useAanmelden";
import { createEdgeServer } from "./edgeServer";
import { appMap, useApp } from "./useApp";
import { SubgraphDataSource } from "./SubgraphDataSource";
import { type SubgraphFetch, subgraphFetcher, subgraphFetcherOptionsFromEnvironment, type SubgraphFetcherOptions } from "./subgraphFetcher";
import { readSubgraphConfig, supergraphFile, type SubgraphConfig } from "./subgraphConfig";
import { gefilterdVerzoek, type GefilterdVerzoek, useGegevensFilter } from "./useGegevensFilter";
import { useCors } from "./useCors";
import { prefersHtml, useLocalQueryUi } from "./useLocalQueryUi";
import { type RateLimitOptions, useRateLimit } from "./useRateLimit";
import { cspNonce, useSecurityHeaders } from "./useSecurityHeaders";
import { useToegangslogExport } from "./useToegangslogExport";
import { principalOf, useUserToken } from "./useUserToken";

/** Per-request context of the gateway. */
export interface GatewayContext {
  /**
   * The request's trace id (32 hex digits), sent to every subgraph as
   * `x-request-id`, in its token (`rid`) and in `traceparent`, so their access
   * logs and their traces of one request line up.
   */
  requestId: string;
  /** The purpose the requester stated (`x-doel`), passed on to every subgraph's access log. */
  doel?: string | null;
  /** Who asks, from the verified user token; every subgraph learns it from a token the gateway signs for it. */
  principal: Principal;
  /** The operation's name as the client gave it, for the access log. */
  operatie?: string | null;
  /** Fields the gateway removed because the requester may never read them (issue 3); absent when none. */
  gegevensFilter?: GefilterdVerzoek;
  /** The owners of the partner subgraphs this request's query plan calls: the register holder is asked for their decisions. */
  besluitenVoor?: string[];
  /** The decisions the register holder handed out in this request, per owner, as it answered them (see `besluitenbundel`). */
  besluiten?: Map<string, Besluitenbundel[]>;
  /** The tokens signed for this request, per subgraph (and decision bundle). */
  tekens?: Map<string, Promise<string>>;
}

/** Options of {@link startGateway}. */
export interface GatewayOptions {
  /** Port; `0` picks a free one. Default `PORT` or 4000. */
  port?: number;
  /** Interface to bind. Default `HOST` or `127.0.0.1`. */
  host?: string;
  /** Composed supergraph SDL. Default: the checked-in `gateway/supergraph.graphql`. */
  supergraphSdl?: string;
  /**
   * Subgraph addresses and the organisation owning each. Default:
   * `gateway/subgraphs.json` with `SUBGRAPH_URL_*` overrides; an entry without
   * `organisatie` takes it from that file.
   */
  subgraphs?: readonly (Pick<SubgraphConfig, "name" | "url"> & { organisatie?: string })[];
  /** Query the local UI opens with. */
  exampleQuery?: string;
  /**
   * Keys to verify user tokens with and to sign subgraph tokens with.
   * Default {@link loadKeys}() (the environment, or the development key set).
   */
  keys?: IdentityKeys;
  /**
   * Timeouts and connection bounds of every call to a subgraph, each subgraph
   * with a pool of its own. Default: `GEZINSBEELD_SUBGRAPH_TIMEOUT_MS` (5000),
   * `…_CONNECT_TIMEOUT_MS` (2000), `…_MAX_SOCKETS` (50), `…_MAX_QUEUED` (200),
   * `…_IDLE_TIMEOUT_MS` (30000); see {@link subgraphFetcherOptionsFromEnvironment}.
   */
  subgraphVerbinding?: SubgraphFetcherOptions;
  /** Where the gateway logs (access log, internal errors, readiness changes). Default: createLogger for `gateway` (JSON lines on stdout). */
  logger?: Logger;
  /** Origins whose pages may call the gateway (CORS). Default `GEZINSBEELD_CORS_ORIGINS`, else none. */
  corsOrigins?: readonly string[];
  /**
   * The per-user rate limit. Default `GEZINSBEELD_RATE_LIMIT` (600) requests per
   * `GEZINSBEELD_RATE_LIMIT_WINDOW_SECONDS` (60) per user, counted in memory, or
   * in the Redis at `GEZINSBEELD_REDIS_URL`.
   */
  rateLimit?: RateLimitOptions;
  /**
   * The web app's built files. Default `GEZINSBEELD_APP_DIR`, else the
   * repository's `web/dist` when it was built; `null`: no app (`/` opens the query UI).
   */
  app?: string | null;
  /** Signing in to the app: demo people (development), OpenID Connect (`GEZINSBEELD_OIDC_*`). */
  aanmelden?: Omit<AanmeldOpties, "keys" | "logger">;
}

/** A running gateway. */
export interface RunningGateway {
  /** GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /** The web app, e.g. `http://localhost:4000/`; null when it is not built or turned off. */
  appUrl: string | null;
  stop(): Promise<void>;
}

/**
 * Start the federated gateway on a static supergraph. No introspection of
 * subgraphs at run time: a subgraph that is down makes its fields fail, not the
 * gateway's start. Every GraphQL request needs a valid user token (else 401,
 * nothing executed) and stays within its user's rate limit (else 429); the
 * query UI page, its assets, `/health`, `/ready` (keys, every subgraph's
 * `/health`) and `/metrics` do not. A request's trace starts here, and its
 * trace id is its request id. It does not start on a supergraph `npm run
 * compose` would refuse (`controleerSchema`): a field without a known data
 * category, or a subgraph without a known organisation.
 */
export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  // Off only in the benchmark's unguarded baseline (refused under NODE_ENV=production): no query rewritten, no decisions carried.
  const bewaakt = handhavingAan();
  // The organisation register is read and checked before anything opens: a bad row stops the start, naming it.
  organisatieRegister();
  const keys = options.keys ?? (await loadKeys());
  const logger = options.logger ?? createLogger({ service: "gateway" });
  const gatewayPrivateKey = keys.gatewayPrivateKey;
  if (!keys.userTokenKey) throw new KeyConfigurationError("gateway: no key to verify user tokens; set GEZINSBEELD_JWT_PUBLIC_KEY or GEZINSBEELD_JWKS_URL.");
  if (!gatewayPrivateKey) throw new KeyConfigurationError("gateway: no key to sign subgraph tokens with; set GEZINSBEELD_GATEWAY_PRIVATE_KEY.");
  const supergraphSdl = options.supergraphSdl ?? readFileSync(supergraphFile(), "utf8");
  const configured = new Map(readSubgraphConfig().map((subgraph) => [subgraph.name, subgraph]));
  const targets = new Map(
    (options.subgraphs ?? [...configured.values()]).map((subgraph) => [
      subgraph.name,
      {
        url: subgraph.url,
        organisatie: subgraph.organisatie ?? configured.get(subgraph.name)?.organisatie,
        toegangsregister: bewaakt && (configured.get(subgraph.name)?.toegangsregister ?? false),
      },
    ]),
  );
  // The check `npm run compose` runs: a field the gateway could not protect, or a subgraph of no known organisation, stops it here.
  const eigenaren = new Map([...configured.values()].map((subgraph) => [subgraph.name, subgraph.organisatie]));
  for (const [name, target] of targets) if (target.organisatie !== undefined) eigenaren.set(name, target.organisatie);
  controleerSchema(supergraphSdl, [...eigenaren].map(([name, organisatie]) => ({ name, organisatie })));
  // Read at start: a malformed value stops the gateway here, not at its first request.
  const verbinding = { ...subgraphFetcherOptionsFromEnvironment(), ...options.subgraphVerbinding };
  // One bounded connection pool per subgraph, for its queries and for the refusals logged there.
  const fetchers = new Map<string, SubgraphFetch>();
  const fetcherVan = (name: string): SubgraphFetch => {
    let fetcher = fetchers.get(name);
    if (!fetcher) fetchers.set(name, (fetcher = subgraphFetcher(verbinding)));
    return fetcher;
  };
  const gateway = new ApolloGateway({
    supergraphSdl,
    // Which partners the plan calls: the register holder hands out their decisions in the same request.
    experimental_didResolveQueryPlan: ({ queryPlan, requestContext }) => {
      (requestContext.context as GatewayContext).besluitenVoor = partnersInPlan(queryPlan, targets);
    },
    buildService: ({ name, url }) => {
      const target = targets.get(name)?.url ?? url;
      if (!target) throw new Error(`gateway: no URL for subgraph ${name}; set it in gateway/subgraphs.json or SUBGRAPH_URL_*`);
      return new SubgraphDataSource({
        url: target,
        name,
        gatewayPrivateKey,
        organisatie: targets.get(name)?.organisatie,
        toegangsregister: targets.get(name)?.toegangsregister,
        verbinding,
        fetcher: fetcherVan(name),
        log: logJsonLine(logger),
      });
    },
  });
  const ui = useLocalQueryUi({ defaultQuery: options.exampleQuery });
  const limitsValues = queryLimitsFromEnvironment(GATEWAY_QUERY_LIMITS, "GEZINSBEELD_GATEWAY_");
  const limits = queryLimits(limitsValues);
  const gegevensFilter = useGegevensFilter({
    maxTokens: limitsValues.maxTokens,
    // Every refusal made here enters the chained log of the subgraph that owns the field.
    meldWeigeringen: async (subgraph, verzoek, weigeringen) => {
      const url = targets.get(subgraph)?.url;
      if (!url) throw new Error(`gateway: no URL for subgraph ${subgraph} to log its refusals at`);
      const token = await signSubgraphToken(verzoek.principal, { requestId: verzoek.requestId, audience: subgraph }, gatewayPrivateKey);
      const response = await fetcherVan(subgraph)(new URL(GATEWAY_WEIGERINGEN_PAD, url).toString(), {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ weigeringen, doel: verzoek.doel ?? null, operatie: verzoek.operatie ?? null }),
      });
      if (response.status !== 204) throw new Error(`${subgraph} did not record the gateway's refusals (HTTP ${response.status})`);
    },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Refused before planning: nothing of an oversized query reaches a subgraph.
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    // No stack, URL or English internals to the client: they go to the log (useInterneFoutLog).
    formatError: formatFout,
    plugins: [
      ui.plugin,
      ...(bewaakt ? [gegevensFilter.plugin] : []),
      ...limits.plugins,
      useRequestMetrics({ service: "gateway" }),
      useInterneFoutLog({ bron: "gateway", log: logJsonLine(logger) }),
    ],
    logger,
    // main.ts stops the whole gateway on SIGTERM, flushing its traces last; Apollo's own handler would re-raise the signal halfway.
    stopOnTerminationSignals: false,
  });
  await server.start();
  const tracing = startTracing({ service: "gateway" });
  const rateLimit = await useRateLimit({ ...options.rateLimit, logger }).catch(async (error: unknown) => {
    await Promise.all([tracing.stop(), server.stop()]);
    throw error;
  });

  const app = express();
  app.disable("x-powered-by");
  app.use(accessLog({ logger }));
  app.use(useSecurityHeaders());
  // Before any token check: a browser's preflight carries no token.
  app.use(useCors({ origins: options.corsOrigins }));
  app.use("/ui", ui.assets);
  const aanmelden = useAanmelden({ ...options.aanmelden, keys, logger });
  app.use("/auth", aanmelden.router);
  const appDir = options.app === null ? null : appMap(options.app);
  // Only a signed-in session goes into the page: the navigation back from an OpenID provider is cross-site, so its
  // SameSite=strict cookie is not sent with it, and the page must then ask (same-origin, with the cookie) itself.
  if (appDir) app.use(useApp(appDir, { sessie: (req) => ((antwoord) => (antwoord.aangemeld ? antwoord : undefined))(aanmelden.sessieAntwoord(req)) }));
  else app.get("/", (_req, res) => res.redirect("/graphql"));
  app.use(
    healthEndpoints({
      checks: [
        keysCheck(() => [...(keys.userTokenKey ? [] : ["user token key"]), ...(gatewayPrivateKey ? [] : ["gateway private key"])]),
        ...[...targets].map(([name, target]) => httpCheck(`subgraph:${name}`, new URL("/health", target.url))),
      ],
      logger,
    }),
  );
  app.get("/metrics", metricsEndpoint("gateway"));
  // The organisation register's public part (code, name, kind, description), as X-Road publishes its members: the app names partners by it.
  app.get("/organisaties.json", (_req, res) => {
    res.set("cache-control", "public, max-age=300").json(organisatieRegister().organisaties.map(({ code, naam, soort, omschrijving }) => ({ code, naam, soort, omschrijving })));
  });
  // The published key: a partner's subgraph in any language verifies the tokens this gateway signs with it (docs/partners.md).
  const jwks = gatewayPublicJwk(keys).then((jwk) => ({ keys: jwk ? [jwk] : [] }));
  app.get("/.well-known/jwks.json", (_req, res) => {
    void jwks.then(
      (set) => res.set("cache-control", "public, max-age=300").json(set),
      () => res.status(503).json({ error: "no key published" }),
    );
  });
  // The UI page is no data: a browser opens it without a token, and the user pastes one into its headers editor.
  app.get("/graphql", (req, res, next) => {
    if (prefersHtml(req)) res.type("html").send(ui.page(cspNonce(res)));
    else next();
  });
  app.use(
    "/graphql",
    // The app's session cookie stands for its token; a request with its own Authorization header keeps it.
    aanmelden.sessieAlsToken,
    // Before the body is even parsed: without a valid user token nothing runs.
    useUserToken({ keys }),
    // Per user, so after the token check; before parsing, so an exhausted user costs nothing more.
    rateLimit.middleware,
    express.json({ limit: "1mb" }),
    // Issue 3: after the identity check, before Apollo parses: drop fields the requester may never read.
    ...(bewaakt ? [gegevensFilter.middleware] : []),
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        // Always the gateway's own (its server drops a client's traceparent): the access logs of all
        // subgraphs are joined on it, so a client may not choose it. Without a trace, the same format.
        const requestId = verzoekIdVan(req);
        res.setHeader("x-request-id", requestId);
        const doel = req.header("x-doel")?.slice(0, 500) ?? null;
        const naam = (req.body as { operationName?: unknown } | undefined)?.operationName ?? req.query.operationName;
        const operatie = typeof naam === "string" ? naam.slice(0, 200) : null;
        return { requestId, doel, operatie, principal: principalOf(res), gegevensFilter: gefilterdVerzoek(res) };
      },
    }),
  );
  // Issue 4: the access logs as CSV, behind the same identity check as /graphql; its queries run through `server`.
  app.get("/export/toegangslog.csv", aanmelden.sessieAlsToken, useUserToken({ keys }), rateLimit.middleware, useToegangslogExport({ server }));
  // Last: every other answer, an unknown address or malformed JSON included, is a GraphQL error in JSON.
  app.use(jsonFouten({ bron: "gateway", log: logJsonLine(logger) }));
  const host = options.host ?? process.env.HOST ?? "127.0.0.1";
  const listener = createEdgeServer(app);
  await new Promise<void>((resolve, reject) => {
    listener.once("error", reject);
    listener.listen(options.port ?? Number(process.env.PORT ?? 4000), host, () => {
      listener.off("error", reject);
      resolve();
    });
  }).catch(async (error: unknown) => {
    await Promise.all([tracing.stop(), server.stop(), rateLimit.close()]);
    throw error;
  });
  const { port } = listener.address() as AddressInfo;
  const origin = `http://${host === "0.0.0.0" || host === "127.0.0.1" ? "localhost" : host}:${port}`;
  return {
    url: `${origin}/graphql`,
    appUrl: appDir ? `${origin}/` : null,
    stop: async () => {
      // close() alone waits for idle keep-alive connections (the gateway's) to time out.
      await new Promise<void>((resolve) => {
        listener.close(() => resolve());
        listener.closeAllConnections();
      });
      await server.stop();
      await rateLimit.close();
        await tracing.stop();
    },
  };
}

/**
 * The owners of the partner subgraphs a query plan fetches from, when it also
 * fetches from the register holder (else none: nobody is there to ask).
 */
function partnersInPlan(queryPlan: QueryPlan, targets: ReadonlyMap<string, { organisatie?: string; toegangsregister: boolean }>): string[] {
  const diensten = new Set<string>();
  const loop = (node: PlanNode | SubscriptionNode | undefined): void => {
    if (!node) return;
    if (node.kind === "Subscription") [node.primary, node.rest].forEach(loop);
    else if (node.kind === "Fetch") diensten.add(node.serviceName);
    else if (node.kind === "Sequence" || node.kind === "Parallel") node.nodes.forEach(loop);
    else if (node.kind === "Flatten") loop(node.node);
    else if (node.kind === "Condition") [node.ifClause, node.elseClause].forEach(loop);
    else if (node.kind === "Defer") [node.primary.node, ...node.deferred.map((d) => d.node)].forEach(loop);
  };
  loop(queryPlan.node);
  if (![...diensten].some((naam) => targets.get(naam)?.toegangsregister)) return [];
  return [...new Set([...diensten].flatMap((naam) => {
    const target = targets.get(naam);
    return target && !target.toegangsregister && target.organisatie ? [target.organisatie] : [];
  }))];
}
