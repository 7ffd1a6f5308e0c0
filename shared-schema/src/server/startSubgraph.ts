import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { KeyLike } from "jose";
import { createRequestContext, type RequestContext } from "../context/RequestContext";
import { createSubgraphDatabase, type SubgraphDatabase } from "../db/createDataSource";
import { migreer } from "../db/migreer";
import { buildFederatedSchema } from "../federation/buildFederatedSchema";
import { httpBeslisser, toegangsbeslisserUrl } from "../toegang/httpBeslisser";
import { registerBeslisser } from "../toegang/registerBeslisser";
import { beslisserApi } from "../toegang/beslisserApi";
import { BESLUITEN_MEEGEGEVEN, bundelHash, pakUit } from "../toegang/besluitenbundel";
import { besluitenUitdelen } from "../toegang/besluitenUitdelen";
import type { Gezinsbesluiten } from "../toegang/Besluiten";
import { DECISION_TOKEN_HEADER } from "../identity/subgraphToken";
import { useToegangslog } from "../audit/useToegangslog";
import { handhavingAan, toegangslogAan } from "./benchSchakelaars";
import { gatewayWeigeringen } from "../audit/gatewayWeigeringen";
import type { SubgraphDefinition } from "../federation/SubgraphDefinition";
import { KeyConfigurationError } from "../identity/IdentityError";
import { loadKeys } from "../identity/loadKeys";
import { loadAuditKeys } from "../identity/auditKeys";
import type { UserTokenVerificationKey } from "../identity/IdentityKeys";
import { verifySubgraphToken, type VerifiedSubgraphToken } from "../identity/subgraphToken";
import { bearerToken } from "../identity/bearerToken";
import { accessLog } from "../observability/accessLog";
import { createLogger, type Logger, logJsonLine } from "../observability/logger";
import { metricsEndpoint } from "../observability/metrics";
import { startTracing } from "../observability/tracing";
import { useRequestMetrics } from "../observability/useRequestMetrics";
import { authenticated, bearerAuthentication } from "./bearerAuthentication";
import { formatFout } from "./formatFout";
import { databaseCheck, healthEndpoints, httpCheck, keysCheck, migrationsCheck, type ReadinessCheck } from "./healthEndpoints";
import { jsonFouten } from "./jsonFouten";
import { queryLimits, queryLimitsFromEnvironment, SUBGRAPH_QUERY_LIMITS } from "./queryLimits";
import { securityHeaders } from "./securityHeaders";
import { useGeldigeTekens } from "./useGeldigeTekens";
import { useInterneFoutLog } from "./useInterneFoutLog";
import { Bezorger } from "../register/Bezorger";
import { aankondigingenApi, httpBezorging, ontvang } from "../register/levering";
import { aankondigingSleutel, aankondigingVerificatie } from "../register/aankondigingSleutels";
import { OrganisatieRegisterFout, organisatieRegister } from "../organisaties/organisatieRegister";

/** Options of {@link startSubgraph}. */
export interface SubgraphServerOptions {
  /** Full URL of the subgraph's own database. */
  databaseUrl: string;
  /** Port to listen on; `0` picks a free one. Default: the definition's `defaultPort`. */
  port?: number;
  /** Interface to bind. Default `127.0.0.1`. */
  host?: string;
  /** Run pending migrations before serving. Default `true`. */
  migrate?: boolean;
  /**
   * The gateway's public key: only requests with a token it signed for this
   * subgraph are served. Default: `gatewayPublicKey` of {@link loadKeys}()
   * (`GEZINSBEELD_GATEWAY_PUBLIC_KEY`, or the development key set).
   */
  gatewayPublicKey?: KeyLike;
  /**
   * Where this subgraph asks the decision service for access decisions (the
   * origin of the subgraph that keeps the register). Default: decided
   * in-process when the definition keeps the register (lokaal-team), else
   * `GEZINSBEELD_TOEGANGSREGISTER_URL` (default http://127.0.0.1:4001).
   */
  toegangsregisterUrl?: string;
  /**
   * The audit public key that checks the signatures of the checkpoints stored in
   * this subgraph's database (the chain status, `toegangslogKeten<Org>`). Only
   * the public half is kept. `null`: none, and no stored checkpoint is trusted.
   * Default: `verificationKey` of {@link loadAuditKeys}() (`GEZINSBEELD_AUDIT_PUBLIC_KEY`,
   * or the development audit key; under NODE_ENV=production without it: none).
   */
  auditPublicKey?: UserTokenVerificationKey | null;
  /**
   * Where the subgraph logs (access log, internal errors, readiness changes).
   * Default: {@link createLogger} for the subgraph's name (JSON lines on stdout).
   */
  logger?: Logger;
}

