import {
  eisTekst,
  inTransaction,
  invoerFout,
  isUuid,
  keysetPagina,
  Medewerker,
  medewerkerVan,
  nietGevonden,
  optioneleTekst,
  type RequestContext,
  Rol,
  Schrijft,
  organisatieRegister,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Betrokkenheid } from "../betrokkenheid/Betrokkenheid";
import { Doel } from "../doelen/Doel";
import { Relatie } from "../genogram/Relatie";
import { Kernbesluit } from "../kernbesluit/Kernbesluit";
import { Netwerkberaad } from "../netwerkberaad/Netwerkberaad";
import { Noodtoegang } from "../noodtoegang/Noodtoegang";
import { Persoon } from "../persoon/Persoon";
import { nieuwePersoon } from "../persoon/PersoonResolver";
import { Regieperiode } from "../regie/Regieperiode";
import { TijdslijnGebeurtenis } from "../tijdslijn/TijdslijnGebeurtenis";
import { Toestemming, VerstrekkingZonderToestemming } from "../toestemming/Toestemming";
import { Gevaarsoordeel, Veiligheidsplan } from "../veiligheid/Veiligheid";
import { ZorgOfKracht } from "../zorgen/ZorgOfKracht";
import { Gezin, GezinPagina } from "./Gezin";
import { alleenZichtbaar, gezinnenVoorPartner } from "./zichtbareGezinnen";
import { DossierInvoer, GezinInvoer } from "./gezinInputs";
import { loaders } from "./gezinLoaders";
import { bestaandGezin } from "./gezinRules";
import { DatumScalar } from "@gezinsbeeld/shared-schema";

const NETWERKBERAAD_INTERVAL_DAGEN = 13 * 7;
/** A household's fixed contact is a professional of the local team. */
const VASTE_CONTACTPERSOON = { organisatie: DemoOrganisatie.LOKAAL_TEAM, rollen: [Rol.MEDEWERKER], als: "medewerker", organisatieNaam: "het lokale team" } as const;

@Resolver(() => Gezin)
export class GezinResolver {
  @Query(() => GezinPagina, { description: "De huishoudens die de vrager mag zien, op naam, per pagina." })
  async gezinnen(
    @Ctx() context: RequestContext,
    @Arg("first", () => Int, { defaultValue: 20, description: "Aantal per pagina (1-100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor uit pageInfo.endCursor." }) after: string | null,
    @Arg("zoek", () => String, { nullable: true, description: "Deel van de naam van het huishouden." }) zoek: string | null,
  ): Promise<GezinPagina> {
    const { db, principal } = context;
    const base = alleenZichtbaar(db.getRepository(Gezin).createQueryBuilder("gezin").where("true"), principal);
    // The dossier keeper owns the names and the household sees its own: they search and sort on them in SQL.
    if ((principal?.organisatie && organisatieRegister().heeftTaak(principal.organisatie, "dossierhouder")) || principal?.rol === Rol.INWONER) {
      if (zoek) base.andWhere("gezin.naam ILIKE :zoek", { zoek: `%${zoek.replace(/[%_\\]/g, "\\$&")}%` });
      return keysetPagina(base, { alias: "gezin", kolom: "naam", first, after });
    }
    return gezinnenVoorPartner(context, base, { first, after, zoek });
  }

  @Query(() => Gezin, { nullable: true, description: "Eén huishouden met zijn gezinsbeeld." })
  async gezin(@Ctx() context: RequestContext, @Arg("id", () => ID) id: string): Promise<Gezin> {
    const gezin = isUuid(id) ? await context.loaders.get(loaders.gezin).load(id) : null;
    if (!gezin) throw nietGevonden("Gezin", id);
    return gezin;
  }

  @Query(() => [Medewerker], { description: "Medewerkers van het lokale team." })
  medewerkers(@Ctx() { db }: RequestContext): Promise<Medewerker[]> {
    return db.getRepository(Medewerker).find({ order: { organisatie: "ASC", naam: "ASC" } });
  }

