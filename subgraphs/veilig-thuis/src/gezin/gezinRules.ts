import { invoerFout, isUuid } from "@gezinsbeeld/shared-schema";
import type { EntityManager } from "typeorm";
import { Melding } from "../melding/Melding";

/**
 * The melding, locked for the rest of the transaction; BAD_USER_INPUT, the same
 * answer, when it does not exist or is about another household.
 */
export async function meldingVanGezin(manager: EntityManager, meldingId: string, gezinId: string, veld = "meldingId"): Promise<Melding> {
  const melding = isUuid(meldingId)
    ? await manager.getRepository(Melding).findOne({ where: { id: meldingId }, lock: { mode: "pessimistic_write" } })
    : null;
  // Unknown, or of another household: one answer, so the error tells nothing of a melding elsewhere.
  if (!melding || melding.gezinId !== gezinId.toLowerCase()) throw invoerFout(`Melding '${meldingId}' is geen melding over dit huishouden.`, veld);
  return melding;
}
