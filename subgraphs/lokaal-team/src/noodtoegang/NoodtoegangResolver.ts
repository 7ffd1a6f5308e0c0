import {
  keysetPagina,
  bestaandRecord,
  eisTekst,
  inTransaction,
  invoerFout,
  NOODTOEGANG_UREN,
  type Principal,
  type RequestContext,
  Rol,
  Schrijft,
} from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { legVastBijGezin } from "../gezin/gezinRules";
import { Noodtoegang, NoodtoegangPagina } from "./Noodtoegang";

const MIN_RECHTVAARDIGING = 20;
const UUR_MS = 3_600_000;

/**
 * Roles that never claim break-glass: the household reads its own dossier anyway,
 * and privacy officers and coordinators may never read dossier content, so an
 * emergency claim would open nothing for them (beleid: ROL_MAG_OOIT).
 */
const GEEN_NOODTOEGANG: readonly Rol[] = [Rol.INWONER, Rol.PRIVACY_OFFICER, Rol.COORDINATOR];

@InputType({ description: "Noodtoegang bij een levensbedreigende situatie: waarom, op welke grondslag, hoe lang." })
export class NoodtoegangInvoer {
  @Field({ description: "Waarom de situatie levensbedreigend is en toestemming niet mogelijk was; ten minste 20 tekens." })
  rechtvaardiging!: string;

  @Field({ description: "Wettelijke grondslag, bijvoorbeeld 'art. 7.3.8 Jeugdwet' of 'art. 6 lid 1 sub d AVG (vitaal belang)'." })
  wettelijkeGrondslag!: string;

  @Field(() => Int, { nullable: true, description: `Duur in uren; standaard ${NOODTOEGANG_UREN.standaard}, ten hoogste ${NOODTOEGANG_UREN.maximum}.` })
  uren?: number | null;
}

/** The professional claiming break-glass; BAD_USER_INPUT for anyone else. */
function eisProfessional(principal: Principal | null): Principal & { organisatie: NonNullable<Principal["organisatie"]> } {
  if (!principal) throw invoerFout("Noodtoegang kan alleen een ingelogde professional nemen: wie de toegang neemt, wordt vastgelegd.");
  if (GEEN_NOODTOEGANG.includes(principal.rol) || !principal.organisatie) {
    throw invoerFout(`In de rol ${principal.rol} is geen noodtoegang mogelijk; alleen een professional van een organisatie kan die nemen.`);
  }
  return principal as Principal & { organisatie: NonNullable<Principal["organisatie"]> };
}

function eisUren(uren: number | null | undefined): number {
  if (uren === null || uren === undefined) return NOODTOEGANG_UREN.standaard;
  if (!Number.isInteger(uren) || uren < 1 || uren > NOODTOEGANG_UREN.maximum) {
    throw invoerFout(`Noodtoegang duurt 1 tot en met ${NOODTOEGANG_UREN.maximum} uur, niet ${uren}.`, "uren");
  }
  return uren;
}

@Resolver(() => Noodtoegang)
export class NoodtoegangResolver {
  @Query(() => NoodtoegangPagina, { description: "Noodtoegangen voor de functionaris gegevensbescherming, nieuwste eerst, per pagina." })
  async noodtoegangen(
    @Ctx() { db }: RequestContext,
    @Arg("teBeoordelen", () => Boolean, { defaultValue: true, description: "Alleen noodtoegangen die nog niet zijn beoordeeld; false: alle." })
    teBeoordelen: boolean,
    @Arg("first", () => Int, { defaultValue: 20, description: "Aantal per pagina (1-100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor uit pageInfo.endCursor." }) after: string | null,
  ): Promise<NoodtoegangPagina> {
    const base = db.getRepository(Noodtoegang).createQueryBuilder("noodtoegang").where("true");
    if (teBeoordelen) base.andWhere("noodtoegang.beoordeeldOp IS NULL");
    return keysetPagina(base, { alias: "noodtoegang", kolom: "vanaf", richting: "DESC", first, after });
  }

  @Mutation(() => Noodtoegang, {
    description:
      "Neem noodtoegang tot een dossier bij een levensbedreigende situatie. Geldt direct voor wie hem neemt, voor beperkte tijd, en wordt achteraf beoordeeld.",
  })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" }, wie: "elke-professional" })
  async claimNoodtoegang(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => NoodtoegangInvoer) invoer: NoodtoegangInvoer,
  ): Promise<Noodtoegang> {
    const professional = eisProfessional(context.principal);
    const uren = eisUren(invoer.uren);
    const rechtvaardiging = eisTekst(invoer.rechtvaardiging, "rechtvaardiging");
    if (rechtvaardiging.length < MIN_RECHTVAARDIGING) {
      throw invoerFout(
        `Leg in ten minste ${MIN_RECHTVAARDIGING} tekens uit waarom de situatie levensbedreigend is en toestemming niet mogelijk was.`,
        "rechtvaardiging",
      );
    }
    const wettelijkeGrondslag = eisTekst(invoer.wettelijkeGrondslag, "wettelijkeGrondslag");
    return legVastBijGezin(context, gezinId, Noodtoegang, () => {
      const vanaf = new Date();
      return {
        userId: professional.userId,
        organisatie: professional.organisatie,
        rol: professional.rol,
        rechtvaardiging,
        wettelijkeGrondslag,
        vanaf,
        tot: new Date(vanaf.getTime() + uren * UUR_MS),
        beoordeeldDoor: null,
        beoordeeldOp: null,
        beoordeling: null,
      };
    });
  }

  @Mutation(() => Noodtoegang, { description: "Leg de beoordeling van een noodtoegang vast (functionaris gegevensbescherming); één keer." })
  @Schrijft({ doet: "UPDATE", gezin: { record: Noodtoegang, argument: "noodtoegangId", soort: "Noodtoegang" }, wie: "privacy-officer" })
  async beoordeelNoodtoegang(
    @Ctx() context: RequestContext,
    @Arg("noodtoegangId", () => ID) noodtoegangId: string,
    @Arg("beoordeling", () => String) beoordeling: string,
  ): Promise<Noodtoegang> {
    const beoordelaar = context.principal;
    if (beoordelaar?.rol !== Rol.PRIVACY_OFFICER) {
      throw invoerFout("Alleen een functionaris gegevensbescherming beoordeelt een noodtoegang.");
    }
    const oordeel = eisTekst(beoordeling, "beoordeling");
    return inTransaction(context, async (manager) => {
      const noodtoegang = await bestaandRecord(manager, Noodtoegang, noodtoegangId, "Noodtoegang");
      if (noodtoegang.beoordeeldOp) {
        throw invoerFout(`Deze noodtoegang is al beoordeeld op ${noodtoegang.beoordeeldOp.toISOString()} door ${noodtoegang.beoordeeldDoor}.`, "noodtoegangId");
      }
      noodtoegang.beoordeeldDoor = beoordelaar.userId;
      noodtoegang.beoordeeldOp = new Date();
      noodtoegang.beoordeling = oordeel;
      return manager.save(noodtoegang);
    });
  }

  @FieldResolver(() => Boolean)
  actief(@Root() noodtoegang: Noodtoegang): boolean {
    const nu = Date.now();
    return noodtoegang.vanaf.getTime() <= nu && nu < noodtoegang.tot.getTime();
  }
}
