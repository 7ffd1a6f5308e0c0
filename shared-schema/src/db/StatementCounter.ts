import type { Logger } from "typeorm";

/**
 * Counts the SQL statements a DataSource sends. The N+1 test reads it to prove
 * that the gezinsbeeld query costs the same number of statements for 1 and for
 * 25 households.
 */
export class StatementCounter implements Logger {
  /** Statements sent since creation or the last {@link reset}. */
  count = 0;

  /** Their SQL texts (parameters excluded), in order: an N+1 shows as one text repeated per row. */
  readonly statements: string[] = [];

  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }

  logQuery(query: string): void {
    this.count++;
    // Bounded: the counter is for tests and diagnostics, not an unbounded log in production.
    if (this.statements.length < 10_000) this.statements.push(query);
  }

  logQueryError(error: string | Error, query: string): void {
    if (process.env.GEZINSBEELD_LOG_SQL_ERRORS) console.error("SQL error:", error, query);
  }

  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
