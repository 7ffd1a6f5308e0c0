import { eisUuid, Medewerker, type RequestContext } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Beschermingsonderzoek } from "../onderzoek/Beschermingsonderzoek";
import { VerzoekTotOnderzoek } from "../verzoek/VerzoekTotOnderzoek";
import { Verzoekschrift } from "../verzoekschrift/Verzoekschrift";
import { Gezin } from "./Gezin";
import { loaders } from "./gezinLoaders";

@Resolver(() => Gezin)
export class GezinResolver {
  @Query(() => Gezin, {
    description: "Het raadsdossier van één huishouden: verzoeken, onderzoeken en verzoekschriften. Leeg als de Raad niet betrokken is.",
  })
  raadsdossier(@Arg("gezinId", () => ID) gezinId: string): Gezin {
    return { id: eisUuid(gezinId, "gezinId").toLowerCase() };
  }

  @Query(() => [Medewerker], { description: "Medewerkers van de Raad voor de Kinderbescherming." })
  medewerkersRaad(@Ctx() { db }: RequestContext): Promise<Medewerker[]> {
    return db.getRepository(Medewerker).find({ where: { organisatie: DemoOrganisatie.RVDK }, order: { naam: "ASC" } });
  }

  @FieldResolver(() => [VerzoekTotOnderzoek])
  verzoekenTotOnderzoek(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<VerzoekTotOnderzoek[]> {
    return l.get(loaders.verzoekenVanGezin).load(gezin.id);
  }

  @FieldResolver(() => [Beschermingsonderzoek])
  beschermingsonderzoeken(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Beschermingsonderzoek[]> {
    return l.get(loaders.beschermingsonderzoekenVanGezin).load(gezin.id);
  }

  @FieldResolver(() => [Verzoekschrift])
  verzoekschriften(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Verzoekschrift[]> {
    return l.get(loaders.verzoekschriftenVanGezin).load(gezin.id);
  }
}
