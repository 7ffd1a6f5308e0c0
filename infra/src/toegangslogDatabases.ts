import { databaseUrlFor, parseOrganisatie, type SubgraphDefinition } from "@gezinsbeeld/shared-schema";
import { Client } from "pg";
import { EMBEDDED_PASSWORD, redact, startPostgres, type PostgresServer } from "./postgres";
import { subgraphs } from "./subgraphs";

/** One organisation's database as the audit commands see it. */
export interface OrganisatieDatabase {
  definition: SubgraphDefinition;
  /** Connected, with an access log; null when not. */
  client: Client | null;
  /** Why there is no client. */
  fout: string | null;
}

/**
 * Run `werk` on the organisations' databases (all five, or only `organisatie`),
 * found the way `npm start` finds them: on GEZINSBEELD_DATABASE_URL, or on the
 * embedded PostgreSQL in `.data/postgres` (port GEZINSBEELD_PG_PORT, default
 * 54329). When `npm start` is running, its server is used as it is; otherwise it
 * is started for this command and stopped again afterwards.
 */
export async function metToegangslogDatabases<T>(werk: (databases: OrganisatieDatabase[]) => Promise<T>, organisatie?: string): Promise<T> {
  const gekozen = kies(organisatie);
  const server = await vindPostgres();
  const databases: OrganisatieDatabase[] = [];
  try {
    for (const definition of gekozen) databases.push(await verbindMet(server.baseUrl, definition));
    return await werk(databases);
  } finally {
    await Promise.all(databases.map((database) => database.client?.end().catch(() => {})));
    if (server.embedded) await server.stop();
  }
}

/**
 * Where each organisation runs its own PostgreSQL (the deployment), its log is
 * checked on its own server: `--org <organisatie>` with that server's URL.
 */
function kies(organisatie: string | undefined): readonly SubgraphDefinition[] {
  if (organisatie === undefined) return subgraphs;
  const gevonden = parseOrganisatie(organisatie);
  const definition = subgraphs.find((candidate) => candidate.organisatie === gevonden);
  if (!definition) throw new Error(`Unknown organisation '${organisatie}'; one of ${subgraphs.map((candidate) => candidate.name).join(", ")}.`);
  return [definition];
}

async function vindPostgres(): Promise<PostgresServer> {
  if (process.env.GEZINSBEELD_DATABASE_URL) return startPostgres();
  const port = Number(process.env.GEZINSBEELD_PG_PORT ?? 54329);
  // The embedded server's credentials as infra/src/postgres.ts sets them; it listens on localhost only.
  const url = `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
  const probe = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await probe.connect();
    return startPostgres({ existingUrl: url });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ECONNREFUSED") throw new Error(`Cannot reach PostgreSQL at ${redact(url)}: ${(error as Error).message}`);
  } finally {
    await probe.end().catch(() => {});
  }
  const server = await startPostgres();
  console.error(`(started the embedded PostgreSQL at ${redact(server.baseUrl)} for this command; it is stopped again when done)`);
  return server;
}

async function verbindMet(baseUrl: string, definition: SubgraphDefinition): Promise<OrganisatieDatabase> {
  const client = new Client({ connectionString: databaseUrlFor(baseUrl, definition.databaseName), application_name: "gezinsbeeld-audit" });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    if ((error as { code?: string }).code === "3D000") {
      return { definition, client: null, fout: `database ${definition.databaseName} does not exist (start the hub once with npm start)` };
    }
    return { definition, client: null, fout: `cannot connect to database ${definition.databaseName}: ${(error as Error).message}` };
  }
  const { rows } = await client.query<{ bestaat: boolean }>("SELECT to_regclass('toegangslog') IS NOT NULL AND to_regclass('toegangslog_kop') IS NOT NULL AS bestaat");
  if (!rows[0]?.bestaat) {
    await client.end().catch(() => {});
    return { definition, client: null, fout: `database ${definition.databaseName} has no access log yet (its migrations have not run: start the hub once with npm start)` };
  }
  return { definition, client, fout: null };
}
