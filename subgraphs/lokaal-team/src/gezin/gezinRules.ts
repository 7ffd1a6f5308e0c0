import {
  type DossierRecord,
  inTransaction,
  invoerFout,
  isUuid,
  Medewerker,
  nietGevonden,
  Organisatie,
  type RequestContext,
  Rol,
} from "@gezinsbeeld/shared-schema";
import type { DeepPartial, EntityManager } from "typeorm";
import { Gezin } from "./Gezin";

/** The household, locked for the rest of the transaction; NOT_FOUND when it does not exist. */
export async function bestaandGezin(manager: EntityManager, gezinId: string): Promise<Gezin> {
  const gezin = isUuid(gezinId)
    ? await manager.getRepository(Gezin).findOne({ where: { id: gezinId }, lock: { mode: "pessimistic_write" } })
    : null;
  if (!gezin) throw nietGevonden("Gezin", gezinId);
  return gezin;
}

/** A professional of the local team with one of `rollen`; BAD_USER_INPUT otherwise. */
export async function medewerkerVanLokaalTeam(manager: EntityManager, id: string, rollen: Rol[], als: string, veld: string): Promise<Medewerker> {
  const medewerker = await manager.getRepository(Medewerker).findOneBy({ id });
  if (!medewerker || medewerker.organisatie !== Organisatie.LOKAAL_TEAM || !rollen.includes(medewerker.rol)) {
    throw invoerFout(`'${id}' is geen ${als} van het lokale team.`, veld);
  }
  return medewerker;
}

/** The fields of a dossier record that the caller supplies; the rest is filled in. */
export type RecordValues<E extends DossierRecord> = Partial<Omit<E, keyof DossierRecord>>;

/**
 * Record something new in a household's dossier, in one transaction: check the
 * household exists (NOT_FOUND otherwise), build the record, save it.
 */
export function legVastBijGezin<E extends DossierRecord>(
  context: RequestContext,
  gezinId: string,
  entity: new () => E,
  values: (gezin: Gezin, manager: EntityManager) => NoInfer<RecordValues<E>> | Promise<NoInfer<RecordValues<E>>>,
): Promise<E> {
  return inTransaction(context, async (manager) => {
    const gezin = await bestaandGezin(manager, gezinId);
    const record = manager.create(entity, {
      ...(await values(gezin, manager)),
      gezinId: gezin.id,
      vastgelegdDoor: context.principal?.userId ?? null,
    } as DeepPartial<E>);
    return manager.save(record);
  });
}
