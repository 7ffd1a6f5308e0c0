import { createClient } from "@redis/client";
import { type Logger, rateLimitMetrics } from "@gezinsbeeld/shared-schema";
import type { RequestHandler } from "express";
import { rateLimit, type Store } from "express-rate-limit";
import { RedisStore } from "rate-limit-redis";
import { principalOf } from "./useUserToken";

/** Options of {@link useRateLimit}. */
export interface RateLimitOptions {
  /** Requests one user may make per window. Default `GEZINSBEELD_RATE_LIMIT`, else 600. */
  limit?: number;
  /** The window, in seconds. Default `GEZINSBEELD_RATE_LIMIT_WINDOW_SECONDS`, else 60. */
  windowSeconds?: number;
  /**
   * Redis that keeps the counts, so that every gateway replica counts alike.
   * Default `GEZINSBEELD_REDIS_URL`; unset: in this process's memory (one
   * gateway, or counts per replica).
   */
  redisUrl?: string;
  /** Where a Redis that cannot be reached is reported. Default: not reported. */
  logger?: Logger;
  /** The service counting refusals (`gezinsbeeld_rate_limited_total`). Default `gateway`. */
  service?: string;
}

/** A running rate limit: the middleware, and the Redis connection (if any) to close with the gateway. */
export interface RateLimit {
  middleware: RequestHandler;
  /** `memory` or `redis`: where the counts live. */
  store: "memory" | "redis";
  close(): Promise<void>;
}

function positive(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name}=${raw}: expected a positive whole number`);
  return value;
}

/**
 * A per-user rate limit (express-rate-limit), mounted after the token check
 * and keyed by the verified user id: a user over the limit gets HTTP 429 with
 * `Retry-After` (seconds) and one GraphQL error, code `RATE_LIMITED`, with a
 * Dutch message; nothing is parsed or planned. Counts live in memory unless
 * `GEZINSBEELD_REDIS_URL` names a Redis (rate-limit-redis), which must answer
 * when the gateway starts (else the start fails: a configured Redis is part of
 * the deployment). Once running, a Redis that stops answering lets requests
 * through at once and says so in the log: the limit guards capacity, the
 * token check guards access.
 */
export async function useRateLimit(options: RateLimitOptions = {}): Promise<RateLimit> {
  const limit = options.limit ?? positive(process.env.GEZINSBEELD_RATE_LIMIT, "GEZINSBEELD_RATE_LIMIT", 600);
  const windowMs = 1000 * (options.windowSeconds ?? positive(process.env.GEZINSBEELD_RATE_LIMIT_WINDOW_SECONDS, "GEZINSBEELD_RATE_LIMIT_WINDOW_SECONDS", 60));
  const redisUrl = options.redisUrl ?? (process.env.GEZINSBEELD_REDIS_URL || undefined);
  const { refused } = rateLimitMetrics(options.service ?? "gateway");
  const logger = options.logger;
  let store: Store | undefined;
  let close = async (): Promise<void> => {};
  if (redisUrl) {
    const client = createClient({
      url: redisUrl,
      // While Redis is away a command fails at once (and the request passes) instead of waiting for the reconnect.
      disableOfflineQueue: true,
      socket: { connectTimeout: 2000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5000) },
    });
    let gemeld = false;
    client.on("error", (error: unknown) => {
      if (!gemeld) logger?.warn({ fout: String(error) }, "rate limit: Redis unavailable; requests pass unlimited until it is back");
      gemeld = true;
    });
    client.on("ready", () => {
      if (gemeld) logger?.info("rate limit: Redis back");
      gemeld = false;
    });
    await client.connect();
    close = async () => {
      if (client.isOpen) await client.close().catch(() => undefined);
    };
    store = new RedisStore({ prefix: "gezinsbeeld:rate-limit:", sendCommand: (...args: string[]) => client.sendCommand(args) });
  }
  const middleware = rateLimit({
    windowMs,
    limit,
    store,
    keyGenerator: (_req, res) => principalOf(res).userId,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    passOnStoreError: true,
    ...(logger ? { logger: { error: (error: unknown, message?: string) => logger.warn({ fout: String(error) }, message ?? "rate limit"), warn: (error: unknown, message?: string) => logger.warn({ fout: String(error) }, message ?? "rate limit") } } : {}),
    handler: (req, res) => {
      const reset = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1000));
      refused.inc();
      res
        .status(429)
        .set("retry-after", String(seconds))
        .set("cache-control", "no-store")
        .json({
          errors: [{ message: `Te veel verzoeken: u kunt er ${limit} per ${windowMs / 1000} seconden doen. Probeer het over ${seconds} seconden opnieuw.`, extensions: { code: "RATE_LIMITED" } }],
        });
    },
  });
  return {
    middleware,
    store: redisUrl ? "redis" : "memory",
    close,
  };
}
