import {
  DatumScalar,
  eisNietInToekomst,
  eisTeksten,
  eisUuid,
  inTransaction,
  invoerFout,
  legVastInDossier,
  optioneleTekst,
  type RequestContext,
  Schrijft,
} from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import { Maatregel } from "../maatregel/Maatregel";
import { Borgingsplan, Veranderplan } from "./Plannen";

@InputType({ description: "Een nieuwe versie van het veranderplan; vervangt de vorige." })
export class VeranderplanInvoer {
  @Field(() => DatumScalar)
  vastgesteldOp!: string;

  @Field(() => [String], { description: "Doelen op weg naar de haalbare eindsituatie; ten minste één." })
  doelen!: string[];

  @Field({ nullable: true })
  toelichting?: string;
}

@InputType({ description: "Borgingsplan aan het einde van een maatregel." })
export class BorgingsplanInvoer {
  @Field(() => DatumScalar)
  vastgesteldOp!: string;

  @Field(() => [String], { description: "Afspraken met gezin en netwerk; ten minste één." })
  afspraken!: string[];
}

/** The measures of a household that had started on `datum`, newest first. */
function maatregelenGestartOp(manager: EntityManager, gezinId: string, datum: string): Promise<Maatregel[]> {
  return manager
    .getRepository(Maatregel)
    .createQueryBuilder("m")
    .where("m.gezinId = :gezinId AND m.startdatum <= :datum", { gezinId, datum })
    .orderBy("m.startdatum", "DESC")
    .getMany();
}

@Resolver()
export class PlanResolver {
  @Mutation(() => Veranderplan, { description: "Stel een nieuwe versie van het veranderplan vast, tijdens een maatregel." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" } })
  stelVeranderplanVast(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => VeranderplanInvoer) invoer: VeranderplanInvoer,
  ): Promise<Veranderplan> {
    eisUuid(gezinId, "gezinId");
    eisNietInToekomst(invoer.vastgesteldOp, "vastgesteldOp");
    const doelen = eisTeksten(invoer.doelen, "doelen", "doel");
    return inTransaction(
      context,
      async (manager) => {
        const maatregelen = await maatregelenGestartOp(manager, gezinId, invoer.vastgesteldOp);
        if (!maatregelen.some((m) => m.einddatum === null || m.einddatum >= invoer.vastgesteldOp)) {
          throw invoerFout(`Een veranderplan hoort bij een maatregel, maar op ${invoer.vastgesteldOp} liep er geen in dit huishouden.`, "vastgesteldOp");
        }
        const vorige = await manager.getRepository(Veranderplan).findOne({ where: { gezinId }, order: { versie: "DESC" } });
        if (vorige && invoer.vastgesteldOp < vorige.vastgesteldOp) {
          throw invoerFout(`Versie ${vorige.versie} is vastgesteld op ${vorige.vastgesteldOp}; een nieuwe versie kan niet eerder zijn.`, "vastgesteldOp");
        }
        return manager.save(
          manager.create(Veranderplan, {
            gezinId,
            versie: (vorige?.versie ?? 0) + 1,
            vastgesteldOp: invoer.vastgesteldOp,
            doelen,
            toelichting: optioneleTekst(invoer.toelichting),
            vastgelegdDoor: context.principal?.userId ?? null,
          }),
        );
      },
      { veranderplan_versie_uniek: "Tegelijk is een andere versie van het veranderplan vastgesteld; er is niets opgeslagen. Probeer het opnieuw." },
    );
  }

  @Mutation(() => Borgingsplan, { description: "Stel het borgingsplan vast waarmee de bereikte veiligheid na de maatregel geborgd wordt." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" } })
  stelBorgingsplanVast(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => BorgingsplanInvoer) invoer: BorgingsplanInvoer,
  ): Promise<Borgingsplan> {
    eisNietInToekomst(invoer.vastgesteldOp, "vastgesteldOp");
    const afspraken = eisTeksten(invoer.afspraken, "afspraken", "afspraak");
    return legVastInDossier(context, gezinId, Borgingsplan, async (manager) => {
      const maatregelen = await maatregelenGestartOp(manager, gezinId, invoer.vastgesteldOp);
      if (maatregelen.length === 0) {
        throw invoerFout(`Een borgingsplan hoort bij het einde van een maatregel, maar op ${invoer.vastgesteldOp} had dit huishouden er geen.`, "vastgesteldOp");
      }
      return { vastgesteldOp: invoer.vastgesteldOp, afspraken };
    });
  }
}
