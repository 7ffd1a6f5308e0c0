import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { SubgraphDataSource } from "./SubgraphDataSource";
import { readSubgraphConfig, SUPERGRAPH_FILE, type SubgraphConfig } from "./subgraphConfig";
import { useLocalQueryUi } from "./useLocalQueryUi";

/** Per-request context of the gateway. */
export interface GatewayContext {
  /** Sent to every subgraph as `x-request-id`, so their records of one request line up. */
  requestId: string;
}

/** Options of {@link startGateway}. */
export interface GatewayOptions {
  /** Port; `0` picks a free one. Default `PORT` or 4000. */
  port?: number;
  /** Interface to bind. Default `HOST` or `127.0.0.1`. */
  host?: string;
  /** Composed supergraph SDL. Default: the checked-in `gateway/supergraph.graphql`. */
  supergraphSdl?: string;
  /** Subgraph addresses. Default: `gateway/subgraphs.json` with `SUBGRAPH_URL_*` overrides. */
  subgraphs?: readonly Pick<SubgraphConfig, "name" | "url">[];
  /** Query the local UI opens with. */
  exampleQuery?: string;
}

/** A running gateway. */
export interface RunningGateway {
  /** GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Start the federated gateway on a static supergraph. No introspection of
 * subgraphs at run time: a subgraph that is down makes its fields fail, not the
 * gateway's start.
 */
export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const supergraphSdl = options.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, "utf8");
  const urls = new Map((options.subgraphs ?? readSubgraphConfig()).map((subgraph) => [subgraph.name, subgraph.url]));
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource({ url: urls.get(name) ?? url }),
  });
  const ui = useLocalQueryUi({ defaultQuery: options.exampleQuery });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    plugins: [ui.plugin],
  });
  await server.start();

  const app = express();
  app.disable("x-powered-by");
  app.use("/ui", ui.assets);
  app.get("/", (_req, res) => res.redirect("/graphql"));
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        const requestId = req.header("x-request-id") ?? randomUUID();
        res.setHeader("x-request-id", requestId);
        return { requestId };
      },
    }),
  );
  const host = options.host ?? process.env.HOST ?? "127.0.0.1";
  const listener = await new Promise<Server>((resolve, reject) => {
    const http = app.listen(options.port ?? Number(process.env.PORT ?? 4000), host, (error?: Error) => (error ? reject(error) : resolve(http)));
  });
  const { port } = listener.address() as AddressInfo;
  return {
    url: `http://${host === "0.0.0.0" || host === "127.0.0.1" ? "localhost" : host}:${port}/graphql`,
    stop: async () => {
      // close() alone waits for idle keep-alive connections (the gateway's) to time out.
      await new Promise<void>((resolve) => {
        listener.close(() => resolve());
        listener.closeAllConnections();
      });
      await server.stop();
    },
  };
}
