import {
  DatumScalar,
  eisNietInToekomst,
  eisTekst,
  Gegevenscategorie,
  inTransaction,
  invoerFout,
  isUuid,
  nietGevonden,
  Organisatie,
  type RequestContext,
  Schrijft, OrganisatieScalar } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { bestaandGezin, legVastBijGezin } from "../gezin/gezinRules";
import { Persoon } from "../persoon/Persoon";
import { Grondslag, Toestemming, Toestemmingsvorm, VerstrekkingZonderToestemming } from "./Toestemming";

@InputType({ description: "Toestemming om gegevens van bepaalde categorieën met een partner te delen voor een doel." })
export class ToestemmingInvoer {
  @Field(() => ID, { nullable: true, description: "Lid dat de toestemming gaf." })
  gegevenDoorPersoonId?: string;

  @Field(() => OrganisatieScalar)
  partner!: Organisatie;

  @Field()
  doel!: string;

  @Field(() => [Gegevenscategorie])
  categorieen!: Gegevenscategorie[];

  @Field(() => Toestemmingsvorm)
  vorm!: Toestemmingsvorm;

  @Field(() => DatumScalar)
  gegevenOp!: string;
}

@InputType({ description: "Verantwoording van een verstrekking zonder toestemming." })
export class VerstrekkingInvoer {
  @Field(() => DatumScalar)
  datum!: string;

  @Field(() => Grondslag)
  grondslag!: Grondslag;

  @Field()
  waaromGeenToestemming!: string;

  @Field()
  afweging!: string;

  @Field()
  geraadpleegd!: string;

  @Field(() => OrganisatieScalar)
  ontvanger!: Organisatie;

  @Field(() => [Gegevenscategorie])
  categorieen!: Gegevenscategorie[];

  @Field()
  doel!: string;
}

function eisCategorieen(categorieen: Gegevenscategorie[]): Gegevenscategorie[] {
  const uniek = [...new Set(categorieen)];
  if (uniek.length === 0) throw invoerFout("Noem ten minste één gegevenscategorie.", "categorieen");
  if (uniek.includes(Gegevenscategorie.GEEN)) throw invoerFout("GEEN is geen categorie van persoonsgegevens.", "categorieen");
  return uniek;
}

@Resolver(() => Toestemming)
export class ToestemmingResolver {
  @Mutation(() => Toestemming, { description: "Registreer een (schriftelijke of mondelinge) toestemming." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" }, personen: ["invoer.gegevenDoorPersoonId"] })
  registreerToestemming(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => ToestemmingInvoer) invoer: ToestemmingInvoer,
  ): Promise<Toestemming> {
    return legVastBijGezin(context, gezinId, Toestemming, async (gezin, manager) => {
      eisNietInToekomst(invoer.gegevenOp, "gegevenOp");
      if (invoer.gegevenDoorPersoonId) {
        const lid = isUuid(invoer.gegevenDoorPersoonId) ? await manager.getRepository(Persoon).findOneBy({ id: invoer.gegevenDoorPersoonId }) : null;
        if (!lid || lid.gezinId !== gezin.id) throw invoerFout("Wie toestemming geeft, is lid van het huishouden.", "gegevenDoorPersoonId");
      }
      return {
        gegevenDoorPersoonId: invoer.gegevenDoorPersoonId ?? null,
        partner: invoer.partner,
        doel: eisTekst(invoer.doel, "doel"),
        categorieen: eisCategorieen(invoer.categorieen),
        vorm: invoer.vorm,
        gegevenOp: invoer.gegevenOp,
      };
    });
  }

  @Mutation(() => Toestemming, { description: "Trek een toestemming in; dit werkt direct." })
  @Schrijft({ doet: "END", gezin: { record: Toestemming, argument: "toestemmingId", soort: "Toestemming" } })
  trekToestemmingIn(@Ctx() context: RequestContext, @Arg("toestemmingId", () => ID) toestemmingId: string): Promise<Toestemming> {
    return inTransaction(context, async (manager) => {
      const toestemming = isUuid(toestemmingId) ? await manager.getRepository(Toestemming).findOneBy({ id: toestemmingId }) : null;
      if (!toestemming) throw nietGevonden("Toestemming", toestemmingId);
      await bestaandGezin(manager, toestemming.gezinId);
      if (toestemming.ingetrokkenOp) throw invoerFout(`Deze toestemming is al ingetrokken op ${toestemming.ingetrokkenOp.toISOString()}.`, "toestemmingId");
      toestemming.ingetrokkenOp = new Date();
      return manager.save(toestemming);
    });
  }

  @Mutation(() => VerstrekkingZonderToestemming, { description: "Leg vast dat gegevens zonder toestemming zijn gedeeld, met grondslag en afweging." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" } })
  registreerVerstrekkingZonderToestemming(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => VerstrekkingInvoer) invoer: VerstrekkingInvoer,
  ): Promise<VerstrekkingZonderToestemming> {
    return legVastBijGezin(context, gezinId, VerstrekkingZonderToestemming, () => {
      eisNietInToekomst(invoer.datum, "datum");
      return {
        datum: invoer.datum,
        grondslag: invoer.grondslag,
        waaromGeenToestemming: eisTekst(invoer.waaromGeenToestemming, "waaromGeenToestemming"),
        afweging: eisTekst(invoer.afweging, "afweging"),
        geraadpleegd: eisTekst(invoer.geraadpleegd, "geraadpleegd"),
        ontvanger: invoer.ontvanger,
        categorieen: eisCategorieen(invoer.categorieen),
        doel: eisTekst(invoer.doel, "doel"),
      };
    });
  }

  @FieldResolver(() => Boolean)
  actief(@Root() toestemming: Toestemming): boolean {
    return toestemming.ingetrokkenOp === null;
  }
}
