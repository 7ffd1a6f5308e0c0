import {
  beeindigPeriode,
  bestaandRecord,
  DatumScalar,
  eisNietInToekomst,
  eisPeriode,
  Intensiteit,
  inTransaction,
  invoerFout,
  isUuid,
  loopt,
  nietGevonden,
  optioneleTekst,
  Organisatie,
  Regime,
  type RequestContext,
  Schrijft,
  OrganisatieScalar,
  organisatieRegister,
} from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { bestaandGezin, legVastBijGezin } from "../gezin/gezinRules";
import { Betrokkenheid } from "./Betrokkenheid";

@InputType({ description: "Een partner die wordt toegevoegd aan het team rond het huishouden." })
export class BetrokkenheidInvoer {
  @Field(() => OrganisatieScalar)
  organisatie!: Organisatie;

  @Field(() => Regime)
  regime!: Regime;

  @Field(() => Intensiteit)
  intensiteit!: Intensiteit;

  @Field({ defaultValue: false, description: "Anoniem advies/consult (alleen bij regime ADVIES)." })
  anoniem!: boolean;

  @Field(() => DatumScalar)
  startdatum!: string;

  @Field(() => DatumScalar, { nullable: true })
  einddatum?: string;

  @Field(() => ID, { nullable: true, description: "Gebruikers-id van de betrokken professional van de partner." })
  medewerkerId?: string;

  @Field({ nullable: true })
  toelichting?: string;

  @Field(() => DatumScalar, { nullable: true, description: "Als het huishouden al weet dat deze partner betrokken is: sinds wanneer." })
  geinformeerdOp?: string;
}

/** The household can only be told of an involvement that exists, and only on a day that has passed. */
function eisGeinformeerdOp(op: string, startdatum: string, veld: string): void {
  eisNietInToekomst(op, veld);
  if (op < startdatum) {
    throw invoerFout(`Het huishouden kan niet geïnformeerd zijn (${op}) vóór het begin van de betrokkenheid (${startdatum}).`, veld);
  }
}

@Resolver(() => Betrokkenheid)
export class BetrokkenheidResolver {
  @Mutation(() => Betrokkenheid, {
    description:
      "Leg met de hand de betrokkenheid vast van een partner buiten de hub: vorm/regime, intensiteit, periode. De partners in de hub worden betrokken door hun eigen dossier (een melding, een onderzoek, een maatregel).",
  })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" }, benoemt: [{ medewerker: "invoer.medewerkerId", regime: { argument: "invoer.regime" } }] })
  registreerBetrokkenheid(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => BetrokkenheidInvoer) invoer: BetrokkenheidInvoer,
  ): Promise<Betrokkenheid> {
    return legVastBijGezin(context, gezinId, Betrokkenheid, (gezin) => {
      eisPeriode(invoer.startdatum, invoer.einddatum, "Betrokkenheid");
      if (invoer.startdatum < gezin.aangemeldOp) {
        throw invoerFout(`Een betrokkenheid kan niet beginnen vóór de aanmelding (${gezin.aangemeldOp}).`, "startdatum");
      }
      if (invoer.anoniem && invoer.regime !== Regime.ADVIES) {
        throw invoerFout("Alleen advies en consult kan anoniem; in regime groen, oranje of rood kent de partner het huishouden.", "anoniem");
      }
      // Red is the regime of an organisation with a legal duty in it (the register: the GI under a measure).
      if (invoer.regime === Regime.ROOD && !organisatieRegister().zoek(invoer.organisatie)?.wettelijkeTaak.some((taak) => taak.regimes.includes(Regime.ROOD))) {
        throw invoerFout("Regime rood (met juridische maatregel) is de betrokkenheid van de Gecertificeerde Instelling.", "regime");
      }
      if (invoer.geinformeerdOp) eisGeinformeerdOp(invoer.geinformeerdOp, invoer.startdatum, "geinformeerdOp");
      return {
        organisatie: invoer.organisatie,
        regime: invoer.regime,
        intensiteit: invoer.intensiteit,
        anoniem: invoer.anoniem,
        startdatum: invoer.startdatum,
        einddatum: invoer.einddatum ?? null,
        medewerkerId: invoer.medewerkerId ?? null,
        toelichting: optioneleTekst(invoer.toelichting),
        geinformeerdOp: invoer.geinformeerdOp ?? null,
      };
    });
  }

  @Mutation(() => Betrokkenheid, { description: "Beëindig een betrokkenheid; de toegang van de partner eindigt daarmee." })
  @Schrijft({ doet: "END", gezin: { record: Betrokkenheid, argument: "betrokkenheidId", soort: "Betrokkenheid" } })
  beeindigBetrokkenheid(
    @Ctx() context: RequestContext,
    @Arg("betrokkenheidId", () => ID) betrokkenheidId: string,
    @Arg("einddatum", () => DatumScalar) einddatum: string,
  ): Promise<Betrokkenheid> {
    return inTransaction(context, async (manager) => {
      const betrokkenheid = isUuid(betrokkenheidId) ? await manager.getRepository(Betrokkenheid).findOneBy({ id: betrokkenheidId }) : null;
      if (!betrokkenheid) throw nietGevonden("Betrokkenheid", betrokkenheidId);
      await bestaandGezin(manager, betrokkenheid.gezinId);
      beeindigPeriode(betrokkenheid, einddatum, "Betrokkenheid", "betrokkenheidId");
      return manager.save(betrokkenheid);
    });
  }

  @Mutation(() => Betrokkenheid, {
    description:
      "Leg vast dat het huishouden weet dat deze partner betrokken is. De Raad voor de Kinderbescherming ziet niets van het huishouden zolang dat niet is gebeurd.",
  })
  @Schrijft({ doet: "UPDATE", gezin: { record: Betrokkenheid, argument: "betrokkenheidId", soort: "Betrokkenheid" } })
  registreerGezinGeinformeerdOverBetrokkenheid(
    @Ctx() context: RequestContext,
    @Arg("betrokkenheidId", () => ID) betrokkenheidId: string,
    @Arg("op", () => DatumScalar) op: string,
  ): Promise<Betrokkenheid> {
    return inTransaction(context, async (manager) => {
      const gevonden = isUuid(betrokkenheidId) ? await manager.getRepository(Betrokkenheid).findOneBy({ id: betrokkenheidId }) : null;
      if (!gevonden) throw nietGevonden("Betrokkenheid", betrokkenheidId);
      // The household's lock first, as every write to its dossier takes it; then read again under it.
      await bestaandGezin(manager, gevonden.gezinId);
      const betrokkenheid = await bestaandRecord(manager, Betrokkenheid, gevonden.id, "Betrokkenheid");
      if (betrokkenheid.geinformeerdOp) {
        throw invoerFout(`Het huishouden is al op ${betrokkenheid.geinformeerdOp} geïnformeerd over deze betrokkenheid.`, "betrokkenheidId");
      }
      eisGeinformeerdOp(op, betrokkenheid.startdatum, "op");
      betrokkenheid.geinformeerdOp = op;
      return manager.save(betrokkenheid);
    });
  }

  @FieldResolver(() => Boolean)
  handmatig(@Root() betrokkenheid: Betrokkenheid): boolean {
    return betrokkenheid.bronId === null;
  }

  @FieldResolver(() => Boolean)
  actief(@Root() betrokkenheid: Betrokkenheid): boolean {
    return loopt(betrokkenheid.startdatum, betrokkenheid.einddatum);
  }
}
