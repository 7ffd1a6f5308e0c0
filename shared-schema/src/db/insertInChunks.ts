import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * Bulk insert for seeds: one multi-row INSERT per 500 rows instead of one per row.
 *
 * @param chunkSize rows per statement; default 500 (well under PostgreSQL's 65535 parameters)
 */
export async function insertInChunks<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  rows: readonly Partial<E>[],
  chunkSize = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunkSize) {
    await manager.insert(entity, rows.slice(i, i + chunkSize) as never);
  }
}