/** A running subgraph. */
export interface RunningSubgraph extends SubgraphDatabase {
  name: string;
  /** GraphQL endpoint, e.g. `http://127.0.0.1:4001/graphql`. */
  url: string;
  /** The relay of its outbox: `leeg()` hands everything waiting to the register now. */
  bezorger: Bezorger;
  stop(): Promise<void>;
}

/**
 * Start one subgraph: connect to its own database, migrate, and serve its
 * federated schema over HTTP at `/graphql`. Every request to `/graphql` must
 * carry a token the gateway signed for this subgraph; without one it gets 401
 * and nothing runs, so calling a subgraph past the gateway yields no data.
 *
 * Beside it, without a token, on the same port (never expose them publicly):
 * `/health` (alive), `/ready` (database, migrations, keys and, for a partner,
 * the decision service) and `/metrics` (Prometheus). Every answer carries
 * helmet's headers and is written to the access log; the request's trace
 * continues from the gateway's `traceparent` down to each SQL statement.
 */
export async function startSubgraph(definition: SubgraphDefinition, options: SubgraphServerOptions): Promise<RunningSubgraph> {
  // The benchmark's switches are refused under NODE_ENV=production before anything opens.
  toegangslogAan();
  handhavingAan();
  // The organisation register is read and checked before anything opens: a bad row stops the start, naming it.
  const eigen = organisatieRegister().zoek(definition.organisatie);
  if (!eigen) throw new OrganisatieRegisterFout(organisatieRegister().bron, [`${definition.name}: organisatie '${definition.organisatie}' staat niet in het register; voeg haar toe (docs/partners.md)`]);
  // Keys first: a subgraph that cannot check who asks must not even open its database.
  const gatewayPublicKey = options.gatewayPublicKey ?? (await loadKeys()).gatewayPublicKey;
  if (!gatewayPublicKey) {
    throw new KeyConfigurationError(`${definition.name}: no key to verify the gateway's tokens; set GEZINSBEELD_GATEWAY_PUBLIC_KEY.`);
  }
  // Only the public half: a subgraph checks checkpoints, it never signs one.
  const auditSleutel = options.auditPublicKey === undefined ? (await loadAuditKeys()).verificationKey : options.auditPublicKey ?? undefined;
  const logger = options.logger ?? createLogger({ service: definition.name });
  // Before the database: its statements are spans of the requests that send them.
  const tracing = startTracing({ service: definition.name });
  try {
    return await serve(definition, options, { gatewayPublicKey, auditSleutel, logger, stopTracing: () => tracing.stop() });
  } catch (error) {
    await tracing.stop();
    throw error;
  }
}

