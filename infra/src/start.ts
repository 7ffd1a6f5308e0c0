import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { EXAMPLE_QUERY } from "@gezinsbeeld/gateway";
import { demoScenario } from "@gezinsbeeld/shared-schema";
import { dropDatabase } from "./databases";
import { prepareDatabase } from "./prepareDatabase";
import { redact, startPostgres } from "./postgres";
import { subgraphs } from "./subgraphs";

const REPO = path.join(__dirname, "..", "..");
/** Shifts every port (gateway 4000, subgraphs 4001-4005), to run a second hub beside the first. */
const PORT_OFFSET = Number(process.env.GEZINSBEELD_PORT_OFFSET ?? 0);
const GATEWAY_PORT = Number(process.env.PORT ?? 4000) + PORT_OFFSET;

/**
 * `npm start`: PostgreSQL (embedded unless GEZINSBEELD_DATABASE_URL is set), the
 * five databases migrated and seeded, the five subgraphs and the gateway as
 * separate processes. `npm start -- --reseed` drops the databases and seeds anew.
 * Ctrl-C stops everything this started.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const reseed = process.argv.includes("--reseed") || process.env.GEZINSBEELD_RESEED === "1";
  const children: ChildProcess[] = [];
  let postgresStop: (() => Promise<void>) | undefined;
  let stopping = false;
  const stop = async (code: number): Promise<never> => {
    if (!stopping) {
      stopping = true;
      console.log("\nstopping gezinsbeeld…");
      await Promise.all(children.map((child) => terminate(child)));
      await postgresStop?.().catch(() => {});
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  const postgres = await startPostgres();
  postgresStop = postgres.stop;
  console.log(`PostgreSQL: ${postgres.embedded ? "embedded" : "configured"} at ${redact(postgres.baseUrl)}`);

  const scenario = demoScenario();
  const urls = new Map<string, string>();
  for (const definition of subgraphs) {
    if (reseed) await dropDatabase(postgres.baseUrl, definition.databaseName);
    const { databaseUrl, seeded } = await prepareDatabase(postgres.baseUrl, definition, scenario);
    urls.set(definition.name, databaseUrl);
    console.log(`${definition.name}: database ${definition.databaseName} migrated${seeded ? `, seeded with ${scenario.gezinnen.length} households` : ""}`);
  }

  const subgraphUrls: Record<string, string> = {};
  await Promise.all(
    subgraphs.map(async (definition) => {
      const port = definition.defaultPort + PORT_OFFSET;
      const child = launch(definition.name, path.join(REPO, "subgraphs", definition.name, "dist", "main.js"), {
        DATABASE_URL: urls.get(definition.name) ?? "",
        PORT: String(port),
      });
      children.push(child);
      subgraphUrls[`SUBGRAPH_URL_${definition.name.toUpperCase().replace(/-/g, "_")}`] = `http://127.0.0.1:${port}/graphql`;
      await waitForHealth(`http://127.0.0.1:${port}/health`, definition.name, child);
    }),
  );
  const gateway = launch("gateway", path.join(REPO, "gateway", "dist", "main.js"), { ...subgraphUrls, PORT: String(GATEWAY_PORT) });
  children.push(gateway);
  await waitForHealth(`http://127.0.0.1:${GATEWAY_PORT}/health`, "gateway", gateway);
  for (const child of children) {
    child.once("exit", (code) => {
      if (!stopping) {
        console.error(`a process stopped unexpectedly (exit ${code}); stopping the hub.`);
        void stop(1);
      }
    });
  }

  const voorbeeld = scenario.gezinnen.find((gezin) => gezin.fase === "ROOD") ?? scenario.gezinnen[0];
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
gezinsbeeld is ready in ${seconds} s.

  Query UI and endpoint: http://localhost:${GATEWAY_PORT}/graphql

Example: one household's gezinsbeeld from all five organisations (variables: { "id": "${voorbeeld?.id}" }):

${EXAMPLE_QUERY}

  curl -s http://localhost:${GATEWAY_PORT}/graphql -H 'content-type: application/json' \\
    -d '{"query":"{ gezin(id: \\"${voorbeeld?.id}\\") { naam leden { voornamen } meldingen { datum } maatregelen { soort } } }"}'

Press Ctrl-C to stop.`);
}

function launch(name: string, script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe", "ipc"] });
  const prefix = `[${name}] `;
  const relay = (stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream): void => {
    stream?.on("data", (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n")) if (line.trim()) out.write(`${prefix}${line}\n`);
    });
  };
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  return child;
}

async function waitForHealth(url: string, name: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} during start`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${name} did not become healthy within ${timeoutMs / 1000} s (${url})`);
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

main().catch((error: unknown) => {
  console.error("gezinsbeeld failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
