import { performance } from "node:perf_hooks";
import type { DataSource, EntityManager } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";
import { toegangslogMetrics } from "../observability/metrics";
import { ketenHash } from "./hashketen";
import type { Toegangsregel } from "./Toegangsregel";

const KOLOMMEN = [
  "volgnummer", "tijdstip", "request_id", "handeling", "gebruiker", "organisatie", "rol", "gezin_id", "persoon_id", "categorieen",
  "veldpaden", "beslissing", "reden", "grondslag", "bron", "noodprocedure", "doel", "operatie", "subgraph", "vorige_hash", "hash",
];

/** The PostgreSQL type of each column's array, in {@link KOLOMMEN} order. */
const TYPEN = [
  "bigint", "timestamptz", "text", "text", "text", "text", "text", "uuid", "uuid", "text",
  "text", "text", "text", "text", "text", "boolean", "text", "text", "text", "text", "text",
];

/** The columns that hold a list: a row's list travels as one comma-joined text (categories and field paths, `Type.veld`, never hold a comma). */
const LIJSTEN = new Set(["categorieen", "veldpaden"]);

/** The entries as rows, from one array per column (`$1` … `$21`). */
const RIJEN = `SELECT ${KOLOMMEN.map((k) => (LIJSTEN.has(k) ? `string_to_array(u.${k}, ',')` : `u.${k}`)).join(", ")}
  FROM unnest(${TYPEN.map((t, i) => `$${i + 1}::${t}[]`).join(", ")}) AS u(${KOLOMMEN.join(", ")})`;

/** All entries in one INSERT: one statement text whatever their number (the server plans it once). */
const INSERT = `INSERT INTO toegangslog (${KOLOMMEN.join(", ")}) ${RIJEN}`;

/** Parameter numbers after the column arrays: the head written from, and the new head. */
const [OUD_NR, OUD_HASH, NIEUW_NR, NIEUW_HASH] = [1, 2, 3, 4].map((i) => `$${KOLOMMEN.length + i}`);

/**
 * The whole append as one statement, so one round trip and one commit
 * (synchronous: the connections are opened with `synchronous_commit=on`): move
 * the chain's head from the head this process last wrote to the new one, and
 * insert the entries only if that head was still the head. Zero rows means
 * another writer (a second replica, a mutation) moved the head meanwhile:
 * nothing was written, and the caller appends the locking way.
 */
const VOORWAARDELIJK = `WITH kop AS (
    UPDATE toegangslog_kop SET volgnummer = ${NIEUW_NR}, hash = ${NIEUW_HASH}
    WHERE id = 1 AND volgnummer = ${OUD_NR} AND hash = ${OUD_HASH} RETURNING 1
  ), rijen AS (
    INSERT INTO toegangslog (${KOLOMMEN.join(", ")}) ${RIJEN} WHERE EXISTS (SELECT 1 FROM kop) RETURNING 1
  )
  SELECT count(*)::int AS geschreven FROM rijen`;

/** The head of an organisation's chain: the last entry's number and hash. */
interface Kop {
  volgnummer: bigint;
  hash: string;
}

/** The entries hashed onto `kop`, as one array per column, and the new head. */
function keten(kop: Kop, regels: readonly Toegangsregel[]): { kolommen: unknown[][]; kop: Kop } {
  let volgnummer = kop.volgnummer;
  let vorige = kop.hash;
  const kolommen: unknown[][] = KOLOMMEN.map(() => []);
  for (const regel of regels) {
    volgnummer += 1n;
    const hash = ketenHash(vorige, volgnummer, regel);
    const rij = [
      volgnummer.toString(), regel.tijdstip, regel.requestId, regel.handeling, regel.gebruiker, regel.organisatie, regel.rol,
      regel.gezinId, regel.persoonId, regel.categorieen.join(","), regel.veldpaden.join(","), regel.beslissing, regel.reden, regel.grondslag,
      regel.bron, regel.noodprocedure, regel.doel, regel.operatie, regel.subgraph, vorige, hash,
    ];
    rij.forEach((waarde, i) => kolommen[i]!.push(waarde));
    vorige = hash;
  }
  return { kolommen, kop: { volgnummer, hash: vorige } };
}

/**
 * Append in `manager`'s transaction the locking way: lock the head, hash each
 * entry onto it, one INSERT, move the head; durable at commit whatever the
 * server's default. Returns the new head.
 */
async function schrijfVergrendeld(manager: EntityManager, regels: readonly Toegangsregel[]): Promise<Kop> {
  await manager.query("SET LOCAL synchronous_commit = on");
  const [rij] = (await manager.query("SELECT volgnummer, hash FROM toegangslog_kop WHERE id = 1 FOR UPDATE")) as Array<{ volgnummer: string; hash: string }>;
  if (!rij) throw new Error("toegangslog_kop ontbreekt");
  const { kolommen, kop } = keten({ volgnummer: BigInt(rij.volgnummer), hash: rij.hash }, regels);
  await manager.query(INSERT, kolommen);
  await manager.query("UPDATE toegangslog_kop SET volgnummer = $1, hash = $2 WHERE id = 1", [kop.volgnummer.toString(), kop.hash]);
  return kop;
}

