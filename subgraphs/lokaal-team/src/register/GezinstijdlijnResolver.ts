import { DatumScalar, eisPaginagrootte, encodeCursor, invoerFout, leesCursor, metEigenaar, Organisatie, type RequestContext, OrganisatieScalar } from "@gezinsbeeld/shared-schema";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { Gezin } from "../gezin/Gezin";
import type { Tijdlijnregel } from "./Tijdlijnregel";
import { isTijdlijncategorie, Tijdlijninhoud, type TijdlijninhoudWaarde, TijdlijnPagina, TijdlijnregelType, Tijdlijnvolgorde } from "./TijdlijnTypes";
import { MAX_TIJDLIJNPAGINA, tijdlijnPaginaVan, tijdlijnsleutel } from "./tijdlijnPaginas";

@Resolver(() => Gezin)
export class GezinstijdlijnResolver {
  /**
   * The merged timeline of every organisation's announced entries. Runs only
   * once the guard granted the field (the register's HULPVERLENING, so filtering
   * and ordering on date and organisation read nothing it may not); every entry
   * is then listed, its content decided by the guard per entry, for its own
   * owner and category.
   */
  @FieldResolver(() => TijdlijnPagina, { nullable: true })
  async gezinstijdlijn(
    @Root() gezin: Gezin,
    @Ctx() context: RequestContext,
    @Arg("first", () => Int, { defaultValue: 50, description: `Aantal regels per pagina (1-${MAX_TIJDLIJNPAGINA}).` }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor uit pageInfo.endCursor." }) after: string | null,
    @Arg("organisaties", () => [OrganisatieScalar], { nullable: true, description: "Alleen regels van deze organisaties." }) organisaties: Organisatie[] | null,
    @Arg("van", () => DatumScalar, { nullable: true, description: "Alleen regels op of na deze datum." }) van: string | null,
    @Arg("tot", () => DatumScalar, { nullable: true, description: "Alleen regels op of vóór deze datum." }) tot: string | null,
    @Arg("volgorde", () => Tijdlijnvolgorde, { defaultValue: Tijdlijnvolgorde.NIEUWSTE_EERST, description: "Op datum, daarna op regel." }) volgorde: Tijdlijnvolgorde,
  ): Promise<TijdlijnPagina> {
    eisPaginagrootte(first, MAX_TIJDLIJNPAGINA);
    const na = after ? leesCursor(after) : null;
    if (van && tot && van > tot) throw invoerFout(`De periode klopt niet: 'van' (${van}) ligt na 'tot' (${tot}).`, "van");
    if (organisaties && organisaties.length === 0) throw invoerFout("Geef ten minste één organisatie op, of laat 'organisaties' weg.", "organisaties");
    // An argument left out arrives as undefined: one form for "no filter" in the loader's key.
    const vraag = { gezinId: gezin.id, first, na, organisaties: organisaties ?? null, van: van ?? null, tot: tot ?? null, volgorde };
    const pagina = await context.loaders.get(tijdlijnPaginaVan).load(tijdlijnsleutel(vraag));
    const last = pagina.nodes[pagina.nodes.length - 1];
    return {
      gezinId: gezin.id,
      nodes: pagina.nodes,
      totalCount: pagina.totalCount,
      pageInfo: { hasNextPage: pagina.hasNextPage, endCursor: last ? encodeCursor(last.id) : null },
    };
  }
}

@Resolver(() => TijdlijnregelType)
export class TijdlijnregelResolver {
  /** The entry's content as its owner's data: the guard decides each field for that owner and category. */
  @FieldResolver(() => Tijdlijninhoud, { nullable: true })
  inhoud(@Root() regel: Tijdlijnregel): TijdlijninhoudWaarde {
    // An entry of a category no content type carries is not shown under another: it fails (closed, and logged as an internal error).
    if (!isTijdlijncategorie(regel.categorie)) throw new Error(`tijdlijnregel ${regel.id}: category ${regel.categorie} has no timeline content type`);
    const { categorie, gezinId, persoonId, soort, titel, uitkomst, recordType, recordId } = regel;
    return metEigenaar({ categorie, gezinId, persoonId, soort, titel, uitkomst, recordType, recordId }, regel.organisatie);
  }
}
