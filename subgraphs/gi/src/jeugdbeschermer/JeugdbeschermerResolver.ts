import { DatumScalar, eisUuid, inTransaction, invoerFout, Medewerker, medewerkerVan, type RequestContext, Schrijft } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { IsNull } from "typeorm";
import { loaders } from "../gezin/gezinLoaders";
import { UITVOEREND_MEDEWERKER_GI } from "../gezin/gezinRules";
import { kondigMaatregelenAan } from "../maatregel/kondigMaatregelenAan";
import { Maatregel } from "../maatregel/Maatregel";
import { JeugdbeschermerToewijzing } from "./JeugdbeschermerToewijzing";

const MELDINGEN = {
  jeugdbeschermer_toewijzing_een_lopend: "Tegelijk is een andere jeugdbeschermer toegewezen; er is niets opgeslagen. Bekijk de toewijzing en probeer het opnieuw.",
  jeugdbeschermer_toewijzing_periode: "Een toewijzing kan niet eindigen vóór ze begon; er is niets opgeslagen.",
};

@Resolver(() => JeugdbeschermerToewijzing)
export class JeugdbeschermerResolver {
  @Mutation(() => JeugdbeschermerToewijzing, {
    description: "Wijs een jeugdbeschermer toe aan een huishouden; de vorige toewijzing eindigt op dezelfde dag.",
  })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" }, benoemt: [{ medewerker: "medewerkerId", regime: "ROOD" }] })
  wijsJeugdbeschermerToe(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("medewerkerId", () => ID, { description: "Gebruikers-id van de jeugdbeschermer." }) medewerkerId: string,
    @Arg("vanaf", () => DatumScalar) vanaf: string,
  ): Promise<JeugdbeschermerToewijzing> {
    eisUuid(gezinId, "gezinId");
    return inTransaction(
      context,
      async (manager) => {
        await medewerkerVan(manager, medewerkerId, UITVOEREND_MEDEWERKER_GI, "medewerkerId");
        const vorige = await manager
          .getRepository(JeugdbeschermerToewijzing)
          .findOne({ where: { gezinId, tot: IsNull() }, lock: { mode: "pessimistic_write" } });
        if (vorige) {
          if (vorige.medewerkerId === medewerkerId) {
            throw invoerFout(`${medewerkerId} is al sinds ${vorige.vanaf} de jeugdbeschermer van dit huishouden.`, "medewerkerId");
          }
          if (vanaf < vorige.vanaf) {
            throw invoerFout(`De nieuwe toewijzing kan niet beginnen vóór de lopende (sinds ${vorige.vanaf}).`, "vanaf");
          }
          vorige.tot = vanaf;
          await manager.save(vorige);
        }
        const toewijzing = await manager.save(
          manager.create(JeugdbeschermerToewijzing, {
            gezinId,
            medewerkerId,
            vanaf,
            tot: null,
            vastgelegdDoor: context.principal?.userId ?? null,
          }),
        );
        // The register names the jeugdbeschermer on each measure's involvement (need to know): the measures
        // that still run from `vanaf` announce the new one, so access moves with the assignment.
        const lopend = await manager
          .getRepository(Maatregel)
          .createQueryBuilder("m")
          .where("m.gezinId = :gezinId AND (m.einddatum IS NULL OR m.einddatum >= :vanaf)", { gezinId: gezinId.toLowerCase(), vanaf })
          .orderBy("m.startdatum", "ASC")
          .getMany();
        await kondigMaatregelenAan(manager, lopend, medewerkerId);
        return toewijzing;
      },
      MELDINGEN,
    );
  }

  @FieldResolver(() => Medewerker, { nullable: true })
  medewerker(@Root() toewijzing: JeugdbeschermerToewijzing, @Ctx() { loaders: l }: RequestContext): Promise<Medewerker | null> {
    return l.get(loaders.medewerker).load(toewijzing.medewerkerId);
  }
}
