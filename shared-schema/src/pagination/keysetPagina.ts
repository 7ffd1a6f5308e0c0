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
}

/** The largest page a list answers unless it says otherwise. */
export const MAX_PAGINA = 100;

/** A page size of 1 to `max`, else BAD_USER_INPUT naming `first`: one rule for every paged list. */
export function eisPaginagrootte(first: number, max: number = MAX_PAGINA): void {
  if (!Number.isInteger(first) || first < 1 || first > max) throw invoerFout(`'first' moet tussen 1 en ${max} liggen.`, "first");
}

/**
 * One page of a query by keyset (ordering value, then id): stable under inserts,
 * no OFFSET scans. Counts the whole result for `totalCount`. The cursor carries
 * the last row's id only, never its ordering value (a household's name is
 * identifying data the field guard may withhold): the value is looked up again
 * from the row the cursor names.
 */
export async function keysetPagina<E extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<E>,
  opties: KeysetOpties<E>,
): Promise<{ nodes: E[]; totalCount: number; pageInfo: PageInfo }> {
  const { alias, kolom, first, after } = opties;
  const richting = opties.richting ?? "ASC";
  eisPaginagrootte(first);
  const totalCount = await query.clone().getCount();
  const page = query.clone().orderBy(`${alias}.${kolom}`, richting).addOrderBy(`${alias}.id`, richting).take(first + 1);
  if (after) {
    const id = leesCursor(after);
    const metadata = query.expressionMap.mainAlias!.metadata;
    const tabel = metadata.tablePath;
    const kolomNaam = metadata.findColumnWithPropertyName(kolom)!.databaseName;
    page.andWhere(
      `(${alias}.${kolom}, ${alias}.id) ${richting === "ASC" ? ">" : "<"} (SELECT c."${kolomNaam}", c.id FROM "${tabel}" c WHERE c.id = :cursorId)`,
      { cursorId: id },
    );
  }
  const rows = await page.getMany();
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last.id) : null },
  };
}

/** The id a cursor from {@link keysetPagina} names; BAD_USER_INPUT for anything else. */
export function leesCursor(after: string): string {
  const id = decodeCursor(after);
  if (isUuid(id)) return id.toLowerCase();
  throw invoerFout("Deze cursor komt niet uit pageInfo.endCursor van deze lijst.", "after");
}
