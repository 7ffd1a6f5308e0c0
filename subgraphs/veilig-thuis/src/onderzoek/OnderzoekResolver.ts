import {
  bestaandRecord,
  DatumScalar,
  eisNietInToekomst,
  eisPeriode,
  eisTekst,
  inTransaction,
  invoerFout,
  isUuid,
  kondigAan,
  legVastInDossier,
  Medewerker,
  medewerkerVan,
  nietGevonden,
  type RequestContext,
  Rol,
  Schrijft,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { loaders } from "../gezin/gezinLoaders";
import { meldingVanGezin } from "../gezin/gezinRules";
import { aankondigingVanMelding } from "../melding/aankondigingVanMelding";
import { type Eindstatus, Melding, Meldingstatus } from "../melding/Melding";
import { sluitMelding } from "../melding/sluitMelding";
import { aankondigingVanOnderzoek } from "./aankondigingVanOnderzoek";
import { ONDERZOEK_PER_MELDING, VeiligThuisOnderzoek, VeiligThuisOnderzoekStatus, VeiligThuisVervolg } from "./VeiligThuisOnderzoek";

/** An investigation is led by a professional of Veilig Thuis, not a behavioural scientist. */
const ONDERZOEKER = { organisatie: DemoOrganisatie.VEILIG_THUIS, rollen: [Rol.MEDEWERKER], als: "onderzoeker", organisatieNaam: "Veilig Thuis" } as const;

@InputType({ description: "De start van een onderzoek naar aanleiding van een melding." })
export class OnderzoekStartInvoer {
  @Field(() => ID, { description: "De melding die onderzocht wordt; van hetzelfde huishouden." })
  meldingId!: string;

  @Field(() => DatumScalar)
  startdatum!: string;

  @Field(() => ID, { description: "Gebruikers-id van de onderzoeker; niet wie dit huishouden eerder adviseerde." })
  onderzoekerId!: string;
}

@InputType({ description: "De afronding van een onderzoek: conclusie en vervolg." })
export class OnderzoekAfrondingInvoer {
  @Field(() => DatumScalar)
  einddatum!: string;

  @Field()
  conclusie!: string;

  @Field(() => VeiligThuisVervolg)
  vervolg!: VeiligThuisVervolg;
}

/** The melding's status once its investigation ends with `vervolg`. */
function meldingstatusNa(vervolg: VeiligThuisVervolg): Eindstatus {
  return vervolg === VeiligThuisVervolg.GEEN_VERVOLG ? Meldingstatus.AFGESLOTEN : Meldingstatus.OVERGEDRAGEN;
}

@Resolver(() => VeiligThuisOnderzoek)
export class OnderzoekResolver {
  @Mutation(() => VeiligThuisOnderzoek, { description: "Start een onderzoek naar aanleiding van een melding; de melding gaat in onderzoek." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" }, benoemt: [{ medewerker: "invoer.onderzoekerId", regime: "ORANJE" }] })
  startOnderzoek(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => OnderzoekStartInvoer) invoer: OnderzoekStartInvoer,
  ): Promise<VeiligThuisOnderzoek> {
    return inTransaction(context, async (manager) => {
      const onderzoek = await legVastInDossier(
        context,
        gezinId,
        VeiligThuisOnderzoek,
        async (m) => {
          eisNietInToekomst(invoer.startdatum, "startdatum");
          const melding = await meldingVanGezin(m, invoer.meldingId, gezinId);
          if (melding.status !== Meldingstatus.ONTVANGEN) {
            throw invoerFout(`Deze melding heeft status ${melding.status}; alleen een ontvangen melding kan in onderzoek gaan.`, "meldingId");
          }
          if (invoer.startdatum < melding.datum) {
            throw invoerFout(`Het onderzoek (${invoer.startdatum}) kan niet vóór de melding (${melding.datum}) beginnen.`, "startdatum");
          }
          const onderzoeker = await medewerkerVan(m, invoer.onderzoekerId, ONDERZOEKER, "onderzoekerId");
          // Rule 5 (whoever advised does not investigate) is the guard's, by the declaration above: over every
          // organisation's records, and with a documented exception where a gedragswetenschapper recorded one.
          melding.status = Meldingstatus.IN_ONDERZOEK;
          await m.save(melding);
          return {
            meldingId: melding.id,
            startdatum: invoer.startdatum,
            status: VeiligThuisOnderzoekStatus.LOPEND,
            conclusie: null,
            vervolg: null,
            einddatum: null,
            onderzoekerId: onderzoeker.id,
          };
        },
        { [ONDERZOEK_PER_MELDING]: "Voor deze melding is al een onderzoek gestart; er is niets opgeslagen." },
      );
      await kondigAan(manager, aankondigingVanOnderzoek(onderzoek));
      return onderzoek;
    });
  }

  @Mutation(() => VeiligThuisOnderzoek, { description: "Rond een onderzoek af met conclusie en vervolg; de melding wordt afgesloten of overgedragen." })
  @Schrijft({ doet: "END", gezin: { record: VeiligThuisOnderzoek, argument: "onderzoekId", soort: "Onderzoek" } })
  rondOnderzoekAf(
    @Ctx() context: RequestContext,
    @Arg("onderzoekId", () => ID) onderzoekId: string,
    @Arg("invoer", () => OnderzoekAfrondingInvoer) invoer: OnderzoekAfrondingInvoer,
  ): Promise<VeiligThuisOnderzoek> {
    return inTransaction(context, async (manager) => {
      const onderzoek = isUuid(onderzoekId)
        ? await manager.getRepository(VeiligThuisOnderzoek).findOne({ where: { id: onderzoekId }, lock: { mode: "pessimistic_write" } })
        : null;
      if (!onderzoek) throw nietGevonden("Onderzoek", onderzoekId);
      if (onderzoek.status !== VeiligThuisOnderzoekStatus.LOPEND) {
        throw invoerFout(`Dit onderzoek is al afgerond op ${onderzoek.einddatum}.`, "onderzoekId");
      }
      eisPeriode(onderzoek.startdatum, invoer.einddatum, "Onderzoek");
      eisNietInToekomst(invoer.einddatum, "einddatum");
      onderzoek.conclusie = eisTekst(invoer.conclusie, "conclusie");
      onderzoek.vervolg = invoer.vervolg;
      onderzoek.einddatum = invoer.einddatum;
      onderzoek.status = VeiligThuisOnderzoekStatus.AFGEROND;
      // The conclusion ends the melding too, on the same day: Veilig Thuis' involvement after it ends with it.
      const melding = await bestaandRecord(manager, Melding, onderzoek.meldingId, "Melding");
      sluitMelding(melding, meldingstatusNa(invoer.vervolg), invoer.einddatum, { melding: "onderzoekId", datum: "einddatum" });
      const afgerond = await manager.save(onderzoek);
      await kondigAan(manager, aankondigingVanMelding(await manager.save(melding)));
      await kondigAan(manager, aankondigingVanOnderzoek(afgerond));
      return afgerond;
    });
  }

  @FieldResolver(() => Medewerker, { nullable: true })
  onderzoeker(@Root() onderzoek: VeiligThuisOnderzoek, @Ctx() { loaders: l }: RequestContext): Promise<Medewerker | null> {
    return l.get(loaders.medewerker).load(onderzoek.onderzoekerId);
  }
}
