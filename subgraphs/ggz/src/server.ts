import type { Server } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type NextFunction, type Request, type Response } from "express";
import { Kind } from "graphql";
import type { Pool } from "pg";
import type { Relay } from "./aankondigingen";
import { Besluiten, CATEGORIEEN, isUuid, meegegevenBesluiten } from "./beslisser";
import { type Config, SUBGRAPH } from "./config";
import { AUDIT_ONBESCHIKBAAR, formatFout } from "./fouten";
import { Geweigerd, type Oproep, verifieer, gatewaySleutels } from "./identiteit";
import { meet, toets } from "./limieten";
import { bouwSchema, type Context, leesSdl, Trajectlader } from "./schema";
import { Logboek, schrijfApart } from "./toegangslog";

function kopTekst(req: Request, naam: string): string | null {
  const waarde = req.header(naam);
  if (!waarde) return null;
  try {
    return decodeURIComponent(waarde).slice(0, 500);
  } catch {
    return null;
  }
}

function onbevoegd(res: Response, bericht: string): void {
  res.status(401).set("www-authenticate", 'Bearer realm="ggz"').json({ errors: [{ message: bericht, extensions: { code: "UNAUTHENTICATED" } }] });
}

export interface GgzServer {
  app: express.Express;
  apollo: ApolloServer<Context>;
  luister(): Promise<Server>;
  stop(): Promise<void>;
}

