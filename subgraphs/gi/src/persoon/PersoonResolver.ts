import type { RequestContext } from "@gezinsbeeld/shared-schema";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { loaders } from "../gezin/gezinLoaders";
import { Jeugdreclassering } from "../jeugdreclassering/Jeugdreclassering";
import { Maatregel } from "../maatregel/Maatregel";
import { Persoon } from "./Persoon";

@Resolver(() => Persoon)
export class PersoonResolver {
  @FieldResolver(() => [Maatregel])
  maatregelen(@Root() persoon: Persoon, @Ctx() { loaders: l }: RequestContext): Promise<Maatregel[]> {
    return l.get(loaders.maatregelenVanPersoon).load(persoon.id);
  }

  @FieldResolver(() => [Jeugdreclassering])
  jeugdreclassering(@Root() persoon: Persoon, @Ctx() { loaders: l }: RequestContext): Promise<Jeugdreclassering[]> {
    return l.get(loaders.jeugdreclasseringVanPersoon).load(persoon.id);
  }
}

/** `_entities` for `Persoon`: the member lives in lokaal-team's database, so the reference is all there is. */
export function resolvePersoonReference(reference: { id: string }): Persoon {
  return { id: reference.id };
}
