import { DatumScalar, eisNietInToekomst, eisTekst, invoerFout, Medewerker, type RequestContext, Rol } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { loaders } from "../gezin/gezinLoaders";
import { legVastBijGezin, medewerkerVanVeiligThuis } from "../gezin/gezinRules";
import { VertrouwensartsAdvies } from "./VertrouwensartsAdvies";

@InputType({ description: "Advies van een vertrouwensarts." })
export class VertrouwensartsAdviesInvoer {
  @Field(() => DatumScalar)
  datum!: string;

  @Field()
  advies!: string;

  @Field(() => ID, { description: "Gebruikers-id van de vertrouwensarts." })
  vertrouwensartsId!: string;
}

@Resolver(() => VertrouwensartsAdvies)
export class VertrouwensartsAdviesResolver {
  @Mutation(() => VertrouwensartsAdvies, { description: "Leg het advies van een vertrouwensarts vast (medisch, het meest gevoelig)." })
  registreerVertrouwensartsAdvies(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => VertrouwensartsAdviesInvoer) invoer: VertrouwensartsAdviesInvoer,
  ): Promise<VertrouwensartsAdvies> {
    return legVastBijGezin(context, gezinId, VertrouwensartsAdvies, async (manager) => {
      eisNietInToekomst(invoer.datum, "datum");
      const advies = eisTekst(invoer.advies, "advies");
      const arts = await medewerkerVanVeiligThuis(manager, invoer.vertrouwensartsId, [Rol.GEDRAGSWETENSCHAPPER], "vertrouwensarts", "vertrouwensartsId");
      // Medical advice is only a confidential doctor's; other behavioural scientists may not sign it.
      if (arts.functie?.toLowerCase() !== "vertrouwensarts") {
        throw invoerFout(`${arts.naam} is geen vertrouwensarts van Veilig Thuis.`, "vertrouwensartsId");
      }
      return { datum: invoer.datum, advies, vertrouwensartsId: arts.id };
    });
  }

  @FieldResolver(() => Medewerker, { nullable: true })
  vertrouwensarts(@Root() advies: VertrouwensartsAdvies, @Ctx() { loaders: l }: RequestContext): Promise<Medewerker | null> {
    return l.get(loaders.medewerker).load(advies.vertrouwensartsId);
  }
}
