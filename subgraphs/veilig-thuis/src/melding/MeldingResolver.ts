import {
  bestaandRecord,
  DatumScalar,
  eisNietInToekomst,
  eisTekst,
  eisUuid,
  inTransaction,
  invoerFout,
  isUuid,
  kondigAan,
  legVastInDossier,
  nietGevonden,
  optioneleTekst,
  type RequestContext,
  Schrijft,
} from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from "type-graphql";
import { loaders } from "../gezin/gezinLoaders";
import { VeiligThuisOnderzoek } from "../onderzoek/VeiligThuisOnderzoek";
import { Veiligheidstaxatie } from "../veiligheidstaxatie/Veiligheidstaxatie";
import { aankondigingVanMelding } from "./aankondigingVanMelding";
import { sluitMelding } from "./sluitMelding";
import { BEROEPSMATIGE_RELATIES, isEindstatus, Melder, MelderRelatie, Melding, Meldingsaard, Meldingstatus } from "./Melding";

@InputType({ description: "Wie meldt. Laat de melder weg voor een anonieme melding." })
export class MelderInvoer {
  @Field()
  naam!: string;

  @Field(() => MelderRelatie)
  relatie!: MelderRelatie;

  @Field({ nullable: true, description: "Functie, verplicht voor een beroepskracht (bijvoorbeeld 'leerkracht')." })
  functie?: string;

  @Field({ nullable: true })
  telefoon?: string;
}

@InputType({ description: "Een melding van (een vermoeden van) huiselijk geweld of kindermishandeling." })
export class MeldingInvoer {
  @Field(() => DatumScalar)
  datum!: string;

  @Field(() => Meldingsaard)
  aard!: Meldingsaard;

  @Field({ description: "Wat de melder zag of hoorde." })
  omschrijving!: string;

  @Field(() => MelderInvoer, { nullable: true, description: "De melder; weglaten als de melder onbekend wil blijven." })
  melder?: MelderInvoer | null;
}

const TELEFOONNUMMER = /^\+?[0-9][0-9 -]{8,16}[0-9]$/;

function melderKolommen(melder: MelderInvoer | null | undefined): Pick<Melding, "melderNaam" | "melderRelatie" | "melderFunctie" | "melderTelefoon"> {
  if (!melder) return { melderNaam: null, melderRelatie: null, melderFunctie: null, melderTelefoon: null };
  const functie = optioneleTekst(melder.functie);
  if (melder.relatie === MelderRelatie.BEROEPSKRACHT && !functie) {
    throw invoerFout("Noem de functie van de beroepskracht die meldt, bijvoorbeeld 'leerkracht' of 'huisarts'.", "melder.functie");
  }
  const telefoon = optioneleTekst(melder.telefoon);
  if (telefoon && !TELEFOONNUMMER.test(telefoon)) {
    throw invoerFout(`'${telefoon}' is geen telefoonnummer; gebruik alleen cijfers, spaties, '-' en een '+' vooraan.`, "melder.telefoon");
  }
  return { melderNaam: eisTekst(melder.naam, "melder.naam"), melderRelatie: melder.relatie, melderFunctie: functie, melderTelefoon: telefoon };
}

@Resolver(() => Melding)
export class MeldingResolver {
  @Query(() => [Melding], { description: "De meldingen over één huishouden, oudste eerst." })
  meldingenVanGezin(@Ctx() { loaders: l }: RequestContext, @Arg("gezinId", () => ID) gezinId: string): Promise<Melding[]> {
    return l.get(loaders.meldingenVanGezin).load(eisUuid(gezinId, "gezinId"));
  }

  @Query(() => Melding, { nullable: true, description: "Eén melding." })
  async melding(@Ctx() { loaders: l }: RequestContext, @Arg("id", () => ID) id: string): Promise<Melding> {
    const melding = isUuid(id) ? await l.get(loaders.melding).load(id) : null;
    if (!melding) throw nietGevonden("Melding", id);
    return melding;
  }

