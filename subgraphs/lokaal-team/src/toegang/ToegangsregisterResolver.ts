import { invoerFout, type RequestContext, type Toegangsbasis } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Directive, ID, Query, Resolver } from "type-graphql";
import { ToegangsbasisType } from "./Toegangsbasis";
import { laadToegangsbases } from "./toegangsregister";

/** More households than one gezinsbeeld page ever shows; a bound on what one call can make the database do. */
const MAX_GEZINNEN = 1000;

@Resolver()
export class ToegangsregisterResolver {
  @Query(() => [ToegangsbasisType], {
    description: "Intern: het toegangsregister per huishouden, in de volgorde van de ids. Alleen voor de subgraphs, nooit via de gateway.",
  })
  @Directive("@inaccessible")
  toegangsbases(@Ctx() context: RequestContext, @Arg("gezinIds", () => [ID]) gezinIds: string[]): Promise<Toegangsbasis[]> {
    if (gezinIds.length > MAX_GEZINNEN) throw invoerFout(`Vraag het register op voor ten hoogste ${MAX_GEZINNEN} huishoudens tegelijk.`, "gezinIds");
    return laadToegangsbases(gezinIds, context);
  }
}