/** The GGZ subgraph's HTTP service: `/health`, `/ready`, and `/graphql` behind the gateway's token. */
export async function maakServer(config: Config, pool: Pool, relay: Relay, klaar: () => boolean): Promise<GgzServer> {
  const sleutels = await gatewaySleutels({ publicKey: config.gatewayPublicKey, jwksUrl: config.gatewayJwksUrl });
  const document = leesSdl();
  const schema = bouwSchema(document);

  const limieten: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          if (!operation) return;
          const fout = toets(meet(operation, document, request.variables ?? {}), config.limieten);
          if (fout) throw fout;
          // Every household the call is about, asked of the decision service in one call before anything resolves.
          const representaties = request.variables?.representations;
          if (Array.isArray(representaties) && operation.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === "_entities")) {
            contextValue.besluiten.vooraf(representaties.flatMap((r) => (r && typeof r === "object" && (r as { __typename?: unknown }).__typename === "Gezin" ? [String((r as { id?: unknown }).id)] : [])));
          }
        },
      };
    },
  };

  // Written before the answer leaves, in one transaction per request; if that fails the answer carries no data.
  const toegangslog: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const regels = contextValue.log.neem();
          try {
            await schrijfApart(pool, regels);
          } catch (error) {
            console.error(JSON.stringify({ event: "toegangslog-niet-geschreven", requestId: contextValue.oproep.requestId, fout: String(error) }));
            response.http.status = 503;
            if (response.body.kind === "single") {
              response.body.singleResult = { errors: [{ message: AUDIT_ONBESCHIKBAAR, extensions: { code: "AUDIT_UNAVAILABLE" } }] };
            }
          }
        },
      };
    },
  };

  const apollo = new ApolloServer<Context>({
    schema,
    plugins: [limieten, toegangslog, ApolloServerPluginInlineTraceDisabled()],
    formatError: formatFout,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.limieten.maxTokens },
    introspection: true,
    // The process handles its own signals (main.ts): Apollo must not re-raise them.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", false);
  app.use((_req, res, next) => {
    res.set({ "x-content-type-options": "nosniff", "cache-control": "no-store", "referrer-policy": "no-referrer", "x-frame-options": "DENY" });
    next();
  });
  app.get("/health", (_req, res) => {
    res.json({ status: "ok", subgraph: SUBGRAPH });
  });
  app.get("/ready", async (_req, res) => {
    const checks: Record<string, { status: "ok" | "failing"; reason?: string; ms: number }> = {};
    const meet = async (naam: string, check: () => Promise<void>): Promise<void> => {
      const start = Date.now();
      try {
        await Promise.race([check(), new Promise((_r, reject) => setTimeout(() => reject(new Error("timeout")), 2000).unref())]);
        checks[naam] = { status: "ok", ms: Date.now() - start };
      } catch (error) {
        checks[naam] = { status: "failing", reason: error instanceof Error && error.message === "timeout" ? "timeout" : "unavailable", ms: Date.now() - start };
      }
    };
    await Promise.all([
      meet("database", async () => void (await pool.query("SELECT 1"))),
      meet("migraties", async () => {
        if (!klaar()) throw new Error("not migrated");
      }),
      meet("toegangsbeslisser", async () => {
        const antwoord = await fetch(`${config.registerOrigin}/.well-known/authzen-configuration`, { signal: AbortSignal.timeout(2000) });
        await antwoord.arrayBuffer();
        if (!antwoord.ok) throw new Error("unavailable");
      }),
    ]);
    const failing = Object.entries(checks).filter(([, c]) => c.status === "failing").map(([naam]) => naam);
    res.status(failing.length ? 503 : 200).json(failing.length ? { status: "not-ready", failing, checks } : { status: "ready", checks });
  });

  const verifieerOproep = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const token = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(req.header("authorization") ?? "")?.[1];
    if (!token) return onbevoegd(res, "Deze vraag heeft geen token: de GGZ beantwoordt alleen vragen die de gateway ondertekende (Authorization: Bearer …).");
    try {
      res.locals.oproep = await verifieer(token, sleutels);
      next();
    } catch (error) {
      onbevoegd(res, error instanceof Geweigerd ? error.message : "Het token is ongeldig of verlopen, of niet door de gateway voor de GGZ ondertekend.");
    }
  };

  app.use(
    "/graphql",
    verifieerOproep,
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const oproep = res.locals.oproep as Oproep;
        const body = (req.body ?? {}) as { operationName?: unknown; extensions?: Record<string, unknown> };
        const operatie = typeof body.operationName === "string" ? body.operationName.slice(0, 200) : null;
        const kop = { doel: kopTekst(req, "x-doel"), operatie };
        const meegegeven = meegegevenBesluiten(body.extensions?.gezinsbeeldBesluiten, oproep);
        return {
          oproep,
          besluiten: new Besluiten(oproep, { origin: config.registerOrigin, timeoutMs: config.beslisserTimeoutMs }, kop, meegegeven),
          log: new Logboek(oproep, kop),
          pool,
          relay,
          trajecten: new Trajectlader(pool),
        };
      },
    }),
  );
  // The fields of ours the gateway removed before planning (ones this principal may never read) enter our own chain,
  // before the gateway answers (docs/partners.md, "5. The access log"); a 204 only once they are written.
  app.post("/toegangslog/v1/gateway-weigeringen", verifieerOproep, express.json({ limit: "1mb" }), async (req, res) => {
    const body = (req.body ?? {}) as { weigeringen?: unknown; doel?: unknown; operatie?: unknown };
    const lijst = body.weigeringen;
    if (!Array.isArray(lijst) || lijst.length > 10_000 || !lijst.every(isWeigering)) {
      res.status(400).json({ errors: [{ message: "Geen geldige lijst van weigeringen.", extensions: { code: "BAD_REQUEST" } }] });
      return;
    }
    const kop = { doel: typeof body.doel === "string" ? body.doel.slice(0, 500) : null, operatie: typeof body.operatie === "string" ? body.operatie.slice(0, 200) : null };
    const log = new Logboek(res.locals.oproep as Oproep, kop, "gateway");
    for (const w of lijst) log.noteer({ gezinId: w.gezinId, categorie: w.categorie, veld: w.veld, handeling: "READ", besluit: { toegestaan: false, reden: w.reden } });
    try {
      await schrijfApart(pool, log.neem());
      res.status(204).end();
    } catch (error) {
      console.error(JSON.stringify({ event: "toegangslog-niet-geschreven", subgraph: SUBGRAPH, fout: String(error) }));
      res.status(503).json({ errors: [{ message: "Het toegangslog kon niet worden bijgewerkt.", extensions: { code: "AUDIT_UNAVAILABLE" } }] });
    }
  });
  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: "Niet gevonden.", extensions: { code: "NOT_FOUND" } }] });
  });
  // Never express's own error page (which shows a stack outside production).
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: unknown })?.status;
    if (status === 413) return void res.status(413).json({ errors: [{ message: "De aanvraag is te groot (ten hoogste 1 MB).", extensions: { code: "BAD_REQUEST" } }] });
    if (typeof status === "number" && status >= 400 && status < 500) return void res.status(400).json({ errors: [{ message: "De aanvraag is geen geldige JSON.", extensions: { code: "BAD_REQUEST" } }] });
    console.error(JSON.stringify({ event: "interne-fout", fout: String(error) }));
    res.status(500).json({ errors: [{ message: "Er ging iets mis bij het verwerken van de aanvraag.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
  });

  let server: Server | undefined;
  return {
    app,
    apollo,
    luister: () =>
      new Promise<Server>((resolve, reject) => {
        server = app.listen(config.port, "0.0.0.0", () => resolve(server!));
        server.keepAliveTimeout = 65_000;
        server.on("error", reject);
      }),
    stop: async () => {
      const gesloten = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      // Kept-alive connections would hold the close until they time out.
      server?.closeIdleConnections();
      setTimeout(() => server?.closeAllConnections(), 2000).unref();
      await gesloten;
      await apollo.stop();
    },
  };
}

/** One field the gateway removed: a household id (or null), `Type.veld`, a known category and reason. */
function isWeigering(waarde: unknown): waarde is { gezinId: string | null; veld: string; categorie: string; reden: string } {
  const w = (waarde ?? {}) as Record<string, unknown>;
  return (
    (w.gezinId === null || isUuid(w.gezinId)) &&
    typeof w.veld === "string" && /^[_A-Za-z][_0-9A-Za-z]*\.[_A-Za-z][_0-9A-Za-z]*$/.test(w.veld) &&
    typeof w.categorie === "string" && (CATEGORIEEN as readonly string[]).includes(w.categorie) &&
    typeof w.reden === "string" && /^[a-z]+(-[a-z]+)*$/.test(w.reden)
  );
}
