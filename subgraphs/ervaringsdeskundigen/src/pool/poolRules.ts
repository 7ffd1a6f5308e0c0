import { invoerFout, Medewerker } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import type { EntityManager } from "typeorm";

/** The `functie` that marks a member of the pool who can be linked to households. */
export const FUNCTIE_ERVARINGSDESKUNDIGE = "ervaringsdeskundige";

/**
 * An expert by experience of the pool, locked for the rest of the transaction
 * so two links of the same expert cannot be checked and written side by side.
 * BAD_USER_INPUT for anyone else (a coordinator, an unknown id).
 */
export async function ervaringsdeskundigeUitPool(manager: EntityManager, id: string, veld: string): Promise<Medewerker> {
  const medewerker = await manager.getRepository(Medewerker).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
  if (!medewerker) throw invoerFout(`'${id}' is geen medewerker van de pool ervaringsdeskundigen.`, veld);
  if (medewerker.organisatie !== DemoOrganisatie.ERVARINGSDESKUNDIGEN || medewerker.functie !== FUNCTIE_ERVARINGSDESKUNDIGE) {
    throw invoerFout(`${medewerker.naam} is geen ervaringsdeskundige en kan niet aan een huishouden worden gekoppeld.`, veld);
  }
  return medewerker;
}
