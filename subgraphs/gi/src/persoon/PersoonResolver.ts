import { type RequestContext } from "@gezinsbeeld/shared-schema";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { loaders } from "../gezin/gezinLoaders";
import { Jeugdreclassering } from "../jeugdreclassering/Jeugdreclassering";
import { Maatregel } from "../maatregel/Maatregel";
import { Persoon } from "./Persoon";

@Resolver(() => Persoon)
export class PersoonResolver {
  // Only the household in the key: a member's records are never shown under another household.
  @FieldResolver(() => [Maatregel])
  async maatregelen(@Root() persoon: Persoon, @Ctx() { loaders: l }: RequestContext): Promise<Maatregel[]> {
    const maatregelen = await l.get(loaders.maatregelenVanPersoon).load(persoon.id);
    return maatregelen.filter((maatregel) => maatregel.gezinId === persoon.gezinId);
  }

  @FieldResolver(() => [Jeugdreclassering])
  async jeugdreclassering(@Root() persoon: Persoon, @Ctx() { loaders: l }: RequestContext): Promise<Jeugdreclassering[]> {
    const trajecten = await l.get(loaders.jeugdreclasseringVanPersoon).load(persoon.id);
    return trajecten.filter((jeugdreclassering) => jeugdreclassering.gezinId === persoon.gezinId);
  }
}
