import { eisUuid, Medewerker, type RequestContext } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { GiInzet } from "../inzet/GiInzet";
import { JeugdbeschermerToewijzing } from "../jeugdbeschermer/JeugdbeschermerToewijzing";
import { Jeugdreclassering } from "../jeugdreclassering/Jeugdreclassering";
import { Maatregel } from "../maatregel/Maatregel";
import { Borgingsplan, Veranderplan } from "../plannen/Plannen";
import { Gezin } from "./Gezin";
import { loaders } from "./gezinLoaders";

@Resolver(() => Gezin)
export class GezinResolver {
  @Query(() => Gezin, {
    description: "Het dossier van de GI bij een huishouden. Het huishouden zelf staat bij het lokale team; hier wordt alleen de vorm van het id gecontroleerd.",
  })
  giDossier(@Arg("gezinId", () => ID) gezinId: string): Gezin {
    return { id: eisUuid(gezinId, "gezinId") };
  }

  @Query(() => [Medewerker], { description: "Medewerkers van de GI." })
  medewerkersGi(@Ctx() { db }: RequestContext): Promise<Medewerker[]> {
    return db.getRepository(Medewerker).find({ where: { organisatie: DemoOrganisatie.GI }, order: { naam: "ASC" } });
  }

  @FieldResolver(() => [GiInzet])
  giInzet(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<GiInzet[]> {
    return l.get(loaders.inzetVanGezin).load(gezin.id);
  }

  @FieldResolver(() => [Maatregel])
  maatregelen(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Maatregel[]> {
    return l.get(loaders.maatregelenVanGezin).load(gezin.id);
  }

  @FieldResolver(() => [Jeugdreclassering])
  jeugdreclassering(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Jeugdreclassering[]> {
    return l.get(loaders.jeugdreclasseringVanGezin).load(gezin.id);
  }

  @FieldResolver(() => Medewerker, { nullable: true })
  async jeugdbeschermer(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Medewerker | null> {
    const historie = await l.get(loaders.jeugdbeschermersVanGezin).load(gezin.id);
    const lopend = historie.find((toewijzing) => toewijzing.tot === null);
    return lopend ? l.get(loaders.medewerker).load(lopend.medewerkerId) : null;
  }

  @FieldResolver(() => [JeugdbeschermerToewijzing])
  jeugdbeschermerhistorie(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<JeugdbeschermerToewijzing[]> {
    return l.get(loaders.jeugdbeschermersVanGezin).load(gezin.id);
  }

  @FieldResolver(() => Veranderplan, { nullable: true })
  async veranderplan(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Veranderplan | null> {
    const [geldend] = await l.get(loaders.veranderplannenVanGezin).load(gezin.id);
    return geldend ?? null;
  }

  @FieldResolver(() => Borgingsplan, { nullable: true })
  async borgingsplan(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Borgingsplan | null> {
    const [laatste] = await l.get(loaders.borgingsplannenVanGezin).load(gezin.id);
    return laatste ?? null;
  }
}
