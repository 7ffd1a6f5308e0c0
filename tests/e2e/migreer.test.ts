import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { dropDatabase, ensureDatabase } from "@gezinsbeeld/infra";
import { lokaalTeam } from "@gezinsbeeld/lokaal-team";
import { createSubgraphDatabase, databaseUrlFor, GEDEELDE_MIGRATIES } from "@gezinsbeeld/shared-schema";
import { MIGRATION_LOCK_KEY, migreer } from "@gezinsbeeld/shared-schema";
import { Client } from "pg";
import { testDatabaseServer } from "../support/subgraph";

const REPO = path.join(__dirname, "..", "..");
/** Every migration a subgraph's database gets: its own plus the access log's (written out, not read from migreer). */
/** In the order TypeORM applies them: by the timestamp that ends each name. */
const EXPECTED = [...lokaalTeam.migrations, ...GEDEELDE_MIGRATIES].map((migration) => migration.name).sort(
  (a, b) => Number(/(\d+)$/.exec(a)?.[1]) - Number(/(\d+)$/.exec(b)?.[1]),
);

let databaseName: string;
let databaseUrl: string;

beforeEach(async () => {
  databaseName = `t_${randomBytes(4).toString("hex")}_migreer`;
  await ensureDatabase(testDatabaseServer(), databaseName);
  databaseUrl = databaseUrlFor(testDatabaseServer(), databaseName);
});

afterEach(async () => {
  await dropDatabase(testDatabaseServer(), databaseName);
});

async function appliedMigrations(): Promise<Array<{ name: string; aantal: number }>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; aantal: number }>("SELECT name, count(*)::int AS aantal FROM migraties GROUP BY name ORDER BY name");
    return rows;
  } finally {
    await client.end();
  }
}

describe("migrations under the database's advisory lock", () => {
  it("two `npm run migrate` processes on the same fresh database both succeed, and each migration is applied once", async () => {
    const run = (): Promise<{ stdout: string; stderr: string }> =>
      promisify(execFile)(process.execPath, [path.join(REPO, "infra", "dist", "migrate.js"), "lokaal-team"], { env: { ...process.env, DATABASE_URL: databaseUrl } });
    const [first, second] = await Promise.all([run(), run()]);
    const lines = [first.stdout.trim(), second.stdout.trim()].sort();
    // One applied everything; the other found nothing left to do.
    expect(lines[0]).toBe(`lokaal-team: applied ${EXPECTED.join(", ")}`);
    expect(lines[1]).toBe("lokaal-team: up to date");
    expect(await appliedMigrations()).toEqual(EXPECTED.map((name) => ({ name, aantal: 1 })).sort((a, b) => a.name.localeCompare(b.name)));
  });

  it("two DataSources migrating at once wait for the lock's holder, then run one after the other", async () => {
    const holder = new Client({ connectionString: databaseUrl });
    await holder.connect();
    await holder.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    const sources = [createSubgraphDatabase(lokaalTeam, databaseUrl).db, createSubgraphDatabase(lokaalTeam, databaseUrl).db];
    await Promise.all(sources.map((db) => db.initialize()));
    try {
      const waited: string[] = [];
      const running = sources.map((db) => migreer(db, { onWait: (database) => waited.push(database) }));
      // Both sessions queue behind the holder, and nothing is created meanwhile.
      let waiting = 0;
      for (let attempt = 0; attempt < 100 && waiting < 2; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const { rows } = await holder.query<{ waiting: number }>(
          "SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        );
        waiting = rows[0]?.waiting ?? 0;
      }
      expect(waiting).toBe(2);
      expect(waited).toEqual([databaseName, databaseName]);
      const { rows } = await holder.query<{ bestaat: boolean }>("SELECT to_regclass('migraties') IS NOT NULL AS bestaat");
      expect(rows[0]?.bestaat).toBe(false);

      await holder.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
      const applied = (await Promise.all(running)).map((migrations) => migrations.length).sort();
      expect(applied).toEqual([0, EXPECTED.length]);
      expect((await appliedMigrations()).every((row) => row.aantal === 1)).toBe(true);
    } finally {
      await holder.end();
      await Promise.all(sources.map((db) => db.destroy()));
    }
  });
});
