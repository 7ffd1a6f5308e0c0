import { eisTekst, eisUuid, invoerFout, keysetPagina, type RequestContext, Schrijft } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from "type-graphql";
import { legVastBijGezin } from "../gezin/gezinRules";
import { MIN_REDEN, UitzonderingScheidingVanTaken, UitzonderingScheidingVanTakenPagina } from "./UitzonderingScheidingVanTaken";

@InputType({ description: "Een gemotiveerde uitzondering op de scheiding van taken voor één professional in één huishouden." })
export class UitzonderingScheidingVanTakenInvoer {
  @Field(() => ID, { description: "Gebruikers-id van de professional die in de vrijwillige fase adviseerde en toch de gedwongen fase mag behandelen." })
  medewerkerId!: string;

  @Field({ description: `Waarom dat hier verantwoord is; ten minste ${MIN_REDEN} tekens. De functionaris gegevensbescherming ziet dit.` })
  reden!: string;
}

@Resolver(() => UitzonderingScheidingVanTaken)
export class UitzonderingScheidingVanTakenResolver {
  @Query(() => UitzonderingScheidingVanTakenPagina, {
    description: "Vastgelegde uitzonderingen op de scheiding van taken, voor de functionaris gegevensbescherming; nieuwste eerst, per pagina.",
  })
  uitzonderingenScheidingVanTaken(
    @Ctx() { db }: RequestContext,
    @Arg("gezinId", () => ID, { nullable: true, description: "Alleen die van dit huishouden; leeg: van alle huishoudens." }) gezinId: string | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "Aantal per pagina (1-100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor uit pageInfo.endCursor." }) after: string | null,
  ): Promise<UitzonderingScheidingVanTakenPagina> {
    const base = db.getRepository(UitzonderingScheidingVanTaken).createQueryBuilder("uitzondering").where("true");
    if (gezinId) base.andWhere(`uitzondering."gezinId" = :gezinId`, { gezinId: eisUuid(gezinId, "gezinId").toLowerCase() });
    return keysetPagina(base, { alias: "uitzondering", kolom: "vastgelegdOp", richting: "DESC", first, after });
  }

  @Mutation(() => UitzonderingScheidingVanTaken, {
    description:
      "Leg een gemotiveerde uitzondering vast op de scheiding van taken (gedragswetenschapper of teamleider): de professional die dit huishouden in de vrijwillige fase adviseerde, mag dan toch in de gedwongen fase worden benoemd. Wordt gelogd en staat op de lijst van de functionaris gegevensbescherming.",
  })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" }, wie: "gedragswetenschapper-of-teamleider" })
  legUitzonderingScheidingVanTakenVast(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => UitzonderingScheidingVanTakenInvoer) invoer: UitzonderingScheidingVanTakenInvoer,
  ): Promise<UitzonderingScheidingVanTaken> {
    // The guard let only a gedragswetenschapper or teamleider of an organisation through (`wie`); who it was is recorded.
    const principal = context.principal;
    const organisatie = principal?.organisatie;
    if (!principal || !organisatie) throw invoerFout("Alleen een gedragswetenschapper of teamleider van een organisatie legt een uitzondering vast.");
    const { userId, rol } = principal;
    const medewerkerId = eisTekst(invoer.medewerkerId, "medewerkerId");
    // Four eyes: whoever answers for the exception is not the one it lets through.
    if (medewerkerId === userId) throw invoerFout("Een uitzondering voor uzelf legt een andere gedragswetenschapper of teamleider vast; er is niets opgeslagen.", "medewerkerId");
    const reden = eisTekst(invoer.reden, "reden");
    if (reden.length < MIN_REDEN) {
      throw invoerFout(`Leg in ten minste ${MIN_REDEN} tekens uit waarom deze professional toch de gedwongen fase behandelt; er is niets opgeslagen.`, "reden");
    }
    return legVastBijGezin(context, gezinId, UitzonderingScheidingVanTaken, () => ({ medewerkerId, reden, organisatie, rol }));
  }
}
