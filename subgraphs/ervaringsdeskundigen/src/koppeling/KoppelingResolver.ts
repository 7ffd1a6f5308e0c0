import {
  DatumScalar,
  eisPeriode,
  eisUuid,
  inTransaction,
  invoerFout,
  kondigAan,
  loopt,
  Medewerker,
  type RequestContext,
  Schrijft,
} from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Contactregistratie } from "../contacten/Contactregistratie";
import { loaders } from "../gezin/gezinLoaders";
import { ervaringsdeskundigeUitPool } from "../pool/poolRules";
import { aankondigingVanKoppeling } from "./aankondigingVanKoppeling";
import { ErvaringsdeskundigeKoppeling, ErvaringsdeskundigeKoppelingStatus } from "./ErvaringsdeskundigeKoppeling";
import { bestaandeKoppeling, koppelingConstraints, overlappen, statusVan } from "./koppelingRules";

@InputType({ description: "Koppeling van een ervaringsdeskundige aan een huishouden. Bewust zonder toelichting: de pool legt geen inhoud vast." })
export class KoppelingInvoer {
  @Field(() => ID, { description: "Gebruikers-id van de ervaringsdeskundige uit de pool." })
  ervaringsdeskundigeId!: string;

  @Field(() => DatumScalar)
  vanaf!: string;

  @Field(() => DatumScalar, { nullable: true, description: "Laatste dag, als die al bekend is." })
  tot?: string | null;
}

@Resolver(() => ErvaringsdeskundigeKoppeling)
export class KoppelingResolver {
  @Query(() => [ErvaringsdeskundigeKoppeling], { description: "Ervaringsdeskundigen die aan een huishouden gekoppeld zijn of waren." })
  koppelingenVanGezin(@Ctx() context: RequestContext, @Arg("gezinId", () => ID) gezinId: string): Promise<ErvaringsdeskundigeKoppeling[]> {
    eisUuid(gezinId, "gezinId");
    return context.loaders.get(loaders.koppelingenVanGezin).load(gezinId);
  }

  @Query(() => [ErvaringsdeskundigeKoppeling], { description: "De koppelingen van één ervaringsdeskundige (de caseload), eventueel alleen met een bepaalde status." })
  async koppelingenVanErvaringsdeskundige(
    @Ctx() context: RequestContext,
    @Arg("ervaringsdeskundigeId", () => ID) ervaringsdeskundigeId: string,
    @Arg("status", () => ErvaringsdeskundigeKoppelingStatus, { nullable: true, description: "Leeg: alle koppelingen." })
    status: ErvaringsdeskundigeKoppelingStatus | null,
  ): Promise<ErvaringsdeskundigeKoppeling[]> {
    const koppelingen = await context.loaders.get(loaders.koppelingenVanErvaringsdeskundige).load(ervaringsdeskundigeId);
    return status ? koppelingen.filter((koppeling) => statusVan(koppeling) === status) : koppelingen;
  }

