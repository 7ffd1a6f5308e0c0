import {
  bestaandRecord,
  DatumScalar,
  eisPeriode,
  eisTekst,
  eisUuid,
  inTransaction,
  invoerFout,
  legVastInDossier,
  type RequestContext,
  Schrijft,
  vandaag,
} from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import type { EntityManager } from "typeorm";
import { loaders } from "../gezin/gezinLoaders";
import { huidigeJeugdbeschermer } from "../jeugdbeschermer/huidigeJeugdbeschermer";
import { Persoon } from "../persoon/Persoon";
import { kondigMaatregelenAan } from "./kondigMaatregelenAan";
import { Maatregel, Maatregelsoort, MaatregelStatus, MaatregelVerlenging } from "./Maatregel";
import {
  eisBinnenOndertoezichtstelling,
  eisGeenOverlap,
  eisLooptijd,
  MAATREGEL_MELDINGEN,
  naam,
  plusJaren,
} from "./maatregelRules";

@InputType({ description: "Een maatregel zoals de kinderrechter die uitsprak." })
export class MaatregelInvoer {
  @Field(() => ID, { description: "Het kind (Persoon.id)." })
  persoonId!: string;

  @Field(() => Maatregelsoort)
  soort!: Maatregelsoort;

  @Field(() => DatumScalar)
  startdatum!: string;

  @Field(() => DatumScalar, { nullable: true, description: "Verplicht bij ondertoezichtstelling en machtiging uithuisplaatsing (ten hoogste een jaar)." })
  einddatum?: string;

  @Field({ description: "Kenmerk van de beschikking van de kinderrechter." })
  beschikkingsnummer!: string;
}

@InputType({ description: "Verlenging van een maatregel door de kinderrechter." })
export class MaatregelVerlengingInvoer {
  @Field(() => DatumScalar, { description: "Datum van de beschikking tot verlenging." })
  datum!: string;

  @Field(() => DatumScalar, { description: "Na de huidige einddatum, ten hoogste een jaar later." })
  nieuweEinddatum!: string;

  @Field()
  beschikkingsnummer!: string;
}

