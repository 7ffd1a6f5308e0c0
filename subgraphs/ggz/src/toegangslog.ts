import { createHash } from "node:crypto";
import type { Pool, PoolClient } from "pg";
import { SUBGRAPH } from "./config";
import type { Beslissing } from "./beslisser";
import type { Oproep } from "./identiteit";

/** NEN 7513 "gebeurtenis". */
export type Handeling = "READ" | "SEARCH" | "CREATE" | "UPDATE" | "END" | "DELETE" | "EXPORT" | "DECIDE";

/** One entry of the access log (docs/toegangslog.md): the fact of an access, never the data. */
export interface Regel {
  tijdstip: Date;
  requestId: string;
  handeling: Handeling;
  gebruiker: string;
  organisatie: string | null;
  rol: string;
  gezinId: string | null;
  persoonId: string | null;
  categorie: string;
  veldpaden: string[];
  beslissing: "TOEGESTAAN" | "GEWEIGERD" | "ONBESLIST";
  reden: string | null;
  grondslag: string | null;
  bron: string | null;
  noodprocedure: boolean;
  doel: string | null;
  operatie: string | null;
  subgraph: string;
}

/** The order in which the fields enter the hash; the hub's `GEHASHTE_VELDEN`, never to change. */
const GEHASHT = [
  "tijdstip", "requestId", "handeling", "gebruiker", "organisatie", "rol", "gezinId", "persoonId",
  "categorie", "veldpaden", "beslissing", "reden", "grondslag", "bron", "noodprocedure", "doel", "operatie", "subgraph",
] as const;

export const BEGIN_HASH = "0".repeat(64);

/** hash(n) = sha256(hash(n-1) | n | canonical entry), the canonical entry being the hashed fields in order as JSON. */
export function ketenHash(vorige: string, volgnummer: number | string | bigint, regel: Regel): string {
  const canoniek = JSON.stringify(GEHASHT.map((veld) => (veld === "tijdstip" ? regel.tijdstip.toISOString() : regel[veld])));
  return createHash("sha256").update(`${vorige}|${volgnummer}|${canoniek}`).digest("hex");
}

/** What one access was: a household (or none), a category, an action and its decision. */
export interface Toegang {
  gezinId: string | null;
  persoonId?: string | null;
  categorie: string;
  veld: string;
  handeling: Handeling;
  /** The decision; `null`: none could be had (ONBESLIST). */
  besluit: Beslissing | null;
}

/**
 * The entries of one request: one per (household, person, category, action,
 * decision, basis), with every field path it covers. Written before the answer
 * leaves (see {@link schrijfRegels}).
 */
export class Logboek {
  private readonly regels = new Map<string, Regel>();

  constructor(
    private readonly oproep: Oproep,
    private readonly kop: { doel: string | null; operatie: string | null },
    /** Who decided: this subgraph, or `gateway` for the fields the gateway removed before planning. */
    private readonly door: string = SUBGRAPH,
  ) {}

  /** The purpose the requester stated (`x-doel`), for every entry of the request. */
  get doel(): string | null {
    return this.kop.doel;
  }

  /** The GraphQL operation name. */
  get operatie(): string | null {
    return this.kop.operatie;
  }

  noteer(t: Toegang): void {
    const b = t.besluit;
    const beslissing = !b ? "ONBESLIST" : b.toegestaan ? "TOEGESTAAN" : "GEWEIGERD";
    const reden = !b ? "undecided" : b.toegestaan ? null : b.reden;
    const grondslag = b?.toegestaan ? b.grondslag : null;
    const bron = b?.toegestaan ? (b.bron ?? null) : null;
    const sleutel = JSON.stringify([t.gezinId, t.persoonId ?? null, t.categorie, t.handeling, beslissing, reden, grondslag, bron]);
    const bestaand = this.regels.get(sleutel);
    if (bestaand) {
      if (!bestaand.veldpaden.includes(t.veld)) bestaand.veldpaden.push(t.veld);
      return;
    }
    const p = this.oproep.principal;
    this.regels.set(sleutel, {
      tijdstip: new Date(),
      requestId: this.oproep.requestId,
      handeling: t.handeling,
      gebruiker: p.userId,
      organisatie: p.organisatie,
      rol: p.rol,
      gezinId: t.gezinId?.toLowerCase() ?? null,
      persoonId: t.persoonId?.toLowerCase() ?? null,
      categorie: t.categorie,
      veldpaden: [t.veld],
      beslissing,
      reden,
      grondslag,
      bron,
      noodprocedure: grondslag === "NOODTOEGANG",
      doel: this.kop.doel,
      operatie: this.kop.operatie,
      subgraph: this.door,
    });
  }

