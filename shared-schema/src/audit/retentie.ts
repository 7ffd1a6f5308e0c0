import { type ToegangslogDatabase, verbind, type Verbinding } from "./toegangslogVerbinding";

/** NEN 7513 asks that access logs be kept at least five years; the retention job refuses anything shorter. */
export const MINIMALE_BEWAARTERMIJN_JAREN = 5;

/** Options of {@link pasBewaartermijnToe}. */
export interface RetentieOpties {
  /** Years an entry is kept. Default {@link MINIMALE_BEWAARTERMIJN_JAREN}; less is refused. */
  bewaartermijnJaren?: number;
  /** Months after the current one that must have a partition. Default 12. */
  maandenVooruit?: number;
  /** The moment "now" for the cut-off and the months ahead. Default the database's `now()`. */
  nu?: Date;
  /** Report what would be done, change nothing. Default false. */
  proef?: boolean;
}

/** A monthly partition the job dropped (or, in a dry run, would drop). */
export interface VerwijderdePartitie {
  naam: string;
  van: Date | null;
  tot: Date;
  aantal: number;
}

/** What {@link pasBewaartermijnToe} did. */
export interface RetentieResultaat {
  /** Entries older than this have expired; a partition is dropped only when it ends at or before it. */
  grens: Date;
  /** Partitions created for months ahead. */
  aangemaakt: string[];
  /** Partitions that could still be emptied with TRUNCATE on their own and now refuse it too. */
  beschermd: string[];
  /** Months ahead left without a partition, and why. */
  overgeslagen: Array<{ maand: string; reden: string }>;
  verwijderd: VerwijderdePartitie[];
  /** Monthly partitions left in place (younger than the cut-off, or straddling it). */
  behouden: number;
  /** Expired entries in the default partition: never dropped by this job (the partition also takes entries that no month fits). */
  verlopenInStandaard: number;
}

interface Partitie {
  naam: string;
  standaard: boolean;
  /** Has its own TRUNCATE trigger. */
  beschermd: boolean;
  van: Date | null;
  tot: Date | null;
}

/**
 * The retention job for one organisation's access log: make sure a monthly
 * partition exists for the current month and {@link RetentieOpties.maandenVooruit}
 * after it, and detach and drop every monthly partition that lies entirely
 * before the cut-off (now minus the retention period). The default partition and
 * any partition reaching past the cut-off are never touched; expired entries are
 * removed only a whole month at a time, because the log itself refuses DELETE.
 * Every partition kept also gets its own TRUNCATE trigger (the log's trigger on
 * the parent table does not fire for `TRUNCATE <partition>`).
 *
 * Dropping the oldest months removes the start of the hash chain: verification
 * then begins at the oldest remaining entry (see {@link verifieerKeten}).
 */
