import path from "node:path";
import { appMap, EXAMPLE_QUERY, readSubgraphConfig, subgraphUrlVariabele } from "@gezinsbeeld/gateway";
import {
  aankondigingSleutel,
  databaseUrlFor,
  defaultKeysDir,
  KeyConfigurationError,
  keyEnvironment,
  loadAuditKeys,
  loadKeys,
  ontwikkelAankondigingJwk,
  organisatieRegister,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie, demoScenario } from "@gezinsbeeld/demo";
import { dataDirectory } from "./dataDirectory";
import { dropDatabase, ensureDatabase } from "./databases";
import { claimHubLock, otherRunningHubs, type RunningHub } from "./hubLock";
import { freeHubPorts } from "./hubPorts";
import { prepareDatabase } from "./prepareDatabase";
import { bezorgAankondigingen } from "./bezorgAankondigingen";
import { redact, startPostgres, type PostgresServer } from "./postgres";
import { failureLine, StartFailure } from "./StartFailure";
import { subgraphs } from "./subgraphs";
import { superviseProcess, type SupervisedProcess } from "./superviseProcess";

const REPO = path.join(__dirname, "..", "..");
/** Shifts every port (gateway 4000, subgraphs 4001-4005), to run a second hub beside the first. */
const PORT_OFFSET = Number(process.env.GEZINSBEELD_PORT_OFFSET ?? 0);
const GATEWAY_PORT = Number(process.env.PORT ?? 4000) + PORT_OFFSET;
const HOST = process.env.HOST ?? "127.0.0.1";
const FAILED = "gezinsbeeld failed to start: ";

/**
 * `npm start`: PostgreSQL (embedded unless GEZINSBEELD_DATABASE_URL is set), the
 * five databases migrated and seeded, the five subgraphs and the gateway as
 * separate processes. `npm start -- --reseed` drops the databases and seeds anew.
 * Keys come from the environment or the development key set in
 * GEZINSBEELD_KEYS_DIR (default `.data/keys`); the processes get them through
 * their environment, subgraphs only the public halves. A process that crashes
 * is restarted (see superviseProcess); the others keep serving meanwhile.
 * Ctrl-C stops everything this started. A start that cannot succeed says why
 * in one line: a second start in the same data directory (GEZINSBEELD_DATA_DIR,
 * default `.data`), a port in use, PostgreSQL that does not start.
 */
