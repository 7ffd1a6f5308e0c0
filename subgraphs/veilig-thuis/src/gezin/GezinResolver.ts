import { type RequestContext } from "@gezinsbeeld/shared-schema";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AdviesConsult } from "../advies/AdviesConsult";
import { Melding } from "../melding/Melding";
import { VeiligThuisOnderzoek } from "../onderzoek/VeiligThuisOnderzoek";
import { Veiligheidstaxatie } from "../veiligheidstaxatie/Veiligheidstaxatie";
import { VertrouwensartsAdvies } from "../vertrouwensarts/VertrouwensartsAdvies";
import { Gezin } from "./Gezin";
import { loaders } from "./gezinLoaders";

@Resolver(() => Gezin)
export class GezinResolver {
  @FieldResolver(() => [Melding])
  meldingen(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Melding[]> {
    return l.get(loaders.meldingenVanGezin).load(gezin.id);
  }

  @FieldResolver(() => [Veiligheidstaxatie])
  veiligheidstaxaties(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<Veiligheidstaxatie[]> {
    return l.get(loaders.veiligheidstaxatiesVanGezin).load(gezin.id);
  }

  @FieldResolver(() => [VeiligThuisOnderzoek])
  onderzoeken(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<VeiligThuisOnderzoek[]> {
    return l.get(loaders.onderzoekenVanGezin).load(gezin.id);
  }

  @FieldResolver(() => [VertrouwensartsAdvies])
  vertrouwensartsAdviezen(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<VertrouwensartsAdvies[]> {
    return l.get(loaders.vertrouwensartsAdviezenVanGezin).load(gezin.id);
  }

  @FieldResolver(() => [AdviesConsult])
  adviezen(@Root() gezin: Gezin, @Ctx() { loaders: l }: RequestContext): Promise<AdviesConsult[]> {
    return l.get(loaders.adviezenVanGezin).load(gezin.id);
  }
}
