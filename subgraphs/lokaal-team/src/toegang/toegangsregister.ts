import { defineLoader, isUuid, type Principal, type RegisterBron, type RequestContext, type Toegangsbasis } from "@gezinsbeeld/shared-schema";
import { Gezin } from "../gezin/Gezin";
import { alleenZichtbaar } from "../gezin/zichtbareGezinnen";
import { loaders } from "../gezin/gezinLoaders";
import { verwerkAankondiging, volgVerlopenEinden } from "../register/verwerkAankondiging";

/**
 * The access register of each household in `gezinIds`, in the same order; an
 * unknown (or malformed) id gives `bestaat: false` with empty lists, so the
 * policy fails closed. Loads through the request's loaders: one statement per
 * table per request, however many households, and shared with the resolvers
 * of the same request. Never cached across requests, so a consent withdrawn
 * counts on the very next one.
 *
 * Read by the decision service and the field guard of this subgraph; never
 * handed to anyone (decisions leave, the register does not).
 */
export function laadToegangsbases(gezinIds: readonly string[], context: RequestContext): Promise<Toegangsbasis[]> {
  return context.loaders.get(toegangsbasisVanGezin).loadMany(gezinIds).then((bases) =>
    bases.map((basis) => {
      if (basis instanceof Error) throw basis;
      return basis;
    }),
  );
}

/**
 * Each household's register built once per request: the register holder
 * decides for its own data and, for the gateway, for every partner the plan
 * calls next (five owners on a page), all from the same register.
 */
const toegangsbasisVanGezin = defineLoader<string, Toegangsbasis>("toegangsbasisVanGezin", (gezinIds, context) =>
  Promise.all(gezinIds.map((gezinId) => laadToegangsbasis(gezinId, context))),
);

async function laadToegangsbasis(gezinId: string, { loaders: l }: RequestContext): Promise<Toegangsbasis> {
  if (!isUuid(gezinId)) return onbekend(gezinId);
  // Ids are stored in PostgreSQL's lower case; the loaders match keys exactly.
  const id = gezinId.toLowerCase();
  const [gezin, leden, betrokkenheden, { toestemmingen, noodtoegangen, uitzonderingen }] = await Promise.all([
    l.get(loaders.gezin).load(id),
    l.get(loaders.ledenVanGezin).load(id),
    l.get(loaders.betrokkenhedenVanGezin).load(id),
    l.get(toegangsfeitenVanGezin).load(id),
  ]);
  if (!gezin) return onbekend(gezinId);
  return {
    gezinId,
    bestaat: true,
    afgeslotenOp: gezin.afgeslotenOp,
    vasteContactpersoonId: gezin.vasteContactpersoonId,
    ledenBsn: leden.map((lid) => lid.bsn),
    betrokkenheden: betrokkenheden.map((b) => ({
      organisatie: b.organisatie,
      regime: b.regime,
      anoniem: b.anoniem,
      startdatum: b.startdatum,
      einddatum: b.einddatum,
      medewerkerId: b.medewerkerId,
      geinformeerdOp: b.geinformeerdOp,
    })),
    toestemmingen,
    noodtoegangen,
    uitzonderingenScheidingVanTaken: uitzonderingen,
  };
}

/** What only the register needs of a household (its resolvers load these through their own loaders when asked). */
interface Toegangsfeiten {
  toestemmingen: Toegangsbasis["toestemmingen"];
  noodtoegangen: Toegangsbasis["noodtoegangen"];
  uitzonderingen: string[];
}

/**
 * The register's own facts of each household in one statement per request,
 * however many households: consents, break-glass claims and exceptions to the
 * separation of duties, each in the order its own loader gives (the first valid
 * consent is the basis named). The household, its members and involvements come
 * through the loaders the resolvers share.
 */
const toegangsfeitenVanGezin = defineLoader<string, Toegangsfeiten>("toegangsfeitenVanGezin", async (gezinIds, { db }) => {
  const rijen = (await db.query(
    `SELECT g.id::text AS id,
      (SELECT coalesce(json_agg(json_build_object('id', t.id, 'partner', t.partner, 'categorieen', t.categorieen, 'gegevenOp', t."gegevenOp"::text,
          'ingetrokkenOp', t."ingetrokkenOp") ORDER BY t."gegevenOp", t.id), '[]'::json) FROM toestemming t WHERE t."gezinId" = g.id) AS toestemmingen,
      (SELECT coalesce(json_agg(json_build_object('id', n.id, 'userId', n."userId", 'organisatie', n.organisatie, 'vanaf', n.vanaf, 'tot', n.tot)
          ORDER BY n.vanaf, n.id), '[]'::json) FROM noodtoegang n WHERE n."gezinId" = g.id) AS noodtoegangen,
      (SELECT coalesce(json_agg(u."medewerkerId" ORDER BY u."vastgelegdOp", u.id), '[]'::json) FROM uitzondering_scheiding_van_taken u WHERE u."gezinId" = g.id) AS uitzonderingen
    FROM unnest($1::uuid[]) AS g(id)`,
    [gezinIds],
  )) as Array<{ id: string; toestemmingen: Array<Toegangsbasis["toestemmingen"][number]>; noodtoegangen: Array<Toegangsbasis["noodtoegangen"][number]>; uitzonderingen: string[] }>;
  const perId = new Map(rijen.map((rij) => [rij.id, rij]));
  // Moments as JavaScript writes them (the policy compares them as moments; JSON gives PostgreSQL's own notation).
  const moment = (waarde: string | null): string | null => (waarde === null ? null : new Date(waarde).toISOString());
  return gezinIds.map((id) => {
    const rij = perId.get(id);
    return {
      toestemmingen: (rij?.toestemmingen ?? []).map((t) => ({ ...t, ingetrokkenOp: moment(t.ingetrokkenOp) })),
      noodtoegangen: (rij?.noodtoegangen ?? []).map((n) => ({ ...n, vanaf: moment(n.vanaf)!, tot: moment(n.tot)! })),
      uitzonderingen: rij?.uitzonderingen ?? [],
    };
  });
});

function onbekend(gezinId: string): Toegangsbasis {
  return {
    gezinId,
    bestaat: false,
    afgeslotenOp: null,
    vasteContactpersoonId: null,
    ledenBsn: [],
    betrokkenheden: [],
    toestemmingen: [],
    noodtoegangen: [],
  };
}

/** For each of `persoonIds`: a member of the household? One batched load with the request's other reads. */
async function zijnLeden(gezinId: string, persoonIds: readonly string[], { loaders: l }: RequestContext): Promise<boolean[]> {
  if (!isUuid(gezinId)) return persoonIds.map(() => false);
  const leden = new Set((await l.get(loaders.ledenVanGezin).load(gezinId.toLowerCase())).map((lid) => lid.id));
  return persoonIds.map((id) => leden.has(id.toLowerCase()));
}

/** The households `principal` may list, narrowed in SQL by the need-to-know rule (`alleenZichtbaar`). */
async function kandidaten(principal: Principal, { db }: RequestContext): Promise<string[]> {
  const rijen = await alleenZichtbaar(db.getRepository(Gezin).createQueryBuilder("gezin").select("gezin.id").where("true"), principal).getMany();
  return rijen.map((gezin) => gezin.id);
}

/** The access register the local team keeps, as the decision service reads it. */
export const toegangsregister: RegisterBron = { bases: laadToegangsbases, leden: zijnLeden, kandidaten, verwerk: verwerkAankondiging, onderhoud: (db) => volgVerlopenEinden(db).then(() => undefined) };
