import { DatumScalar, eisNietInToekomst, eisTekst, inTransaction, kondigAan, optioneleTekst, Organisatie, type RequestContext, Schrijft, OrganisatieScalar } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { legVastBijGezin } from "../gezin/gezinRules";
import { aankondigingVanGebeurtenis } from "./aankondigingVanGebeurtenis";
import { Gebeurtenissoort, TijdslijnGebeurtenis } from "./TijdslijnGebeurtenis";

@InputType({ description: "Een gebeurtenis op de tijdslijn." })
export class GebeurtenisInvoer {
  @Field(() => DatumScalar)
  datum!: string;

  @Field(() => OrganisatieScalar)
  organisatie!: Organisatie;

  @Field(() => Gebeurtenissoort)
  soort!: Gebeurtenissoort;

  @Field()
  omschrijving!: string;

  @Field({ nullable: true })
  resultaat?: string;
}

@Resolver(() => TijdslijnGebeurtenis)
export class TijdslijnResolver {
  @Mutation(() => TijdslijnGebeurtenis, { description: "Zet geboden hulp en resultaat, een kerngebeurtenis, een besluit of een verslag op de tijdslijn." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" } })
  registreerTijdslijnGebeurtenis(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => GebeurtenisInvoer) invoer: GebeurtenisInvoer,
  ): Promise<TijdslijnGebeurtenis> {
    return inTransaction(context, async (manager) => {
      const gebeurtenis = await legVastBijGezin(context, gezinId, TijdslijnGebeurtenis, () => {
        eisNietInToekomst(invoer.datum, "datum");
        return {
          datum: invoer.datum,
          organisatie: invoer.organisatie,
          soort: invoer.soort,
          omschrijving: eisTekst(invoer.omschrijving, "omschrijving"),
          resultaat: optioneleTekst(invoer.resultaat),
        };
      });
      // The register holder announces too: its relay hands the entry to its own register, as every partner's does.
      await kondigAan(manager, aankondigingVanGebeurtenis(gebeurtenis));
      return gebeurtenis;
    });
  }
}
