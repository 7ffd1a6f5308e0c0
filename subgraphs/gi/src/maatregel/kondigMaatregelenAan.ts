import { kondigAan } from "@gezinsbeeld/shared-schema";
import { type EntityManager, In } from "typeorm";
import { aankondigingVanMaatregel } from "./aankondigingVanMaatregel";
import type { Maatregel } from "./Maatregel";
import { MaatregelVerlenging } from "./Maatregel";

/**
 * Announce each measure as it now stands, with its extensions, in `manager`'s
 * transaction (the mutation's): the register replaces what it announced before.
 *
 * @param medewerkerId the professional the involvement names: the household's jeugdbeschermer
 */
export async function kondigMaatregelenAan(manager: EntityManager, maatregelen: readonly Maatregel[], medewerkerId: string | null): Promise<void> {
  if (maatregelen.length === 0) return;
  const verlengingen = await manager.getRepository(MaatregelVerlenging).find({
    where: { maatregelId: In(maatregelen.map((m) => m.id)) },
    // Each extension moves the end later: that order is the court's.
    order: { nieuweEinddatum: "ASC" },
  });
  for (const maatregel of maatregelen) {
    await kondigAan(manager, aankondigingVanMaatregel(maatregel, verlengingen.filter((v) => v.maatregelId === maatregel.id), medewerkerId));
  }
}
