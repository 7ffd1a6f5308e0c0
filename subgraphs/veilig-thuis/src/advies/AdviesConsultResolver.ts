import {
  DatumScalar,
  eisNietInToekomst,
  eisTekst,
  inTransaction,
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
import { aankondigingVanAdviesConsult } from "./aankondigingVanAdviesConsult";
import { AdviesConsult } from "./AdviesConsult";

/** Advice is given by a professional or a behavioural scientist of Veilig Thuis. */
const ADVISEUR = { organisatie: DemoOrganisatie.VEILIG_THUIS, rollen: [Rol.MEDEWERKER, Rol.GEDRAGSWETENSCHAPPER], als: "adviseur", organisatieNaam: "Veilig Thuis" } as const;

@InputType({ description: "Een advies of consult aan het lokale team." })
export class AdviesConsultInvoer {
  @Field(() => DatumScalar)
  datum!: string;

  @Field({ defaultValue: false, description: "Anoniem consult: het huishouden blijft voor Veilig Thuis onbekend." })
  anoniem!: boolean;

  @Field({ description: "De vraag van het lokale team." })
  vraag!: string;

  @Field()
  advies!: string;

  @Field(() => ID, { description: "Gebruikers-id van de adviserende medewerker van Veilig Thuis." })
  adviseurId!: string;
}

@Resolver(() => AdviesConsult)
export class AdviesConsultResolver {
  @Mutation(() => AdviesConsult, { description: "Leg een (anoniem) advies of consult aan het lokale team vast." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" }, wie: "opent-betrokkenheid" })
  registreerAdviesConsult(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => AdviesConsultInvoer) invoer: AdviesConsultInvoer,
  ): Promise<AdviesConsult> {
    return inTransaction(context, async (manager) => {
      const consult = await legVastInDossier(context, gezinId, AdviesConsult, async (m) => {
        eisNietInToekomst(invoer.datum, "datum");
        const vraag = eisTekst(invoer.vraag, "vraag");
        const advies = eisTekst(invoer.advies, "advies");
        const adviseur = await medewerkerVan(m, invoer.adviseurId, ADVISEUR, "adviseurId");
        return { datum: invoer.datum, anoniem: invoer.anoniem, vraag, advies, adviseurId: adviseur.id };
      });
      await kondigAan(manager, aankondigingVanAdviesConsult(consult));
      return consult;
    });
  }

  @FieldResolver(() => Medewerker, { nullable: true })
  adviseur(@Root() advies: AdviesConsult, @Ctx() { loaders: l }: RequestContext): Promise<Medewerker | null> {
    return l.get(loaders.medewerker).load(advies.adviseurId);
  }
}
