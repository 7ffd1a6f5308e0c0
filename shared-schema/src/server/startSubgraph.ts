import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { createRequestContext, type RequestContext } from "../context/RequestContext";
import { createSubgraphDatabase, type SubgraphDatabase } from "../db/createDataSource";
import { buildFederatedSchema } from "../federation/buildFederatedSchema";
import type { SubgraphDefinition } from "../federation/SubgraphDefinition";

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
}

/** A running subgraph. */
export interface RunningSubgraph extends SubgraphDatabase {
  name: string;
  /** GraphQL endpoint, e.g. `http://127.0.0.1:4001/graphql`. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Start one subgraph: connect to its own database, migrate, and serve its
 * federated schema over HTTP at `/graphql` (with `/health` for orchestration).
 */
export async function startSubgraph(definition: SubgraphDefinition, options: SubgraphServerOptions): Promise<RunningSubgraph> {
  const { db, statements } = createSubgraphDatabase(definition, options.databaseUrl);
  await db.initialize();
  if (options.migrate ?? true) await db.runMigrations({ transaction: "each" });

  const { schema } = await buildFederatedSchema(definition);
  const server = new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: process.env.NODE_ENV !== "production" && !process.env.CI,
    // No inline traces: they would hand per-field timings to whoever calls the subgraph.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();

  const app = express();
  app.disable("x-powered-by");
  app.get("/health", (_req, res) => {
    res.json({ status: "ok", subgraph: definition.name });
  });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(server, {
      context: async ({ req }) =>
        createRequestContext({
          requestId: req.header("x-request-id") ?? randomUUID(),
          principal: null,
          db,
          subgraph: definition.name,
        }),
    }),
  );

  const host = options.host ?? "127.0.0.1";
  const listener = await new Promise<import("node:http").Server>((resolve, reject) => {
    const http = app.listen(options.port ?? definition.defaultPort, host, (error?: Error) => (error ? reject(error) : resolve(http)));
  });
  const { port } = listener.address() as AddressInfo;
  return {
    name: definition.name,
    url: `http://${host}:${port}/graphql`,
    db,
    statements,
    stop: async () => {
      // close() alone waits for idle keep-alive connections (the gateway's) to time out.
      await new Promise<void>((resolve) => {
        listener.close(() => resolve());
        listener.closeAllConnections();
      });
      await server.stop();
      await db.destroy();
    },
  };
}