  /** Take the entries noted so far (they are then written by whoever took them). */
  neem(): Regel[] {
    const alle = [...this.regels.values()].sort((a, b) => a.tijdstip.getTime() - b.tijdstip.getTime());
    this.regels.clear();
    return alle;
  }
}

/**
 * Append `regels` to the chain inside the caller's transaction: lock the head,
 * hash each entry onto the one before, insert them, move the head. Concurrent
 * writers queue on the head's row lock, so the chain has no gaps or forks.
 */
export async function schrijfRegels(client: PoolClient, regels: readonly Regel[]): Promise<void> {
  if (regels.length === 0) return;
  const { rows } = await client.query<{ volgnummer: string; hash: string }>("SELECT volgnummer::text AS volgnummer, hash FROM toegangslog_kop WHERE id = 1 FOR UPDATE");
  const kop = rows[0];
  if (!kop) throw new Error("toegangslog_kop has no head");
  let volgnummer = BigInt(kop.volgnummer);
  let vorige = kop.hash;
  const waarden: unknown[] = [];
  const rijen: string[] = [];
  for (const r of regels) {
    volgnummer += 1n;
    const hash = ketenHash(vorige, volgnummer, r);
    const rij = [
      volgnummer.toString(), r.tijdstip, r.requestId, r.handeling, r.gebruiker, r.organisatie, r.rol, r.gezinId, r.persoonId, [r.categorie],
      r.veldpaden, r.beslissing, r.reden, r.grondslag, r.bron, r.noodprocedure, r.doel, r.operatie, r.subgraph, vorige, hash,
    ];
    rijen.push(`(${rij.map((waarde) => `$${waarden.push(waarde)}`).join(", ")})`);
    vorige = hash;
  }
  await client.query(
    `INSERT INTO toegangslog (volgnummer, tijdstip, request_id, handeling, gebruiker, organisatie, rol, gezin_id, persoon_id, categorieen,
       veldpaden, beslissing, reden, grondslag, bron, noodprocedure, doel, operatie, subgraph, vorige_hash, hash) VALUES ${rijen.join(", ")}`,
    waarden,
  );
  await client.query("UPDATE toegangslog_kop SET volgnummer = $1, hash = $2 WHERE id = 1", [volgnummer.toString(), vorige]);
}

