import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { type DocumentNode, GraphQLError, type GraphQLFieldResolver, GraphQLScalarType, Kind, parse } from "graphql";
import type { Pool } from "pg";
import { kondigAan, type Relay, trajectAankondiging } from "./aankondigingen";
import { type Beslissing, GeenBesluit, type Besluiten, isUuid } from "./beslisser";
import { ORGANISATIE } from "./config";
import { inTransactie } from "./db";
import { invoerFout, toegangOnbekend, verboden } from "./fouten";
import type { Oproep } from "./identiteit";
import { type Handeling, leesLog, type Logboek, type Logfilter, type Regel, schrijfRegels } from "./toegangslog";
import { vandaag } from "./seed";

/** What every resolver of one request has. */
export interface Context {
  oproep: Oproep;
  besluiten: Besluiten;
  log: Logboek;
  pool: Pool;
  relay: Relay;
  trajecten: Trajectlader;
}

/** The SDL the gateway composes (`schema.graphql` beside `dist/`), parsed once. */
export const SCHEMA_BESTAND = path.resolve(__dirname, "..", "schema.graphql");
export function leesSdl(): DocumentNode {
  return parse(readFileSync(SCHEMA_BESTAND, "utf8"));
}

/** Each field's category, read from the SDL itself (`@gegevens(categorie: …)`): the guard cannot forget a field. */
export function categorieen(document: DocumentNode): Map<string, string> {
  const uit = new Map<string, string>();
  for (const d of document.definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const f of d.fields ?? []) {
      const arg = f.directives?.find((x) => x.name.value === "gegevens")?.arguments?.find((a) => a.name.value === "categorie");
      if (arg?.value.kind === Kind.STRING) uit.set(`${d.name.value}.${f.name.value}`, arg.value.value);
    }
  }
  return uit;
}

/** A trajectory as resolvers see it. */
interface Traject {
  id: string;
  gezinId: string;
  soort: string;
  startdatum: string;
  einddatum: string | null;
  actief: boolean;
  doel: string | null;
  behandelaar: string | null;
  diagnose: string | null;
  intensiteit: string;
  behandelaarId: string;
}

const TRAJECT_SQL = `SELECT t.id, t.gezin_id, t.soort, to_char(t.startdatum, 'YYYY-MM-DD') AS startdatum, to_char(t.einddatum, 'YYYY-MM-DD') AS einddatum,
  t.doel, t.diagnose, t.intensiteit, t.behandelaar_id, m.naam AS behandelaar FROM ggz_traject t JOIN ggz_medewerker m ON m.id = t.behandelaar_id`;

function alsTraject(r: Record<string, string | null>, dag = vandaag()): Traject {
  return {
    id: r.id!,
    gezinId: r.gezin_id!,
    soort: r.soort!,
    startdatum: r.startdatum!,
    einddatum: r.einddatum,
    actief: r.startdatum! <= dag && (r.einddatum === null || r.einddatum >= dag),
    doel: r.doel,
    behandelaar: r.behandelaar,
    diagnose: r.diagnose,
    intensiteit: r.intensiteit!,
    behandelaarId: r.behandelaar_id!,
  };
}

/** One `WHERE gezin_id = ANY(…)` per request turn for every household whose trajectories are asked: no N+1. */
export class Trajectlader {
  private readonly bekend = new Map<string, Promise<Traject[]>>();
  private wachtrij = new Map<string, { resolve: (t: Traject[]) => void; reject: (e: unknown) => void }>();
  constructor(private readonly pool: Pool) {}
  voor(gezinId: string): Promise<Traject[]> {
    let lijst = this.bekend.get(gezinId);
    if (!lijst) {
      lijst = new Promise((resolve, reject) => this.wachtrij.set(gezinId, { resolve, reject }));
      this.bekend.set(gezinId, lijst);
      if (this.wachtrij.size === 1) setImmediate(() => void this.laad());
    }
    return lijst;
  }
  private async laad(): Promise<void> {
    const wachtrij = this.wachtrij;
    this.wachtrij = new Map();
    try {
      const { rows } = await this.pool.query(`${TRAJECT_SQL} WHERE t.gezin_id = ANY($1::uuid[]) ORDER BY t.startdatum, t.id`, [[...wachtrij.keys()]]);
      const dag = vandaag();
      for (const [id, w] of wachtrij) w.resolve(rows.filter((r) => r.gezin_id === id).map((r) => alsTraject(r, dag)));
    } catch (error) {
      for (const w of wachtrij.values()) w.reject(error);
    }
  }
}

