import { invoerFout, type RequestContext, Schrijft } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { loaders } from "../gezin/gezinLoaders";
import { legVastBijGezin } from "../gezin/gezinRules";
import { Persoon } from "../persoon/Persoon";
import { Relatie, Relatiesoort } from "./Relatie";

@InputType({ description: "Een relatie in het genogram: 'van' is <soort> 'naar'." })
export class RelatieInvoer {
  @Field(() => ID)
  vanPersoonId!: string;

  @Field(() => ID)
  naarPersoonId!: string;

  @Field(() => Relatiesoort)
  soort!: Relatiesoort;

  @Field({ nullable: true })
  toelichting?: string;
}

@Resolver(() => Relatie)
export class RelatieResolver {
  @Mutation(() => Relatie, { description: "Leg een relatie tussen twee leden vast (genogram)." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" }, personen: ["invoer.vanPersoonId", "invoer.naarPersoonId"] })
  legRelatieVast(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => RelatieInvoer) invoer: RelatieInvoer,
  ): Promise<Relatie> {
    return legVastBijGezin(context, gezinId, Relatie, async (gezin, manager) => {
      if (invoer.vanPersoonId === invoer.naarPersoonId) throw invoerFout("Een relatie verbindt twee verschillende personen.", "naarPersoonId");
      const leden = await manager.getRepository(Persoon).findBy({ gezinId: gezin.id });
      const ids = new Set(leden.map((lid) => lid.id));
      for (const veld of ["vanPersoonId", "naarPersoonId"] as const) {
        if (!ids.has(invoer[veld])) throw invoerFout(`Persoon '${invoer[veld]}' is geen lid van dit huishouden.`, veld);
      }
      return { vanPersoonId: invoer.vanPersoonId, naarPersoonId: invoer.naarPersoonId, soort: invoer.soort, toelichting: invoer.toelichting ?? null };
    });
  }

  @FieldResolver(() => Persoon, { nullable: true })
  van(@Root() relatie: Relatie, @Ctx() { loaders: l }: RequestContext): Promise<Persoon | null> {
    return l.get(loaders.persoon).load(relatie.vanPersoonId);
  }

  @FieldResolver(() => Persoon, { nullable: true })
  naar(@Root() relatie: Relatie, @Ctx() { loaders: l }: RequestContext): Promise<Persoon | null> {
    return l.get(loaders.persoon).load(relatie.naarPersoonId);
  }
}
