import {
  beeindigPeriode,
  bestaandRecord,
  DatumScalar,
  eisPeriode,
  eisUuid,
  inTransaction,
  legVastInDossier,
  loopt,
  Medewerker,
  medewerkerVan,
  optioneleTekst,
  type RequestContext,
  Schrijft,
} from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { loaders } from "../gezin/gezinLoaders";
import { UITVOEREND_MEDEWERKER_GI } from "../gezin/gezinRules";
import { Persoon } from "../persoon/Persoon";
import { Jeugdreclassering, JeugdreclasseringKader } from "./Jeugdreclassering";

const MELDINGEN = {
  jeugdreclassering_periode: "De einddatum van jeugdreclassering kan niet vóór de startdatum liggen; er is niets opgeslagen.",
};

@InputType({ description: "Jeugdreclassering van een jongere." })
export class JeugdreclasseringInvoer {
  @Field(() => ID, { description: "De jongere (Persoon.id)." })
  persoonId!: string;

  @Field(() => JeugdreclasseringKader)
  kader!: JeugdreclasseringKader;

  @Field(() => DatumScalar)
  startdatum!: string;

  @Field(() => DatumScalar, { nullable: true })
  einddatum?: string;

  @Field(() => ID, { description: "Gebruikers-id van de jeugdreclasseerder." })
  jeugdreclasseerderId!: string;

  @Field({ nullable: true })
  toelichting?: string;
}

@Resolver(() => Jeugdreclassering)
export class JeugdreclasseringResolver {
  @Mutation(() => Jeugdreclassering, { description: "Registreer jeugdreclassering van een jongere." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" }, personen: ["invoer.persoonId"], wie: "opent-betrokkenheid", benoemt: [{ medewerker: "invoer.jeugdreclasseerderId", regime: { argument: "invoer.kader", per: { VRIJWILLIG: "GROEN" }, anders: "ROOD" } }] })
  registreerJeugdreclassering(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => JeugdreclasseringInvoer) invoer: JeugdreclasseringInvoer,
  ): Promise<Jeugdreclassering> {
    eisUuid(invoer.persoonId, "persoonId");
    eisPeriode(invoer.startdatum, invoer.einddatum, "Jeugdreclassering");
    return legVastInDossier(
      context,
      gezinId,
      Jeugdreclassering,
      async (manager) => {
        await medewerkerVan(manager, invoer.jeugdreclasseerderId, UITVOEREND_MEDEWERKER_GI, "jeugdreclasseerderId");
        return {
          persoonId: invoer.persoonId,
          kader: invoer.kader,
          startdatum: invoer.startdatum,
          einddatum: invoer.einddatum ?? null,
          medewerkerId: invoer.jeugdreclasseerderId,
          toelichting: optioneleTekst(invoer.toelichting),
        };
      },
      MELDINGEN,
    );
  }

  @Mutation(() => Jeugdreclassering, { description: "Beëindig jeugdreclassering." })
  @Schrijft({ doet: "END", gezin: { record: Jeugdreclassering, argument: "jeugdreclasseringId", soort: "Jeugdreclassering" } })
  beeindigJeugdreclassering(
    @Ctx() context: RequestContext,
    @Arg("jeugdreclasseringId", () => ID) jeugdreclasseringId: string,
    @Arg("einddatum", () => DatumScalar) einddatum: string,
  ): Promise<Jeugdreclassering> {
    return inTransaction(
      context,
      async (manager) => {
        const jeugdreclassering = await bestaandRecord(manager, Jeugdreclassering, jeugdreclasseringId, "Jeugdreclassering");
        beeindigPeriode(jeugdreclassering, einddatum, "Jeugdreclassering", "jeugdreclasseringId");
        return manager.save(jeugdreclassering);
      },
      MELDINGEN,
    );
  }

  @FieldResolver(() => Persoon)
  jongere(@Root() jeugdreclassering: Jeugdreclassering): Persoon {
    return { id: jeugdreclassering.persoonId, gezinId: jeugdreclassering.gezinId };
  }

  @FieldResolver(() => Medewerker, { nullable: true })
  jeugdreclasseerder(@Root() jeugdreclassering: Jeugdreclassering, @Ctx() { loaders: l }: RequestContext): Promise<Medewerker | null> {
    return l.get(loaders.medewerker).load(jeugdreclassering.medewerkerId);
  }

  @FieldResolver(() => Boolean)
  actief(@Root() jeugdreclassering: Jeugdreclassering): boolean {
    return loopt(jeugdreclassering.startdatum, jeugdreclassering.einddatum);
  }
}