/** Write `regels` in one transaction of their own (a request's reads, before its answer leaves). */
export async function schrijfApart(pool: Pool, regels: readonly Regel[]): Promise<void> {
  if (regels.length === 0) return;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await schrijfRegels(client, regels);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The filter of `toegangslog<Org>`, as the other subgraphs take it. */
export interface Logfilter {
  gezinId?: string | null;
  persoonId?: string | null;
  gebruiker?: string | null;
  organisatie?: string | null;
  van?: Date | null;
  tot?: Date | null;
  beslissing?: string | null;
  alleenNoodtoegang?: boolean | null;
  alleenProfessionals?: boolean | null;
}

export interface Logrij {
  volgnummer: string;
  tijdstip: Date;
  sleutel: string;
  request_id: string;
  handeling: string;
  gebruiker: string;
  organisatie: string | null;
  rol: string;
  gezin_id: string | null;
  persoon_id: string | null;
  /** One category: this log keeps an entry per category (the column is the hub's list). */
  categorieen: string[];
  veldpaden: string[];
  beslissing: string;
  reden: string | null;
  grondslag: string | null;
  bron: string | null;
  noodprocedure: boolean;
  doel: string | null;
  operatie: string | null;
  subgraph: string;
}

/** One page of the log, newest first, keyset-paginated on (tijdstip, volgnummer). */
export async function leesLog(pool: Pool, f: Logfilter, first: number, cursor: [string, string] | null, voorInwoner: boolean): Promise<{ rijen: Logrij[]; totaal: number; meer: boolean }> {
  const delen: string[] = [];
  const waarden: unknown[] = [];
  const p = (waarde: unknown): string => `$${waarden.push(waarde)}`;
  if (f.gezinId) delen.push(`gezin_id = ${p(f.gezinId)}::uuid`);
  if (f.persoonId) delen.push(`persoon_id = ${p(f.persoonId)}::uuid`);
  if (f.gebruiker) delen.push(`gebruiker = ${p(f.gebruiker)}`);
  if (f.organisatie) delen.push(`organisatie = ${p(f.organisatie)}`);
  if (f.van) delen.push(`tijdstip >= ${p(f.van)}::timestamptz`);
  if (f.tot) delen.push(`tijdstip < ${p(f.tot)}::timestamptz`);
  if (f.beslissing) delen.push(`beslissing = ${p(f.beslissing)}`);
  if (f.alleenNoodtoegang) delen.push("noodprocedure");
  if (f.alleenProfessionals) delen.push(`rol <> 'INWONER'`);
  // Who made a melding is protected from the household, and so is every look at it.
  if (voorInwoner) delen.push(`NOT ('MELDER' = ANY(categorieen))`);
  const where = (extra: string[] = []): string => ([...delen, ...extra].length ? `WHERE ${[...delen, ...extra].join(" AND ")}` : "");
  const totaal = await pool.query<{ aantal: number }>(`SELECT count(*)::int AS aantal FROM toegangslog ${where()}`, waarden);
  const paginaWaarden = [...waarden];
  const q = (waarde: unknown): string => `$${paginaWaarden.push(waarde)}`;
  const extra = cursor ? [`tijdstip <= ${q(cursor[0])}::timestamptz AND (tijdstip, volgnummer) < (${q(cursor[0])}::timestamptz, ${q(cursor[1])}::bigint)`] : [];
  const { rows } = await pool.query<Logrij>(
    `SELECT volgnummer::text AS volgnummer, tijdstip, to_char(tijdstip AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sleutel,
       request_id, handeling, gebruiker, organisatie, rol, gezin_id, persoon_id, categorieen, veldpaden, beslissing, reden, grondslag, bron,
       noodprocedure, doel, operatie, subgraph
     FROM toegangslog ${where(extra)} ORDER BY tijdstip DESC, volgnummer DESC LIMIT ${q(first + 1)}`,
    paginaWaarden,
  );
  return { rijen: rows.slice(0, first), totaal: totaal.rows[0]?.aantal ?? 0, meer: rows.length > first };
}

/** Walk the whole chain and say where it first breaks (for tests and operators): gaps, a wrong link, a changed entry, a head that does not match. */
export async function controleerKeten(pool: Pool): Promise<{ intact: boolean; gecontroleerd: number; breuk?: string }> {
  const { rows } = await pool.query<Logrij & { vorige_hash: string; hash: string }>(
    `SELECT volgnummer::text AS volgnummer, tijdstip, request_id, handeling, gebruiker, organisatie, rol, gezin_id, persoon_id, categorieen, veldpaden,
       beslissing, reden, grondslag, bron, noodprocedure, doel, operatie, subgraph, vorige_hash, hash FROM toegangslog ORDER BY volgnummer`,
  );
  let vorige = BEGIN_HASH;
  let verwacht = rows.length > 0 ? BigInt(rows[0]!.volgnummer) : 1n;
  if (rows.length > 0 && verwacht === 1n) vorige = BEGIN_HASH;
  else if (rows.length > 0) vorige = rows[0]!.vorige_hash;
  let n = 0;
  for (const rij of rows) {
    if (BigInt(rij.volgnummer) !== verwacht) return { intact: false, gecontroleerd: n, breuk: `volgnummer ${verwacht} ontbreekt` };
    if (rij.vorige_hash !== vorige) return { intact: false, gecontroleerd: n, breuk: `volgnummer ${rij.volgnummer} sluit niet aan op de vorige regel` };
    if (rij.categorieen.length !== 1) return { intact: false, gecontroleerd: n, breuk: `volgnummer ${rij.volgnummer} is gewijzigd na het schrijven` };
    const regel: Regel = {
      tijdstip: rij.tijdstip, requestId: rij.request_id, handeling: rij.handeling as Handeling, gebruiker: rij.gebruiker, organisatie: rij.organisatie, rol: rij.rol,
      gezinId: rij.gezin_id, persoonId: rij.persoon_id, categorie: rij.categorieen[0]!, veldpaden: rij.veldpaden, beslissing: rij.beslissing as Regel["beslissing"],
      reden: rij.reden, grondslag: rij.grondslag, bron: rij.bron, noodprocedure: rij.noodprocedure, doel: rij.doel, operatie: rij.operatie, subgraph: rij.subgraph,
    };
    if (ketenHash(vorige, rij.volgnummer, regel) !== rij.hash) return { intact: false, gecontroleerd: n, breuk: `volgnummer ${rij.volgnummer} is gewijzigd na het schrijven` };
    vorige = rij.hash;
    verwacht += 1n;
    n += 1;
  }
  const kop = await pool.query<{ volgnummer: string; hash: string }>("SELECT volgnummer::text AS volgnummer, hash FROM toegangslog_kop WHERE id = 1");
  if (kop.rows[0]?.hash !== vorige || BigInt(kop.rows[0]?.volgnummer ?? "-1") !== verwacht - 1n) return { intact: false, gecontroleerd: n, breuk: "de kop past niet bij de laatste regel" };
  return { intact: true, gecontroleerd: n };
}
