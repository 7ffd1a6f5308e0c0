import { Medewerker, type RequestContext } from "@gezinsbeeld/shared-schema";
import { Ctx, Query, Resolver } from "type-graphql";

@Resolver(() => Medewerker)
export class MedewerkerResolver {
  @Query(() => [Medewerker], { description: "Medewerkers van Veilig Thuis." })
  medewerkersVeiligThuis(@Ctx() { db }: RequestContext): Promise<Medewerker[]> {
    return db.getRepository(Medewerker).find({ order: { rol: "ASC", naam: "ASC" } });
  }
}
