import type { EntityManager } from "typeorm";
import { IsNull } from "typeorm";
import { JeugdbeschermerToewijzing } from "./JeugdbeschermerToewijzing";

/** The user id of the household's jeugdbeschermer now (its open assignment), or null when the GI assigned none. */
export async function huidigeJeugdbeschermer(manager: EntityManager, gezinId: string): Promise<string | null> {
  const lopend = await manager.getRepository(JeugdbeschermerToewijzing).findOne({ where: { gezinId: gezinId.toLowerCase(), tot: IsNull() }, select: { id: true, medewerkerId: true } });
  return lopend?.medewerkerId ?? null;
}
