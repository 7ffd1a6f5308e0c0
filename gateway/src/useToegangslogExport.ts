import type { ApolloServer } from "@apollo/server";
import { type Organisatie, organisatieRegister, verzoekIdVan, parseOrganisatie, type Principal, Rol, TOEGANGSLOG_MAX_PAGINA, toegangslogQueryNaam } from "@gezinsbeeld/shared-schema";
import type { Request, RequestHandler } from "express";
import type { GatewayContext } from "./startGateway";
import { principalOf } from "./useUserToken";

/** Options of {@link useToegangslogExport}. */
export interface ToegangslogExportOptions {
  /**
   * The gateway's own Apollo Server. The export runs its queries through it, so
   * they are planned, signed and guarded exactly like any other query, and every
   * organisation records the export in its own log.
   */
  server: ApolloServer<GatewayContext>;
  /** Entries asked of an organisation per page. Default the largest page a log serves (500). */
  pageSize?: number;
}

/**
 * The CSV columns: NEN 7513's elements (gebeurtenis, datum en tijd, gebruiker,
 * namens, cliënt, wat, grondslag, noodprocedure), then where the entry is kept.
 */
export const TOEGANGSLOG_CSV_KOLOMMEN = [
  "gebeurtenis",
  "datum_tijd",
  "gebruiker",
  "namens_organisatie",
  "namens_rol",
  "client_gezin",
  "client_persoon",
  "wat_categorieen",
  "wat_velden",
  "beslissing",
  "reden",
  "grondslag",
  "grondslag_bron",
  "noodprocedure",
  "doel",
  "verzoek_id",
  "operatie",
  "log_organisatie",
  "volgnummer",
  "subgraph",
] as const;

/** One entry as the per-organisation queries return it. */
interface Regel {
  volgnummer: string;
  tijdstip: string;
  requestId: string;
  handeling: string | null;
  gebruiker: string | null;
  organisatie: string | null;
  rol: string;
  gezinId: string | null;
  persoonId: string | null;
  categorieen: string[] | null;
  veldpaden: string[] | null;
  beslissing: string | null;
  reden: string | null;
  grondslag: string | null;
  bron: string | null;
  noodprocedure: boolean | null;
  doel: string | null;
  operatie: string | null;
  subgraph: string;
}

interface Pagina {
  nodes: Regel[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A refusal or failure before any CSV was sent, answered as a GraphQL error body. */
class ExportFout extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * `GET /export/toegangslog.csv?organisaties=GI,RVDK&gezinId=…&van=…&tot=…`: the
 * access logs of the named organisations as one CSV download (semicolon
 * separated, header row, RFC 4180 quoting), newest first per organisation.
 * Mount it behind `useUserToken`: it asks as the verified principal.
 *
 * Query parameters, all optional: `organisaties` (default: every organisation
 * for a privacy officer of the partnership or an inwoner, else the requester's
 *  own), `gezinId`, `persoonId`, `gebruiker`, `organisatie` (on whose behalf), `beslissing`, `alleenNoodtoegang`, `alleenProfessionals`,
 * `van` and `tot` (an ISO moment, or a day `YYYY-MM-DD` in Dutch time: `van` from
 * its start, `tot` through its end).
 *
 * Every page is a query with `export: true` under one request id (the
 * `x-request-id` response header), so each organisation records the export as
 * EXPORT. A refusal by any organisation, or bad input, answers 403 or 400 with no
 * CSV at all; a failure after the first rows were sent breaks off the download.
 */
export function useToegangslogExport(options: ToegangslogExportOptions): RequestHandler {
  const pageSize = options.pageSize ?? TOEGANGSLOG_MAX_PAGINA;
  return async (req, res) => {
    const principal = principalOf(res);
    // As for /graphql: the request id is the trace id, so an export's log entries lead to its trace.
    const requestId = verzoekIdVan(req);
    res.setHeader("x-request-id", requestId);
    res.setHeader("cache-control", "no-store");
    const context: GatewayContext = { requestId, doel: req.header("x-doel")?.slice(0, 500) ?? null, principal };
    const vraag = async (organisatie: Organisatie, after: string | null): Promise<Pagina> =>
      pagina(options.server, context, organisatie, { filter: filterUit(req), first: pageSize, after });

    let organisaties: Organisatie[];
    const eerste: Pagina[] = [];
    try {
      organisaties = organisatiesUit(req, principal);
      // Every organisation's first page before a single byte: a refusal then stops the whole export.
      for (const organisatie of organisaties) eerste.push(await vraag(organisatie, null));
    } catch (error) {
      if (!(error instanceof ExportFout)) throw error;
      res.status(error.status).json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.extensions } }] });
      return;
    }

    const datum = new Date().toISOString().slice(0, 10);
    res.status(200);
    res.setHeader("content-type", "text/csv; charset=utf-8; header=present");
    res.setHeader("content-disposition", `attachment; filename="toegangslog-${datum}.csv"`);
    res.write(csvRegel(TOEGANGSLOG_CSV_KOLOMMEN));
    try {
      for (const [i, organisatie] of organisaties.entries()) {
        let page = eerste[i] as Pagina;
        for (;;) {
          res.write(page.nodes.map((regel) => csvRegel(kolommen(regel, organisatie))).join(""));
          if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
          page = await vraag(organisatie, page.pageInfo.endCursor);
        }
      }
      res.end();
    } catch (error) {
      // The status is sent: breaking the connection is the only way left to say the file is incomplete.
      console.error(JSON.stringify({ event: "toegangslog-export-afgebroken", requestId, fout: String(error) }));
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  };
}