  @Mutation(() => Melding, { description: "Registreer een melding; de identiteit van de melder is alleen voor Veilig Thuis." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" }, wie: "opent-betrokkenheid", benoemt: [{ medewerker: "$principal", regime: "ORANJE" }] })
  registreerMelding(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => MeldingInvoer) invoer: MeldingInvoer,
  ): Promise<Melding> {
    return inTransaction(context, async (manager) => {
      const melding = await legVastInDossier(context, gezinId, Melding, () => {
        eisNietInToekomst(invoer.datum, "datum");
        return {
          datum: invoer.datum,
          aard: invoer.aard,
          omschrijving: eisTekst(invoer.omschrijving, "omschrijving"),
          status: Meldingstatus.ONTVANGEN,
          afgeslotenOp: null,
          ...melderKolommen(invoer.melder),
        };
      });
      // The register follows the work: Veilig Thuis' involvement after this melding, in the same transaction.
      await kondigAan(manager, aankondigingVanMelding(melding));
      return melding;
    });
  }

  @Mutation(() => Melding, {
    description: "Sluit een melding af of draag haar over; daarmee eindigt de betrokkenheid van Veilig Thuis na deze melding. Een melding in onderzoek eindigt met het onderzoek.",
  })
  @Schrijft({ doet: "END", gezin: { record: Melding, argument: "meldingId", soort: "Melding" } })
  sluitMeldingAf(
    @Ctx() context: RequestContext,
    @Arg("meldingId", () => ID) meldingId: string,
    @Arg("datum", () => DatumScalar) datum: string,
    @Arg("status", () => Meldingstatus, { description: "AFGESLOTEN (zonder overdracht) of OVERGEDRAGEN." }) status: Meldingstatus,
  ): Promise<Melding> {
    if (!isEindstatus(status)) {
      throw invoerFout("Een melding wordt afgesloten (AFGESLOTEN) of overgedragen (OVERGEDRAGEN).", "status");
    }
    eisNietInToekomst(datum, "datum");
    return inTransaction(context, async (manager) => {
      const melding = await bestaandRecord(manager, Melding, meldingId, "Melding");
      // One way to end a melding under investigation: its investigation's conclusion decides (rondOnderzoekAf).
      if (melding.status === Meldingstatus.IN_ONDERZOEK) {
        throw invoerFout("Deze melding is in onderzoek; rond het onderzoek af, dan wordt de melding daarmee afgesloten of overgedragen.", "meldingId");
      }
      sluitMelding(melding, status, datum, { melding: "meldingId", datum: "datum" });
      const afgesloten = await manager.save(melding);
      await kondigAan(manager, aankondigingVanMelding(afgesloten));
      return afgesloten;
    });
  }

  @FieldResolver(() => Melder, { nullable: true })
  melder(@Root() melding: Melding): Melder | null {
    if (melding.melderNaam === null || melding.melderRelatie === null) return null;
    return {
      gezinId: melding.gezinId,
      naam: melding.melderNaam,
      relatie: melding.melderRelatie,
      functie: melding.melderFunctie,
      telefoon: melding.melderTelefoon,
      beroepsmatig: BEROEPSMATIGE_RELATIES.includes(melding.melderRelatie),
    };
  }

  @FieldResolver(() => Boolean)
  anoniem(@Root() melding: Melding): boolean {
    return melding.melderNaam === null;
  }

  @FieldResolver(() => [Veiligheidstaxatie])
  veiligheidstaxaties(@Root() melding: Melding, @Ctx() { loaders: l }: RequestContext): Promise<Veiligheidstaxatie[]> {
    return l.get(loaders.veiligheidstaxatiesVanMelding).load(melding.id);
  }

  @FieldResolver(() => VeiligThuisOnderzoek, { nullable: true })
  onderzoek(@Root() melding: Melding, @Ctx() { loaders: l }: RequestContext): Promise<VeiligThuisOnderzoek | null> {
    return l.get(loaders.onderzoekVanMelding).load(melding.id);
  }
}

