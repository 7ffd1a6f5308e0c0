import { randomBytes } from "node:crypto";
import { dropDatabase, ensureDatabase } from "@gezinsbeeld/infra";
import { subgraphs } from "@gezinsbeeld/infra/dist/subgraphs";
import { createSubgraphDatabase, databaseUrlFor, GEDEELDE_MIGRATIES } from "@gezinsbeeld/shared-schema";
import { testDatabaseServer } from "./support/subgraph";

describe.each(subgraphs.map((definition) => [definition.name, definition] as const))("migrations of %s", (_name, definition) => {
  it("build the whole schema on an empty database, match the entities exactly, and roll back to empty", async () => {
    const server = testDatabaseServer();
    const name = `t_${randomBytes(4).toString("hex")}_migraties`;
    await ensureDatabase(server, name);
    const { db } = createSubgraphDatabase(definition, databaseUrlFor(server, name));
    await db.initialize();
    try {
      const applied = await db.runMigrations({ transaction: "each" });
      // The subgraph's own migrations, plus the access log every organisation gets (issue 4).
      // TypeORM runs them in the order of the timestamp that ends each name.
      const tijd = (naam: string): number => Number(/(\d+)$/.exec(naam)?.[1] ?? 0);
      const verwacht = [...definition.migrations, ...GEDEELDE_MIGRATIES].map((m) => m.name).sort((a, b) => tijd(a) - tijd(b));
      expect(applied.map((m) => m.name)).toEqual(verwacht);
      expect(applied.length).toBeGreaterThan(0);
      // The entities describe nothing the migrations did not create: no drift.
      const { upQueries } = await db.driver.createSchemaBuilder().log();
      expect(upQueries.map((query) => query.query)).toEqual([]);
      const tables = (await db.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migraties' AND table_name NOT LIKE 'toegangslog%' AND table_name NOT LIKE 'aankondiging\_%'`)) as [{ n: number }];
      expect(tables[0].n).toBe(definition.entities.length);
      const log = (await db.query(`SELECT relkind FROM pg_class WHERE relname = 'toegangslog'`)) as [{ relkind: string }];
      expect(log[0]?.relkind).toBe("p"); // partitioned by month
      for (let i = 0; i < applied.length; i++) await db.undoLastMigration({ transaction: "each" });
      const left = (await db.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migraties'`)) as [{ n: number }];
      expect(left[0].n).toBe(0);
    } finally {
      await db.destroy();
      await dropDatabase(server, name);
    }
  });
});