async function main(): Promise<void> {
  const started = Date.now();
  // The organisation register first: a bad row stops the start before anything runs, naming the row.
  organisatieRegister();
  // Partners' own subgraphs (a `proces` entry in gateway/subgraphs.json): any language, started as they are.
  const partners = readSubgraphConfig().filter((config) => config.proces);
  // Keys before anything starts: under NODE_ENV=production without keys of its own the hub must not start at all.
  const keys = await loadKeys();
  if (!keys.userTokenKey || !keys.gatewayPrivateKey || !keys.gatewayPublicKey) {
    throw new KeyConfigurationError(
      "npm start needs keys: GEZINSBEELD_JWT_PUBLIC_KEY or GEZINSBEELD_JWKS_URL, and GEZINSBEELD_GATEWAY_PRIVATE_KEY (development keys are not used under NODE_ENV=production).",
    );
  }
  const keysFor = await keyEnvironment(keys);
  // Each organisation's own key for its deliveries to the register, made here once (not by each process as it starts).
  // (Not the register holder's: it hands its own announcements to its register in-process.)
  if (!keys.production) for (const definition of subgraphs) if (!definition.toegangsregister) await aankondigingSleutel(definition.organisatie);
  // The audit key's public half, with which each subgraph checks its stored checkpoints: made here once, never by a subgraph as it starts.
  const audit = await loadAuditKeys();
  if (audit.publicJwk) Object.assign(keysFor.subgraph, { GEZINSBEELD_AUDIT_PUBLIC_KEY: JSON.stringify(audit.publicJwk), GEZINSBEELD_AUDIT_PUBLIC_KEY_FILE: "" });
  const reseed = process.argv.includes("--reseed") || process.env.GEZINSBEELD_RESEED === "1";
  const dataDir = dataDirectory();
  const lock = claimHubLock(dataDir, GATEWAY_PORT, `http://localhost:${GATEWAY_PORT}/graphql`);

  const processes: SupervisedProcess[] = [];
  let postgres: PostgresServer | undefined;
  let startup: Promise<unknown> = Promise.resolve();
  let stopping = false;
  const stop = async (code: number, failure?: string): Promise<never> => {
    if (!stopping) {
      stopping = true;
      if (failure) console.error(failure);
      else console.log("\nstopping gezinsbeeld…");
      await Promise.all(processes.map((child) => child.stop()));
      // Whatever was still being started when the signal came is stopped too, once it stands.
      await startup.catch(() => {});
      await Promise.all(processes.map((child) => child.stop()));
      if (postgres) await stopPostgres(postgres, dataDir);
      lock.release();
    }
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(0));
  const notStopping = (): void => {
    if (stopping) throw new StartFailure("stopped while starting");
  };
  const supervise = (name: string, script: string, env: Record<string, string>, port: number): SupervisedProcess => {
    notStopping();
    const child = superviseProcess({ name, script, env, healthUrl: `http://127.0.0.1:${port}/health` });
    processes.push(child);
    return child;
  };

  const scripts = {
    gateway: path.join(REPO, "gateway", "dist", "main.js"),
    subgraph: (name: string) => path.join(REPO, "subgraphs", name, "dist", "main.js"),
  };
  const starting = (async () => {
    await freeHubPorts(
      [
        { name: "gateway", port: GATEWAY_PORT, script: scripts.gateway },
        ...subgraphs.map((definition) => ({ name: definition.name, port: definition.defaultPort + PORT_OFFSET, script: scripts.subgraph(definition.name) })),
        ...partners.map((partner) => ({ name: partner.name, port: partner.proces!.port + PORT_OFFSET, script: partner.proces!.script })),
      ],
      HOST,
    );
    const sharing = otherRunningHubs(dataDir)[0];
    postgres = await startPostgres({ dataDir: path.join(dataDir, "postgres"), inUseBy: sharing && hubName(sharing), processHooks: false });
    console.log(`PostgreSQL: ${postgres.embedded ? "embedded" : "configured"} at ${redact(postgres.baseUrl)}${postgresOrigin(postgres, sharing)}`);

    const scenario = demoScenario();
    const urls = new Map<string, string>();
    for (const definition of subgraphs) {
      notStopping();
      if (reseed) await dropDatabase(postgres.baseUrl, definition.databaseName);
      const { databaseUrl, seeded } = await prepareDatabase(postgres.baseUrl, definition, scenario);
      urls.set(definition.name, databaseUrl);
      console.log(`${definition.name}: database ${definition.databaseName} migrated${seeded ? `, seeded with ${scenario.gezinnen.length} households` : ""}`);
    }
    // What the seed's records announced reaches the register before the first request (a running hub's relays would too, a moment later).
    await bezorgAankondigingen(subgraphs, urls);

    const subgraphUrls: Record<string, string> = {};
    const lokaalTeam = subgraphs.find((definition) => definition.toegangsregister);
    // Every subgraph reads the access register at this hub's lokaal-team, whatever the port offset.
    const toegangsregister: Record<string, string> = lokaalTeam
      ? { GEZINSBEELD_TOEGANGSREGISTER_URL: `http://127.0.0.1:${lokaalTeam.defaultPort + PORT_OFFSET}/graphql` }
      : {};
    await Promise.all(
      subgraphs.map((definition) => {
        const port = definition.defaultPort + PORT_OFFSET;
        subgraphUrls[subgraphUrlVariabele(definition.name)] = `http://127.0.0.1:${port}/graphql`;
        const env = { ...keysFor.subgraph, ...toegangsregister, DATABASE_URL: urls.get(definition.name) ?? "", PORT: String(port) };
        return supervise(definition.name, scripts.subgraph(definition.name), env, port).started;
      }),
    );
    // A partner's process gets an empty database of its own (it migrates and seeds it itself), the published keys and its own delivery key.
    await Promise.all(
      partners.map(async (partner) => {
        const { script, database, port: eigenPoort } = partner.proces!;
        const port = eigenPoort + PORT_OFFSET;
        if (reseed) await dropDatabase(postgres!.baseUrl, database);
        await ensureDatabase(postgres!.baseUrl, database);
        subgraphUrls[subgraphUrlVariabele(partner.name)] = `http://127.0.0.1:${port}/graphql`;
        const eigenSleutel: Record<string, string> = keys.production || !partner.organisatie ? {} : { GEZINSBEELD_AANKONDIGING_PRIVATE_KEY: await ontwikkelAankondigingJwk(partner.organisatie) };
        const env: Record<string, string> = {
          ...keysFor.subgraph,
          ...toegangsregister,
          ...eigenSleutel,
          GEZINSBEELD_GATEWAY_JWKS_URL: `http://127.0.0.1:${GATEWAY_PORT}/.well-known/jwks.json`,
          DATABASE_URL: databaseUrlFor(postgres!.baseUrl, database),
          PORT: String(port),
          ...(keys.production ? {} : { GEZINSBEELD_DEMO: "1" }),
        };
        console.log(`${partner.name}: partner subgraph (${path.relative(REPO, script)}), database ${database}`);
        return supervise(partner.name, script, env, port).started;
      }),
    );
    await supervise("gateway", scripts.gateway, { ...keysFor.gateway, ...subgraphUrls, PORT: String(GATEWAY_PORT) }, GATEWAY_PORT).started;
    return scenario;
  })();
  startup = starting;
  // Failing because a signal is stopping the hub: that stop ends the process once it is done.
  const scenario = await starting.catch((error: unknown) => (stopping ? new Promise<never>(() => {}) : stop(1, failureLine(error, FAILED))));
  if (stopping) return;

  const voorbeeld = scenario.gezinnen.find((gezin) => gezin.fase === "ROOD") ?? scenario.gezinnen[0];
  // The household's own fixed contact: the professional whose token the example uses can see it.
  const contactpersoon = voorbeeld ? scenario.toegewezen(voorbeeld, DemoOrganisatie.LOKAAL_TEAM).id : "lt-fatima-bakker";
  const tokenCommand = `npm run -s token -- --org lokaal-team --role medewerker --user ${contactpersoon}`;
  const keysDir = process.env.GEZINSBEELD_KEYS_DIR ? `GEZINSBEELD_KEYS_DIR=${defaultKeysDir()} ` : "";
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const tokenHelp = keys.development?.userToken
    ? `Every request needs a token (development keys in ${defaultKeysDir()}):

  ${keysDir}${tokenCommand}
  ${keysDir}npm run token -- --list        demo professionals and household members

In the query UI paste it under Headers: { "Authorization": "Bearer <token>" }`
    : `Every request needs a token from your issuer (${keys.issuer}) in the header Authorization: Bearer <token>.`;
  const app = appMap()
    ? `  App:                   http://localhost:${GATEWAY_PORT}/${keys.development?.userToken ? "  (sign in as a demo professional or household member)" : ""}\n`
    : `  App: not built (npm run build -w web)\n`;
  console.log(`
gezinsbeeld is ready in ${seconds} s.

${app}  Query UI and endpoint: http://localhost:${GATEWAY_PORT}/graphql

${tokenHelp}

Example: one household's gezinsbeeld from all five organisations (variables: { "id": "${voorbeeld?.id}" }):

${EXAMPLE_QUERY}

  curl -s http://localhost:${GATEWAY_PORT}/graphql -H 'content-type: application/json' \\
    -H "Authorization: Bearer $(${keysDir}${tokenCommand})" \\
    -d '{"query":"{ gezin(id: \\"${voorbeeld?.id}\\") { naam leden { voornamen } meldingen { datum } maatregelen { soort } } }"}'

A process that crashes is restarted (each restart is reported here). Press Ctrl-C to stop.`);
}

