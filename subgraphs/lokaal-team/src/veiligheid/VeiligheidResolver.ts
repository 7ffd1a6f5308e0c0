import { DatumScalar, eisNietInToekomst, eisTekst, inTransaction, invoerFout, type RequestContext, Schrijft } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { loaders } from "../gezin/gezinLoaders";
import { bestaandGezin, legVastBijGezin } from "../gezin/gezinRules";
import { Gevaarsoordeel, Veiligheidsafspraak, Veiligheidsplan } from "./Veiligheid";

@InputType()
export class GevaarsoordeelInvoer {
  @Field()
  omschrijving!: string;

  @Field(() => DatumScalar)
  opgesteldOp!: string;
}

@InputType()
export class VeiligheidsafspraakInvoer {
  @Field()
  afspraak!: string;

  @Field({ description: "Wie de afspraak nakomt." })
  wie!: string;
}

@InputType({ description: "Een nieuwe versie van het veiligheidsplan; vervangt de vorige." })
export class VeiligheidsplanInvoer {
  @Field(() => DatumScalar)
  vastgesteldOp!: string;

  @Field()
  veiligheidsdoel!: string;

  @Field(() => [VeiligheidsafspraakInvoer])
  afspraken!: VeiligheidsafspraakInvoer[];
}

@Resolver(() => Veiligheidsplan)
export class VeiligheidResolver {
  @Mutation(() => Gevaarsoordeel, { description: "Leg een gevaarsoordeel (danger statement) vast." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" } })
  legGevaarsoordeelVast(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => GevaarsoordeelInvoer) invoer: GevaarsoordeelInvoer,
  ): Promise<Gevaarsoordeel> {
    return legVastBijGezin(context, gezinId, Gevaarsoordeel, () => {
      eisNietInToekomst(invoer.opgesteldOp, "opgesteldOp");
      return { omschrijving: eisTekst(invoer.omschrijving, "omschrijving"), opgesteldOp: invoer.opgesteldOp };
    });
  }

  @Mutation(() => Veiligheidsplan, { description: "Stel een nieuwe versie van het veiligheidsplan vast, met zijn veiligheidsafspraken." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" } })
  stelVeiligheidsplanVast(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => VeiligheidsplanInvoer) invoer: VeiligheidsplanInvoer,
  ): Promise<Veiligheidsplan> {
    if (invoer.afspraken.length === 0) throw invoerFout("Een veiligheidsplan bevat ten minste één veiligheidsafspraak.", "afspraken");
    return inTransaction(context, async (manager) => {
      const gezin = await bestaandGezin(manager, gezinId);
      eisNietInToekomst(invoer.vastgesteldOp, "vastgesteldOp");
      const vorige = await manager.getRepository(Veiligheidsplan).maximum("versie", { gezinId: gezin.id });
      const plan = await manager.save(
        manager.create(Veiligheidsplan, {
          gezinId: gezin.id,
          versie: (vorige ?? 0) + 1,
          vastgesteldOp: invoer.vastgesteldOp,
          veiligheidsdoel: eisTekst(invoer.veiligheidsdoel, "veiligheidsdoel"),
          vastgelegdDoor: context.principal?.userId ?? null,
        }),
      );
      await manager.save(
        invoer.afspraken.map((afspraak) =>
          manager.create(Veiligheidsafspraak, {
            gezinId: gezin.id,
            veiligheidsplanId: plan.id,
            afspraak: eisTekst(afspraak.afspraak, "afspraak"),
            wie: eisTekst(afspraak.wie, "wie"),
            vastgelegdDoor: context.principal?.userId ?? null,
          }),
        ),
      );
      return plan;
    });
  }

  @FieldResolver(() => [Veiligheidsafspraak])
  afspraken(@Root() plan: Veiligheidsplan, @Ctx() { loaders: l }: RequestContext): Promise<Veiligheidsafspraak[]> {
    return l.get(loaders.afsprakenVanPlan).load(plan.id);
  }
}