export async function pasBewaartermijnToe(db: ToegangslogDatabase, opties: RetentieOpties = {}): Promise<RetentieResultaat> {
  const jaren = opties.bewaartermijnJaren ?? MINIMALE_BEWAARTERMIJN_JAREN;
  controleerBewaartermijn(jaren);
  const maandenVooruit = opties.maandenVooruit ?? 12;
  const verbinding = await verbind(db);
  try {
    const nu = opties.nu ?? null;
    const [{ grens }] = await verbinding.query<{ grens: Date }>(
      "SELECT coalesce($1::timestamptz, now()) - make_interval(years => $2::int) AS grens",
      [nu, jaren],
    );
    const resultaat: RetentieResultaat = { grens, aangemaakt: [], beschermd: [], overgeslagen: [], verwijderd: [], behouden: 0, verlopenInStandaard: 0 };
    let partities = await leesPartities(verbinding);
    const standaard = partities.find((partitie) => partitie.standaard);

    const maanden = await verbinding.query<{ naam: string; begin: string; eind: string; van: Date; tot: Date }>(
      `SELECT 'toegangslog_' || to_char(m, 'YYYY_MM') AS naam, to_char(m, 'YYYY-MM-DD') AS begin, to_char(m + interval '1 month', 'YYYY-MM-DD') AS eind,
         m::date::timestamptz AS van, (m + interval '1 month')::date::timestamptz AS tot
       FROM generate_series(date_trunc('month', coalesce($1::timestamptz, now())), date_trunc('month', coalesce($1::timestamptz, now())) + make_interval(months => $2::int), interval '1 month') AS m`,
      [nu, maandenVooruit],
    );
    for (const maand of maanden) {
      const overlapt = partities.some((p) => !p.standaard && (p.van === null || p.van < maand.tot) && (p.tot === null || p.tot > maand.van));
      if (overlapt) continue;
      if (standaard) {
        // A month whose entries already went to the default partition cannot get its own partition without moving them, and the log refuses that.
        const [{ bezet }] = await verbinding.query<{ bezet: boolean }>(
          `SELECT EXISTS (SELECT 1 FROM ${citeer(standaard.naam)} WHERE tijdstip >= $1 AND tijdstip < $2) AS bezet`,
          [maand.van, maand.tot],
        );
        if (bezet) {
          resultaat.overgeslagen.push({ maand: maand.begin.slice(0, 7), reden: "the default partition already holds entries of this month; they stay there" });
          continue;
        }
      }
      if (!opties.proef) {
        await verbinding.query(
          `CREATE TABLE IF NOT EXISTS ${citeer(maand.naam)} PARTITION OF toegangslog FOR VALUES FROM (${datum(maand.begin)}) TO (${datum(maand.eind)})`,
        );
      }
      resultaat.aangemaakt.push(maand.naam);
    }
    if (!opties.proef) partities = await leesPartities(verbinding);

    // TRUNCATE triggers are statement triggers, which PostgreSQL does not clone onto partitions: protect each partition itself.
    for (const partitie of partities) {
      if (partitie.beschermd || (partitie.tot !== null && partitie.tot <= grens && !partitie.standaard)) continue;
      if (!opties.proef) {
        await verbinding.query(
          `CREATE TRIGGER toegangslog_geen_leegmaken BEFORE TRUNCATE ON ${citeer(partitie.naam)} FOR EACH STATEMENT EXECUTE FUNCTION toegangslog_alleen_toevoegen()`,
        );
      }
      resultaat.beschermd.push(partitie.naam);
    }

    for (const partitie of partities) {
      if (partitie.standaard) continue;
      if (partitie.tot === null || partitie.tot > grens) {
        resultaat.behouden += 1;
        continue;
      }
      const [{ aantal }] = await verbinding.query<{ aantal: number }>(`SELECT count(*)::int AS aantal FROM ${citeer(partitie.naam)}`);
      if (!opties.proef) {
        await verbinding.query("BEGIN");
        try {
          // Writers wait for this lock; give up rather than hold back every request's log write for long.
          await verbinding.query("SET LOCAL lock_timeout = '5s'");
          await verbinding.query(`ALTER TABLE toegangslog DETACH PARTITION ${citeer(partitie.naam)}`);
          await verbinding.query(`DROP TABLE ${citeer(partitie.naam)}`);
          await verbinding.query("COMMIT");
        } catch (error) {
          await verbinding.query("ROLLBACK").catch(() => {});
          throw error;
        }
      }
      resultaat.verwijderd.push({ naam: partitie.naam, van: partitie.van, tot: partitie.tot, aantal });
    }

    if (standaard) {
      const [{ aantal }] = await verbinding.query<{ aantal: number }>(
        `SELECT count(*)::int AS aantal FROM ${citeer(standaard.naam)} WHERE tijdstip < $1`,
        [grens],
      );
      resultaat.verlopenInStandaard = aantal;
    }
    return resultaat;
  } finally {
    await verbinding.release();
  }
}

/**
 * The retention period from `GEZINSBEELD_TOEGANGSLOG_BEWAARTERMIJN_JAREN`
 * (whole years), default {@link MINIMALE_BEWAARTERMIJN_JAREN}; throws when it is
 * not a whole number or below the minimum.
 */
export function bewaartermijnUitOmgeving(env: NodeJS.ProcessEnv = process.env): number {
  const tekst = env.GEZINSBEELD_TOEGANGSLOG_BEWAARTERMIJN_JAREN?.trim();
  if (!tekst) return MINIMALE_BEWAARTERMIJN_JAREN;
  if (!/^\d+$/.test(tekst)) throw new Error(`GEZINSBEELD_TOEGANGSLOG_BEWAARTERMIJN_JAREN must be a whole number of years, not '${tekst}'.`);
  const jaren = Number(tekst);
  controleerBewaartermijn(jaren);
  return jaren;
}

function controleerBewaartermijn(jaren: number): void {
  if (!Number.isInteger(jaren) || jaren < MINIMALE_BEWAARTERMIJN_JAREN) {
    throw new Error(`The access log is kept at least ${MINIMALE_BEWAARTERMIJN_JAREN} years (NEN 7513); a retention period of ${jaren} years is refused.`);
  }
}

/** The partitions of `toegangslog` with their bounds (null: MINVALUE/MAXVALUE), read from the catalog rather than from their names. */
async function leesPartities(verbinding: Verbinding): Promise<Partitie[]> {
  return verbinding.query<Partitie>(
    `SELECT c.relname AS naam, c.oid = pt.partdefid AS standaard,
       EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'toegangslog_geen_leegmaken') AS beschermd,
       (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'FROM \\(''([^'']*)''\\)'))[1]::timestamptz AS van,
       (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'TO \\(''([^'']*)''\\)'))[1]::timestamptz AS tot
     FROM pg_inherits i
     JOIN pg_class c ON c.oid = i.inhrelid
     JOIN pg_partitioned_table pt ON pt.partrelid = i.inhparent
     WHERE i.inhparent = 'toegangslog'::regclass
     ORDER BY van NULLS FIRST, c.relname`,
  );
}

function citeer(naam: string): string {
  return `"${naam.replace(/"/g, '""')}"`;
}

function datum(tekst: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(tekst)) throw new Error(`not a date: ${tekst}`);
  return `'${tekst}'`;
}