type Actie = "lezen" | "schrijven" | "openen";

/**
 * The decision for one household, category and action, from the request's
 * decisions (asked once, batched). An id that is no household id is refused as
 * an unknown household is: `no-involvement`, existence is data. `null`: no
 * decision could be had.
 */
async function beslis(ctx: Context, gezinId: string, categorie: string, actie: Actie): Promise<Beslissing | null> {
  if (!isUuid(gezinId)) return { toegestaan: false, reden: ctx.oproep.principal.rol === "INWONER" ? "not-own-household" : "no-involvement" };
  try {
    const b = await ctx.besluiten.voor(gezinId);
    return (actie === "lezen" ? b.lezen[categorie] : b[actie]) ?? { toegestaan: false, reden: "category-not-allowed" };
  } catch (error) {
    if (error instanceof GeenBesluit) return null;
    throw error;
  }
}

/** Decide, record, and refuse (null + FORBIDDEN / TOEGANG_ONBEKEND) or let through. */
async function bewaak(ctx: Context, gezinId: string, categorie: string, veld: string, actie: Actie = "lezen", handeling: Handeling = "READ"): Promise<void> {
  const besluit = await beslis(ctx, gezinId, categorie, actie);
  ctx.log.noteer({ gezinId: isUuid(gezinId) ? gezinId : null, categorie, veld, handeling, besluit });
  if (!besluit) throw toegangOnbekend(categorie);
  if (!besluit.toegestaan) throw verboden(categorie, besluit.reden);
}

const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const isDatum = (x: unknown): x is string => typeof x === "string" && DATUM.test(x) && !Number.isNaN(Date.parse(`${x}T00:00:00Z`)) && new Date(`${x}T00:00:00Z`).toISOString().startsWith(x);

const Datum = new GraphQLScalarType({
  name: "Datum",
  serialize: (v) => v,
  parseValue: (v) => {
    if (!isDatum(v)) throw new GraphQLError("Een datum is JJJJ-MM-DD, een bestaande dag.");
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isDatum(ast.value)) throw new GraphQLError("Een datum is JJJJ-MM-DD, een bestaande dag.");
    return ast.value;
  },
});

function leesMoment(v: unknown): Date {
  if (typeof v !== "string" || Number.isNaN(Date.parse(v))) throw new GraphQLError("Een moment is een ISO 8601-tijd, bijvoorbeeld 2026-01-31T12:00:00Z.");
  return new Date(v);
}
const DateTimeISO = new GraphQLScalarType({
  name: "DateTimeISO",
  serialize: (v) => (v instanceof Date ? v.toISOString() : v),
  parseValue: leesMoment,
  parseLiteral: (ast) => leesMoment(ast.kind === Kind.STRING ? ast.value : undefined),
});

const ORGANISATIECODE = /^[A-Z][A-Z0-9_]{0,63}$/;
const Organisatie = new GraphQLScalarType({
  name: "Organisatie",
  serialize: (v) => v,
  parseValue: (v) => {
    if (typeof v !== "string" || !ORGANISATIECODE.test(v)) throw new GraphQLError("Een organisatie is een code uit het organisatieregister, bijvoorbeeld VEILIG_THUIS.");
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !ORGANISATIECODE.test(ast.value)) throw new GraphQLError("Een organisatie is een code uit het organisatieregister, bijvoorbeeld VEILIG_THUIS.");
    return ast.value;
  },
});

const MAX_PAGINA = 500;