@Resolver(() => Maatregel)
export class MaatregelResolver {
  @Mutation(() => Maatregel, { description: "Registreer een maatregel voor een kind; de GI voert hem uit." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" }, personen: ["invoer.persoonId"], wie: "opent-betrokkenheid", benoemt: [{ medewerker: "$principal", regime: "ROOD" }] })
  registreerMaatregel(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => MaatregelInvoer) invoer: MaatregelInvoer,
  ): Promise<Maatregel> {
    eisUuid(invoer.persoonId, "persoonId");
    eisPeriode(invoer.startdatum, invoer.einddatum, `De ${naam(invoer.soort)}`);
    eisLooptijd(invoer.soort, invoer.startdatum, invoer.einddatum);
    const beschikkingsnummer = eisTekst(invoer.beschikkingsnummer, "beschikkingsnummer");
    const einddatum = invoer.einddatum ?? null;
    return inTransaction(context, async (manager) => {
      const maatregel = await legVastInDossier(
        context,
        gezinId,
        Maatregel,
        async (m) => {
          await eisGeenOverlap(m, invoer.persoonId, invoer.soort, invoer.startdatum, einddatum);
          if (invoer.soort === Maatregelsoort.MACHTIGING_UITHUISPLAATSING && einddatum) {
            await eisBinnenOndertoezichtstelling(m, gezinId, invoer.persoonId, invoer.startdatum, einddatum);
          }
          return { persoonId: invoer.persoonId, soort: invoer.soort, startdatum: invoer.startdatum, einddatum, beschikkingsnummer };
        },
        MAATREGEL_MELDINGEN,
      );
      await kondigMaatregelenAan(manager, [maatregel], await benoemde(manager, context, gezinId));
      return maatregel;
    });
  }

  @Mutation(() => Maatregel, { description: "Verleng een maatregel: de einddatum schuift op, de verlenging blijft in de historie." })
  @Schrijft({ doet: "UPDATE", gezin: { record: Maatregel, argument: "maatregelId", soort: "Maatregel" }, benoemt: [{ medewerker: "$principal", regime: "ROOD" }] })
  verlengMaatregel(
    @Ctx() context: RequestContext,
    @Arg("maatregelId", () => ID) maatregelId: string,
    @Arg("invoer", () => MaatregelVerlengingInvoer) invoer: MaatregelVerlengingInvoer,
  ): Promise<Maatregel> {
    const beschikkingsnummer = eisTekst(invoer.beschikkingsnummer, "beschikkingsnummer");
    return inTransaction(
      context,
      async (manager) => {
        const maatregel = await bestaandRecord(manager, Maatregel, maatregelId, "Maatregel");
        const huidigeEind = maatregel.einddatum;
        if (!huidigeEind) throw invoerFout("Voogdij heeft geen einddatum en wordt niet verlengd.", "maatregelId");
        if (maatregel.beeindigingsreden) {
          throw invoerFout(`Deze ${naam(maatregel.soort)} is voortijdig beëindigd per ${huidigeEind}; verlengen kan niet meer.`, "maatregelId");
        }
        if (invoer.datum < maatregel.startdatum) {
          throw invoerFout(`De verlenging (${invoer.datum}) ligt vóór de start van de maatregel (${maatregel.startdatum}).`, "datum");
        }
        if (invoer.datum > huidigeEind) {
          throw invoerFout(`De maatregel liep af op ${huidigeEind}; een verlopen maatregel kan niet meer worden verlengd.`, "datum");
        }
        if (invoer.nieuweEinddatum <= huidigeEind) {
          throw invoerFout(`De nieuwe einddatum (${invoer.nieuweEinddatum}) moet na de huidige einddatum (${huidigeEind}) liggen.`, "nieuweEinddatum");
        }
        const uiterlijk = plusJaren(huidigeEind, 1);
        if (invoer.nieuweEinddatum > uiterlijk) {
          throw invoerFout(`Een verlenging duurt ten hoogste een jaar: uiterlijk tot ${uiterlijk}.`, "nieuweEinddatum");
        }
        if (maatregel.soort === Maatregelsoort.MACHTIGING_UITHUISPLAATSING) {
          await eisBinnenOndertoezichtstelling(manager, maatregel.gezinId, maatregel.persoonId, maatregel.startdatum, invoer.nieuweEinddatum);
        }
        await manager.insert(MaatregelVerlenging, {
          gezinId: maatregel.gezinId,
          maatregelId: maatregel.id,
          datum: invoer.datum,
          vorigeEinddatum: huidigeEind,
          nieuweEinddatum: invoer.nieuweEinddatum,
          beschikkingsnummer,
          vastgelegdDoor: context.principal?.userId ?? null,
        });
        maatregel.einddatum = invoer.nieuweEinddatum;
        const verlengd = await manager.save(maatregel);
        await kondigMaatregelenAan(manager, [verlengd], await benoemde(manager, context, verlengd.gezinId));
        return verlengd;
      },
      MAATREGEL_MELDINGEN,
    );
  }

  @Mutation(() => Maatregel, {
    description: "Beëindig een maatregel voortijdig. Bij een ondertoezichtstelling vervalt een langer lopende machtiging uithuisplaatsing mee.",
  })
  @Schrijft({ doet: "END", gezin: { record: Maatregel, argument: "maatregelId", soort: "Maatregel" } })
  beeindigMaatregel(
    @Ctx() context: RequestContext,
    @Arg("maatregelId", () => ID) maatregelId: string,
    @Arg("einddatum", () => DatumScalar) einddatum: string,
    @Arg("reden", { description: "Waarom de maatregel eerder eindigt." }) reden: string,
  ): Promise<Maatregel> {
    const beeindigingsreden = eisTekst(reden, "reden");
    return inTransaction(
      context,
      async (manager) => {
        const maatregel = await bestaandRecord(manager, Maatregel, maatregelId, "Maatregel");
        if (maatregel.beeindigingsreden) {
          throw invoerFout(`Deze ${naam(maatregel.soort)} is al beëindigd per ${maatregel.einddatum}.`, "maatregelId");
        }
        eisPeriode(maatregel.startdatum, einddatum, `De ${naam(maatregel.soort)}`);
        if (maatregel.einddatum && einddatum > maatregel.einddatum) {
          throw invoerFout(
            `De ${naam(maatregel.soort)} loopt af op ${maatregel.einddatum}; langer laten lopen vraagt een verlenging door de kinderrechter.`,
            "einddatum",
          );
        }
        const vervallen = maatregel.soort === Maatregelsoort.ONDERTOEZICHTSTELLING ? await laatMachtigingenVervallen(manager, maatregel, einddatum) : [];
        maatregel.einddatum = einddatum;
        maatregel.beeindigingsreden = beeindigingsreden;
        const beeindigd = await manager.save(maatregel);
        // A placement order that lapsed with the OTS changed too: it announces its end as well.
        await kondigMaatregelenAan(manager, [beeindigd, ...vervallen], await benoemde(manager, context, beeindigd.gezinId));
        return beeindigd;
      },
      MAATREGEL_MELDINGEN,
    );
  }

  @FieldResolver(() => Persoon)
  kind(@Root() maatregel: Maatregel): Persoon {
    return { id: maatregel.persoonId, gezinId: maatregel.gezinId };
  }

  @FieldResolver(() => MaatregelStatus)
  status(@Root() maatregel: Maatregel): MaatregelStatus {
    return maatregel.einddatum !== null && maatregel.einddatum < vandaag() ? MaatregelStatus.BEEINDIGD : MaatregelStatus.LOPEND;
  }

  @FieldResolver(() => [MaatregelVerlenging])
  verlengingen(@Root() maatregel: Maatregel, @Ctx() { loaders: l }: RequestContext): Promise<MaatregelVerlenging[]> {
    return l.get(loaders.verlengingenVanMaatregel).load(maatregel.id);
  }
}

/** Who the measure's involvement names: the household's jeugdbeschermer, or whoever records it while the GI has assigned none. */
async function benoemde(manager: EntityManager, context: RequestContext, gezinId: string): Promise<string | null> {
  return (await huidigeJeugdbeschermer(manager, gezinId)) ?? context.principal?.userId ?? null;
}

/** A placement order never outlasts the OTS it belongs to: it ends with it. Returns the orders it ended. */
async function laatMachtigingenVervallen(manager: EntityManager, ots: Maatregel, einddatum: string): Promise<Maatregel[]> {
  const machtigingen = await manager
    .getRepository(Maatregel)
    .createQueryBuilder("m")
    .setLock("pessimistic_write")
    .where("m.gezinId = :gezinId AND m.persoonId = :persoonId AND m.soort = :soort", {
      gezinId: ots.gezinId,
      persoonId: ots.persoonId,
      soort: Maatregelsoort.MACHTIGING_UITHUISPLAATSING,
    })
    .andWhere("m.startdatum >= :start AND m.einddatum > :einddatum", { start: ots.startdatum, einddatum })
    .getMany();
  for (const machtiging of machtigingen) {
    if (machtiging.startdatum > einddatum) {
      throw invoerFout(
        `Er is een machtiging uithuisplaatsing die pas op ${machtiging.startdatum} begint, na de nieuwe einddatum; beëindig eerst die machtiging of kies een latere einddatum.`,
        "einddatum",
      );
    }
    machtiging.einddatum = einddatum;
    machtiging.beeindigingsreden = "Vervallen met het einde van de ondertoezichtstelling.";
  }
  return machtigingen.length > 0 ? manager.save(machtigingen) : [];
}
