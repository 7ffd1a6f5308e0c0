import {
  type DossierRecord,
  isUuid,
  legVastInDossier,
  nietGevonden,
  type RecordValues,
  type RequestContext,
} from "@gezinsbeeld/shared-schema";
import type { EntityManager } from "typeorm";
import { Gezin } from "./Gezin";

/**
 * The household, locked for the rest of the transaction; NOT_FOUND when it does
 * not exist. (Whether the requester may write there the mutation's `@Schrijft` decided.)
 */
export async function bestaandGezin(manager: EntityManager, gezinId: string): Promise<Gezin> {
  const gezin = isUuid(gezinId)
    ? await manager.getRepository(Gezin).findOne({ where: { id: gezinId }, lock: { mode: "pessimistic_write" } })
    : null;
  if (!gezin) throw nietGevonden("Gezin", gezinId);
  return gezin;
}

/**
 * Record something new in a household's dossier, in one transaction. The local
 * team owns the households, so unlike the other subgraphs it checks this one
 * exists (NOT_FOUND otherwise, and nothing is written) and hands it to `values`.
 */
export function legVastBijGezin<E extends DossierRecord>(
  context: RequestContext,
  gezinId: string,
  entity: new () => E,
  values: (gezin: Gezin, manager: EntityManager) => NoInfer<RecordValues<E>> | Promise<NoInfer<RecordValues<E>>>,
): Promise<E> {
  // A malformed id names no household here either: NOT_FOUND, as everywhere in this subgraph, before legVastInDossier would call it BAD_USER_INPUT.
  if (!isUuid(gezinId)) return Promise.reject(nietGevonden("Gezin", gezinId));
  return legVastInDossier(context, gezinId, entity, async (manager) => values(await bestaandGezin(manager, gezinId), manager));
}
