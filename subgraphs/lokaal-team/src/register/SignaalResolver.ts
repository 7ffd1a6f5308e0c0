import { defineLoader, Grondslag, isUuid, nietGevonden, noteerToegang, PROFESSIONELE_ROLLEN, Gegevenscategorie, type RequestContext, Schrijft } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { In } from "typeorm";
import { Gezin } from "../gezin/Gezin";
import { Signaal, SignaalGelezen } from "./Signaal";

/** Which of a batch of notices the requester has read: one statement per request. */
const gelezenDoorMij = defineLoader<string, boolean>("SignaalGelezen[mij]", async (ids, context) => {
  const gebruiker = context.principal?.userId ?? "";
  const rijen = await context.db.getRepository(SignaalGelezen).findBy({ signaalId: In([...ids]), gebruiker });
  const gelezen = new Set(rijen.map((r) => r.signaalId));
  return ids.map((id) => gelezen.has(id));
});

/** A household's notices for the requester's organisation, newest first: one statement per request. */
const signalenVanGezin = defineLoader<string, Signaal[]>("Signaal[gezin][mij]", async (gezinIds, context) => {
  const organisatie = context.principal?.organisatie;
  if (!organisatie) return gezinIds.map(() => []);
  const rijen = await context.db.getRepository(Signaal).find({ where: { gezinId: In([...gezinIds]), aanOrganisatie: organisatie }, order: { aangemaakt: "DESC", id: "ASC" } });
  return gezinIds.map((id) => rijen.filter((s) => s.gezinId === id));
});

@Resolver(() => Signaal)
export class SignaalResolver {
  @Query(() => [Signaal], {
    description:
      "Signalen voor uw organisatie: een andere organisatie raakte betrokken bij een huishouden waarbij u betrokken bent, of vertrok. Ongelezen eerst, daarna nieuwste eerst; alleen van huishoudens die u mag zien.",
  })
  async signalen(
    @Ctx() context: RequestContext,
    @Arg("alleenOngelezen", { defaultValue: false }) alleenOngelezen: boolean,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
  ): Promise<Signaal[]> {
    const principal = context.principal;
    if (!principal?.organisatie || !PROFESSIONELE_ROLLEN.includes(principal.rol)) return [];
    const aantal = Math.min(Math.max(first, 1), 200);
    const query = context.db
      .getRepository(Signaal)
      .createQueryBuilder("signaal")
      .leftJoin(SignaalGelezen, "gelezen", "gelezen.signaalId = signaal.id AND gelezen.gebruiker = :gebruiker", { gebruiker: principal.userId })
      .where("signaal.aanOrganisatie = :organisatie", { organisatie: principal.organisatie })
      .addSelect(`CASE WHEN gelezen."signaalId" IS NULL THEN 0 ELSE 1 END`, "signaal_gelezen_volgorde")
      .orderBy("signaal_gelezen_volgorde", "ASC")
      .addOrderBy("signaal.aangemaakt", "DESC")
      .addOrderBy("signaal.id", "ASC")
      // One row per notice (the join is on the reader's own mark): a plain LIMIT.
      .limit(aantal);
    if (alleenOngelezen) query.andWhere("gelezen.signaalId IS NULL");
    // Each notice is then decided on its household (need to know): the guard leaves out the ones the requester may not see.
    return query.getMany();
  }

  @Mutation(() => Signaal, { description: "Markeer een signaal als gelezen (voor u; uw collega's zien het nog als ongelezen)." })
  @Schrijft({ doet: "UPDATE", gezin: { record: Signaal, argument: "signaalId", soort: "Signaal" }, wie: "elke-professional" })
  async markeerSignaalGelezen(@Ctx() context: RequestContext, @Arg("signaalId", () => ID) signaalId: string): Promise<Signaal> {
    const manager = context.mutatie!.manager;
    const signaal = isUuid(signaalId) ? await manager.getRepository(Signaal).findOneBy({ id: signaalId }) : null;
    // A notice for another organisation answers as an unknown one.
    if (!signaal || signaal.aanOrganisatie !== context.principal?.organisatie) throw nietGevonden("Signaal", signaalId);
    await manager.getRepository(SignaalGelezen).upsert({ signaalId: signaal.id, gebruiker: context.principal.userId }, ["signaalId", "gebruiker"]);
    return signaal;
  }

  @FieldResolver(() => Boolean)
  gelezen(@Root() signaal: Signaal, @Ctx() context: RequestContext): Promise<boolean> {
    return context.loaders.get(gelezenDoorMij).load(signaal.id);
  }
}

@Resolver(() => Gezin)
export class GezinSignaalResolver {
  @FieldResolver(() => [Signaal], { description: "Signalen over dit huishouden voor uw organisatie, nieuwste eerst." })
  async signalen(@Root() gezin: Gezin, @Ctx() context: RequestContext): Promise<Signaal[]> {
    const signalen = await context.loaders.get(signalenVanGezin).load(gezin.id);
    // Reading a notice is an access like any other: each enters the log.
    for (const signaal of signalen) {
      noteerToegang(context, {
        gezinId: gezin.id,
        persoonId: null,
        categorie: Gegevenscategorie.GEEN,
        veld: `Signaal.${signaal.id}`,
        handeling: "READ",
        besluit: { toegestaan: true, grondslag: Grondslag.GEEN_PERSOONSGEGEVENS },
      });
    }
    return signalen;
  }
}
