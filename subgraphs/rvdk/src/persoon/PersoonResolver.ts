import { isUuid, type RequestContext } from "@gezinsbeeld/shared-schema";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { loaders } from "../gezin/gezinLoaders";
import { Beschermingsonderzoek } from "../onderzoek/Beschermingsonderzoek";
import { Persoon } from "./Persoon";

@Resolver(() => Persoon)
export class PersoonResolver {
  @FieldResolver(() => [Beschermingsonderzoek])
  beschermingsonderzoeken(@Root() persoon: Persoon, @Ctx() { loaders: l }: RequestContext): Promise<Beschermingsonderzoek[]> {
    return l.get(loaders.beschermingsonderzoekenVanPersoon).load(persoon.id);
  }
}

/** `_entities` for `Persoon`: the member lives at lokaal-team; the reference is enough here. */
export function resolvePersoonReference(reference: { id: string }): Persoon | null {
  return isUuid(reference.id) ? { id: reference.id.toLowerCase() } : null;
}
