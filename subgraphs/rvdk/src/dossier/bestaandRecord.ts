import { type DossierRecord, isUuid, nietGevonden } from "@gezinsbeeld/shared-schema";
import type { EntityManager, FindOptionsWhere } from "typeorm";

/**
 * The record with `id`, locked for the rest of the transaction so two
 * professionals cannot, say, close the same investigation at once; NOT_FOUND
 * when it does not exist.
 *
 * @param soort the record's kind as a professional names it, for the error message
 */
export async function bestaandRecord<E extends DossierRecord>(
  manager: EntityManager,
  entity: new () => E,
  id: string,
  soort: string,
): Promise<E> {
  const record = isUuid(id)
    ? await manager.getRepository(entity).findOne({ where: { id } as FindOptionsWhere<E>, lock: { mode: "pessimistic_write" } })
    : null;
  if (!record) throw nietGevonden(soort, id);
  return record;
}
