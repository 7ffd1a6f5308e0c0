import { DatumScalar, eisTekst, inTransaction, invoerFout, isUuid, nietGevonden, optioneleTekst, type RequestContext, Schrijft } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from "type-graphql";
import { loaders } from "../gezin/gezinLoaders";
import { bestaandGezin, legVastBijGezin } from "../gezin/gezinRules";
import { Doel, DoelStatus, DoelVoortgang } from "./Doel";

@InputType({ description: "Een doel: wie doet wat, wanneer." })
export class DoelInvoer {
  @Field()
  wat!: string;

  @Field()
  wie!: string;

  @Field(() => DatumScalar)
  wanneer!: string;
}

@InputType({ description: "Voortgang op een doel." })
export class VoortgangInvoer {
  @Field(() => DatumScalar)
  datum!: string;

  @Field(() => Int, { description: "0 tot en met 100." })
  percentage!: number;

  @Field({ nullable: true })
  toelichting?: string;

  @Field(() => DoelStatus, { nullable: true, description: "Nieuwe status van het doel, als die verandert." })
  status?: DoelStatus;
}

@Resolver(() => Doel)
export class DoelResolver {
  @Mutation(() => Doel, { description: "Stel een doel vast." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" } })
  stelDoelVast(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => DoelInvoer) invoer: DoelInvoer,
  ): Promise<Doel> {
    return legVastBijGezin(context, gezinId, Doel, (gezin) => {
      if (invoer.wanneer < gezin.aangemeldOp) throw invoerFout(`Het doel kan niet af zijn vóór de aanmelding (${gezin.aangemeldOp}).`, "wanneer");
      return { wat: eisTekst(invoer.wat, "wat"), wie: eisTekst(invoer.wie, "wie"), wanneer: invoer.wanneer };
    });
  }

  @Mutation(() => Doel, { description: "Registreer voortgang op een doel." })
  @Schrijft({ doet: "CREATE", gezin: { record: Doel, argument: "doelId", soort: "Doel" } })
  registreerVoortgang(
    @Ctx() context: RequestContext,
    @Arg("doelId", () => ID) doelId: string,
    @Arg("invoer", () => VoortgangInvoer) invoer: VoortgangInvoer,
  ): Promise<Doel> {
    if (!Number.isInteger(invoer.percentage) || invoer.percentage < 0 || invoer.percentage > 100) {
      throw invoerFout(`Voortgang is een percentage van 0 tot en met 100, niet ${invoer.percentage}.`, "percentage");
    }
    return inTransaction(context, async (manager) => {
      const doel = isUuid(doelId) ? await manager.getRepository(Doel).findOneBy({ id: doelId }) : null;
      if (!doel) throw nietGevonden("Doel", doelId);
      await bestaandGezin(manager, doel.gezinId);
      await manager.save(
        manager.create(DoelVoortgang, {
          gezinId: doel.gezinId,
          doelId: doel.id,
          datum: invoer.datum,
          percentage: invoer.percentage,
          toelichting: optioneleTekst(invoer.toelichting),
          vastgelegdDoor: context.principal?.userId ?? null,
        }),
      );
      if (invoer.status) doel.status = invoer.status;
      return manager.save(doel);
    });
  }

  @FieldResolver(() => Int)
  async voortgang(@Root() doel: Doel, @Ctx() { loaders: l }: RequestContext): Promise<number> {
    const historie = await l.get(loaders.voortgangVanDoel).load(doel.id);
    return historie[historie.length - 1]?.percentage ?? 0;
  }

  @FieldResolver(() => [DoelVoortgang])
  voortgangshistorie(@Root() doel: Doel, @Ctx() { loaders: l }: RequestContext): Promise<DoelVoortgang[]> {
    return l.get(loaders.voortgangVanDoel).load(doel.id);
  }
}
