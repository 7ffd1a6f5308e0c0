import express, { type Router } from "express";
import type { DataSource } from "typeorm";
import type { Logger } from "../observability/logger";

/** One thing a service needs before it can serve: its database, its keys, a service it calls. */
export interface ReadinessCheck {
  /** Key in the `/ready` answer, e.g. `database`. */
  name: string;
  /** Resolves when ready; throws otherwise, a {@link NotReady} with a short reason the answer may show. */
  check(): Promise<void>;
}

/** A check's failure with a reason fit for the `/ready` answer (no host names, no SQL). */
export class NotReady extends Error {}

/** Options of {@link healthEndpoints}. */
export interface HealthEndpointsOptions {
  /** What `/health` answers besides `status: "ok"`, e.g. `{ subgraph: "gi" }`. Default: nothing more. */
  health?: Record<string, string>;
  /** What `/ready` checks, all at once. */
  checks: readonly ReadinessCheck[];
  /** How long one check may take before it counts as failing (`timeout`). Default 2000 ms. */
  timeoutMs?: number;
  /** Where a check's change of state (failing, passing again) is logged with its cause. Default: not logged. */
  logger?: Logger;
}

/** What `/ready` says about one check. */
export interface CheckResult {
  status: "ok" | "failing";
  /** Why it fails: `timeout`, `unavailable`, or the check's own {@link NotReady} reason. */
  reason?: string;
  ms: number;
}

async function run(check: ReadinessCheck, timeoutMs: number): Promise<{ result: CheckResult; cause?: unknown }> {
  const start = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check.check(),
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new NotReady("timeout")), timeoutMs);
      }),
    ]);
    return { result: { status: "ok", ms: Date.now() - start } };
  } catch (error) {
    return { result: { status: "failing", reason: error instanceof NotReady ? error.message : "unavailable", ms: Date.now() - start }, cause: error };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /health` and `GET /ready` of a service (no token; on the service's own port).
 *
 * - `/health`: alive, and nothing more: 200 `{ status: "ok" }` without touching
 *   anything, for a liveness probe (and `npm start`'s wait).
 * - `/ready`: every check at once, each within `timeoutMs`: 200
 *   `{ status: "ready", checks: { <name>: { status: "ok", ms } } }` when all
 *   pass, else 503 `{ status: "not-ready", failing: [names], checks: {…} }`
 *   with each failing check's reason. For a readiness probe: take the instance
 *   out of rotation, do not restart it.
 */
export function healthEndpoints(options: HealthEndpointsOptions): Router {
  const router = express.Router();
  const timeoutMs = options.timeoutMs ?? 2000;
  const failing = new Set<string>();
  router.get("/health", (_req, res) => {
    res.set("cache-control", "no-store").json({ status: "ok", ...options.health });
  });
  router.get("/ready", async (_req, res) => {
    const outcomes = await Promise.all(options.checks.map(async (check) => ({ name: check.name, ...(await run(check, timeoutMs)) })));
    for (const { name, result, cause } of outcomes) {
      // A probe asks every few seconds: log when a check starts or stops failing, not each time.
      if (result.status === "failing" && !failing.has(name)) {
        failing.add(name);
        options.logger?.warn({ check: name, reason: result.reason, fout: String(cause) }, `not ready: ${name}`);
      } else if (result.status === "ok" && failing.delete(name)) {
        options.logger?.info({ check: name }, `ready again: ${name}`);
      }
    }
    const names = outcomes.filter((o) => o.result.status === "failing").map((o) => o.name);
    const checks = Object.fromEntries(outcomes.map((o) => [o.name, o.result]));
    res
      .status(names.length === 0 ? 200 : 503)
      .set("cache-control", "no-store")
      .json(names.length === 0 ? { status: "ready", checks } : { status: "not-ready", failing: names, checks });
  });
  return router;
}

/** The database answers `SELECT 1`. */
export function databaseCheck(db: DataSource): ReadinessCheck {
  return {
    name: "database",
    check: async () => {
      if (!db.isInitialized) throw new NotReady("not connected");
      await db.query("SELECT 1");
    },
  };
}

/** Every migration this build knows has run on the database. */
export function migrationsCheck(db: DataSource): ReadinessCheck {
  return {
    name: "migrations",
    check: async () => {
      if (!db.isInitialized) throw new NotReady("not connected");
      if (await db.showMigrations()) throw new NotReady("pending migrations");
    },
  };
}

/** The keys the service needs are loaded; `missing` names those that are not. */
export function keysCheck(missing: () => readonly string[]): ReadinessCheck {
  return {
    name: "keys",
    check: async () => {
      const absent = missing();
      if (absent.length > 0) throw new NotReady(`missing: ${absent.join(", ")}`);
    },
  };
}

/** `url` answers a GET with 2xx (a service this one calls: the decision service, a subgraph). */
export function httpCheck(name: string, url: string | URL): ReadinessCheck {
  return {
    name,
    check: async () => {
      let response: Response;
      try {
        response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      } catch (error) {
        throw Object.assign(new NotReady("unreachable"), { cause: error });
      }
      await response.body?.cancel();
      if (!response.ok) throw new NotReady(`HTTP ${response.status}`);
    },
  };
}
