import { type DataSource, type Migration, MigrationExecutor } from "typeorm";

/**
 * Key of the advisory lock the migrations of a database run under ("gezi" in
 * ASCII). One fixed key suffices: PostgreSQL keeps advisory locks per
 * database, so every subgraph's database has a lock of its own.
 */
export const MIGRATION_LOCK_KEY = 0x67657a69;

/** Options of {@link migreer}. */
export interface MigreerOptions {
  /**
   * Called once when another session holds the lock, before waiting for it.
   * Default: a line on stderr naming the database.
   */
  onWait?: (database: string) => void;
}

/**
 * Run the pending migrations of `db` (each in its own transaction) under a
 * PostgreSQL advisory lock on that database, so replicas, or a Job and a
 * replica, that start at once never race: the second waits, then finds
 * nothing left to do. The lock is held by one session for the whole run and
 * released with it, also when the process dies. Returns the migrations this
 * call applied.
 */
export async function migreer(db: DataSource, options: MigreerOptions = {}): Promise<Migration[]> {
  const runner = db.createQueryRunner();
  try {
    const [{ locked }] = (await runner.query("SELECT pg_try_advisory_lock($1) AS locked", [MIGRATION_LOCK_KEY])) as [{ locked: boolean }];
    if (!locked) {
      const database = db.driver.database ?? "database";
      (options.onWait ?? ((name) => console.error(`${name}: waiting for another process that is migrating this database`)))(database);
      await runner.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    }
    const unlock = (): Promise<unknown> => runner.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    // The executor on the lock's own session: with a pool of one connection a second session would wait forever.
    const executor = new MigrationExecutor(db, runner);
    executor.transaction = "each";
    const applied = await executor.executePendingMigrations().catch(async (error: unknown) => {
      // The migration's error is the one to report; a failing unlock means a broken session, which takes the lock with it.
      await unlock().catch(() => {});
      throw error;
    });
    await unlock();
    return applied;
  } finally {
    await runner.release();
  }
}