/** Refuse what could not be stored as one entry, before it joins anyone else's write. */
function eisSchrijfbaar(regels: readonly Toegangsregel[]): void {
  for (const regel of regels) {
    if (regel.veldpaden.some((veld) => veld.includes(","))) throw new Error(`toegangslog: field path with a comma in ${regel.veldpaden.join(" ")}`);
    if (regel.categorieen.length === 0 || regel.categorieen.some((categorie) => categorie === "" || categorie.includes(","))) {
      throw new Error(`toegangslog: an entry needs its categories, none empty or with a comma: ${JSON.stringify(regel.categorieen)}`);
    }
  }
}

/** One request waiting for its entries to be durable. */
interface Wachtend {
  regels: readonly Toegangsregel[];
  klaar: () => void;
  mislukt: (error: unknown) => void;
}

/**
 * The one writer of an organisation's chain in this process (group commit).
 * Requests that finish while a write is under way wait for the next one, which
 * takes all their entries at once: one statement and one synchronous commit for
 * many requests, instead of a locked transaction each. Each request's promise
 * settles only when its own entries are committed (or failed), so nothing is
 * answered before its log is durable. A write goes as one statement from the
 * head this writer last wrote; if another writer moved it, the write falls back
 * to locking the head in a transaction, so it always makes progress.
 */
class Ketenschrijver {
  private wachtrij: Wachtend[] = [];
  private bezig = false;
  /** The head as this writer last left it; unknown at first and after a failure. */
  private kop: Kop | undefined;

  constructor(private readonly db: DataSource) {}

  schrijf(regels: readonly Toegangsregel[]): Promise<void> {
    return new Promise<void>((klaar, mislukt) => {
      this.wachtrij.push({ regels, klaar, mislukt });
      if (!this.bezig) void this.werk();
    });
  }

  private async werk(): Promise<void> {
    this.bezig = true;
    try {
      while (this.wachtrij.length > 0) {
        const groep = this.wachtrij.splice(0);
        const regels = groep.flatMap((w) => w.regels);
        try {
          this.kop = await this.schrijfGroep(regels);
          groep.forEach((w) => w.klaar());
        } catch (error) {
          // Whether it reached the database is unknown: the next write reads the head anew.
          this.kop = undefined;
          groep.forEach((w) => w.mislukt(error));
        }
      }
    } finally {
      this.bezig = false;
    }
  }

  private async schrijfGroep(regels: readonly Toegangsregel[]): Promise<Kop> {
    const kop = this.kop;
    if (kop) {
      const { kolommen, kop: nieuw } = keten(kop, regels);
      const parameters = [...kolommen, kop.volgnummer.toString(), kop.hash, nieuw.volgnummer.toString(), nieuw.hash];
      // A named statement: each connection parses and plans it once, not on every write.
      this.db.logger.logQuery(VOORWAARDELIJK, parameters);
      const { rows } = await (this.db.driver as PostgresDriver).master.query({ name: "toegangslog_voorwaardelijk", text: VOORWAARDELIJK, values: parameters });
      if ((rows as Array<{ geschreven: number }>)[0]?.geschreven === regels.length) return nieuw;
      // Another writer moved the head: nothing of this statement was written.
    }
    return this.db.transaction((manager) => schrijfVergrendeld(manager, regels));
  }
}

const schrijvers = new WeakMap<DataSource, Ketenschrijver>();

/**
 * Append entries to the organisation's chain, durable before this resolves.
 * Given the DataSource, the entries join the process's next group write (see
 * {@link Ketenschrijver}: one statement and one synchronous commit for every
 * request finishing meanwhile). Given a transaction's manager (a guarded
 * mutation's), they are written in that transaction, the head locked: they
 * commit with the change or not at all. Throws when the log cannot be written;
 * the caller then sends no data (fail closed). Each write is counted
 * (`gezinsbeeld_toegangslog_writes_total` by outcome, `…_entries_total`,
 * `…_write_duration_seconds`) under the entries' subgraph.
 */
export async function schrijfToegangslog(db: DataSource | EntityManager, regels: readonly Toegangsregel[]): Promise<void> {
  if (regels.length === 0) return;
  eisSchrijfbaar(regels);
  const metrics = toegangslogMetrics(regels[0]!.subgraph);
  const start = performance.now();
  try {
    if ("queryRunner" in db && db.queryRunner?.isTransactionActive) await schrijfVergrendeld(db as EntityManager, regels);
    else if ("queryRunner" in db) await (db as EntityManager).transaction((manager) => schrijfVergrendeld(manager, regels));
    else {
      const dataSource = db as DataSource;
      let schrijver = schrijvers.get(dataSource);
      if (!schrijver) schrijvers.set(dataSource, (schrijver = new Ketenschrijver(dataSource)));
      await schrijver.schrijf(regels);
    }
  } catch (error) {
    metrics.writes.inc({ outcome: "failed" });
    throw error;
  }
  metrics.writes.inc({ outcome: "ok" });
  metrics.entries.inc(regels.length);
  metrics.duration.observe((performance.now() - start) / 1000);
}
