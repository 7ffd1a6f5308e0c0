import type { SubgraphDefinition } from "../federation/SubgraphDefinition";
import { startSubgraph } from "./startSubgraph";

/**
 * Entry point of a subgraph process: `PORT` (default: the definition's port),
 * `HOST` (default 127.0.0.1) and `DATABASE_URL` (required) from the environment.
 * Stops cleanly on SIGINT/SIGTERM.
 */
export async function runFromEnvironment(definition: SubgraphDefinition): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(`${definition.name}: set DATABASE_URL to this subgraph's own PostgreSQL database.`);
    process.exit(2);
  }
  const running = await startSubgraph(definition, {
    databaseUrl,
    port: process.env.PORT ? Number(process.env.PORT) : definition.defaultPort,
    host: process.env.HOST ?? "127.0.0.1",
  });
  console.log(`${definition.name} subgraph ready at ${running.url}`);
  const stop = (): void => {
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // Started by `npm start` with an IPC channel: stop when that launcher dies, even by SIGKILL.
  if (process.connected) process.once("disconnect", stop);
}
