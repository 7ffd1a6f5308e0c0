import { DatumScalar, eisNietInToekomst, eisTekst, optioneleTekst, Organisatie, type RequestContext, Schrijft } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { legVastBijGezin } from "../gezin/gezinRules";
import { Gebeurtenissoort, TijdslijnGebeurtenis } from "./TijdslijnGebeurtenis";

@InputType({ description: "Een gebeurtenis op de tijdslijn." })
export class GebeurtenisInvoer {
  @Field(() => DatumScalar)
  datum!: string;

  @Field(() => Organisatie)
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
    return legVastBijGezin(context, gezinId, TijdslijnGebeurtenis, () => {
      eisNietInToekomst(invoer.datum, "datum");
      return {
        datum: invoer.datum,
        organisatie: invoer.organisatie,
        soort: invoer.soort,
        omschrijving: eisTekst(invoer.omschrijving, "omschrijving"),
        resultaat: optioneleTekst(invoer.resultaat),
      };
    });
  }
}
