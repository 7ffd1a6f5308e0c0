import { type RequestContext } from "@gezinsbeeld/shared-schema";
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