const REGEL_VELDEN = `volgnummer tijdstip requestId handeling gebruiker organisatie rol gezinId persoonId categorieen veldpaden
  beslissing reden grondslag bron noodprocedure doel operatie subgraph`;

async function pagina(
  server: ApolloServer<GatewayContext>,
  contextValue: GatewayContext,
  organisatie: Organisatie,
  variables: { filter: Record<string, unknown>; first: number; after: string | null },
): Promise<Pagina> {
  const query = `query ToegangslogExport($filter: ToegangslogFilter, $first: Int!, $after: String) {
    log: ${toegangslogQueryNaam(organisatie)}(filter: $filter, first: $first, after: $after, export: true) {
      pageInfo { hasNextPage endCursor }
      nodes { ${REGEL_VELDEN} }
    }
  }`;
  const response = await server.executeOperation<{ log: Pagina | null }>({ query, variables }, { contextValue });
  if (response.body.kind !== "single") throw new ExportFout(502, "INTERNAL_SERVER_ERROR", "Onverwacht antwoord van de gateway.");
  const { data, errors } = response.body.singleResult;
  const fout = errors?.[0];
  if (fout || !data?.log) {
    const code = typeof fout?.extensions?.code === "string" ? fout.extensions.code : "INTERNAL_SERVER_ERROR";
    const status = code === "FORBIDDEN" ? 403 : code === "BAD_USER_INPUT" || code === "GRAPHQL_VALIDATION_FAILED" ? 400 : 502;
    const { stacktrace: _stacktrace, ...extensions } = fout?.extensions ?? {};
    throw new ExportFout(status, code, `${organisatie}: ${fout?.message ?? "geen toegangslog ontvangen"}`, { ...extensions, organisatie });
  }
  return data.log;
}

function organisatiesUit(req: Request, principal: Principal): Organisatie[] {
  const tekst = queryTekst(req, "organisaties");
  if (!tekst) {
    if (principal.samenwerking || principal.rol === Rol.INWONER) return organisatieRegister().codes();
    if (!principal.organisatie) throw new ExportFout(400, "BAD_USER_INPUT", "Noem de organisaties: ?organisaties=GI,RVDK.");
    return [principal.organisatie];
  }
  const organisaties = tekst.split(",").map((deel) => {
    const organisatie = parseOrganisatie(deel.trim());
    if (!organisatie) throw new ExportFout(400, "BAD_USER_INPUT", `Onbekende organisatie '${deel.trim()}'; geldig zijn ${organisatieRegister().codes().join(", ")}.`);
    return organisatie;
  });
  return [...new Set(organisaties)];
}

