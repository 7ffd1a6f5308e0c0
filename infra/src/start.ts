import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { EXAMPLE_QUERY } from "@gezinsbeeld/gateway";
import { defaultKeysDir, demoScenario, keyEnvironment, KeyConfigurationError, loadKeys, Organisatie } from "@gezinsbeeld/shared-schema";
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
 * Keys come from the environment or the development key set in
 * GEZINSBEELD_KEYS_DIR (default `.data/keys`); the processes get them through
 * their environment, subgraphs only the public halves. Ctrl-C stops everything this started.
 */
async function main(): Promise<void> {
  const started = Date.now();
  // Keys before anything starts: under NODE_ENV=production without keys of its own the hub must not start at all.
  const keys = await loadKeys();
  if (!keys.userTokenKey || !keys.gatewayPrivateKey || !keys.gatewayPublicKey) {
    throw new KeyConfigurationError(
      "npm start needs keys: GEZINSBEELD_JWT_PUBLIC_KEY or GEZINSBEELD_JWKS_URL, and GEZINSBEELD_GATEWAY_PRIVATE_KEY (development keys are not used under NODE_ENV=production).",
    );
  }
  const keysFor = await keyEnvironment(keys);
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
  const lokaalTeam = subgraphs.find((definition) => definition.organisatie === Organisatie.LOKAAL_TEAM);
  // Every subgraph reads the access register at this hub's lokaal-team, whatever the port offset.
  const toegangsregister: Record<string, string> = lokaalTeam
    ? { GEZINSBEELD_TOEGANGSREGISTER_URL: `http://127.0.0.1:${lokaalTeam.defaultPort + PORT_OFFSET}/graphql` }
    : {};
  await Promise.all(
    subgraphs.map(async (definition) => {
      const port = definition.defaultPort + PORT_OFFSET;
      const child = launch(definition.name, path.join(REPO, "subgraphs", definition.name, "dist", "main.js"), {
        ...keysFor.subgraph,
        ...toegangsregister,
        DATABASE_URL: urls.get(definition.name) ?? "",
        PORT: String(port),
      });
      children.push(child);
      subgraphUrls[`SUBGRAPH_URL_${definition.name.toUpperCase().replace(/-/g, "_")}`] = `http://127.0.0.1:${port}/graphql`;
      await waitForHealth(`http://127.0.0.1:${port}/health`, definition.name, child);
    }),
  );
  const gateway = launch("gateway", path.join(REPO, "gateway", "dist", "main.js"), { ...keysFor.gateway, ...subgraphUrls, PORT: String(GATEWAY_PORT) });
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
  // The household's own fixed contact: the professional whose token the example uses can see it.
  const contactpersoon = voorbeeld ? scenario.toegewezen(voorbeeld, Organisatie.LOKAAL_TEAM).id : "lt-fatima-bakker";
  const tokenCommand = `npm run -s token -- --org lokaal-team --role medewerker --user ${contactpersoon}`;
  const keysDir = process.env.GEZINSBEELD_KEYS_DIR ? `GEZINSBEELD_KEYS_DIR=${defaultKeysDir()} ` : "";
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const tokenHelp = keys.development?.userToken
    ? `Every request needs a token (development keys in ${defaultKeysDir()}):

  ${keysDir}${tokenCommand}
  ${keysDir}npm run token -- --list        demo professionals and household members

In the query UI paste it under Headers: { "Authorization": "Bearer <token>" }`
    : `Every request needs a token from your issuer (${keys.issuer}) in the header Authorization: Bearer <token>.`;
  console.log(`
gezinsbeeld is ready in ${seconds} s.

  Query UI and endpoint: http://localhost:${GATEWAY_PORT}/graphql

${tokenHelp}

Example: one household's gezinsbeeld from all five organisations (variables: { "id": "${voorbeeld?.id}" }):

${EXAMPLE_QUERY}

  curl -s http://localhost:${GATEWAY_PORT}/graphql -H 'content-type: application/json' \\
    -H "Authorization: Bearer $(${keysDir}${tokenCommand})" \\
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
