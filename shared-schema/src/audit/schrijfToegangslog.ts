import { performance } from "node:perf_hooks";
import type { DataSource, EntityManager } from "typeorm";
import { toegangslogMetrics } from "../observability/metrics";
import { ketenHash } from "./hashketen";
import type { Toegangsregel } from "./Toegangsregel";

const KOLOMMEN = [
  "volgnummer", "tijdstip", "request_id", "handeling", "gebruiker", "organisatie", "rol", "gezin_id", "persoon_id", "categorie",
  "veldpaden", "beslissing", "reden", "grondslag", "bron", "noodprocedure", "doel", "operatie", "subgraph", "vorige_hash", "hash",
];

/** The PostgreSQL type of each column's array, in {@link KOLOMMEN} order. */
const TYPEN = [
  "bigint", "timestamptz", "text", "text", "text", "text", "text", "uuid", "uuid", "text",
  "text", "text", "text", "text", "text", "boolean", "text", "text", "text", "text", "text",
];

/**
 * All entries in one INSERT from one array per column. Field paths (`Type.veld`)
 * never hold a comma, so a row's list travels as one comma-joined text.
 */
const INSERT = `INSERT INTO toegangslog (${KOLOMMEN.join(", ")})
  SELECT ${KOLOMMEN.map((k) => (k === "veldpaden" ? `string_to_array(u.${k}, ',')` : `u.${k}`)).join(", ")}
  FROM unnest(${TYPEN.map((t, i) => `$${i + 1}::${t}[]`).join(", ")}) AS u(${KOLOMMEN.join(", ")})`;

/**
 * Append a request's entries to the organisation's chain in one transaction:
 * lock the chain's head, hash each entry onto it, one INSERT from arrays, move the
 * head, commit synchronously. Throws when the log cannot be written; the caller
 * then sends no data (fail closed). Given a transaction's manager (a guarded
 * mutation's), the entries join that transaction: they commit with the change.
 * Each write is counted (`gezinsbeeld_toegangslog_writes_total` by outcome,
 * `…_entries_total`, `…_write_duration_seconds`) under the entries' subgraph.
 */
export async function schrijfToegangslog(db: DataSource | EntityManager, regels: readonly Toegangsregel[]): Promise<void> {
  if (regels.length === 0) return;
  const inTransactie = "queryRunner" in db && db.queryRunner?.isTransactionActive;
  const schrijf = async (manager: EntityManager): Promise<void> => {
    // Durable before the answer leaves, whatever the server's default.
    await manager.query("SET LOCAL synchronous_commit = on");
    const [kop] = (await manager.query("SELECT volgnummer, hash FROM toegangslog_kop WHERE id = 1 FOR UPDATE")) as Array<{ volgnummer: string; hash: string }>;
    if (!kop) throw new Error("toegangslog_kop ontbreekt");
    let volgnummer = BigInt(kop.volgnummer);
    let vorige = kop.hash;
    const kolommen: unknown[][] = KOLOMMEN.map(() => []);
    for (const regel of regels) {
      if (regel.veldpaden.some((veld) => veld.includes(","))) throw new Error(`toegangslog: field path with a comma in ${regel.veldpaden.join(" ")}`);
      volgnummer += 1n;
      const hash = ketenHash(vorige, volgnummer, regel);
      const rij = [
        volgnummer.toString(), regel.tijdstip, regel.requestId, regel.handeling, regel.gebruiker, regel.organisatie, regel.rol,
        regel.gezinId, regel.persoonId, regel.categorie, regel.veldpaden.join(","), regel.beslissing, regel.reden, regel.grondslag,
        regel.bron, regel.noodprocedure, regel.doel, regel.operatie, regel.subgraph, vorige, hash,
      ];
      rij.forEach((waarde, i) => kolommen[i]!.push(waarde));
      vorige = hash;
    }
    // One statement text whatever the number of entries (the server plans it once), one array per column.
    await manager.query(INSERT, kolommen);
    await manager.query("UPDATE toegangslog_kop SET volgnummer = $1, hash = $2 WHERE id = 1", [volgnummer.toString(), vorige]);
  };
  const metrics = toegangslogMetrics(regels[0]!.subgraph);
  const start = performance.now();
  try {
    if (inTransactie) await schrijf(db as EntityManager);
    else await (db as DataSource).transaction(schrijf);
  } catch (error) {
    metrics.writes.inc({ outcome: "failed" });
    throw error;
  }
  metrics.writes.inc({ outcome: "ok" });
  metrics.entries.inc(regels.length);
  metrics.duration.observe((performance.now() - start) / 1000);
}
