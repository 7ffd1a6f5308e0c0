import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Pool, type PoolClient } from "pg";

/** The advisory lock every GGZ process takes while it migrates: replicas starting at once never race. */
const MIGRATIE_SLOT = 0x6767_7a00; // "ggz\0"

export function maakPool(databaseUrl: string): Pool {
  // synchronous_commit on: an access-log entry is durable before the answer leaves.
  const pool = new Pool({ connectionString: databaseUrl, max: 10, options: "-c synchronous_commit=on" });
  // An idle connection that breaks (a database restart) must not take the process down; the next query reconnects.
  pool.on("error", () => undefined);
  return pool;
}

/** Where the SQL migrations are: `migrations/` beside `dist/` (or `src/`). */
export const MIGRATIES_MAP = path.resolve(__dirname, "..", "migrations");

export interface Migratieverslag {
  toegepast: string[];
  alAanwezig: number;
}

/**
 * Apply the pending migrations (`migrations/NNN_name.sql`, in name order) in one
 * transaction, under a transaction-scoped advisory lock, and record each in
 * `schema_migraties` with its SHA-256. A migration that was applied and has
 * since changed stops the start: history is not rewritten.
 */
export async function migreer(pool: Pool, map = MIGRATIES_MAP): Promise<Migratieverslag> {
  const bestanden = readdirSync(map).filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f)).sort();
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATIE_SLOT]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migraties (
      naam text PRIMARY KEY,
      sha256 char(64) NOT NULL,
      toegepast_op timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ naam: string; sha256: string }>("SELECT naam, sha256 FROM schema_migraties");
    const gedaan = new Map(rows.map((r) => [r.naam, r.sha256]));
    const toegepast: string[] = [];
    for (const bestand of bestanden) {
      const sql = readFileSync(path.join(map, bestand), "utf8");
      const sha = createHash("sha256").update(sql).digest("hex");
      const eerder = gedaan.get(bestand);
      if (eerder !== undefined) {
        if (eerder !== sha) throw new Error(`migration ${bestand} was changed after it was applied; add a new migration instead`);
        continue;
      }
      await client.query(sql);
      await client.query("INSERT INTO schema_migraties (naam, sha256) VALUES ($1, $2)", [bestand, sha]);
      toegepast.push(bestand);
    }
    await client.query("COMMIT");
    return { toegepast, alAanwezig: bestanden.length - toegepast.length };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Run `werk` in one transaction on one connection. */
export async function inTransactie<T>(pool: Pool, werk: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const uitkomst = await werk(client);
    await client.query("COMMIT");
    return uitkomst;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
