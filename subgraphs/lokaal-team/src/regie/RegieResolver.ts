import {
  DatumScalar,
  eisTekst,
  inTransaction,
  invoerFout,
  Organisatie,
  type RequestContext,
  Schrijft,
  OrganisatieScalar,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { bestaandGezin } from "../gezin/gezinRules";
import { huidigeRegie, legRegieVast } from "../register/verwerkAankondiging";
import { Regieperiode } from "./Regieperiode";

/** Regie sits with the local team, or with the GI during a measure; nowhere else. */
const REGIEHOUDERS: readonly string[] = [DemoOrganisatie.LOKAAL_TEAM, DemoOrganisatie.GI];

@InputType({ description: "Verplaatsing van de regie." })
export class RegieInvoer {
  @Field(() => OrganisatieScalar, { description: "LOKAAL_TEAM of GI." })
  naar!: Organisatie;

  @Field(() => DatumScalar)
  per!: string;

  @Field()
  reden!: string;
}

@Resolver(() => Regieperiode)
export class RegieResolver {
  @Mutation(() => Regieperiode, { description: "Verplaats de regie (de tandem): sluit de lopende periode en open een nieuwe." })
  @Schrijft({ doet: "UPDATE", gezin: { argument: "gezinId" } })
  verplaatsRegie(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => RegieInvoer) invoer: RegieInvoer,
  ): Promise<Regieperiode> {
    return inTransaction(context, async (manager) => {
      const gezin = await bestaandGezin(manager, gezinId);
      if (!REGIEHOUDERS.includes(invoer.naar)) {
        throw invoerFout("De regie ligt bij het lokale team, of tijdens een maatregel bij de Gecertificeerde Instelling.", "naar");
      }
      const lopend = await huidigeRegie(manager, gezin.id);
      if (lopend?.organisatie === invoer.naar) throw invoerFout(`De regie ligt al bij ${invoer.naar}.`, "naar");
      if (lopend && invoer.per < lopend.vanaf) throw invoerFout(`De regie kan niet verplaatsen vóór het begin van de lopende periode (${lopend.vanaf}).`, "per");
      return legRegieVast(manager, gezin.id, { naar: invoer.naar, per: invoer.per, reden: eisTekst(invoer.reden, "reden"), door: context.principal?.userId ?? null });
    });
  }
}
