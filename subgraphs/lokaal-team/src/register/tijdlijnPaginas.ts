import { defineLoader, type Organisatie } from "@gezinsbeeld/shared-schema";
import type { Tijdlijnregel } from "./Tijdlijnregel";
import { Tijdlijnvolgorde } from "./TijdlijnTypes";

/** What one household's page of the timeline asks for. */
export interface Tijdlijnvraag {
  gezinId: string;
  /** 1 to {@link MAX_TIJDLIJNPAGINA}. */
  first: number;
  /** The id of the last entry of the previous page (from its cursor), or null. */
  na: string | null;
  organisaties: Organisatie[] | null;
  /** Inclusive bounds on the date, YYYY-MM-DD. */
  van: string | null;
  tot: string | null;
  volgorde: Tijdlijnvolgorde;
}

/** One household's page, before the guard decides what of it is shown. */
export interface Tijdlijnpagina {
  nodes: Tijdlijnregel[];
  totalCount: number;
  hasNextPage: boolean;
}

/** Largest page of the timeline. */
export const MAX_TIJDLIJNPAGINA = 200;

const KOLOMMEN = `t.id, t."gezinId", t.organisatie, t.soort, t.datum, t.categorie, t.titel, t.uitkomst, t."recordType", t."recordId", t."persoonId"`;

/** The filters both statements share; parameters $2 (organisaties), $3 (van), $4 (tot). */
const FILTERS = `($2::text[] IS NULL OR t.organisatie = ANY($2::text[]))
    AND ($3::date IS NULL OR t.datum >= $3::date)
    AND ($4::date IS NULL OR t.datum <= $4::date)`;

/**
 * One page of the merged timeline per household, by keyset on (date, id): for
 * every household of the request that asks the same filters, ONE statement for
 * the pages (a lateral subquery per household, each with its own cursor; the
 * index `tijdlijnregel_gezin` serves its order) and ONE for the counts, however many households and entries.
 * Households asking different filters (rare: one query asks one) make a batch each.
 */
export const tijdlijnPaginaVan = defineLoader<string, Tijdlijnpagina>("Tijdlijnregel[gezin][pagina]", async (sleutels, { db }) => {
  const groepen = new Map<string, Array<{ sleutel: string; vraag: Tijdlijnvraag }>>();
  for (const sleutel of sleutels) {
    const vraag = JSON.parse(sleutel) as Tijdlijnvraag;
    const { gezinId: _gezin, na: _na, ...filters } = vraag;
    const groep = JSON.stringify(filters);
    groepen.set(groep, [...(groepen.get(groep) ?? []), { sleutel, vraag }]);
  }
  const paginas = new Map<string, Tijdlijnpagina>();
  for (const groep of groepen.values()) {
    const { first, organisaties, van, tot, volgorde } = groep[0]!.vraag;
    const richting = volgorde === Tijdlijnvolgorde.OUDSTE_EERST ? "ASC" : "DESC";
    const voorbij = richting === "ASC" ? ">" : "<";
    const gezinIds = groep.map(({ vraag }) => vraag.gezinId);
    const filters = [organisaties, van, tot];
    // The cursor's entry is read again from the table, of the same household only, as keysetPagina does:
    // a cursor of another household's entry gives an empty page, never that entry's position.
    const [rijen, tellingen] = await Promise.all([
      db.query(
        `SELECT v.n::int AS vraagnummer, t.* FROM unnest($1::uuid[], $5::uuid[]) WITH ORDINALITY AS v(gezin_id, na, n)
        CROSS JOIN LATERAL (
          SELECT ${KOLOMMEN} FROM tijdlijnregel t
          WHERE t."gezinId" = v.gezin_id AND ${FILTERS}
            AND (v.na IS NULL OR (t.datum, t.id) ${voorbij} (SELECT c.datum, c.id FROM tijdlijnregel c WHERE c.id = v.na AND c."gezinId" = v.gezin_id))
          ORDER BY t.datum ${richting}, t.id ${richting}
          LIMIT $6
        ) t
        ORDER BY v.n, t.datum ${richting}, t.id ${richting}`,
        [gezinIds, ...filters, groep.map(({ vraag }) => vraag.na), first + 1],
      ) as Promise<Array<Tijdlijnregel & { vraagnummer: number }>>,
      db.query(`SELECT t."gezinId" AS "gezinId", count(*)::int AS aantal FROM tijdlijnregel t WHERE t."gezinId" = ANY($1::uuid[]) AND ${FILTERS} GROUP BY t."gezinId"`, [
        gezinIds,
        ...filters,
      ]) as Promise<Array<{ gezinId: string; aantal: number }>>,
    ]);
    const aantal = new Map(tellingen.map((t) => [t.gezinId, t.aantal]));
    // By question, not by household: one household asked twice (aliases, two cursors) gets two pages.
    const perVraag = new Map<number, Tijdlijnregel[]>();
    for (const { vraagnummer, ...regel } of rijen) perVraag.set(vraagnummer, [...(perVraag.get(vraagnummer) ?? []), regel]);
    for (const [i, { sleutel, vraag }] of groep.entries()) {
      const eigen = perVraag.get(i + 1) ?? [];
      paginas.set(sleutel, { nodes: eigen.slice(0, first), totalCount: aantal.get(vraag.gezinId) ?? 0, hasNextPage: eigen.length > first });
    }
  }
  return sleutels.map((sleutel) => paginas.get(sleutel)!);
});

/** The loader's key for `vraag`: one key per distinct question, in a fixed property order. */
export function tijdlijnsleutel(vraag: Tijdlijnvraag): string {
  const { gezinId, first, na, organisaties, van, tot, volgorde } = vraag;
  return JSON.stringify({ gezinId, first, na, organisaties, van, tot, volgorde });
}
