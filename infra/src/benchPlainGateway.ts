import { randomBytes } from "node:crypto";
import { appendFileSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { type IdentityKeys, KeyConfigurationError, loadKeys, type Principal, signSubgraphToken } from "@gezinsbeeld/shared-schema";
// The subgraph list only (names, owners, SUBGRAPH_URL_* overrides): configuration, none of the hub's gateway code.
import { readSubgraphConfig, supergraphFile } from "@gezinsbeeld/gateway/dist/subgraphConfig";
import express from "express";

/**
 * `infra/dist/benchPlainGateway.js`: the yardstick `npm run bench` holds the
 * hub's gateway against. A plain Apollo Gateway on the same supergraph and the
 * same subgraphs, with nothing of the hub's own: no user token check, no rate
 * limit, no query limits, no field filter, no bounded fetcher, no tracing, no
 * access log, no decisions carried between subgraphs. What it cannot leave
 * out is what the subgraphs demand, a token signed for each
 * ({@link mintSubgraphHeaders}); those are minted ahead, for a fixed
 * principal, and renewed every 30 s, so a request costs no signing.
 *
 * Environment: `PORT` (default 4100), `HOST` (default 127.0.0.1),
 * `SUBGRAPH_URL_<NAME>`, the gateway's private key as `loadKeys` reads it, and
 * `BENCH_PRINCIPAL`: a principal as JSON (`{"userId","organisatie","rol"}`), or
 * a list of them; with a list, a request names its principal's user id in the
 * header `x-bench-principal` (default: the first). `BENCH_RECORD=<file>`
 * appends every subgraph call of the first GraphQL request, one JSON line each:
 * `{ subgraph, url, body, start, end }` (ms on this process's clock).
 */

/** How often the pre-minted headers are renewed: subgraph tokens live 60 s and are refused past 120 s. */
const MUNT_INTERVAL_MS = 30_000;

/** The header naming the principal of a request, when BENCH_PRINCIPAL holds several. */
export const BENCH_PRINCIPAL_HEADER = "x-bench-principal";

/** A subgraph as the headers for it depend on it. */
export interface BenchSubgraph {
  name: string;
  /** The organisation owning its data, named in its token; without one the subgraph cannot ask the decision service. */
  organisatie?: string;
}

/**
 * The headers the hub's gateway sends `subgraph` for `principal`
 * (SubgraphDataSource.willSendRequest): one subgraph token for that subgraph
 * alone, naming the subgraph's owner (`eig`) where it has one, so that the
 * subgraph may show the same token to the decision service. Each mint is a
 * request id of its own; the headers are valid 60 s. What the hub adds per
 * request, a decision bundle from the register holder and its hash in the
 * token (`bsl`), a plain gateway has not: its partners ask the decision
 * service themselves.
 */
export async function mintSubgraphHeaders(principal: Principal, subgraph: BenchSubgraph, keys: IdentityKeys): Promise<Record<string, string>> {
  const key = keys.gatewayPrivateKey;
  if (!key) throw new KeyConfigurationError("benchPlainGateway: no gateway private key to sign subgraph tokens with; set GEZINSBEELD_GATEWAY_PRIVATE_KEY.");
  const requestId = randomBytes(16).toString("hex");
  const token = await signSubgraphToken(principal, { requestId, audience: subgraph.name, eigenaar: subgraph.organisatie }, key);
  return { authorization: `Bearer ${token}` };
}

/** BENCH_PRINCIPAL: one principal or a list, each with at least userId and rol. */
function leesBenchPrincipals(tekst: string | undefined): Principal[] {
  if (!tekst) throw new Error("benchPlainGateway: set BENCH_PRINCIPAL to the principal to ask as (JSON: userId, organisatie, rol).");
  const gelezen = JSON.parse(tekst) as Principal | Principal[];
  const lijst = Array.isArray(gelezen) ? gelezen : [gelezen];
  for (const p of lijst) if (typeof p?.userId !== "string" || typeof p.rol !== "string") throw new Error(`benchPlainGateway: BENCH_PRINCIPAL holds no principal: ${tekst}`);
  if (lijst.length === 0) throw new Error("benchPlainGateway: BENCH_PRINCIPAL is an empty list.");
  return lijst;
}

interface BenchContext {
  /** The user id of the principal this request asks as. */
  principal: string;
}

type Fetcher = RemoteGraphQLDataSource["fetcher"];

/** Per subgraph call: the headers of this request's principal, minted ahead. */
class VoorgemuntDataSource extends RemoteGraphQLDataSource<BenchContext> {
  constructor(
    url: string,
    private readonly kopjes: (principal: string) => Record<string, string> | undefined,
    omhul?: (fetcher: Fetcher) => Fetcher,
  ) {
    super({ url });
    // Its own default fetcher (Apollo's make-fetch-happen), wrapped only to record.
    if (omhul) this.fetcher = omhul(this.fetcher);
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<BenchContext>["willSendRequest"]>>[0]): void {
    const headers = request.http?.headers;
    const kopjes = this.kopjes(context.principal);
    if (!headers || !kopjes) return;
    for (const [naam, waarde] of Object.entries(kopjes)) headers.set(naam, waarde);
  }
}

/** Records the calls of the first request, appended to `bestand` as each ends; `klaar()` ends the recording. */
function opnemer(bestand: string): { omhul(subgraph: string): (fetcher: Fetcher) => Fetcher; klaar(): void } {
  let opnemen = true;
  return {
    klaar: () => {
      opnemen = false;
    },
    omhul: (subgraph) => (fetcher) => async (url, init) => {
      if (!opnemen) return fetcher(url, init);
      const start = performance.now();
      const response = await fetcher(url, init);
      // Read here, so that `end` is when the whole answer was in, as the gateway waits for it.
      const tekst = await response.clone().text();
      appendFileSync(bestand, `${JSON.stringify({ subgraph, url: String(url), body: String(init?.body ?? ""), start, end: performance.now(), bytes: tekst.length })}\n`);
      return response;
    },
  };
}

async function main(): Promise<void> {
  const keys = await loadKeys();
  const principals = leesBenchPrincipals(process.env.BENCH_PRINCIPAL);
  const subgraphs = readSubgraphConfig();
  const voorgemunt = new Map<string, Map<string, Record<string, string>>>();
  const munt = async (): Promise<void> => {
    for (const principal of principals) {
      const perSubgraph = new Map<string, Record<string, string>>();
      for (const subgraph of subgraphs) perSubgraph.set(subgraph.name, await mintSubgraphHeaders(principal, subgraph, keys));
      voorgemunt.set(principal.userId, perSubgraph);
    }
  };
  await munt();
  setInterval(() => void munt().catch((error: unknown) => console.error(`benchPlainGateway: renewing the subgraph tokens failed: ${String(error)}`)), MUNT_INTERVAL_MS).unref();

  const opname = process.env.BENCH_RECORD ? opnemer(process.env.BENCH_RECORD) : undefined;
  const urls = new Map(subgraphs.map((s) => [s.name, s.url]));
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphFile(), "utf8"),
    buildService: ({ name, url }) =>
      new VoorgemuntDataSource(urls.get(name) ?? url ?? "", (principal) => voorgemunt.get(principal)?.get(name), opname?.omhul(name)),
  });
  // Signals are handled below, once: Apollo's own handler would re-raise them halfway through the stop.
  const server = new ApolloServer<BenchContext>({ gateway, plugins: [ApolloServerPluginLandingPageDisabled()], stopOnTerminationSignals: false });
  await server.start();

  const eerste = principals[0]!.userId;
  const app = express();
  app.get("/health", (_req, res) => void res.json({ status: "ok" }));
  if (opname) {
    app.use("/graphql", (_req, res, next) => {
      res.once("finish", opname.klaar);
      next();
    });
  }
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(server, { context: async ({ req }) => ({ principal: req.header(BENCH_PRINCIPAL_HEADER) ?? eerste }) }),
  );
  const host = process.env.HOST ?? "127.0.0.1";
  const listener = app.listen(Number(process.env.PORT ?? 4100), host);
  await new Promise<void>((resolve, reject) => {
    listener.once("listening", resolve);
    listener.once("error", reject);
  });
  console.log(`plain Apollo gateway (bench) ready at http://${host}:${(listener.address() as AddressInfo).port}/graphql`);

  const stop = (): void => {
    listener.closeAllConnections();
    listener.close();
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // Started by `npm run bench` with an IPC channel: stop when it dies, even by SIGKILL.
  if (process.connected) process.once("disconnect", stop);
}

// Only as a process of its own: `npm run bench` imports this file for mintSubgraphHeaders.
if (require.main === module) {
  main().catch((error: unknown) => {
    console.error("plain gateway failed to start:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