async function serve(
  definition: SubgraphDefinition,
  options: SubgraphServerOptions,
  {
    gatewayPublicKey,
    auditSleutel,
    logger,
    stopTracing,
  }: { gatewayPublicKey: KeyLike; auditSleutel: UserTokenVerificationKey | undefined; logger: Logger; stopTracing: () => Promise<void> },
): Promise<RunningSubgraph> {
  const { db, statements } = createSubgraphDatabase(definition, options.databaseUrl);
  await db.initialize();
  if (options.migrate ?? true) await migreer(db);

  const { schema } = await buildFederatedSchema(definition);
  const meldRegel = logJsonLine(logger);
  const meld = (regel: Record<string, unknown>): void => meldRegel(JSON.stringify({ subgraph: definition.name, ...regel }));
  // The outbox's relay: the register holder hands its own announcements to its register in-process, every other
  // organisation delivers over HTTP, signed with its own key.
  const register = definition.toegangsregister;
  const bezorger = new Bezorger({
    db,
    meld,
    bezorg: register
      ? async (batch) => {
          await ontvang(db, definition.organisatie, batch, register.verwerk);
        }
      : httpBezorging({ url: toegangsbeslisserUrl(options.toegangsregisterUrl), organisatie: definition.organisatie, sleutel: await aankondigingSleutel(definition.organisatie) }),
  });
  const beslisserUrl = toegangsbeslisserUrl(options.toegangsregisterUrl);
  const beslisser = definition.toegangsregister ? registerBeslisser(definition.toegangsregister) : httpBeslisser({ url: beslisserUrl });
  // Above whatever the gateway plans; a query sent past the gateway meets them too.
  const limits = queryLimits(queryLimitsFromEnvironment(SUBGRAPH_QUERY_LIMITS, "GEZINSBEELD_SUBGRAPH_"));
  const server = new ApolloServer<RequestContext>({
    schema,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    // No stack, SQL or English internals to the client: they go to the log (useInterneFoutLog).
    formatError: formatFout,
    introspection: true,
    // Errors pass through the gateway to the professional: never with the server's stack trace.
    includeStacktraceInErrorResponses: false,
    // runFromEnvironment stops the whole subgraph on SIGTERM, flushing its traces last; Apollo's own handler would re-raise the signal halfway.
    stopOnTerminationSignals: false,
    // No inline traces: they would hand per-field timings to whoever calls the subgraph.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // No cache hints: nothing here may be cached (the answer says no-store), and the plugin would wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      // Where the register is kept, the decisions the gateway asks for its partners leave with the answer.
      useToegangslog(db, register ? besluitenUitdelen(beslisser, definition.organisatie) : undefined),
      ...limits.plugins,
      useGeldigeTekens(),
      useRequestMetrics({ service: definition.name }),
      useInterneFoutLog({ bron: definition.name, log: logJsonLine(logger) }),
    ],
  });
  await server.start();

  const app = express();
  app.disable("x-powered-by");
  // The gateway sends its request id: the lines of one request carry the same id at every service, traced or not.
  app.use(accessLog({ logger, verzoekIdVanGateway: true }));
  app.use(securityHeaders());
  const readiness: ReadinessCheck[] = [
    databaseCheck(db),
    migrationsCheck(db),
    keysCheck(() => (gatewayPublicKey ? [] : ["GEZINSBEELD_GATEWAY_PUBLIC_KEY"])),
    // A partner decides nothing without the register holder's decision service.
    ...(definition.toegangsregister ? [] : [httpCheck("toegangsbeslisser", new URL("/.well-known/authzen-configuration", beslisserUrl))]),
  ];
  app.use(healthEndpoints({ health: { subgraph: definition.name }, checks: readiness, logger }));
  app.get("/metrics", metricsEndpoint(definition.name));
  const log = toegangslogAan();
  if (definition.toegangsregister) {
    // The decision service for every other subgraph: decisions only, never the register's data.
    app.use(beslisserApi({ register: definition.toegangsregister, db, subgraph: definition.name, gatewayPublicKey, log }));
    // Each organisation's records announce their involvements here (the register follows the work).
    app.use(aankondigingenApi({ db, verwerk: definition.toegangsregister.verwerk, sleutelVan: aankondigingVerificatie(), meld }));
  }
  // Refusals the gateway made for this subgraph's fields before planning enter this subgraph's own chain.
  app.use(gatewayWeigeringen({ db, subgraph: definition.name, gatewayPublicKey, log }));
  app.use(
    "/graphql",
    (_req: express.Request, res: express.Response, next: express.NextFunction) => {
      // Personal data: never stored by whatever sits between the gateway and this subgraph.
      res.setHeader("cache-control", "no-store");
      next();
    },
    bearerAuthentication((token) => verifySubgraphToken(token, { subgraph: definition.name, gatewayPublicKey })),
    express.json({ limit: "1mb" }),
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        const { identity } = authenticated<VerifiedSubgraphToken>(res);
        return createRequestContext({
          requestId: identity.requestId,
          principal: identity.principal,
          // The call's own token names this subgraph's owner: the decision service takes it as well.
          beslisToken: req.header(DECISION_TOKEN_HEADER) ?? bearerToken(req.header("authorization")),
          besluitenVooraf: register ? undefined : meegegevenBesluiten(req.body, identity, definition, meld),
          doel: req.header("x-doel")?.slice(0, 500) ?? null,
          db,
          subgraph: definition.name,
          beslisser,
          bezorger,
          auditSleutel,
        });
      },
    }),
  );
  // Last: every other answer, an unknown address or malformed JSON included, is a GraphQL error in JSON.
  app.use(jsonFouten({ bron: definition.name, log: logJsonLine(logger) }));

  const host = options.host ?? "127.0.0.1";
  const listener = await new Promise<import("node:http").Server>((resolve, reject) => {
    const http = app.listen(options.port ?? definition.defaultPort, host, (error?: Error) => (error ? reject(error) : resolve(http)));
  });
  // Longer than the gateway keeps an idle connection: otherwise the gateway may reuse one
  // the subgraph is just closing (ECONNRESET under load).
  listener.keepAliveTimeout = 65_000;
  listener.headersTimeout = 66_000;
  const { port } = listener.address() as AddressInfo;
  await bezorger.start();
  // The register follows the calendar too: ends that came without an announcement, at start and every hour.
  const onderhoud = register?.onderhoud;
  const houdBij = (): void => void onderhoud?.(db).catch((error: unknown) => meld({ event: "register-onderhoud-mislukt", fout: String((error as Error)?.message ?? error) }));
  houdBij();
  const onderhoudTimer = onderhoud ? setInterval(houdBij, 3_600_000) : undefined;
  onderhoudTimer?.unref();
  return {
    name: definition.name,
    url: `http://${host}:${port}/graphql`,
    db,
    statements,
    bezorger,
    stop: async () => {
      // close() alone waits for idle keep-alive connections (the gateway's) to time out.
      await new Promise<void>((resolve) => {
        listener.close(() => resolve());
        listener.closeAllConnections();
      });
      await server.stop();
      await bezorger.stop();
      if (onderhoudTimer) clearInterval(onderhoudTimer);
      // A readiness test may have closed the connections already.
      if (db.isInitialized) await db.destroy();
      await stopTracing();
    },
  };
}

/**
 * The decisions the gateway passed with this call (see `besluitenbundel`), when
 * the token vouches for exactly that text (`bsl`) and they are this subgraph
 * owner's; else none, and the decision service is asked as before.
 */
function meegegevenBesluiten(body: unknown, identity: VerifiedSubgraphToken, definition: SubgraphDefinition, meld: (regel: Record<string, unknown>) => void): Gezinsbesluiten[] | undefined {
  const tekst = (body as { extensions?: Record<string, unknown> } | undefined)?.extensions?.[BESLUITEN_MEEGEGEVEN];
  if (tekst === undefined) return undefined;
  try {
    if (typeof tekst !== "string" || !identity.besluitenHash || bundelHash(tekst) !== identity.besluitenHash) throw new Error("the token does not vouch for it");
    return pakUit(JSON.parse(tekst), definition.organisatie);
  } catch (error) {
    meld({ event: "besluitenbundel-genegeerd", requestId: identity.requestId, fout: String(error) });
    return undefined;
  }
}
