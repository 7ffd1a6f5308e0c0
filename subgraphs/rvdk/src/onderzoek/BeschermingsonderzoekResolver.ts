import {
  bestaandRecord,
  DatumScalar,
  eisNietInToekomst,
  eisPeriode,
  eisTekst,
  eisUuid,
  inTransaction,
  invoerFout,
  isUuid,
  kondigAan,
  Medewerker,
  medewerkerVan,
  nietGevonden,
  type RequestContext,
  Rol,
  Schrijft,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from "type-graphql";
import { loaders } from "../gezin/gezinLoaders";
import { Persoon } from "../persoon/Persoon";
import { aankondigingVanVerzoek } from "../verzoek/aankondigingVanVerzoek";
import { VerzoekTotOnderzoek, VerzoekTotOnderzoekStatus } from "../verzoek/VerzoekTotOnderzoek";
import { Verzoekschrift } from "../verzoekschrift/Verzoekschrift";
import { aankondigingVanBeschermingsonderzoek } from "./aankondigingVanBeschermingsonderzoek";
import {
  Beschermingsonderzoek,
  BeschermingsonderzoekConclusie,
  BeschermingsonderzoekStatus,
  EEN_ONDERZOEK_PER_VERZOEK,
} from "./Beschermingsonderzoek";

/** An investigation is done by a raadsonderzoeker: an executive professional of the RvdK. */
const RAADSONDERZOEKER = { organisatie: DemoOrganisatie.RVDK, rollen: [Rol.MEDEWERKER], als: "raadsonderzoeker", organisatieNaam: "de Raad voor de Kinderbescherming" } as const;

@InputType({ description: "Opening van een beschermingsonderzoek op een aangenomen verzoek." })
export class BeschermingsonderzoekInvoer {
  @Field(() => DatumScalar)
  startdatum!: string;

  @Field(() => ID, { description: "Gebruikers-id van de raadsonderzoeker (medewerker van de Raad)." })
  raadsonderzoekerId!: string;

  @Field(() => [ID], { description: "Persoon-ids van de kinderen op wie het onderzoek betrekking heeft; ten minste één." })
  betreft!: string[];
}

@InputType({ description: "Afronding van een beschermingsonderzoek met de conclusie van de Raad." })
export class BeschermingsonderzoekAfrondingInvoer {
  @Field(() => DatumScalar)
  einddatum!: string;

  @Field(() => BeschermingsonderzoekConclusie)
  conclusie!: BeschermingsonderzoekConclusie;

  @Field({ description: "Onderbouwing van de conclusie, zo dat ouders en kinderen haar kunnen volgen." })
  toelichting!: string;
}

@Resolver(() => Beschermingsonderzoek)
export class BeschermingsonderzoekResolver {
  @Query(() => Beschermingsonderzoek, { nullable: true, description: "Eén beschermingsonderzoek." })
  async beschermingsonderzoek(@Ctx() context: RequestContext, @Arg("id", () => ID) id: string): Promise<Beschermingsonderzoek> {
    const onderzoek = isUuid(id) ? await context.loaders.get(loaders.beschermingsonderzoek).load(id.toLowerCase()) : null;
    if (!onderzoek) throw nietGevonden("Beschermingsonderzoek", id);
    return onderzoek;
  }

  @Mutation(() => Beschermingsonderzoek, { description: "Open een beschermingsonderzoek op een aangenomen verzoek tot onderzoek." })
  @Schrijft({ doet: "CREATE", gezin: { record: VerzoekTotOnderzoek, argument: "verzoekId", soort: "Verzoek tot onderzoek" }, personen: ["invoer.betreft"], benoemt: [{ medewerker: "invoer.raadsonderzoekerId", regime: "ORANJE" }] })
  openBeschermingsonderzoek(
    @Ctx() context: RequestContext,
    @Arg("verzoekId", () => ID) verzoekId: string,
    @Arg("invoer", () => BeschermingsonderzoekInvoer) invoer: BeschermingsonderzoekInvoer,
  ): Promise<Beschermingsonderzoek> {
    const betreft = kinderen(invoer.betreft);
    eisNietInToekomst(invoer.startdatum, "startdatum");
    return inTransaction(
      context,
      async (manager) => {
        const verzoek = await bestaandRecord(manager, VerzoekTotOnderzoek, verzoekId, "Verzoek tot onderzoek");
        if (verzoek.status !== VerzoekTotOnderzoekStatus.AANGENOMEN) {
          throw invoerFout(
            verzoek.status === VerzoekTotOnderzoekStatus.AFGEWEZEN
              ? `Dit verzoek is afgewezen op ${verzoek.beoordeeldOp}; er komt geen onderzoek.`
              : "Neem het verzoek eerst aan voordat het onderzoek begint.",
            "verzoekId",
          );
        }
        if (verzoek.beoordeeldOp && invoer.startdatum < verzoek.beoordeeldOp) {
          throw invoerFout(`Het onderzoek kan niet beginnen (${invoer.startdatum}) vóór het verzoek is aangenomen (${verzoek.beoordeeldOp}).`, "startdatum");
        }
        const bestaand = await manager.getRepository(Beschermingsonderzoek).findOneBy({ verzoekId: verzoek.id });
        if (bestaand) throw invoerFout(`Op dit verzoek loopt al een beschermingsonderzoek (sinds ${bestaand.startdatum}).`, "verzoekId");
        await medewerkerVan(manager, invoer.raadsonderzoekerId, RAADSONDERZOEKER, "raadsonderzoekerId");
        const onderzoek = await manager.save(
          manager.create(Beschermingsonderzoek, {
            gezinId: verzoek.gezinId,
            verzoekId: verzoek.id,
            startdatum: invoer.startdatum,
            status: BeschermingsonderzoekStatus.LOPEND,
            raadsonderzoekerId: invoer.raadsonderzoekerId,
            betreftPersoonIds: betreft,
            vastgelegdDoor: context.principal?.userId ?? null,
          }),
        );
        // The request's involvement now names the raadsonderzoeker; the investigation's start goes on the timeline.
        await kondigAan(manager, aankondigingVanVerzoek(verzoek, onderzoek));
        await kondigAan(manager, aankondigingVanBeschermingsonderzoek(onderzoek));
        return onderzoek;
      },
      { [EEN_ONDERZOEK_PER_VERZOEK]: "Op dit verzoek is al een beschermingsonderzoek geopend; er is niets opgeslagen." },
    );
  }

  @Mutation(() => Beschermingsonderzoek, { description: "Rond een beschermingsonderzoek af met de conclusie van de Raad." })
  @Schrijft({ doet: "END", gezin: { record: Beschermingsonderzoek, argument: "onderzoekId", soort: "Beschermingsonderzoek" } })
  rondBeschermingsonderzoekAf(
    @Ctx() context: RequestContext,
    @Arg("onderzoekId", () => ID) onderzoekId: string,
    @Arg("invoer", () => BeschermingsonderzoekAfrondingInvoer) invoer: BeschermingsonderzoekAfrondingInvoer,
  ): Promise<Beschermingsonderzoek> {
    eisNietInToekomst(invoer.einddatum, "einddatum");
    const toelichting = eisTekst(invoer.toelichting, "toelichting");
    return inTransaction(context, async (manager) => {
      const onderzoek = await bestaandRecord(manager, Beschermingsonderzoek, onderzoekId, "Beschermingsonderzoek");
      if (onderzoek.status === BeschermingsonderzoekStatus.AFGEROND) {
        throw invoerFout(`Dit onderzoek is al afgerond op ${onderzoek.einddatum}.`, "onderzoekId");
      }
      eisPeriode(onderzoek.startdatum, invoer.einddatum, "Beschermingsonderzoek");
      onderzoek.status = BeschermingsonderzoekStatus.AFGEROND;
      onderzoek.einddatum = invoer.einddatum;
      onderzoek.conclusie = invoer.conclusie;
      onderzoek.conclusieToelichting = toelichting;
      const afgerond = await manager.save(onderzoek);
      // The RvdK's involvement is the request's and ends with its investigation: announced under the request's id.
      const verzoek = await bestaandRecord(manager, VerzoekTotOnderzoek, afgerond.verzoekId, "Verzoek tot onderzoek");
      await kondigAan(manager, aankondigingVanVerzoek(verzoek, afgerond));
      await kondigAan(manager, aankondigingVanBeschermingsonderzoek(afgerond));
      return afgerond;
    });
  }

  @FieldResolver(() => Medewerker, { nullable: true })
  raadsonderzoeker(@Root() onderzoek: Beschermingsonderzoek, @Ctx() { loaders: l }: RequestContext): Promise<Medewerker | null> {
    return l.get(loaders.medewerker).load(onderzoek.raadsonderzoekerId);
  }

  /** Only references: lokaal-team, which owns the members, resolves the rest through the gateway. */
  @FieldResolver(() => [Persoon])
  betreft(@Root() onderzoek: Beschermingsonderzoek): Persoon[] {
    return onderzoek.betreftPersoonIds.map((id) => ({ id, gezinId: onderzoek.gezinId }));
  }

  /** Never null: a foreign key ties every investigation to its request. */
  @FieldResolver(() => VerzoekTotOnderzoek)
  async verzoek(@Root() onderzoek: Beschermingsonderzoek, @Ctx() { loaders: l }: RequestContext): Promise<VerzoekTotOnderzoek> {
    return (await l.get(loaders.verzoek).load(onderzoek.verzoekId)) as VerzoekTotOnderzoek;
  }

  @FieldResolver(() => [Verzoekschrift])
  verzoekschriften(@Root() onderzoek: Beschermingsonderzoek, @Ctx() { loaders: l }: RequestContext): Promise<Verzoekschrift[]> {
    return l.get(loaders.verzoekschriftenVanOnderzoek).load(onderzoek.id);
  }
}

/** The children an investigation concerns: at least one, each a UUID, none twice. */
function kinderen(ids: string[]): string[] {
  if (ids.length === 0) throw invoerFout("Een beschermingsonderzoek betreft ten minste één kind.", "betreft");
  const genormaliseerd = ids.map((id) => eisUuid(id, "betreft").toLowerCase());
  if (new Set(genormaliseerd).size !== genormaliseerd.length) throw invoerFout("Hetzelfde kind staat meer dan eens in 'betreft'.", "betreft");
  return genormaliseerd;
}
