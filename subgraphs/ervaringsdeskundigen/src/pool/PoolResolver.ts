import { Medewerker, type RequestContext } from "@gezinsbeeld/shared-schema";
import { Ctx, Query, Resolver } from "type-graphql";

@Resolver()
export class PoolResolver {
  @Query(() => [Medewerker], { description: "Medewerkers van de pool ervaringsdeskundigen, op naam." })
  medewerkersErvaringsdeskundigen(@Ctx() { db }: RequestContext): Promise<Medewerker[]> {
    return db.getRepository(Medewerker).find({ order: { naam: "ASC" } });
  }
}
