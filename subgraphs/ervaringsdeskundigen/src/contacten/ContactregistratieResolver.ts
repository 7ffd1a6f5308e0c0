import { DatumScalar, eisNietInToekomst, eisPeriode, inTransaction, invoerFout, type RequestContext, Schrijft } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import { ErvaringsdeskundigeKoppeling } from "../koppeling/ErvaringsdeskundigeKoppeling";
import { bestaandeKoppeling } from "../koppeling/koppelingRules";
import { Contactregistratie } from "./Contactregistratie";

const contactregistratieConstraints = {
  contactregistratie_periode: "Contactregistratie: het einde van de periode ligt vóór het begin; er is niets opgeslagen.",
  contactregistratie_aantal: "Het aantal contacten kan niet negatief zijn; er is niets opgeslagen.",
};

/**
 * The number of contacts in one period. There is intentionally no field for a
 * note or summary: the pool registers counts, never content (seed 001).
 */
@InputType({ description: "Aantal contacten in één periode; bewust zonder ruimte voor inhoud." })
export class ContactregistratieInvoer {
  @Field(() => DatumScalar)
  periodeVan!: string;

  @Field(() => DatumScalar)
  periodeTot!: string;

  @Field(() => Int, { description: "0 of meer." })
  aantalContacten!: number;
}

@Resolver(() => Contactregistratie)
export class ContactregistratieResolver {
  @Mutation(() => Contactregistratie, {
    description: "Registreer het aantal contacten in een periode binnen de koppeling; periodes van één koppeling overlappen niet.",
  })
  @Schrijft({ doet: "CREATE", gezin: { record: ErvaringsdeskundigeKoppeling, argument: "koppelingId", soort: "Koppeling" } })
  registreerContacten(
    @Ctx() context: RequestContext,
    @Arg("koppelingId", () => ID) koppelingId: string,
    @Arg("invoer", () => ContactregistratieInvoer) invoer: ContactregistratieInvoer,
  ): Promise<Contactregistratie> {
    if (!Number.isInteger(invoer.aantalContacten) || invoer.aantalContacten < 0) {
      throw invoerFout(`Het aantal contacten is een geheel getal van 0 of meer, niet ${invoer.aantalContacten}.`, "aantalContacten");
    }
    eisPeriode(invoer.periodeVan, invoer.periodeTot, "Contactregistratie", "periodeTot");
    eisNietInToekomst(invoer.periodeVan, "periodeVan");
    return inTransaction(
      context,
      async (manager) => {
        // The lock serialises registrations on one link, so the overlap check below cannot race.
        const koppeling = await bestaandeKoppeling(manager, koppelingId);
        if (invoer.periodeVan < koppeling.vanaf) {
          throw invoerFout(`De periode begint vóór de koppeling (vanaf ${koppeling.vanaf}).`, "periodeVan");
        }
        if (koppeling.tot && invoer.periodeTot > koppeling.tot) {
          throw invoerFout(`De periode loopt door na het einde van de koppeling (${koppeling.tot}).`, "periodeTot");
        }
        const overlappend = await manager
          .getRepository(Contactregistratie)
          .createQueryBuilder("registratie")
          .where('registratie."koppelingId" = :koppelingId', { koppelingId: koppeling.id })
          .andWhere('registratie."periodeVan" <= :tot AND registratie."periodeTot" >= :van', { van: invoer.periodeVan, tot: invoer.periodeTot })
          .orderBy('registratie."periodeVan"')
          .getOne();
        if (overlappend) {
          throw invoerFout(
            `Voor ${overlappend.periodeVan} tot en met ${overlappend.periodeTot} zijn al contacten geregistreerd; periodes mogen niet overlappen.`,
            "periodeVan",
          );
        }
        return manager.save(
          manager.create(Contactregistratie, {
            gezinId: koppeling.gezinId,
            koppelingId: koppeling.id,
            periodeVan: invoer.periodeVan,
            periodeTot: invoer.periodeTot,
            aantalContacten: invoer.aantalContacten,
            vastgelegdDoor: context.principal?.userId ?? null,
          }),
        );
      },
      contactregistratieConstraints,
    );
  }
}
