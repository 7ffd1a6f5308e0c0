import express, { type Router } from "express";
import type { DataSource, EntityManager } from "typeorm";
import type { KeyLike } from "jose";
import type { SigningKey } from "../identity/IdentityKeys";
import type { Aankondiging, Verzonden } from "./Aankondiging";
import { tekenLevering, verifieerLevering } from "./aankondigingSleutels";
import type { Bezorging } from "./Bezorger";

/** Where the register takes deliveries, on the register holder's origin. */
export const AANKONDIGINGEN_PAD = "/register/v1/aankondigingen";

/**
 * What the register does with one announcement, inside the delivery's
 * transaction: returns what came of it ("verwerkt", or why it was refused);
 * throws only when it cannot be handled now (the delivery is then retried).
 */
export type Verwerking = (manager: EntityManager, organisatie: string, aankondiging: Aankondiging) => Promise<string>;

/** PostgreSQL's codes for a transaction another one got in the way of: worth running again. */
const OPNIEUW = new Set(["40P01", "40001"]);

/** The database's code of a failed statement, if any. */
function sqlCode(error: unknown): string | undefined {
  return (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
}

/**
 * Take a delivery from `organisatie`, in one transaction: each announcement is
 * handled once (the first delivery of its sequence number records it in
 * `aankondiging_in`; a repeat changes nothing), in the order sent. An
 * announcement the register's own rules refuse (a database check) is recorded
 * as refused and the rest goes on, so one bad record cannot hold back every
 * later one; a deadlock with another organisation's delivery runs the
 * transaction again.
 */
export async function ontvang(db: DataSource, organisatie: string, batch: readonly Verzonden[], verwerk: Verwerking): Promise<{ nieuw: number; herhaald: number }> {
  for (let poging = 1; ; poging++) {
    try {
      return await ontvangEenmaal(db, organisatie, batch, verwerk);
    } catch (error) {
      if (poging >= 5 || !OPNIEUW.has(sqlCode(error) ?? "")) throw error;
      await new Promise((r) => setTimeout(r, 10 * poging + Math.random() * 20));
    }
  }
}

async function ontvangEenmaal(db: DataSource, organisatie: string, batch: readonly Verzonden[], verwerk: Verwerking): Promise<{ nieuw: number; herhaald: number }> {
  return db.transaction("READ COMMITTED", async (manager) => {
    let nieuw = 0;
    for (const { volgnummer, aankondiging } of batch) {
      // A concurrent delivery of the same number waits here until the first commits, then finds it.
      const eerste = (await manager.query(
        `INSERT INTO aankondiging_in (bron, volgnummer, gezin_id, uitkomst) VALUES ($1, $2, $3, 'in behandeling') ON CONFLICT DO NOTHING RETURNING volgnummer`,
        [organisatie, volgnummer, aankondiging.gezinId],
      )) as unknown[];
      if (eerste.length === 0) continue;
      await manager.query("SAVEPOINT aankondiging");
      let uitkomst: string;
      try {
        uitkomst = await verwerk(manager, organisatie, aankondiging);
        await manager.query("RELEASE SAVEPOINT aankondiging");
      } catch (error) {
        const code = sqlCode(error) ?? "";
        // Class 22 (data) and 23 (integrity): this announcement breaks a rule of the register; anything else is retried.
        if (!code.startsWith("22") && !code.startsWith("23")) throw error;
        await manager.query("ROLLBACK TO SAVEPOINT aankondiging");
        uitkomst = `geweigerd: de gegevens voldoen niet aan de regels van het register (${code})`;
      }
      await manager.query(`UPDATE aankondiging_in SET uitkomst = $3 WHERE bron = $1 AND volgnummer = $2`, [organisatie, volgnummer, uitkomst]);
      nieuw += 1;
    }
    return { nieuw, herhaald: batch.length - nieuw };
  });
}

/** Delivery over HTTP to the register holder's intake, signed with the organisation's own key. */
export function httpBezorging(options: { url: string; organisatie: string; sleutel: SigningKey; timeoutMs?: number }): Bezorging {
  const doel = new URL(AANKONDIGINGEN_PAD, options.url);
  return async (batch, stop) => {
    const body = JSON.stringify({ aankondigingen: batch });
    const token = await tekenLevering(options.organisatie, body, options.sleutel);
    const antwoord = await fetch(doel, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body,
      // Long enough for a full batch on a busy register; a delivery that timed out is sent again, and a repeat changes nothing.
      signal: stop ? AbortSignal.any([AbortSignal.timeout(options.timeoutMs ?? 30_000), stop]) : AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    if (!antwoord.ok) throw new Error(`register answered ${antwoord.status}`);
    await antwoord.arrayBuffer();
  };
}

function isVerzonden(x: unknown): x is Verzonden {
  const v = x as Verzonden;
  return (
    !!v &&
    typeof v.volgnummer === "string" &&
    /^[0-9]{1,18}$/.test(v.volgnummer) &&
    !!v.aankondiging &&
    typeof v.aankondiging.gezinId === "string" &&
    !!v.aankondiging.record &&
    typeof v.aankondiging.record.type === "string" &&
    typeof v.aankondiging.record.id === "string"
  );
}

/**
 * The register's intake (`POST /register/v1/aankondigingen`): a delivery signed
 * by the sending organisation's own key for exactly this body. 401 for a
 * delivery nobody vouches for, 400 for one malformed, 503 when it cannot be
 * handled now (the sender retries).
 */
export function aankondigingenApi(options: { db: DataSource; verwerk: Verwerking; sleutelVan: (organisatie: string) => Promise<KeyLike>; meld?: (regel: Record<string, unknown>) => void }): Router {
  const router = express.Router();
  router.post(AANKONDIGINGEN_PAD, express.text({ type: "application/json", limit: "1mb" }), async (req, res) => {
    const token = /^Bearer (.+)$/.exec(req.header("authorization") ?? "")?.[1];
    const body = typeof req.body === "string" ? req.body : "";
    let organisatie: string;
    try {
      if (!token) throw new Error("no token");
      organisatie = await verifieerLevering(token, body, options.sleutelVan);
    } catch {
      res.status(401).json({ errors: [{ message: "Deze levering is niet ondertekend door een aangesloten organisatie.", extensions: { code: "UNAUTHENTICATED" } }] });
      return;
    }
    let batch: unknown;
    try {
      batch = (JSON.parse(body) as { aankondigingen?: unknown }).aankondigingen;
    } catch {
      batch = undefined;
    }
    if (!Array.isArray(batch) || !batch.every(isVerzonden)) {
      res.status(400).json({ errors: [{ message: "Deze levering is geen lijst van aankondigingen.", extensions: { code: "BAD_REQUEST" } }] });
      return;
    }
    try {
      res.json(await ontvang(options.db, organisatie, batch, options.verwerk));
    } catch (error) {
      options.meld?.({ event: "aankondiging-niet-verwerkt", organisatie, fout: String((error as Error)?.message ?? error) });
      res.status(503).json({ errors: [{ message: "Het register kan deze levering nu niet verwerken; probeer het opnieuw.", extensions: { code: "REGISTER_ONBESCHIKBAAR" } }] });
    }
  });
  return router;
}
