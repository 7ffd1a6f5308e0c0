import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { invoerFout } from "../errors";
import { isUuid } from "../validation";
import { decodeCursor, encodeCursor, type PageInfo } from "./Pagina";

/** Options of {@link keysetPagina}. */
export interface KeysetOpties<E> {
  /** Alias of the entity in the query, e.g. `gezin`. */
  alias: string;
  /** Property to order by before the id, e.g. `naam`. */
  kolom: string;
  /** Default `ASC`. */
  richting?: "ASC" | "DESC";
  /** Page size; 1 to 100 (BAD_USER_INPUT otherwise). */
  first: number;
  /** Cursor from `pageInfo.endCursor`, or null for the first page. */
  after: string | null;
  /** The row's ordering value as text (an ISO time for dates). */
  sleutel: (row: E) => string;
}

const MAX_PAGINA = 100;

/**
 * One page of a query by keyset (ordering value, then id): stable under inserts,
 * no OFFSET scans. Counts the whole result for `totalCount`.
 */
export async function keysetPagina<E extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<E>,
  opties: KeysetOpties<E>,
): Promise<{ nodes: E[]; totalCount: number; pageInfo: PageInfo }> {
  const { alias, kolom, first, after } = opties;
  const richting = opties.richting ?? "ASC";
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGINA) throw invoerFout(`'first' moet tussen 1 en ${MAX_PAGINA} liggen.`, "first");
  const totalCount = await query.clone().getCount();
  const page = query.clone().orderBy(`${alias}.${kolom}`, richting).addOrderBy(`${alias}.id`, richting).take(first + 1);
  if (after) {
    const [waarde, id] = leesCursor(after);
    page.andWhere(`(${alias}.${kolom}, ${alias}.id) ${richting === "ASC" ? ">" : "<"} (:waarde, :id)`, { waarde, id });
  }
  const rows = await page.getMany();
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(JSON.stringify([opties.sleutel(last), last.id])) : null },
  };
}

function leesCursor(after: string): [string, string] {
  try {
    const [waarde, id] = JSON.parse(decodeCursor(after)) as [unknown, unknown];
    if (typeof waarde === "string" && typeof id === "string" && isUuid(id)) return [waarde, id];
  } catch {
    // Falls through to the refusal below.
  }
  throw invoerFout("Deze cursor komt niet uit pageInfo.endCursor van deze lijst.", "after");
}
