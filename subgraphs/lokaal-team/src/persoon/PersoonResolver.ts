import { eisTekst, invoerFout, isUuid, nietGevonden, optioneleTekst, type RequestContext, vandaag, Schrijft } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { EntityManager } from "typeorm";
import { Gezin } from "../gezin/Gezin";
import { loaders } from "../gezin/gezinLoaders";
import { legVastBijGezin } from "../gezin/gezinRules";
import { Persoon } from "./Persoon";
import { PersoonInvoer } from "./persoonInputs";

/** A new member, validated; not yet saved. */
export function nieuwePersoon(manager: EntityManager, gezinId: string, invoer: PersoonInvoer): Persoon {
  if (invoer.geboortedatum > vandaag()) {
    throw invoerFout(`De geboortedatum ${invoer.geboortedatum} ligt in de toekomst.`, "geboortedatum");
  }
  return manager.create(Persoon, {
    gezinId,
    bsn: invoer.bsn,
    voornamen: eisTekst(invoer.voornamen, "voornamen"),
    achternaam: eisTekst(invoer.achternaam, "achternaam"),
    geboortedatum: invoer.geboortedatum,
    gezinsrol: invoer.gezinsrol,
    telefoon: optioneleTekst(invoer.telefoon),
  });
}

/** Whole years between a date of birth and a day. */
export function leeftijd(geboortedatum: string, dag: string = vandaag()): number {
  const jaren = Number(dag.slice(0, 4)) - Number(geboortedatum.slice(0, 4));
  return dag.slice(5) < geboortedatum.slice(5) ? jaren - 1 : jaren;
}

@Resolver(() => Persoon)
export class PersoonResolver {
  @Query(() => Persoon, { nullable: true, description: "Eén lid van een huishouden." })
  async persoon(@Ctx() context: RequestContext, @Arg("id", () => ID) id: string): Promise<Persoon> {
    const persoon = isUuid(id) ? await context.loaders.get(loaders.persoon).load(id) : null;
    if (!persoon) throw nietGevonden("Persoon", id);
    return persoon;
  }

  @Mutation(() => Persoon, { description: "Voeg een lid toe aan een huishouden." })
  @Schrijft({ doet: "CREATE", gezin: { argument: "gezinId" } })
  voegGezinslidToe(
    @Ctx() context: RequestContext,
    @Arg("gezinId", () => ID) gezinId: string,
    @Arg("invoer", () => PersoonInvoer) invoer: PersoonInvoer,
  ): Promise<Persoon> {
    return legVastBijGezin(context, gezinId, Persoon, async (gezin, manager) => {
      const dubbel = await manager.getRepository(Persoon).findOneBy({ gezinId: gezin.id, bsn: invoer.bsn });
      if (dubbel) throw invoerFout(`Iemand met BSN ${invoer.bsn} is al lid van dit huishouden.`, "bsn");
      return nieuwePersoon(manager, gezin.id, invoer);
    });
  }

  @FieldResolver(() => Boolean)
  minderjarig(@Root() persoon: Persoon): boolean {
    return leeftijd(persoon.geboortedatum) < 18;
  }

  @FieldResolver(() => Gezin, { nullable: true })
  gezin(@Root() persoon: Persoon, @Ctx() { loaders: l }: RequestContext): Promise<Gezin | null> {
    return l.get(loaders.gezin).load(persoon.gezinId);
  }
}

/**
 * `_entities` for `Persoon`, by `id` or by `id gezinId`. A representation that
 * names another household than the member's own resolves to nothing: a partner
 * cannot make a member appear under the wrong household.
 */
export async function resolvePersoonReference(reference: { id: string; gezinId?: string }, context: RequestContext): Promise<Persoon | null> {
  if (!isUuid(reference.id)) return null;
  const persoon = await context.loaders.get(loaders.persoon).load(reference.id.toLowerCase());
  if (!persoon || (reference.gezinId !== undefined && reference.gezinId.toLowerCase() !== persoon.gezinId)) return null;
  return persoon;
}