/** Who reads the log: GGZ's privacy officer (or one of the partnership) all of it; a household member its own household's entries. */
async function toegangslog(_: unknown, args: { filter?: Logfilter | null; first: number; after?: string | null; export: boolean }, ctx: Context) {
  const veld = "Query.toegangslogGgz";
  const handeling: Handeling = args.export ? "EXPORT" : "READ";
  const p = ctx.oproep.principal;
  const f: Logfilter = { ...(args.filter ?? {}) };
  for (const sleutel of ["gezinId", "persoonId"] as const) {
    const waarde = f[sleutel];
    if (waarde != null) {
      if (!isUuid(waarde)) throw invoerFout(`'${sleutel}' is geen geldig id.`, sleutel);
      f[sleutel] = waarde.toLowerCase();
    }
  }
  if (f.van && f.tot && f.tot <= f.van) throw invoerFout("'tot' moet na 'van' liggen.", "tot");
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGINA) throw invoerFout(`'first' is 1 tot en met ${MAX_PAGINA}.`, "first");
  let cursor: [string, string] | null = null;
  if (args.after) {
    try {
      const [t, v] = JSON.parse(Buffer.from(args.after, "base64url").toString("utf8")) as [unknown, unknown];
      if (typeof t === "string" && !Number.isNaN(Date.parse(t)) && typeof v === "string" && /^\d{1,19}$/.test(v)) cursor = [t, v];
    } catch {
      // refused below
    }
    if (!cursor) throw invoerFout("Deze cursor komt niet uit pageInfo.endCursor van dit toegangslog.", "after");
  }

  let besluit: Beslissing;
  let voorInwoner = false;
  if (p.rol === "PRIVACY_OFFICER" && (p.organisatie === ORGANISATIE || p.samenwerking === true)) {
    // The privacy officer's supervisory task (AVG art. 39): checking who accessed what is what the log is kept for.
    besluit = { toegestaan: true, grondslag: "WETTELIJKE_TAAK", bron: p.organisatie === ORGANISATIE ? `FG:${ORGANISATIE}` : "FG:SAMENWERKING" };
  } else if (p.rol === "INWONER") {
    if (!f.gezinId) throw invoerFout("Een inwoner ziet alleen de toegang tot het eigen huishouden: noem het in filter.gezinId.", "gezinId");
    if (f.gebruiker) throw invoerFout("Een inwoner kan niet op gebruiker filteren; het log toont organisatie en rol.", "gebruiker");
    // Whether this is the member's own household is the decision service's question.
    const b = await beslis(ctx, f.gezinId, "TOEZICHT", "lezen");
    if (!b) {
      ctx.log.noteer({ gezinId: f.gezinId, categorie: "TOEZICHT", veld, handeling, besluit: null });
      throw toegangOnbekend("TOEZICHT");
    }
    if (!b.toegestaan) {
      ctx.log.noteer({ gezinId: f.gezinId, categorie: "TOEZICHT", veld, handeling, besluit: b });
      throw verboden("TOEZICHT", b.reden);
    }
    besluit = { toegestaan: true, grondslag: "INWONER" };
    voorInwoner = true;
  } else {
    const geweigerd: Beslissing = { toegestaan: false, reden: "category-not-allowed" };
    ctx.log.noteer({ gezinId: f.gezinId ?? null, persoonId: f.persoonId ?? null, categorie: "TOEZICHT", veld, handeling, besluit: geweigerd });
    throw verboden("TOEZICHT", "category-not-allowed");
  }

  const { rijen, totaal, meer } = await leesLog(ctx.pool, f, args.first, cursor, voorInwoner);
  // Each household the page shows (and the one asked about) is recorded as read; none: one entry without.
  const gezinnen = new Set<string | null>(rijen.map((r) => r.gezin_id));
  if (f.gezinId) gezinnen.add(f.gezinId);
  if (gezinnen.size === 0) gezinnen.add(null);
  for (const gezinId of gezinnen) ctx.log.noteer({ gezinId, persoonId: f.persoonId ?? null, categorie: "TOEZICHT", veld, handeling, besluit });
  const laatste = rijen[rijen.length - 1];
  return {
    totalCount: totaal,
    pageInfo: { hasNextPage: meer, endCursor: laatste ? Buffer.from(JSON.stringify([laatste.sleutel, laatste.volgnummer])).toString("base64url") : null },
    nodes: rijen.map((r) => ({
      volgnummer: r.volgnummer,
      tijdstip: r.tijdstip,
      // The household sees which organisation and role looked, not which professional, nor how they work.
      requestId: voorInwoner ? null : r.request_id,
      handeling: r.handeling,
      gebruiker: voorInwoner ? null : r.gebruiker,
      organisatie: r.organisatie,
      rol: r.rol,
      gezinId: r.gezin_id,
      persoonId: r.persoon_id,
      categorieen: r.categorieen,
      veldpaden: r.veldpaden,
      beslissing: r.beslissing,
      reden: r.reden,
      grondslag: r.grondslag,
      bron: r.bron,
      noodprocedure: r.noodprocedure,
      doel: voorInwoner ? null : r.doel,
      operatie: voorInwoner ? null : r.operatie,
      subgraph: r.subgraph,
    })),
  };
}

