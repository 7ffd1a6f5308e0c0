import { invoerFout, isUuid, nietGevonden } from "@gezinsbeeld/shared-schema";
import type { EntityManager } from "typeorm";
import { Melding } from "../melding/Melding";

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
