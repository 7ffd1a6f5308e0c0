import { Gegeven, Gegevenscategorie, loopt, Organisatie, type RequestContext } from "@gezinsbeeld/shared-schema";
import { Ctx, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import { Gezin } from "../gezin/Gezin";
import { loaders } from "../gezin/gezinLoaders";
import { Persoon } from "../persoon/Persoon";
import { leeftijd } from "../persoon/PersoonResolver";

/** Who holds regie for one child, where the children of a household differ (seed 003, table 2 §3). */
@ObjectType({ description: "Regie voor één kind: de GI voor een kind met een maatregel, het lokale team voor de hulp aan een kind zonder." })
export class KindRegie {
  /** The household, for the guard; not in the schema. */
  gezinId!: string;

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Persoon)
  kind!: Persoon;

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Organisatie)
  organisatie!: Organisatie;

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => String, { description: "Waarom: de maatregel van dit kind, of dat het geen maatregel heeft." })
  reden!: string;
}

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
    const maatregelen = betrokkenheden.filter((b) => b.organisatie === Organisatie.GI && b.regieOorzaak && b.persoonId && loopt(b.startdatum, b.einddatum));
    const kinderen = leden.filter((lid) => leeftijd(lid.geboortedatum) < 18);
    const perKind = kinderen.map((kind) => {
      const maatregel = maatregelen.find((b) => b.persoonId === kind.id);
      return maatregel
        ? { gezinId: gezin.id, kind, organisatie: Organisatie.GI, reden: `${maatregel.regieOorzaak} sinds ${maatregel.startdatum}` }
        : { gezinId: gezin.id, kind, organisatie: Organisatie.LOKAAL_TEAM, reden: "Geen maatregel: het lokale team regelt de hulp." };
    });
    return new Set(perKind.map((k) => k.organisatie)).size > 1 ? perKind : [];
  }
}
