import path from "node:path";
import { parseArgs } from "node:util";
import { createSubgraphDatabase, databaseUrlFor, type SubgraphDefinition } from "@gezinsbeeld/shared-schema";
import { migreer } from "@gezinsbeeld/shared-schema";
import { dataDirectory } from "./dataDirectory";
import { ensureDatabase } from "./databases";
import { otherRunningHubs } from "./hubLock";
import { redact, startPostgres } from "./postgres";
import { failureLine } from "./StartFailure";
import { subgraphNamed, subgraphs } from "./subgraphs";

const USAGE = `npm run migrate [-- <subgraph> | --all]

Runs the pending migrations of a subgraph's database, or of all five, under
the database's advisory lock: replicas, or a Job and a replica, that start at
once never race. Prints one line per database; exits 0 only when all succeed.
  <subgraph>  only this one: ${subgraphs.map((definition) => definition.name).join(", ")}
  --all       all five (the default without DATABASE_URL)
Which database:
  DATABASE_URL               the subgraph's own database, as its deployment sets it
                             (a Kubernetes Job: DATABASE_URL=… node infra/dist/migrate.js gi)
  GEZINSBEELD_DATABASE_URL   a server holding the databases as npm start names them
                             (created when missing)
  neither                    the embedded PostgreSQL of npm start in .data/postgres
                             (GEZINSBEELD_DATA_DIR, GEZINSBEELD_PG_PORT); a running hub's
                             server is used as it is, otherwise started and stopped again`;

/** `npm run migrate`: the migrations `npm start` and every subgraph run at start, on their own (e.g. as a Kubernetes Job before a rollout). */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { all: { type: "boolean" }, help: { type: "boolean", short: "h" } }, allowPositionals: true });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length > 1 || (values.all && positionals.length > 0)) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const chosen = positionals[0] === undefined ? subgraphs : [subgraphNamed(positionals[0])];

  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    const [definition] = chosen;
    if (chosen.length !== 1 || !definition) {
      throw new Error("DATABASE_URL is one subgraph's database: name that subgraph, e.g. npm run migrate -- gi");
    }
    await migrateDatabase(definition, databaseUrl);
    return;
  }

  const dataDir = dataDirectory();
  const hub = otherRunningHubs(dataDir)[0];
  const server = await startPostgres({
    dataDir: path.join(dataDir, "postgres"),
    inUseBy: hub && `the hub at ${hub.url} (pid ${hub.pid})`,
    processHooks: false,
  });
  try {
    for (const definition of chosen) {
      await ensureDatabase(server.baseUrl, definition.databaseName);
      await migrateDatabase(definition, databaseUrlFor(server.baseUrl, definition.databaseName));
    }
  } finally {
    // A server a running hub uses stays up; one this command started (or found orphaned) stops again.
    if (server.embedded && otherRunningHubs(dataDir).length === 0) await server.stop();
  }
}

async function migrateDatabase(definition: SubgraphDefinition, url: string): Promise<void> {
  const { db } = createSubgraphDatabase(definition, url);
  try {
    await db.initialize();
  } catch (error) {
    throw new Error(`${definition.name}: cannot connect to ${redact(url)}: ${(error as Error).message}`);
  }
  try {
    const applied = await migreer(db);
    console.log(`${definition.name}: ${applied.length === 0 ? "up to date" : `applied ${applied.map((migration) => migration.name).join(", ")}`}`);
  } catch (error) {
    throw new Error(`${definition.name}: ${(error as Error).message}`);
  } finally {
    await db.destroy();
  }
}

// Exit explicitly, with the code main chose: an open pool or timer must not keep a Job running.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(failureLine(error, "migrate failed: "));
    process.exit(1);
  },
);
