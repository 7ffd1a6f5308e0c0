import type { SubgraphDefinition } from "../federation/SubgraphDefinition";
import { KeyConfigurationError } from "../identity/IdentityError";
import { OrganisatieRegisterFout } from "../organisaties/organisatieRegister";
import { type RunningSubgraph, startSubgraph } from "./startSubgraph";

/**
 * Entry point of a subgraph process: `PORT` (default: the definition's port),
 * `HOST` (default 127.0.0.1), `DATABASE_URL` (required) and the gateway's public
 * key (`GEZINSBEELD_GATEWAY_PUBLIC_KEY`; see `loadKeys`) from the environment.
 * Exits 1 with the reason when it cannot start. Stops cleanly on SIGINT/SIGTERM.
 */
export async function runFromEnvironment(definition: SubgraphDefinition): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(`${definition.name}: set DATABASE_URL to this subgraph's own PostgreSQL database.`);
    process.exit(2);
  }
  // Started by `npm start` with an IPC channel: stop when that launcher dies, even by SIGKILL, and even mid-start.
  let running: RunningSubgraph | undefined;
  if (process.connected) process.once("disconnect", () => (running ? void running.stop().finally(() => process.exit(0)) : process.exit(0)));
  try {
    running = await startSubgraph(definition, {
      databaseUrl,
      port: process.env.PORT ? Number(process.env.PORT) : definition.defaultPort,
      host: process.env.HOST ?? "127.0.0.1",
    });
  } catch (error) {
    console.error(`${definition.name} failed to start: ${error instanceof KeyConfigurationError || error instanceof OrganisatieRegisterFout ? error.message : error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  }
  const started = running;
  console.log(`${definition.name} subgraph ready at ${started.url}`);
  const stop = (): void => {
    started.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
