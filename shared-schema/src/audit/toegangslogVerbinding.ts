import type { ClientBase } from "pg";
import type { DataSource } from "typeorm";

/**
 * An organisation's database as the audit tools take it: a subgraph's TypeORM
 * DataSource (tests, services) or a connected `pg` client (the command-line
 * tools, which need no entities).
 */
export type ToegangslogDatabase = DataSource | ClientBase;

/** One session on the database: a cursor and a transaction must stay on the same connection. */
export interface Verbinding {
  query<T>(sql: string, parameters?: unknown[]): Promise<T[]>;
  /** Give the connection back (a DataSource's pool); a caller's own pg client stays open. */
  release(): Promise<void>;
}

/** A dedicated session on `db`. */
export async function verbind(db: ToegangslogDatabase): Promise<Verbinding> {
  if ("createQueryRunner" in db) {
    const runner = db.createQueryRunner();
    await runner.connect();
    return {
      query: async <T>(sql: string, parameters?: unknown[]) => (await runner.query(sql, parameters)) as T[],
      release: () => runner.release(),
    };
  }
  return {
    query: async <T>(sql: string, parameters?: unknown[]) => (await db.query(sql, parameters)).rows as T[],
    release: async () => {},
  };
}