/** A mutation's own entry, written in the mutation's transaction: no log, no change. */
function mutatieRegel(ctx: Context, gezinId: string, veld: string, handeling: Handeling, besluit: Beslissing & { toegestaan: true }): Regel {
  const p = ctx.oproep.principal;
  return {
    tijdstip: new Date(), requestId: ctx.oproep.requestId, handeling, gebruiker: p.userId, organisatie: p.organisatie, rol: p.rol, gezinId, persoonId: null,
    categorie: "HULPVERLENING", veldpaden: [veld], beslissing: "TOEGESTAAN", reden: null, grondslag: besluit.grondslag, bron: besluit.bron ?? null,
    noodprocedure: false, doel: ctx.log.doel, operatie: ctx.log.operatie, subgraph: "ggz",
  };
}

/** Decide a write; a refusal (or no decision) is recorded with the request's other entries and thrown. */
async function magSchrijven(ctx: Context, gezinId: string, veld: string, actie: Actie, handeling: Handeling): Promise<Beslissing & { toegestaan: true }> {
  const besluit = await beslis(ctx, gezinId, "HULPVERLENING", actie);
  if (besluit?.toegestaan) return besluit;
  ctx.log.noteer({ gezinId: isUuid(gezinId) ? gezinId : null, categorie: "HULPVERLENING", veld, handeling, besluit });
  throw besluit ? verboden("HULPVERLENING", besluit.reden) : toegangOnbekend("HULPVERLENING");
}

const INTENSITEITEN = ["LICHT", "MIDDEL", "ZWAAR"];

interface TrajectInvoer {
  soort: string;
  startdatum: string;
  behandelaarId: string;
  doel?: string | null;
  diagnose?: string | null;
  intensiteit?: string | null;
}