/** The `ToegangslogFilter` from the query string; the subgraphs check ids and values. */
function filterUit(req: Request): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const naam of ["gezinId", "persoonId", "gebruiker", "organisatie", "beslissing"] as const) {
    const waarde = queryTekst(req, naam);
    if (waarde) filter[naam] = waarde;
  }
  const nood = queryTekst(req, "alleenNoodtoegang");
  if (nood) filter.alleenNoodtoegang = nood === "true" || nood === "1";
  const professionals = queryTekst(req, "alleenProfessionals");
  if (professionals) filter.alleenProfessionals = professionals === "true" || professionals === "1";
  const van = queryTekst(req, "van");
  const tot = queryTekst(req, "tot");
  if (van) filter.van = moment(van, "van", 0);
  if (tot) filter.tot = moment(tot, "tot", 1);
  return filter;
}

function queryTekst(req: Request, naam: string): string | undefined {
  const waarde = req.query[naam];
  return typeof waarde === "string" && waarde.trim() !== "" ? waarde.trim() : undefined;
}

/**
 * An ISO moment as given, or a day (YYYY-MM-DD) as the start of that day plus
 * `dagenErbij` days in Dutch time: the log's days are the household's days.
 */
function moment(tekst: string, veld: string, dagenErbij: number): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(tekst)) {
    const dag = new Date(`${tekst}T00:00:00Z`);
    if (Number.isNaN(dag.getTime()) || dag.toISOString().slice(0, 10) !== tekst) {
      throw new ExportFout(400, "BAD_USER_INPUT", `'${veld}': ${tekst} is geen bestaande datum.`, { veld });
    }
    dag.setUTCDate(dag.getUTCDate() + dagenErbij);
    return middernachtInNederland(dag).toISOString();
  }
  if (Number.isNaN(Date.parse(tekst))) {
    throw new ExportFout(400, "BAD_USER_INPUT", `'${veld}': geef een datum (JJJJ-MM-DD) of een ISO-tijdstip, niet '${tekst}'.`, { veld });
  }
  return new Date(tekst).toISOString();
}

/** Midnight in Europe/Amsterdam on the UTC calendar day of `dag`. */
function middernachtInNederland(dag: Date): Date {
  const utc = dag.getTime();
  const gok = utc - afwijkingMinuten(new Date(utc)) * 60_000;
  // On the day summer time starts or ends the offset at midnight can differ from the one at the UTC guess.
  return new Date(utc - afwijkingMinuten(new Date(gok)) * 60_000);
}

const AMSTERDAM = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Amsterdam", timeZoneName: "longOffset" });

function afwijkingMinuten(op: Date): number {
  const naam = AMSTERDAM.formatToParts(op).find((deel) => deel.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(naam);
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

function kolommen(regel: Regel, organisatie: Organisatie): Array<string | null> {
  return [
    regel.handeling,
    regel.tijdstip,
    regel.gebruiker,
    regel.organisatie,
    regel.rol,
    regel.gezinId,
    regel.persoonId,
    regel.categorieen?.join(",") ?? null,
    regel.veldpaden?.join(",") ?? null,
    regel.beslissing,
    regel.reden,
    regel.grondslag,
    regel.bron,
    regel.noodprocedure === null ? null : String(regel.noodprocedure),
    regel.doel,
    regel.requestId,
    regel.operatie,
    organisatie,
    regel.volgnummer,
    regel.subgraph,
  ];
}

/** One CSV record: `;`-separated, RFC 4180 quoting, CRLF. */
function csvRegel(waarden: ReadonlyArray<string | null>): string {
  return `${waarden.map(csvVeld).join(";")}\r\n`;
}

function csvVeld(waarde: string | null): string {
  if (waarde === null) return "";
  // A cell that starts like a formula would run as one in a spreadsheet (CSV injection): the purpose is free text.
  const veilig = /^[=+\-@\t\r]/.test(waarde) ? `'${waarde}` : waarde;
  return /[;"\r\n]/.test(veilig) ? `"${veilig.replace(/"/g, '""')}"` : veilig;
}
