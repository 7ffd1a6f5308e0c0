import { createHash } from "node:crypto";
import { importJWK, SignJWT, type JWK, type KeyLike } from "jose";
import { Client, type Pool, type PoolClient } from "pg";
import { ORGANISATIE } from "./config";

/** The involvement a trajectory makes, as it stands now (the whole state: a repeat changes nothing). */
export interface Betrokkenheidsfeit {
  regime: "ADVIES" | "GROEN" | "ORANJE" | "ROOD";
  intensiteit: "LICHT" | "MIDDEL" | "ZWAAR";
  anoniem: boolean;
  startdatum: string;
  einddatum: string | null;
  medewerkerId: string | null;
}

/** One entry the record makes on the household's merged timeline. */
export interface Tijdlijnfeit {
  soort: string;
  datum: string;
  categorie: string;
  titel: string;
  uitkomst?: string | null;
}

/** What one record tells the register (the body format of `POST /register/v1/aankondigingen`). */
export interface Aankondiging {
  gezinId: string;
  record: { type: string; id: string };
  betrokkenheid?: Betrokkenheidsfeit;
  tijdlijn?: Tijdlijnfeit[];
}

const KANAAL = "aankondiging_uit";
const PAD = "/register/v1/aankondigingen";
const AUDIENCE = "toegangsregister-aankondigingen";

/** Put announcements in the outbox, in the caller's transaction: they commit with the record, or not at all. */
export async function kondigAan(client: PoolClient, aankondigingen: readonly Aankondiging[]): Promise<void> {
  for (const a of aankondigingen) {
    await client.query("INSERT INTO aankondiging_uit (gezin_id, inhoud) VALUES ($1, $2)", [a.gezinId.toLowerCase(), JSON.stringify(a)]);
  }
}

/** GGZ's own signing key (a private Ed25519 JWK), `GEZINSBEELD_AANKONDIGING_PRIVATE_KEY`. */
export async function leesAankondigingSleutel(tekst: string): Promise<{ key: KeyLike; kid?: string }> {
  const jwk = JSON.parse(tekst) as JWK;
  if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519" || !jwk.d) throw new Error("GEZINSBEELD_AANKONDIGING_PRIVATE_KEY is not a private Ed25519 JWK");
  return { key: (await importJWK({ ...jwk, alg: "EdDSA" }, "EdDSA")) as KeyLike, ...(jwk.kid ? { kid: jwk.kid } : {}) };
}

/** A delivery token: who sends (`org`), for the register's intake only, for exactly this body (`sha`), one minute. */
export function tekenLevering(body: string, sleutel: { key: KeyLike; kid?: string }): Promise<string> {
  return new SignJWT({ org: ORGANISATIE, sha: createHash("sha256").update(body).digest("base64url") })
    .setProtectedHeader({ alg: "EdDSA", ...(sleutel.kid ? { kid: sleutel.kid } : {}) })
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime("60s")
    .sign(sleutel.key);
}

export interface RelayOpties {
  pool: Pool;
  databaseUrl: string;
  registerOrigin: string;
  sleutel?: { key: KeyLike; kid?: string };
  batch?: number;
  eersteWachtMs?: number;
  maxWachtMs?: number;
  rondeMs?: number;
  meld?: (regel: Record<string, unknown>) => void;
}

/**
 * The relay of the outbox: delivers every committed announcement to the register,
 * oldest first, at least once (the register keeps one per sequence number), with
 * the batch locked while it travels. It wakes on PostgreSQL's notification at
 * commit, passes every 30 s in case one was missed, and after a failure waits
 * 200 ms, doubling up to 10 s.
 */
export class Relay {
  private luisteraar: Client | null = null;
  private lopend: Promise<void> | null = null;
  private nogEens = false;
  private timer: NodeJS.Timeout | null = null;
  private wacht: number;
  private gestopt = false;
  private wachtenden: Array<() => void> = [];
  /** Delivered since start, and whether the last pass succeeded (readiness). */
  afgeleverd = 0;
  laatsteGelukt: boolean | null = null;

  constructor(private readonly o: RelayOpties) {
    this.wacht = o.eersteWachtMs ?? 200;
  }

