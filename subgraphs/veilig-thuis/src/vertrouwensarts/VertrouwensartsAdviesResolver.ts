import {
  DatumScalar,
  eisNietInToekomst,
  eisTekst,
  inTransaction,
  invoerFout,
  kondigAan,
  legVastInDossier,
  Medewerker,
  medewerkerVan,
  type RequestContext,
  Rol,
  Schrijft,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { loaders } from "../gezin/gezinLoaders";
import { aankondigingVanVertrouwensartsAdvies } from "./aankondigingVanVertrouwensartsAdvies";
import { VertrouwensartsAdvies } from "./VertrouwensartsAdvies";

/** A confidential doctor is a behavioural scientist of Veilig Thuis; the resolver also checks the function. */
const VERTROUWENSARTS = { organisatie: DemoOrganisatie.VEILIG_THUIS, rollen: [Rol.GEDRAGSWETENSCHAPPER], als: "vertrouwensarts", organisatieNaam: "Veilig Thuis" } as const;

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
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" } })
  registreerVertrouwensartsAdvies(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => VertrouwensartsAdviesInvoer) invoer: VertrouwensartsAdviesInvoer,
  ): Promise<VertrouwensartsAdvies> {
    return inTransaction(context, async (manager) => {
      const vastgelegd = await legVastInDossier(context, gezinId, VertrouwensartsAdvies, async (m) => {
        eisNietInToekomst(invoer.datum, "datum");
        const advies = eisTekst(invoer.advies, "advies");
        const arts = await medewerkerVan(m, invoer.vertrouwensartsId, VERTROUWENSARTS, "vertrouwensartsId");
        // Medical advice is only a confidential doctor's; other behavioural scientists may not sign it.
        if (arts.functie?.toLowerCase() !== "vertrouwensarts") {
          throw invoerFout(`${arts.naam} is geen vertrouwensarts van Veilig Thuis.`, "vertrouwensartsId");
        }
        return { datum: invoer.datum, advies, vertrouwensartsId: arts.id };
      });
      await kondigAan(manager, aankondigingVanVertrouwensartsAdvies(vastgelegd));
      return vastgelegd;
    });
  }

  @FieldResolver(() => Medewerker, { nullable: true })
  vertrouwensarts(@Root() advies: VertrouwensartsAdvies, @Ctx() { loaders: l }: RequestContext): Promise<Medewerker | null> {
    return l.get(loaders.medewerker).load(advies.vertrouwensartsId);
  }
}
