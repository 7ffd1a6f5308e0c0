import { Directive, Int, ObjectType, type ClassType } from "type-graphql";
import { GeenPersoonsgegeven } from "../classification/gegevens";

/** Cursor-based page information, the same in every subgraph. */
@ObjectType({ description: "Paginering: cursor van het laatste element en of er meer zijn." })
@Directive("@shareable")
export class PageInfo {
  @GeenPersoonsgegeven(() => String, { nullable: true })
  endCursor!: string | null;

  @GeenPersoonsgegeven()
  hasNextPage!: boolean;
}

/** Opaque cursor for keyset pagination over a text key. */
export function encodeCursor(key: string): string {
  return Buffer.from(key, "utf8").toString("base64url");
}

/** The key a cursor stands for. */
export function decodeCursor(cursor: string): string {
  return Buffer.from(cursor, "base64url").toString("utf8");
}

/**
 * A page of `itemType`, cursor-paginated. Subclass with `@ObjectType("GezinPagina")`.
 * Each node's fields carry their own classification; the page itself holds none.
 */
export function Pagina<T extends object>(itemType: ClassType<T>) {
  // Abstract: only the named subclasses reach the schema.
  @ObjectType()
  abstract class PaginaClass {
    @GeenPersoonsgegeven(() => [itemType])
    nodes!: T[];

    @GeenPersoonsgegeven(() => PageInfo)
    pageInfo!: PageInfo;

    @GeenPersoonsgegeven(() => Int, { description: "Totaal aantal elementen over alle pagina's." })
    totalCount!: number;
  }
  return PaginaClass;
}