  @Mutation(() => ErvaringsdeskundigeKoppeling, {
    description: "Koppel een ervaringsdeskundige uit de pool aan een huishouden; één lopende koppeling per ervaringsdeskundige per huishouden.",
  })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" } })
  koppelErvaringsdeskundige(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => KoppelingInvoer) invoer: KoppelingInvoer,
  ): Promise<ErvaringsdeskundigeKoppeling> {
    eisUuid(gezinId, "gezinId");
    eisPeriode(invoer.vanaf, invoer.tot, "Koppeling", "tot");
    const nieuw = { vanaf: invoer.vanaf, tot: invoer.tot ?? null };
    return inTransaction(
      context,
      async (manager) => {
        const ervaringsdeskundige = await ervaringsdeskundigeUitPool(manager, invoer.ervaringsdeskundigeId, "ervaringsdeskundigeId");
        const bestaande = await manager.getRepository(ErvaringsdeskundigeKoppeling).findBy({ gezinId, ervaringsdeskundigeId: ervaringsdeskundige.id });
        const botsend = bestaande.find((koppeling) => overlappen(koppeling, nieuw));
        if (botsend) {
          throw invoerFout(
            `${ervaringsdeskundige.naam} is al gekoppeld aan dit huishouden (vanaf ${botsend.vanaf}${botsend.tot ? ` tot ${botsend.tot}` : ", lopend"}). ` +
              "Beëindig die koppeling eerst of kies een periode die er niet mee overlapt.",
            "ervaringsdeskundigeId",
          );
        }
        const koppeling = await manager.save(
          manager.create(ErvaringsdeskundigeKoppeling, {
            gezinId,
            ervaringsdeskundigeId: ervaringsdeskundige.id,
            vanaf: nieuw.vanaf,
            tot: nieuw.tot,
            vastgelegdDoor: context.principal?.userId ?? null,
          }),
        );
        // The register follows the work: the pool's involvement this link makes, in the same transaction.
        await kondigAan(manager, aankondigingVanKoppeling(koppeling));
        return koppeling;
      },
      koppelingConstraints,
    );
  }

  @Mutation(() => ErvaringsdeskundigeKoppeling, { description: "Beëindig een koppeling; geregistreerde contacten moeten binnen de koppeling blijven vallen." })
  @Schrijft({ doet: "END", gezin: { record: ErvaringsdeskundigeKoppeling, argument: "koppelingId", soort: "Koppeling" } })
  beeindigKoppeling(
    @Ctx() context: RequestContext,
    @Arg("koppelingId", () => ID) koppelingId: string,
    @Arg("tot", () => DatumScalar, { description: "Laatste dag van de koppeling." }) tot: string,
  ): Promise<ErvaringsdeskundigeKoppeling> {
    return inTransaction(
      context,
      async (manager) => {
        const koppeling = await bestaandeKoppeling(manager, koppelingId);
        if (koppeling.tot) throw invoerFout(`Deze koppeling is al beëindigd op ${koppeling.tot}.`, "koppelingId");
        eisPeriode(koppeling.vanaf, tot, "Koppeling", "tot");
        const laatste = await manager
          .getRepository(Contactregistratie)
          .createQueryBuilder("registratie")
          .select('MAX(registratie."periodeTot")', "periodeTot")
          .where('registratie."koppelingId" = :id', { id: koppeling.id })
          .getRawOne<{ periodeTot: string | null }>();
        if (laatste?.periodeTot && laatste.periodeTot > tot) {
          throw invoerFout(
            `Er zijn contacten geregistreerd tot en met ${laatste.periodeTot}; de koppeling kan niet eerder eindigen.`,
            "tot",
          );
        }
        koppeling.tot = tot;
        const beeindigd = await manager.save(koppeling);
        await kondigAan(manager, aankondigingVanKoppeling(beeindigd));
        return beeindigd;
      },
      koppelingConstraints,
    );
  }

  @FieldResolver(() => Boolean)
  actief(@Root() koppeling: ErvaringsdeskundigeKoppeling): boolean {
    return loopt(koppeling.vanaf, koppeling.tot);
  }

  @FieldResolver(() => ErvaringsdeskundigeKoppelingStatus)
  status(@Root() koppeling: ErvaringsdeskundigeKoppeling): ErvaringsdeskundigeKoppelingStatus {
    return statusVan(koppeling);
  }

  @FieldResolver(() => Medewerker, { nullable: true })
  ervaringsdeskundige(@Root() koppeling: ErvaringsdeskundigeKoppeling, @Ctx() { loaders: l }: RequestContext): Promise<Medewerker | null> {
    return l.get(loaders.medewerker).load(koppeling.ervaringsdeskundigeId);
  }

  @FieldResolver(() => Int)
  async totaalContacten(@Root() koppeling: ErvaringsdeskundigeKoppeling, @Ctx() { loaders: l }: RequestContext): Promise<number> {
    const registraties = await l.get(loaders.contactregistratiesVanKoppeling).load(koppeling.id);
    return registraties.reduce((totaal, registratie) => totaal + registratie.aantalContacten, 0);
  }

  @FieldResolver(() => [Contactregistratie])
  contactregistraties(@Root() koppeling: ErvaringsdeskundigeKoppeling, @Ctx() { loaders: l }: RequestContext): Promise<Contactregistratie[]> {
    return l.get(loaders.contactregistratiesVanKoppeling).load(koppeling.id);
  }
}
