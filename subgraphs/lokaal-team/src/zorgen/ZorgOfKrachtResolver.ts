import { DatumScalar, eisNietInToekomst, eisTekst, inTransaction, invoerFout, nietGevonden, type RequestContext, Schrijft } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { bestaandGezin, legVastBijGezin } from "../gezin/gezinRules";
import { ZorgOfKracht, ZorgOfKrachtSoort } from "./ZorgOfKracht";

@InputType({ description: "Een zorg of een kracht." })
export class ZorgOfKrachtInvoer {
  @Field(() => ZorgOfKrachtSoort)
  soort!: ZorgOfKrachtSoort;

  @Field()
  omschrijving!: string;

  @Field(() => DatumScalar)
  vastgesteldOp!: string;
}

@Resolver(() => ZorgOfKracht)
export class ZorgOfKrachtResolver {
  @Mutation(() => ZorgOfKracht, { description: "Leg een zorg of kracht vast." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" } })
  legZorgOfKrachtVast(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => ZorgOfKrachtInvoer) invoer: ZorgOfKrachtInvoer,
  ): Promise<ZorgOfKracht> {
    return legVastBijGezin(context, gezinId, ZorgOfKracht, () => {
      eisNietInToekomst(invoer.vastgesteldOp, "vastgesteldOp");
      return { soort: invoer.soort, omschrijving: eisTekst(invoer.omschrijving, "omschrijving"), vastgesteldOp: invoer.vastgesteldOp };
    });
  }

  @Mutation(() => ZorgOfKracht, { description: "Markeer een zorg als weggenomen." })
  @Schrijft({ doet: "END", gezin: { record: ZorgOfKracht, argument: "zorgId", soort: "Zorg" } })
  markeerZorgOpgelost(
    @Ctx() context: RequestContext,
    @Arg("zorgId", () => ID) zorgId: string,
    @Arg("per", () => DatumScalar) per: string,
  ): Promise<ZorgOfKracht> {
    return inTransaction(context, async (manager) => {
      const zorg = await manager.getRepository(ZorgOfKracht).findOneBy({ id: zorgId });
      if (!zorg || zorg.soort !== ZorgOfKrachtSoort.ZORG) throw nietGevonden("Zorg", zorgId);
      await bestaandGezin(manager, zorg.gezinId);
      if (per < zorg.vastgesteldOp) throw invoerFout(`De datum ${per} ligt vóór het vaststellen van de zorg (${zorg.vastgesteldOp}).`, "per");
      zorg.opgelostOp = per;
      return manager.save(zorg);
    });
  }
}
