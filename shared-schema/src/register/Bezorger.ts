import { Client, type ClientConfig, type Pool } from "pg";
import type { DataSource } from "typeorm";
import type { Verzonden } from "./Aankondiging";
import { UITBAK_KANAAL } from "./uitbak";

/** Hands one batch of announcements, in sequence order, to the register; throws when it was not accepted. */
export type Bezorging = (batch: Verzonden[], signal?: AbortSignal) => Promise<void>;

/** Options of {@link Bezorger}. */
export interface BezorgerOptions {
  db: DataSource;
  bezorg: Bezorging;
  /** Announcements per delivery. Default 50. */
  batch?: number;
  /** First wait after a failed delivery; doubles up to `maxWachtMs`. Default 200 ms. */
  wachtMs?: number;
  /** Longest wait between attempts. Default 10 000 ms. */
  maxWachtMs?: number;
  /** A pass without a notification, in case one was missed. Default 30 000 ms. */
  rondeMs?: number;
  /** Where a failed delivery is told (one JSON line). */
  meld?: (regel: Record<string, unknown>) => void;
}

/**
 * The relay of one subgraph's outbox: delivers every committed announcement to
 * the register at least once, oldest first, with the batch locked while it
 * travels (a second relay on the same database waits, so the order holds). It
 * wakes on PostgreSQL's notification at commit, retries with a growing wait
 * while the register is down or restarting, and marks a batch delivered only
 * after the register accepted it. Its statements run on a connection of their
 * own, outside any request's.
 */
export class Bezorger {
  private readonly batch: number;
  private luisteraar: Client | null = null;
  private lopend: Promise<void> | null = null;
  private nogEens = false;
  private wacht: number;
  private timer: NodeJS.Timeout | null = null;
  private gestopt = false;
  private wachtenden: Array<() => void> = [];
  /** Aborts a delivery under way when the relay stops, so a hanging register does not hold up the shutdown. */
  private readonly afbreken = new AbortController();

  constructor(private readonly options: BezorgerOptions) {
    this.batch = options.batch ?? 50;
    this.wacht = options.wachtMs ?? 200;
  }

  private get pool(): Pool {
    return (this.options.db.driver as unknown as { master: Pool }).master;
  }

  /**
   * Listen for new announcements and deliver what is waiting. The listening
   * connection is one of its own, outside the DataSource's pool, so closing the
   * DataSource never waits for it.
   */
  async start(): Promise<void> {
    if (this.gestopt) return;
    const client = new Client((this.pool as unknown as { options: ClientConfig }).options);
    client.on("notification", () => this.wek());
    client.on("error", () => {
      // The connection went (a database restart): listen again on a new one; the timer keeps delivering meanwhile.
      if (this.luisteraar === client) this.luisteraar = null;
      void client.end().catch(() => undefined);
      if (!this.gestopt) setTimeout(() => void this.start().catch(() => this.plan(1000)), 1000).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${UITBAK_KANAAL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.luisteraar = client;
    this.wek();
  }

  async stop(): Promise<void> {
    this.gestopt = true;
    this.afbreken.abort();
    if (this.timer) clearTimeout(this.timer);
    const client = this.luisteraar;
    this.luisteraar = null;
    if (client) await client.end().catch(() => undefined);
    // A delivery under way is aborted: its batch rolls back and the next start delivers it again (a repeat changes nothing).
    await this.lopend?.catch(() => undefined);
    for (const klaar of this.wachtenden.splice(0)) klaar();
  }

  /**
   * Deliver now what is committed, and resolve when a pass that began after this
   * call has ended (delivered, or failed and scheduled a retry), or after
   * `timeoutMs`. A mutation awaits this so its own involvement counts on the
   * very next request; what could not be delivered stays in the outbox.
   */
  nu(timeoutMs = 2000): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      timer.unref();
      this.wachtenden.push(() => {
        clearTimeout(timer);
        resolve();
      });
      this.wek();
    });
  }

  /**
   * Deliver everything waiting, now (a seed's hand-over), retrying as the relay
   * does; throws when the register has not taken it after `pogingen` attempts.
   */
  async leeg(pogingen = 6): Promise<void> {
    for (let poging = 1; ; poging++) {
      try {
        return await this.ronde();
      } catch (error) {
        if (poging >= pogingen) throw error;
        await new Promise((r) => setTimeout(r, 200 * 2 ** (poging - 1)));
      }
    }
  }

  private wek(): void {
    if (this.gestopt) return;
    if (this.lopend) {
      this.nogEens = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const wachtenden = this.wachtenden.splice(0);
    this.lopend = this.ronde()
      .then(
        () => {
          this.wacht = this.options.wachtMs ?? 200;
          this.plan(this.options.rondeMs ?? 30_000);
        },
        (error: unknown) => {
          this.options.meld?.({ event: "aankondiging-niet-bezorgd", fout: String((error as Error)?.message ?? error), opnieuwOverMs: this.wacht });
          this.plan(this.wacht);
          this.wacht = Math.min(this.wacht * 2, this.options.maxWachtMs ?? 10_000);
        },
      )
      .finally(() => {
        this.lopend = null;
        for (const klaar of wachtenden) klaar();
        if (this.nogEens) {
          this.nogEens = false;
          this.wek();
        }
      });
  }

  private plan(ms: number): void {
    if (this.gestopt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.wek(), ms);
    this.timer.unref();
  }

  /** Deliver batches until the outbox is empty; throws on the first that is not accepted. */
  private async ronde(): Promise<void> {
    const client = await this.pool.connect();
    try {
      for (;;) {
        await client.query("BEGIN");
        let aantal = 0;
        try {
          const { rows } = await client.query<{ volgnummer: string; inhoud: Verzonden["aankondiging"] }>(
            `SELECT volgnummer::text AS volgnummer, inhoud FROM aankondiging_uit WHERE afgeleverd IS NULL ORDER BY volgnummer LIMIT $1 FOR UPDATE`,
            [this.batch],
          );
          aantal = rows.length;
          if (aantal > 0) {
            await this.options.bezorg(rows.map((r) => ({ volgnummer: r.volgnummer, aankondiging: r.inhoud })), this.afbreken.signal);
            await client.query(`UPDATE aankondiging_uit SET afgeleverd = now(), pogingen = pogingen + 1 WHERE volgnummer = ANY($1::bigint[])`, [rows.map((r) => r.volgnummer)]);
          }
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK").catch(() => undefined);
          await client
            .query(
              `UPDATE aankondiging_uit SET pogingen = pogingen + 1, laatste_fout = $1 WHERE volgnummer = (SELECT min(volgnummer) FROM aankondiging_uit WHERE afgeleverd IS NULL)`,
              [String((error as Error)?.message ?? error).slice(0, 500)],
            )
            .catch(() => undefined);
          throw error;
        }
        if (aantal < this.batch) return;
      }
    } finally {
      client.release();
    }
  }
}
