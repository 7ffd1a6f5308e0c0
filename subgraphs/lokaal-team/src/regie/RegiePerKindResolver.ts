import { type RequestContext, vandaag } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Gezin } from "../gezin/Gezin";
import { loaders } from "../gezin/gezinLoaders";
import { leeftijd } from "../persoon/PersoonResolver";
import { KindRegie } from "./KindRegie";

@Resolver(() => Gezin)
export class RegiePerKindResolver {
  /**
   * With some children under a measure and others not, the GI holds regie (and
   * the core decisions) for the household, and the local team arranges the help
   * for the children without one: shown per child. Empty when all children are alike.
   */
  @FieldResolver(() => [KindRegie], { description: "Regie per kind, alleen als die verschilt tussen de kinderen (sommige kinderen met een maatregel, andere niet)." })
  async regiePerKind(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<KindRegie[]> {
    const [leden, betrokkenheden] = await Promise.all([l.get(loaders.ledenVanGezin).load(gezin.id), l.get(loaders.betrokkenhedenVanGezin).load(gezin.id)]);
    // As regie itself moves: to the local team from the day a measure ends.
    const dag = vandaag();
    const maatregelen = betrokkenheden.filter((b) => b.organisatie === DemoOrganisatie.GI && b.regieOorzaak && b.persoonId && b.startdatum <= dag && (!b.einddatum || b.einddatum > dag));
    const kinderen = leden.filter((lid) => leeftijd(lid.geboortedatum) < 18);
    const perKind = kinderen.map((kind) => {
      const maatregel = maatregelen.find((b) => b.persoonId === kind.id);
      return maatregel
        ? { gezinId: gezin.id, kind, organisatie: DemoOrganisatie.GI, reden: `${maatregel.regieOorzaak} sinds ${maatregel.startdatum}` }
        : { gezinId: gezin.id, kind, organisatie: DemoOrganisatie.LOKAAL_TEAM, reden: "Geen maatregel: het lokale team regelt de hulp." };
    });
    return new Set(perKind.map((k) => k.organisatie)).size > 1 ? perKind : [];
  }
}
