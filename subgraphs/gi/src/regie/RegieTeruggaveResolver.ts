import { DatumScalar, eisNietInToekomst, inTransaction, invoerFout, kondigAan, legVastInDossier, type RequestContext, Schrijft } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import { GiInzet, GiProduct } from "../inzet/GiInzet";
import { Maatregel, Maatregelsoort } from "../maatregel/Maatregel";
import { aankondigingVanTeruggave } from "./aankondigingVanTeruggave";
import { RegieTeruggave } from "./RegieTeruggave";

@InputType({ description: "De GI geeft de regie eerder terug aan het lokale team." })
export class RegieTeruggaveInvoer {
  @Field(() => DatumScalar, { description: "Vanaf deze dag ligt de regie weer bij het lokale team; niet later dan vandaag." })
  per!: string;

  @Field({ description: "Waarom de GI de regie eerder teruggeeft." })
  reden!: string;
}

@Resolver(() => RegieTeruggave)
export class RegieTeruggaveResolver {
  @Mutation(() => RegieTeruggave, {
    description: "Geef de regie eerder terug aan het lokale team, met een reden. De maatregel of het product 2b zelf loopt door.",
  })
  @Schrijft({ doet: "UPDATE", gezin: { argument: "gezinId" } })
  geefRegieTerug(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => RegieTeruggaveInvoer) invoer: RegieTeruggaveInvoer,
  ): Promise<RegieTeruggave> {
    const reden = invoer.reden.trim();
    if (!reden) throw invoerFout("Geef aan waarom de GI de regie eerder teruggeeft aan het lokale team.", "reden");
    eisNietInToekomst(invoer.per, "per");
    return inTransaction(context, async (manager) => {
      const teruggave = await legVastInDossier(context, gezinId, RegieTeruggave, async (m) => {
        await eisRegieBijGi(m, gezinId.toLowerCase(), invoer.per);
        return { per: invoer.per, reden };
      });
      await kondigAan(manager, aankondigingVanTeruggave(teruggave));
      return teruggave;
    });
  }
}

/**
 * The GI can only hand back regie it holds on `per`: an OTS, voogdij or product
 * 2b of the household runs that day, and it has not handed it back since the
 * latest of them began. The records are locked, so two hand-backs at once are
 * judged one after the other.
 */
async function eisRegieBijGi(manager: EntityManager, gezinId: string, per: string): Promise<void> {
  const loopt = "x.startdatum <= :per AND (x.einddatum IS NULL OR x.einddatum >= :per)";
  const maatregelen = await manager
    .getRepository(Maatregel)
    .createQueryBuilder("x")
    .setLock("pessimistic_write")
    .where("x.gezinId = :gezinId AND x.soort IN (:...soorten)", { gezinId, soorten: [Maatregelsoort.ONDERTOEZICHTSTELLING, Maatregelsoort.VOOGDIJ] })
    .andWhere(loopt, { per })
    .getMany();
  const inzet = await manager
    .getRepository(GiInzet)
    .createQueryBuilder("x")
    .setLock("pessimistic_write")
    .where("x.gezinId = :gezinId AND x.product = :product", { gezinId, product: GiProduct.PRODUCT_2B })
    .andWhere(loopt, { per })
    .getMany();
  const starts = [...maatregelen, ...inzet].map((x) => x.startdatum).sort();
  const sinds = starts[starts.length - 1];
  if (!sinds) {
    throw invoerFout(`Op ${per} heeft de GI geen regie bij dit huishouden: er loopt dan geen ondertoezichtstelling, voogdij of product 2b.`, "per");
  }
  const eerder = await manager
    .getRepository(RegieTeruggave)
    .createQueryBuilder("t")
    .where("t.gezinId = :gezinId AND t.per >= :sinds", { gezinId, sinds })
    .orderBy("t.per", "DESC")
    .getOne();
  if (eerder) throw invoerFout(`De GI heeft de regie al teruggegeven per ${eerder.per}.`, "per");
}