/** `the hub at http://localhost:4000/graphql (pid 12)`. */
function hubName(hub: RunningHub): string {
  return `the hub at ${hub.url} (pid ${hub.pid})`;
}

/** How the embedded server came to run, when this launcher did not start it just now. */
function postgresOrigin(postgres: PostgresServer, sharing: RunningHub | undefined): string {
  if (postgres.found && sharing) return `, shared with ${hubName(sharing)}`;
  if (postgres.found) return ` (pid ${postgres.found.pid}: left running by a launcher that was killed, taken over)`;
  if (postgres.replaced) return ` (stopped the server a killed launcher left on port ${postgres.replaced.port}, pid ${postgres.replaced.pid}, first)`;
  return "";
}

/** Stop the embedded server, unless another hub on the same data directory still uses it. */
async function stopPostgres(postgres: PostgresServer, dataDir: string): Promise<void> {
  const sharing = otherRunningHubs(dataDir)[0];
  if (postgres.embedded && sharing) {
    console.log(`PostgreSQL keeps running: ${hubName(sharing)} uses it too`);
    return;
  }
  await postgres.stop().catch((error: unknown) => console.error(failureLine(error, "stopping PostgreSQL failed: ")));
}

main().catch((error: unknown) => {
  console.error(failureLine(error, FAILED));
  process.exit(1);
});
