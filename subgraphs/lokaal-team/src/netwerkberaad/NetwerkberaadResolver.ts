import { DatumScalar, eisNietInToekomst, eisTekst, inTransaction, invoerFout, kondigAan, type RequestContext, Schrijft } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { legVastBijGezin } from "../gezin/gezinRules";
import { aankondigingVanNetwerkberaad } from "./aankondigingVanNetwerkberaad";
import { Netwerkberaad } from "./Netwerkberaad";

@InputType({ description: "Een gehouden netwerkberaad." })
export class NetwerkberaadInvoer {
  @Field(() => DatumScalar)
  datum!: string;

  @Field(() => [String])
  deelnemers!: string[];

  @Field()
  verslag!: string;

  @Field(() => [String], { defaultValue: [] })
  afspraken!: string[];
}

@Resolver(() => Netwerkberaad)
export class NetwerkberaadResolver {
  @Mutation(() => Netwerkberaad, { description: "Registreer een gehouden netwerkberaad." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" } })
  registreerNetwerkberaad(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => NetwerkberaadInvoer) invoer: NetwerkberaadInvoer,
  ): Promise<Netwerkberaad> {
    return inTransaction(context, async (manager) => {
      const beraad = await legVastBijGezin(context, gezinId, Netwerkberaad, () => {
        eisNietInToekomst(invoer.datum, "datum");
        const deelnemers = invoer.deelnemers.map((d) => d.trim()).filter(Boolean);
        if (deelnemers.length === 0) throw invoerFout("Noem wie er bij het netwerkberaad waren.", "deelnemers");
        return {
          datum: invoer.datum,
          deelnemers,
          verslag: eisTekst(invoer.verslag, "verslag"),
          afspraken: invoer.afspraken.map((a) => a.trim()).filter(Boolean),
        };
      });
      await kondigAan(manager, aankondigingVanNetwerkberaad(beraad));
      return beraad;
    });
  }
}