  async start(): Promise<void> {
    if (this.gestopt) return;
    const client = new Client({ connectionString: this.o.databaseUrl });
    client.on("notification", () => this.wek());
    client.on("error", () => {
      if (this.luisteraar === client) this.luisteraar = null;
      void client.end().catch(() => undefined);
      if (!this.gestopt) setTimeout(() => void this.start().catch(() => this.plan(1000)), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${KANAAL}`);
    this.luisteraar = client;
    this.wek();
  }

  async stop(): Promise<void> {
    this.gestopt = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.luisteraar;
    this.luisteraar = null;
    if (client) await client.end().catch(() => undefined);
    await this.lopend?.catch(() => undefined);
    for (const klaar of this.wachtenden.splice(0)) klaar();
  }

  /** Deliver now, and resolve when a pass that began after this call ended (or after `timeoutMs`). */
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
          this.laatsteGelukt = true;
          this.wacht = this.o.eersteWachtMs ?? 200;
          this.plan(this.o.rondeMs ?? 30_000);
        },
        (error: unknown) => {
          this.laatsteGelukt = false;
          this.o.meld?.({ event: "aankondiging-niet-bezorgd", fout: error instanceof Error ? error.message : String(error), opnieuwOverMs: this.wacht });
          this.plan(this.wacht);
          this.wacht = Math.min(this.wacht * 2, this.o.maxWachtMs ?? 10_000);
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

  private async ronde(): Promise<void> {
    const batch = this.o.batch ?? 50;
    const client = await this.o.pool.connect();
    try {
      for (;;) {
        await client.query("BEGIN");
        let aantal = 0;
        try {
          const { rows } = await client.query<{ volgnummer: string; inhoud: Aankondiging }>(
            "SELECT volgnummer::text AS volgnummer, inhoud FROM aankondiging_uit WHERE afgeleverd IS NULL ORDER BY volgnummer LIMIT $1 FOR UPDATE",
            [batch],
          );
          aantal = rows.length;
          if (aantal > 0) {
            await this.bezorg(rows.map((r) => ({ volgnummer: r.volgnummer, aankondiging: r.inhoud })));
            await client.query("UPDATE aankondiging_uit SET afgeleverd = now(), pogingen = pogingen + 1 WHERE volgnummer = ANY($1::bigint[])", [rows.map((r) => r.volgnummer)]);
          }
          await client.query("COMMIT");
          this.afgeleverd += aantal;
        } catch (error) {
          await client.query("ROLLBACK").catch(() => undefined);
          await client
            .query("UPDATE aankondiging_uit SET pogingen = pogingen + 1, laatste_fout = $1 WHERE volgnummer = (SELECT min(volgnummer) FROM aankondiging_uit WHERE afgeleverd IS NULL)", [
              String(error instanceof Error ? error.message : error).slice(0, 500),
            ])
            .catch(() => undefined);
          throw error;
        }
        if (aantal < batch) return;
      }
    } finally {
      client.release();
    }
  }

  private async bezorg(batch: Array<{ volgnummer: string; aankondiging: Aankondiging }>): Promise<void> {
    if (!this.o.sleutel) throw new Error("no GEZINSBEELD_AANKONDIGING_PRIVATE_KEY: announcements wait in the outbox");
    const body = JSON.stringify({ aankondigingen: batch });
    const token = await tekenLevering(body, this.o.sleutel);
    const antwoord = await fetch(new URL(PAD, this.o.registerOrigin), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    await antwoord.arrayBuffer().catch(() => undefined);
    if (!antwoord.ok) throw new Error(`register answered ${antwoord.status}`);
  }

  /** Announcements not yet delivered. */
  async open(): Promise<number> {
    const { rows } = await this.o.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM aankondiging_uit WHERE afgeleverd IS NULL");
    return rows[0]?.n ?? 0;
  }
}

/** The announcement a trajectory makes: GGZ's involvement (voluntary, green) and its start and end on the timeline. */
export function trajectAankondiging(t: { id: string; gezinId: string; soort: string; startdatum: string; einddatum: string | null; intensiteit: string; behandelaarId: string }, vandaag: string): Aankondiging {
  const beeindigd = t.einddatum !== null && t.einddatum <= vandaag;
  return {
    gezinId: t.gezinId,
    record: { type: "GgzTraject", id: t.id },
    betrokkenheid: {
      regime: "GROEN",
      intensiteit: (["LICHT", "MIDDEL", "ZWAAR"].includes(t.intensiteit) ? t.intensiteit : "MIDDEL") as Betrokkenheidsfeit["intensiteit"],
      anoniem: false,
      startdatum: t.startdatum,
      // An end still ahead is not known to the register yet: access ends when it comes.
      einddatum: beeindigd ? t.einddatum : null,
      medewerkerId: t.behandelaarId,
    },
    tijdlijn: [
      { soort: "INZET_GESTART", datum: t.startdatum, categorie: "HULPVERLENING", titel: `GGZ: ${t.soort} gestart` },
      ...(beeindigd ? [{ soort: "INZET_BEEINDIGD", datum: t.einddatum!, categorie: "HULPVERLENING", titel: `GGZ: ${t.soort} afgerond` }] : []),
    ],
  };
}
