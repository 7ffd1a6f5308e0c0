import type { EntityTarget, ObjectLiteral } from "typeorm";
import { defineLoader, type LoaderDefinition } from "../context/Loaders";

/** Ordering of the rows a {@link loadManyBy} loader returns per key. */
export interface LoadOrder<E> {
  /** Property to sort by. */
  by: keyof E & string;
  /** Default `ASC`. */
  direction?: "ASC" | "DESC";
}

/**
 * A loader of one row per key: `SELECT … WHERE <column> IN (…)`, one statement
 * per batch, `null` for keys without a row.
 *
 * @param column the property matched against the keys; default `id`
 */
export function loadOneBy<E extends ObjectLiteral>(
  entity: EntityTarget<E>,
  column: keyof E & string = "id",
): LoaderDefinition<string, E | null> {
  return defineLoader(`${entityName(entity)}.${column}`, async (keys, { db }) => {
    const rows = await db.getRepository(entity).createQueryBuilder("row")
      .where(`row.${column} IN (:...keys)`, { keys })
      .getMany();
    const byKey = new Map(rows.map((row) => [String(row[column]), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * A loader of all rows per key: `SELECT … WHERE <column> IN (…) ORDER BY …`, one
 * statement per batch, an empty list for keys without rows.
 */
export function loadManyBy<E extends ObjectLiteral>(
  entity: EntityTarget<E>,
  column: keyof E & string,
  order?: LoadOrder<E>,
): LoaderDefinition<string, E[]> {
  return defineLoader(`${entityName(entity)}[${column}]`, async (keys, { db }) => {
    let query = db.getRepository(entity).createQueryBuilder("row").where(`row.${column} IN (:...keys)`, { keys });
    if (order) query = query.orderBy(`row.${order.by}`, order.direction ?? "ASC").addOrderBy("row.id", "ASC");
    const rows = await query.getMany();
    const byKey = new Map<string, E[]>(keys.map((key) => [key, []]));
    for (const row of rows) byKey.get(String(row[column]))?.push(row);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

function entityName(entity: EntityTarget<ObjectLiteral>): string {
  return typeof entity === "function" ? entity.name : String(entity);
}
