import type { Logger } from "typeorm";

/**
 * Counts the SQL statements a DataSource sends. The N+1 test reads it to prove
 * that the gezinsbeeld query costs the same number of statements for 1 and for
 * 25 households.
 */
export class StatementCounter implements Logger {
  /** Statements sent since creation or the last {@link reset}. */
  count = 0;

  reset(): void {
    this.count = 0;
  }

  logQuery(): void {
    this.count++;
  }

  logQueryError(error: string | Error, query: string): void {
    if (process.env.GEZINSBEELD_LOG_SQL_ERRORS) console.error("SQL error:", error, query);
  }

  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
