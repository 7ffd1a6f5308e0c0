import { DatumScalar, eisPeriode, type RequestContext } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { ErvaringsdeskundigeKoppeling } from "../koppeling/ErvaringsdeskundigeKoppeling";
import { Gezin } from "./Gezin";
import { loaders } from "./gezinLoaders";

@Resolver(() => Gezin)
export class GezinResolver {
  @FieldResolver(() => [ErvaringsdeskundigeKoppeling])
  ervaringsdeskundigen(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<ErvaringsdeskundigeKoppeling[]> {
    return l.get(loaders.koppelingenVanGezin).load(gezin.id);
  }

  // The period is applied in memory to all of the household's registrations, so
  // many households with different arguments still cost one batched query.
  @FieldResolver(() => Int)
  async aantalContactenErvaringsdeskundigen(
    @Root() gezin: Gezin,
    @Ctx() { loaders: l }: RequestContext,
    @Arg("van", () => DatumScalar, { nullable: true, description: "Eerste dag van de periode; leeg: vanaf het begin." }) van: string | null,
    @Arg("tot", () => DatumScalar, { nullable: true, description: "Laatste dag van de periode; leeg: zonder einde." }) tot: string | null,
  ): Promise<number> {
    if (van) eisPeriode(van, tot, "Periode", "tot");
    const registraties = await l.get(loaders.contactregistratiesVanGezin).load(gezin.id);
    return registraties
      .filter((registratie) => (!tot || registratie.periodeVan <= tot) && (!van || registratie.periodeTot >= van))
      .reduce((totaal, registratie) => totaal + registratie.aantalContacten, 0);
  }
}
