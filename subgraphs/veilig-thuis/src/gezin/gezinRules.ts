import {
  type ConstraintMessages,
  type DossierRecord,
  eisUuid,
  inTransaction,
  invoerFout,
  isUuid,
  Medewerker,
  nietGevonden,
  Organisatie,
  type RequestContext,
  type Rol,
} from "@gezinsbeeld/shared-schema";
import type { DeepPartial, EntityManager } from "typeorm";
import { Melding } from "../melding/Melding";

/** A professional of Veilig Thuis with one of `rollen`; BAD_USER_INPUT otherwise. */
export async function medewerkerVanVeiligThuis(manager: EntityManager, id: string, rollen: Rol[], als: string, veld: string): Promise<Medewerker> {
  const medewerker = await manager.getRepository(Medewerker).findOneBy({ id });
  if (!medewerker || medewerker.organisatie !== Organisatie.VEILIG_THUIS || !rollen.includes(medewerker.rol)) {
    throw invoerFout(`'${id}' is geen ${als} van Veilig Thuis.`, veld);
  }
  return medewerker;
}

/**
 * The melding, locked for the rest of the transaction: NOT_FOUND when it does
 * not exist, BAD_USER_INPUT when it is about another household.
 */
export async function meldingVanGezin(manager: EntityManager, meldingId: string, gezinId: string, veld = "meldingId"): Promise<Melding> {
  const melding = isUuid(meldingId)
    ? await manager.getRepository(Melding).findOne({ where: { id: meldingId }, lock: { mode: "pessimistic_write" } })
    : null;
  if (!melding) throw nietGevonden("Melding", meldingId);
  if (melding.gezinId !== gezinId.toLowerCase()) throw invoerFout(`Melding '${meldingId}' gaat over een ander huishouden.`, veld);
  return melding;
}

/** The fields of a dossier record that the caller supplies; the rest is filled in. */
export type RecordValues<E extends DossierRecord> = Partial<Omit<E, keyof DossierRecord>>;

/**
 * Record something new in Veilig Thuis' part of a household's dossier, in one
 * transaction. The household itself lives in the local team's database, so only
 * the form of its id can be checked here.
 */
export function legVastBijGezin<E extends DossierRecord>(
  context: RequestContext,
  gezinId: string,
  entity: new () => E,
  values: (manager: EntityManager) => NoInfer<RecordValues<E>> | Promise<NoInfer<RecordValues<E>>>,
  messages?: ConstraintMessages,
): Promise<E> {
  return inTransaction(
    context,
    async (manager) => {
      eisUuid(gezinId, "gezinId");
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
