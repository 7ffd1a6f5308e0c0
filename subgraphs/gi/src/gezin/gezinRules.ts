import {
  type ConstraintMessages,
  type DossierRecord,
  eisTekst,
  eisUuid,
  inTransaction,
  invoerFout,
  isUuid,
  Medewerker,
  nietGevonden,
  Organisatie,
  type RequestContext,
  Rol,
} from "@gezinsbeeld/shared-schema";
import type { DeepPartial, EntityManager, EntityTarget, FindOptionsWhere } from "typeorm";

/** The fields of a dossier record that the caller supplies; the rest is filled in. */
export type RecordValues<E extends DossierRecord> = Partial<Omit<E, keyof DossierRecord>>;

/**
 * Record something new in a household's GI dossier, in one transaction. The
 * household itself lives in lokaal-team's database, so only the form of its id
 * can be checked here; that is known and accepted.
 */
export function legVastBijGezin<E extends DossierRecord>(
  context: RequestContext,
  gezinId: string,
  entity: new () => E,
  values: (manager: EntityManager) => NoInfer<RecordValues<E>> | Promise<NoInfer<RecordValues<E>>>,
  messages?: ConstraintMessages,
): Promise<E> {
  eisUuid(gezinId, "gezinId");
  return inTransaction(
    context,
    async (manager) => {
      const record = manager.create(entity, {
        ...(await values(manager)),
        gezinId,
        vastgelegdDoor: context.principal?.userId ?? null,
      } as DeepPartial<E>);
      return manager.save(record);
    },
    messages,
  );
}

/**
 * A record of the GI's dossier by id, locked for the rest of the transaction so
 * two changes to it cannot interleave; NOT_FOUND when it does not exist.
 */
export async function bestaandRecord<E extends DossierRecord>(
  manager: EntityManager,
  entity: EntityTarget<E> & { name: string },
  id: string,
  soort: string = entity.name,
): Promise<E> {
  const record = isUuid(id)
    ? await manager.getRepository(entity).findOne({ where: { id } as FindOptionsWhere<E>, lock: { mode: "pessimistic_write" } })
    : null;
  if (!record) throw nietGevonden(soort, id);
  return record;
}

/** A professional of the GI who works with households (role MEDEWERKER); BAD_USER_INPUT otherwise. */
export async function medewerkerVanGi(manager: EntityManager, id: string, veld: string): Promise<Medewerker> {
  const medewerker = await manager.getRepository(Medewerker).findOneBy({ id });
  if (!medewerker || medewerker.organisatie !== Organisatie.GI || medewerker.rol !== Rol.MEDEWERKER) {
    throw invoerFout(`'${id}' is geen uitvoerend medewerker van de GI.`, veld);
  }
  return medewerker;
}

/** Every text trimmed; at least one, none empty. */
export function eisTeksten(values: string[], veld: string, wat: string): string[] {
  if (values.length === 0) throw invoerFout(`Noem ten minste één ${wat}.`, veld);
  return values.map((value) => eisTekst(value, veld));
}

/** Trimmed text, or null when nothing is left. */
export function optioneleTekst(value: string | null | undefined): string | null {
  return value?.trim() || null;
}
