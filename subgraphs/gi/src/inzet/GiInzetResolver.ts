import {
  beeindigPeriode,
  bestaandRecord,
  DatumScalar,
  eisPeriode,
  inTransaction,
  invoerFout,
  kondigAan,
  legVastInDossier,
  loopt,
  Medewerker,
  medewerkerVan,
  optioneleTekst,
  Organisatie,
  type RequestContext,
  Schrijft,
  OrganisatieScalar,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { loaders } from "../gezin/gezinLoaders";
import { UITVOEREND_MEDEWERKER_GI } from "../gezin/gezinRules";
import { aankondigingVanInzet } from "./aankondigingVanInzet";
import { GiInzet, GiProduct } from "./GiInzet";

const MELDINGEN = {
  gi_inzet_periode: "De einddatum van een inzet kan niet vóór de startdatum liggen; er is niets opgeslagen.",
  gi_inzet_anoniem_alleen_advies: "Alleen advies (product 1) kan anoniem; er is niets opgeslagen.",
};

@InputType({ description: "Inzet van de GI bij een huishouden." })
export class GiInzetInvoer {
  @Field(() => GiProduct)
  product!: GiProduct;

  @Field(() => DatumScalar)
  startdatum!: string;

  @Field(() => DatumScalar, { nullable: true })
  einddatum?: string;

  @Field({ defaultValue: false, description: "Anoniem advies; alleen bij product 1." })
  anoniem!: boolean;

  @Field(() => ID, { description: "Gebruikers-id van de jeugdbeschermer die de inzet levert." })
  medewerkerId!: string;

  @Field({ nullable: true })
  toelichting?: string;
}

@Resolver(() => GiInzet)
export class GiInzetResolver {
  @Mutation(() => GiInzet, { description: "Registreer inzet van de GI: advies (1), samen optrekken (2a) of regie bij de GI (2b)." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" }, wie: "opent-betrokkenheid" })
  registreerInzet(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => GiInzetInvoer) invoer: GiInzetInvoer,
  ): Promise<GiInzet> {
    eisPeriode(invoer.startdatum, invoer.einddatum, "Inzet");
    if (invoer.anoniem && invoer.product !== GiProduct.PRODUCT_1) {
      throw invoerFout(
        "Alleen advies (product 1) kan anoniem. Bij product 2a en 2b heeft het huishouden ingestemd en kent de GI het.",
        "anoniem",
      );
    }
    return inTransaction(context, async (manager) => {
      const inzet = await legVastInDossier(
        context,
        gezinId,
        GiInzet,
        async (m) => {
          await medewerkerVan(m, invoer.medewerkerId, UITVOEREND_MEDEWERKER_GI, "medewerkerId");
          return {
            product: invoer.product,
            startdatum: invoer.startdatum,
            einddatum: invoer.einddatum ?? null,
            anoniem: invoer.anoniem,
            medewerkerId: invoer.medewerkerId,
            toelichting: optioneleTekst(invoer.toelichting),
          };
        },
        MELDINGEN,
      );
      // The register follows the work: the involvement this inzet makes, in the same transaction.
      await kondigAan(manager, aankondigingVanInzet(inzet));
      return inzet;
    });
  }

  @Mutation(() => GiInzet, { description: "Beëindig een inzet van de GI." })
  @Schrijft({ doet: "END", gezin: { record: GiInzet, argument: "inzetId", soort: "Inzet" } })
  beeindigInzet(
    @Ctx() context: RequestContext,
    @Arg("inzetId", () => ID) inzetId: string,
    @Arg("einddatum", () => DatumScalar) einddatum: string,
  ): Promise<GiInzet> {
    return inTransaction(
      context,
      async (manager) => {
        const inzet = await bestaandRecord(manager, GiInzet, inzetId, "Inzet");
        beeindigPeriode(inzet, einddatum, "Inzet", "inzetId");
        const beeindigd = await manager.save(inzet);
        await kondigAan(manager, aankondigingVanInzet(beeindigd));
        return beeindigd;
      },
      MELDINGEN,
    );
  }

  @FieldResolver(() => Medewerker, { nullable: true })
  medewerker(@Root() inzet: GiInzet, @Ctx() { loaders: l }: RequestContext): Promise<Medewerker | null> {
    return l.get(loaders.medewerker).load(inzet.medewerkerId);
  }

  @FieldResolver(() => OrganisatieScalar)
  regieBij(@Root() inzet: GiInzet): Organisatie {
    // Product 1 leaves regie where it was; in practice with the local team that asked for advice.
    return inzet.product === GiProduct.PRODUCT_2B ? DemoOrganisatie.GI : DemoOrganisatie.LOKAAL_TEAM;
  }

  @FieldResolver(() => Boolean)
  actief(@Root() inzet: GiInzet): boolean {
    return loopt(inzet.startdatum, inzet.einddatum);
  }
}
