import { Bezorger, createSubgraphDatabase, ontvang, type SubgraphDefinition } from "@gezinsbeeld/shared-schema";

/**
 * Hand every organisation's waiting announcements to the register now, in
 * this process: the path a running hub takes (outbox, then the register's own
 * `verwerk`), without waiting for the processes. After a seed, so the demo
 * households' involvements count from the first request.
 */
export async function bezorgAankondigingen(definitions: readonly SubgraphDefinition[], urls: ReadonlyMap<string, string>): Promise<void> {
  const houder = definitions.find((definition) => definition.toegangsregister);
  if (!houder?.toegangsregister) return;
  const register = houder.toegangsregister;
  const registerDb = createSubgraphDatabase(houder, urls.get(houder.name)!).db;
  await registerDb.initialize();
  try {
    // The register holder's own announcements too (its timeline entries): the same intake.
    for (const definition of definitions) {
      const { db } = definition === houder ? { db: registerDb } : createSubgraphDatabase(definition, urls.get(definition.name)!);
      if (!db.isInitialized) await db.initialize();
      try {
        await new Bezorger({ db, bezorg: (batch) => ontvang(registerDb, definition.organisatie, batch, register.verwerk).then(() => undefined) }).leeg();
      } finally {
        if (db !== registerDb) await db.destroy();
      }
    }
  } finally {
    await registerDb.destroy();
  }
}