  @Mutation(() => Gezin, { description: "Registreer een huishouden met zijn leden; de regie ligt vanaf aanmelding bij het lokale team." })
  @Schrijft({ doet: "CREATE", gezin: "nieuw" })
  registreerGezin(@Ctx() context: RequestContext, @Arg("invoer", () => GezinInvoer) invoer: GezinInvoer): Promise<Gezin> {
    return inTransaction(context, async (manager) => {
      if (invoer.leden.length === 0) throw invoerFout("Een huishouden heeft ten minste één lid.", "leden");
      const bsns = invoer.leden.map((lid) => lid.bsn);
      if (new Set(bsns).size !== bsns.length) throw invoerFout("Hetzelfde BSN komt meer dan eens voor in de leden.", "leden");
      await medewerkerVan(manager, invoer.vasteContactpersoonId, VASTE_CONTACTPERSOON, "vasteContactpersoonId");
      const gezin = await manager.save(
        manager.create(Gezin, {
          naam: eisTekst(invoer.naam, "naam"),
          aangemeldOp: invoer.aangemeldOp,
          postcode: eisTekst(invoer.postcode, "postcode").toUpperCase(),
          huisnummer: eisTekst(invoer.huisnummer, "huisnummer"),
          woonplaats: eisTekst(invoer.woonplaats, "woonplaats"),
          aanleiding: eisTekst(invoer.aanleiding, "aanleiding"),
          vasteContactpersoonId: invoer.vasteContactpersoonId,
        }),
      );
      for (const lid of invoer.leden) await manager.save(nieuwePersoon(manager, gezin.id, lid));
      await manager.save(
        manager.create(Regieperiode, {
          gezinId: gezin.id,
          organisatie: DemoOrganisatie.LOKAAL_TEAM,
          vanaf: invoer.aangemeldOp,
          reden: "Aanmelding: de regie ligt bij het lokale team.",
          vastgelegdDoor: context.principal?.userId ?? null,
        }),
      );
      return gezin;
    });
  }