async function startGgzTraject(_: unknown, args: { gezinId: string; invoer: TrajectInvoer }, ctx: Context): Promise<Traject> {
  const veld = "Mutation.startGgzTraject";
  const gezinId = args.gezinId.toLowerCase();
  const i = args.invoer;
  const soort = i.soort.trim();
  if (soort.length === 0 || soort.length > 100) throw invoerFout("'soort' is 1 tot 100 tekens.", "invoer.soort");
  if (i.doel && i.doel.length > 300) throw invoerFout("'doel' is ten hoogste 300 tekens.", "invoer.doel");
  if (i.diagnose && i.diagnose.length > 100) throw invoerFout("'diagnose' is ten hoogste 100 tekens.", "invoer.diagnose");
  const intensiteit = i.intensiteit ?? "MIDDEL";
  if (!INTENSITEITEN.includes(intensiteit)) throw invoerFout("'intensiteit' is LICHT, MIDDEL of ZWAAR.", "invoer.intensiteit");
  // Recording what makes GGZ involved: the decision service's `openen`.
  const besluit = await magSchrijven(ctx, gezinId, veld, "openen", "CREATE");
  const medewerker = await ctx.pool.query("SELECT 1 FROM ggz_medewerker WHERE id = $1", [i.behandelaarId]);
  if (medewerker.rowCount === 0) throw invoerFout("De behandelaar is geen professional van de GGZ.", "invoer.behandelaarId");
  const { randomUUID } = await import("node:crypto");
  const id = randomUUID();
  const dag = vandaag();
  await inTransactie(ctx.pool, async (client) => {
    await client.query(
      `INSERT INTO ggz_traject (id, gezin_id, soort, startdatum, intensiteit, behandelaar_id, doel, diagnose, vastgelegd_door) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, gezinId, soort, i.startdatum, intensiteit, i.behandelaarId, i.doel ?? null, i.diagnose ?? null, ctx.oproep.principal.userId],
    );
    await kondigAan(client, [trajectAankondiging({ id, gezinId, soort, startdatum: i.startdatum, einddatum: null, intensiteit, behandelaarId: i.behandelaarId }, dag)]);
    await schrijfRegels(client, [mutatieRegel(ctx, gezinId, veld, "CREATE", besluit)]);
  });
  // The involvement should count on the very next request (and for the fields of this answer): wait for the delivery, briefly.
  await ctx.relay.nu(2000);
  ctx.besluiten.vergeet(gezinId);
  const { rows } = await ctx.pool.query(`${TRAJECT_SQL} WHERE t.id = $1`, [id]);
  return alsTraject(rows[0]);
}

async function beeindigGgzTraject(_: unknown, args: { trajectId: string; einddatum: string }, ctx: Context): Promise<Traject> {
  const veld = "Mutation.beeindigGgzTraject";
  const gevonden = isUuid(args.trajectId) ? await ctx.pool.query(`${TRAJECT_SQL} WHERE t.id = $1`, [args.trajectId.toLowerCase()]) : { rows: [] };
  if (gevonden.rows.length === 0) {
    // An unknown trajectory is refused like one of a household the requester may not see: existence is data.
    ctx.log.noteer({ gezinId: null, categorie: "HULPVERLENING", veld, handeling: "END", besluit: { toegestaan: false, reden: "no-involvement" } });
    throw verboden("HULPVERLENING", "no-involvement");
  }
  const traject = alsTraject(gevonden.rows[0]);
  const besluit = await magSchrijven(ctx, traject.gezinId, veld, "schrijven", "END");
  if (traject.einddatum) throw invoerFout("Dit traject is al beëindigd.", "trajectId");
  if (args.einddatum < traject.startdatum) throw invoerFout("De einddatum ligt voor de startdatum.", "einddatum");
  const dag = vandaag();
  await inTransactie(ctx.pool, async (client) => {
    await client.query("UPDATE ggz_traject SET einddatum = $2 WHERE id = $1", [traject.id, args.einddatum]);
    await kondigAan(client, [trajectAankondiging({ ...traject, einddatum: args.einddatum }, dag)]);
    await schrijfRegels(client, [mutatieRegel(ctx, traject.gezinId, veld, "END", besluit)]);
  });
  await ctx.relay.nu(2000);
  ctx.besluiten.vergeet(traject.gezinId);
  const { rows } = await ctx.pool.query(`${TRAJECT_SQL} WHERE t.id = $1`, [traject.id]);
  return alsTraject(rows[0]);
}

/** The subgraph schema: the SDL above, every field of a household's data behind its category's decision. */
export function bouwSchema(document: DocumentNode) {
  const cat = categorieen(document);
  const bewaakt = (type: string, veld: string, waarde: (bron: Traject) => unknown): GraphQLFieldResolver<Traject, Context> => {
    const categorie = cat.get(`${type}.${veld}`);
    if (!categorie) throw new Error(`${type}.${veld} has no @gegevens category`);
    return async (bron, _args, ctx) => {
      await bewaak(ctx, bron.gezinId, categorie, `${type}.${veld}`);
      return waarde(bron);
    };
  };
  const trajectVelden = Object.fromEntries(
    [...cat.keys()].filter((k) => k.startsWith("GgzTraject.")).map((k) => {
      const veld = k.slice("GgzTraject.".length) as keyof Traject;
      return [veld, bewaakt("GgzTraject", veld, (t) => t[veld])];
    }),
  );
  const ggzTrajecten = cat.get("Gezin.ggzTrajecten");
  if (!ggzTrajecten) throw new Error("Gezin.ggzTrajecten has no @gegevens category");
  return buildSubgraphSchema([
    {
      typeDefs: document,
      resolvers: {
        Datum,
        DateTimeISO,
        Organisatie,
        Gezin: {
          __resolveReference: (ref: { id: string }) => ({ id: String(ref.id).toLowerCase() }),
          ggzTrajecten: async (gezin: { id: string }, _args: unknown, ctx: Context) => {
            await bewaak(ctx, gezin.id, ggzTrajecten, "Gezin.ggzTrajecten");
            return ctx.trajecten.voor(gezin.id);
          },
        },
        GgzTraject: trajectVelden,
        Query: { toegangslogGgz: toegangslog },
        Mutation: { startGgzTraject, beeindigGgzTraject },
      } as never,
    },
  ]);
}
