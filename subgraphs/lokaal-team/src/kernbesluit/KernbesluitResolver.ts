import {
  DatumScalar,
  eisNietInToekomst,
  eisTekst,
  inTransaction,
  kondigAan,
  Medewerker,
  medewerkerVan,
  type RequestContext,
  Rol,
  Schrijft,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { loaders } from "../gezin/gezinLoaders";
import { legVastBijGezin } from "../gezin/gezinRules";
import { aankondigingVanKernbesluit } from "./aankondigingVanKernbesluit";
import { Kernbesluit } from "./Kernbesluit";

@InputType({ description: "Een kernbesluit; altijd met een gedragswetenschapper genomen." })
export class KernbesluitInvoer {
  @Field(() => DatumScalar)
  datum!: string;

  @Field()
  besluit!: string;

  @Field()
  onderbouwing!: string;

  @Field(() => ID, { description: "Gebruikers-id van de gedragswetenschapper die meebesliste." })
  gedragswetenschapperId!: string;
}

/** A kernbesluit is taken with a behavioural scientist of the local team. */
const GEDRAGSWETENSCHAPPER = { organisatie: DemoOrganisatie.LOKAAL_TEAM, rollen: [Rol.GEDRAGSWETENSCHAPPER], als: "gedragswetenschapper", organisatieNaam: "het lokale team" } as const;

@Resolver(() => Kernbesluit)
export class KernbesluitResolver {
  @Mutation(() => Kernbesluit, { description: "Leg een kernbesluit vast, genomen met een gedragswetenschapper." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" } })
  neemKernbesluit(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => KernbesluitInvoer) invoer: KernbesluitInvoer,
  ): Promise<Kernbesluit> {
    return inTransaction(context, async (manager) => {
      const kernbesluit = await legVastBijGezin(context, gezinId, Kernbesluit, async (_gezin, m) => {
        eisNietInToekomst(invoer.datum, "datum");
        await medewerkerVan(m, invoer.gedragswetenschapperId, GEDRAGSWETENSCHAPPER, "gedragswetenschapperId");
        return {
          datum: invoer.datum,
          besluit: eisTekst(invoer.besluit, "besluit"),
          onderbouwing: eisTekst(invoer.onderbouwing, "onderbouwing"),
          gedragswetenschapperId: invoer.gedragswetenschapperId,
        };
      });
      await kondigAan(manager, aankondigingVanKernbesluit(kernbesluit));
      return kernbesluit;
    });
  }

  @FieldResolver(() => Medewerker, { nullable: true })
  gedragswetenschapper(@Root() besluit: Kernbesluit, @Ctx() { loaders: l }: RequestContext): Promise<Medewerker | null> {
    return l.get(loaders.medewerker).load(besluit.gedragswetenschapperId);
  }
}
