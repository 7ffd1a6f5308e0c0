import { createSubgraphDatabase, databaseUrlFor, type SubgraphDefinition } from "@gezinsbeeld/shared-schema";
import { type DemoScenario } from "@gezinsbeeld/demo";
import { migreer } from "@gezinsbeeld/shared-schema";
import { ensureDatabase } from "./databases";

/**
 * Create the subgraph's database if needed, run its migrations (under the
 * database's migration lock, see `migreer`), and seed it when it holds no data
 * yet, so data persists between runs.
 */
export async function prepareDatabase(
  baseUrl: string,
  definition: SubgraphDefinition<DemoScenario>,
  scenario: DemoScenario,
): Promise<{ databaseUrl: string; seeded: boolean }> {
  const databaseUrl = databaseUrlFor(baseUrl, definition.databaseName);
  await ensureDatabase(baseUrl, definition.databaseName);
  const { db } = createSubgraphDatabase(definition, databaseUrl);
  await db.initialize();
  try {
    await migreer(db);
    const [{ aantal }] = (await db.query(`SELECT count(*)::int AS aantal FROM medewerker`)) as [{ aantal: number }];
    if (aantal > 0) return { databaseUrl, seeded: false };
    await definition.seed(db, scenario);
    return { databaseUrl, seeded: true };
  } finally {
    await db.destroy();
  }
}
