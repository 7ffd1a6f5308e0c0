import { types } from "pg";
import { DataSource } from "typeorm";
import type { SubgraphDefinition } from "../federation/SubgraphDefinition";
import {
  Toegangslog1795400000000,
  ToegangslogBesluiten1795500000000,
  ToegangslogCategorieen1796300000000,
  ToegangslogCheckpoints1796240000000,
} from "../audit/ToegangslogMigratie";
import { StatementCounter } from "./StatementCounter";
import { Aankondigingen1796200000000 } from "../register/uitbak";

// A `date` is a calendar day, not a moment: keep it as YYYY-MM-DD instead of a
// Date at local midnight that shifts a day across time zones.
types.setTypeParser(types.builtins.DATE, (value) => value);

/**
 * The migrations the shared plumbing adds to every subgraph's own: the
 * organisation's access log (with the checkpoints that vouch for it), and its
 * outbox of announcements to the register.
 */
export const GEDEELDE_MIGRATIES: readonly Function[] = [
  Toegangslog1795400000000,
  ToegangslogBesluiten1795500000000,
  Aankondigingen1796200000000,
  ToegangslogCheckpoints1796240000000,
  ToegangslogCategorieen1796300000000,
];

/** A subgraph's DataSource together with the counter of statements it sends. */
export interface SubgraphDatabase {
  db: DataSource;
  statements: StatementCounter;
}

/**
 * The DataSource of one subgraph on its own database. Never `synchronize`:
 * the schema changes only through the subgraph's migrations.
 *
 * @param databaseUrl e.g. `postgres://postgres@127.0.0.1:5432/gezinsbeeld_gi`
 */
export function createSubgraphDatabase(definition: SubgraphDefinition, databaseUrl: string): SubgraphDatabase {
  const statements = new StatementCounter();
  const db = new DataSource({
    type: "postgres",
    url: databaseUrl,
    entities: definition.entities,
    migrations: [...definition.migrations, ...GEDEELDE_MIGRATIES],
    migrationsTableName: "migraties",
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install, none to trust.
    uuidExtension: "pgcrypto",
    installExtensions: false,
    logging: ["query", "error"],
    logger: statements,
    extra: {
      max: Number(process.env.GEZINSBEELD_DB_POOL ?? 10),
      application_name: `gezinsbeeld-${definition.name}`,
      // Every commit durable before it returns, whatever the server's default: the access log's group
      // write commits as one statement, with no transaction to say it in (see schrijfToegangslog).
      // Named statements (the log's write is the only one) keep the plan made once per connection
      // instead of planning their parameters anew on every write: 5-10 % of a write's CPU in PostgreSQL.
      options: "-c synchronous_commit=on -c plan_cache_mode=force_generic_plan",
    },
  });
  return { db, statements };
}

/** `base` with its database name replaced by `databaseName`. */
export function databaseUrlFor(base: string, databaseName: string): string {
  const url = new URL(base);
  url.pathname = `/${databaseName}`;
  return url.toString();
}