  @Mutation(() => Gezin, { description: "Leg aanleiding, patroon, haalbare eindsituatie of vaste contactpersoon vast." })
  @Schrijft({ doet: "UPDATE", gezin: { argument: "gezinId" } })
  wijzigDossier(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => DossierInvoer) invoer: DossierInvoer,
  ): Promise<Gezin> {
    return inTransaction(context, async (manager) => {
      const gezin = await bestaandGezin(manager, gezinId);
      if (invoer.aanleiding !== undefined && invoer.aanleiding !== null) gezin.aanleiding = eisTekst(invoer.aanleiding, "aanleiding");
      if (invoer.patroon !== undefined) gezin.patroon = optioneleTekst(invoer.patroon);
      if (invoer.haalbareEindsituatie !== undefined) gezin.haalbareEindsituatie = optioneleTekst(invoer.haalbareEindsituatie);
      if (invoer.vasteContactpersoonId) {
        await medewerkerVan(manager, invoer.vasteContactpersoonId, VASTE_CONTACTPERSOON, "vasteContactpersoonId");
        gezin.vasteContactpersoonId = invoer.vasteContactpersoonId;
      }
      return manager.save(gezin);
    });
  }

  @Mutation(() => Gezin, { description: "Sluit het dossier af (uitstroom); lopende betrokkenheden eindigen op dezelfde dag." })
  @Schrijft({ doet: "END", gezin: { argument: "gezinId" } })
  sluitDossier(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("per", () => DatumScalar) per: string,
  ): Promise<Gezin> {
    return inTransaction(context, async (manager) => {
      const gezin = await bestaandGezin(manager, gezinId);
      if (gezin.afgeslotenOp) throw invoerFout(`Het dossier is al afgesloten op ${gezin.afgeslotenOp}.`, "gezinId");
      if (per < gezin.aangemeldOp) throw invoerFout(`De afsluitdatum (${per}) ligt vóór de aanmelding (${gezin.aangemeldOp}).`, "per");
      gezin.afgeslotenOp = per;
      await manager
        .createQueryBuilder()
        .update(Betrokkenheid)
        .set({ einddatum: per })
        .where('"gezinId" = :gezinId AND "einddatum" IS NULL', { gezinId })
        .execute();
      return manager.save(gezin);
    });
  }

  @FieldResolver(() => Medewerker, { nullable: true })
  vasteContactpersoon(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Medewerker | null> {
    return l.get(loaders.medewerker).load(gezin.vasteContactpersoonId);
  }

  @FieldResolver(() => [Persoon])
  leden(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Persoon[]> {
    return l.get(loaders.ledenVanGezin).load(gezin.id);
  }

  @FieldResolver(() => [Relatie])
  relaties(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Relatie[]> {
    return l.get(loaders.relatiesVanGezin).load(gezin.id);
  }

  @FieldResolver(() => [TijdslijnGebeurtenis])
  tijdslijn(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<TijdslijnGebeurtenis[]> {
    return l.get(loaders.tijdslijnVanGezin).load(gezin.id);
  }

  @FieldResolver(() => [ZorgOfKracht])
  zorgenEnKrachten(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<ZorgOfKracht[]> {
    return l.get(loaders.zorgenEnKrachtenVanGezin).load(gezin.id);
  }

  @FieldResolver(() => [Gevaarsoordeel])
  gevaarsoordelen(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Gevaarsoordeel[]> {
    return l.get(loaders.gevaarsoordelenVanGezin).load(gezin.id);
  }

  @FieldResolver(() => Veiligheidsplan, { nullable: true })
  async veiligheidsplan(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Veiligheidsplan | null> {
    const [geldend] = await l.get(loaders.veiligheidsplannenVanGezin).load(gezin.id);
    return geldend ?? null;
  }

  @FieldResolver(() => [Doel])
  doelen(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Doel[]> {
    return l.get(loaders.doelenVanGezin).load(gezin.id);
  }

  @FieldResolver(() => [Netwerkberaad])
  netwerkberaden(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Netwerkberaad[]> {
    return l.get(loaders.netwerkberadenVanGezin).load(gezin.id);
  }

  @FieldResolver(() => DatumScalar, { nullable: true })
  async volgendNetwerkberaadUiterlijk(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<string | null> {
    if (gezin.afgeslotenOp) return null;
    const beraden = await l.get(loaders.netwerkberadenVanGezin).load(gezin.id);
    const laatste = beraden[beraden.length - 1]?.datum ?? gezin.aangemeldOp;
    const volgende = new Date(`${laatste}T00:00:00Z`);
    volgende.setUTCDate(volgende.getUTCDate() + NETWERKBERAAD_INTERVAL_DAGEN);
    return volgende.toISOString().slice(0, 10);
  }

  @FieldResolver(() => [Kernbesluit])
  kernbesluiten(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Kernbesluit[]> {
    return l.get(loaders.kernbesluitenVanGezin).load(gezin.id);
  }

  @FieldResolver(() => [Toestemming])
  toestemmingen(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Toestemming[]> {
    return l.get(loaders.toestemmingenVanGezin).load(gezin.id);
  }

  @FieldResolver(() => [VerstrekkingZonderToestemming])
  verstrekkingenZonderToestemming(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<VerstrekkingZonderToestemming[]> {
    return l.get(loaders.verstrekkingenVanGezin).load(gezin.id);
  }

  @FieldResolver(() => [Noodtoegang])
  noodtoegangen(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Noodtoegang[]> {
    return l.get(loaders.noodtoegangenVanGezin).load(gezin.id);
  }

  @FieldResolver(() => [Betrokkenheid])
  betrokkenheden(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Betrokkenheid[]> {
    return l.get(loaders.betrokkenhedenVanGezin).load(gezin.id);
  }

  @FieldResolver(() => Regieperiode, { nullable: true })
  async regie(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Regieperiode | null> {
    const historie = await l.get(loaders.regieVanGezin).load(gezin.id);
    return historie.find((periode) => periode.tot === null) ?? null;
  }

  @FieldResolver(() => [Regieperiode])
  async regiehistorie(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Regieperiode[]> {
    // In the order regie moved: by start, and on one day the period that ended before the one that runs.
    const historie = await l.get(loaders.regieVanGezin).load(gezin.id);
    return [...historie].sort((a, b) => a.vanaf.localeCompare(b.vanaf) || (a.tot ?? "9999").localeCompare(b.tot ?? "9999") || a.vastgelegdOp.getTime() - b.vastgelegdOp.getTime());
  }
}

/** `_entities` for `Gezin`: one batched load per request, whatever the number of households. */
export function resolveGezinReference(reference: { id: string }, context: RequestContext): Promise<Gezin | null> {
  return isUuid(reference.id) ? context.loaders.get(loaders.gezin).load(reference.id) : Promise.resolve(null);
}
