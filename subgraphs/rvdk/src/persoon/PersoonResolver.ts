import { isUuid, type RequestContext } from "@gezinsbeeld/shared-schema";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { loaders } from "../gezin/gezinLoaders";
import { Beschermingsonderzoek } from "../onderzoek/Beschermingsonderzoek";
import { Persoon } from "./Persoon";

@Resolver(() => Persoon)
export class PersoonResolver {
  // Only the household in the key: a member's investigations are never shown under another household.
  @FieldResolver(() => [Beschermingsonderzoek])
  async beschermingsonderzoeken(@Root() persoon: Persoon, @Ctx() { loaders: l }: RequestContext): Promise<Beschermingsonderzoek[]> {
    const onderzoeken = await l.get(loaders.beschermingsonderzoekenVanPersoon).load(persoon.id);
    return onderzoeken.filter((onderzoek) => onderzoek.gezinId === persoon.gezinId);
  }
}

/**
 * `_entities` for `Persoon`: the member lives at lokaal-team; the reference (member
 * and household) is enough here. Ids are compared in PostgreSQL's lower case.
 */
export function resolvePersoonReference(reference: { id: string; gezinId?: string }): Persoon | null {
  const { id, gezinId } = reference;
  return isUuid(id) && gezinId !== undefined && isUuid(gezinId) ? { id: id.toLowerCase(), gezinId: gezinId.toLowerCase() } : null;
}
