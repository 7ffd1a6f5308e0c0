import http from "node:http";
import https from "node:https";
import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import { begrensdeWachtrij } from "@gezinsbeeld/shared-schema";
import { SubgraphVerbindingsfout } from "./SubgraphVerbindingsfout";

/** The fetch function a {@link RemoteGraphQLDataSource} sends its requests with. */
export type SubgraphFetch = RemoteGraphQLDataSource["fetcher"];

/** Options of {@link subgraphFetcher}: the bounds of the gateway's calls to one subgraph. */
export interface SubgraphFetcherOptions {
  /**
   * The whole call: waiting for a connection, connecting, sending, and reading
   * the whole answer. Default 5000 ms: longer than a partner subgraph waits for
   * the decision service (3000 ms), so that its own answer (TOEGANG_ONBEKEND)
   * arrives before the gateway gives up on it.
   */
  timeoutMs?: number;
  /**
   * Opening a TCP connection. Default 2000 ms: a connection within a data
   * centre opens in milliseconds; this still allows the kernel's one SYN
   * retransmission (after 1 s) and leaves most of the timeout.
   */
  connectTimeoutMs?: number;
  /** Connections open to this subgraph at once, each carrying one call. Default 50. */
  maxSockets?: number;
  /**
   * Calls that may wait for one of those connections. A call beyond it fails at
   * once (SUBGRAPH_OVERBELAST) instead of queueing without end behind a subgraph
   * that hangs. Default 200: with the 50 connections, a burst of 250 calls to one
   * subgraph still waits its turn (at a few hundred answers a second that is
   * well within the timeout), while a subgraph that hangs holds at most 250
   * gateway requests, each for at most the timeout.
   */
  maxQueued?: number;
  /**
   * How long an idle connection is kept for the next call. Default 30000 ms:
   * below the subgraphs' own keep-alive of 65 s, so the gateway closes an idle
   * connection before the subgraph does and never sends on one being closed.
   */
  idleTimeoutMs?: number;
}

/** The defaults of {@link SubgraphFetcherOptions}. */
export const SUBGRAPH_FETCHER_DEFAULTS: Readonly<Required<SubgraphFetcherOptions>> = {
  timeoutMs: 5000,
  connectTimeoutMs: 2000,
  maxSockets: 50,
  maxQueued: 200,
  idleTimeoutMs: 30_000,
};

const ENV_NAMES: Readonly<Record<keyof SubgraphFetcherOptions, string>> = {
  timeoutMs: "GEZINSBEELD_SUBGRAPH_TIMEOUT_MS",
  connectTimeoutMs: "GEZINSBEELD_SUBGRAPH_CONNECT_TIMEOUT_MS",
  maxSockets: "GEZINSBEELD_SUBGRAPH_MAX_SOCKETS",
  maxQueued: "GEZINSBEELD_SUBGRAPH_MAX_QUEUED",
  idleTimeoutMs: "GEZINSBEELD_SUBGRAPH_IDLE_TIMEOUT_MS",
};

/**
 * {@link SUBGRAPH_FETCHER_DEFAULTS} with overrides from the environment:
 * `GEZINSBEELD_SUBGRAPH_TIMEOUT_MS`, `…_CONNECT_TIMEOUT_MS`, `…_MAX_SOCKETS`,
 * `…_MAX_QUEUED`, `…_IDLE_TIMEOUT_MS`. A value that is not a whole number
 * (at least 1; 0 for the queue) stops the start: a typo must not switch a bound off.
 */
export function subgraphFetcherOptionsFromEnvironment(env: NodeJS.ProcessEnv = process.env): Required<SubgraphFetcherOptions> {
  const options = { ...SUBGRAPH_FETCHER_DEFAULTS };
  for (const [key, name] of Object.entries(ENV_NAMES) as [keyof SubgraphFetcherOptions, string][]) {
    const raw = env[name];
    if (raw === undefined || raw === "") continue;
    const value = Number(raw);
    const minimum = key === "maxQueued" ? 0 : 1;
    if (!Number.isInteger(value) || value < minimum) throw new Error(`${name}=${raw}: expected a whole number of at least ${minimum}`);
    options[key] = value;
  }
  return options;
}

/**
 * The fetcher of one subgraph's data source (Apollo's default, make-fetch-happen,
 * has no timeout and no bound on its connections). Built on `node:http` with a
 * keep-alive agent of its own, so each subgraph has its own pool: a subgraph that
 * hangs holds at most `maxSockets` connections and `maxQueued` waiting calls,
 * each for at most `timeoutMs`, and never slows the calls to the others. Every
 * failure is a {@link SubgraphVerbindingsfout}; the answer itself, whatever its
 * status, is returned as a fetch `Response` with the whole body read.
 */
export function subgraphFetcher(options: SubgraphFetcherOptions = {}): SubgraphFetch {
  const o = { ...SUBGRAPH_FETCHER_DEFAULTS, ...options };
  const agentOptions: http.AgentOptions = { keepAlive: true, maxSockets: o.maxSockets, maxFreeSockets: o.maxSockets, timeout: o.idleTimeoutMs, scheduling: "lifo" };
  const agents: Record<string, http.Agent> = { "http:": new http.Agent(agentOptions), "https:": new https.Agent(agentOptions) };
  // Our own queue, not the agent's: the agent's grows without bound and keeps a call that gave up until a connection frees.
  const wachtrij = begrensdeWachtrij({ maxLopend: o.maxSockets, maxWachtend: o.maxQueued });
  const acquire = (signal: AbortSignal, fout: () => SubgraphVerbindingsfout): Promise<void> =>
    wachtrij.neem(signal, {
      overvol: (lopend, wachtend) => new SubgraphVerbindingsfout("overbelast", `${lopend} calls open and ${wachtend} waiting; not queueing more`),
      opgegeven: fout,
    });
  const release = (): void => wachtrij.geefTerug();

  return async (url, init = {}) => {
    const target = new URL(url);
    const agent = agents[target.protocol];
    if (!agent) throw new SubgraphVerbindingsfout("onbereikbaar", `unsupported protocol ${target.protocol}`);
    const signal = init.signal ? AbortSignal.any([AbortSignal.timeout(o.timeoutMs), init.signal as AbortSignal]) : AbortSignal.timeout(o.timeoutMs);
    const timeout = (): SubgraphVerbindingsfout => new SubgraphVerbindingsfout("time-out", `no answer from ${target.origin} within ${o.timeoutMs} ms`);
    await acquire(signal, timeout);
    try {
      return await send(target, agent, init, signal, timeout, o.connectTimeoutMs);
    } finally {
      release();
    }
  };
}

type FetchInit = NonNullable<Parameters<SubgraphFetch>[1]>;
type FetchResponse = Awaited<ReturnType<SubgraphFetch>>;

function send(
  target: URL,
  agent: http.Agent,
  init: FetchInit,
  signal: AbortSignal,
  timeout: () => SubgraphVerbindingsfout,
  connectTimeoutMs: number,
): Promise<FetchResponse> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(timeout());
    // The first reason wins: a destroyed request reports its own error afterwards too.
    let fout: SubgraphVerbindingsfout | undefined;
    const fail = (reden: SubgraphVerbindingsfout): void => {
      fout ??= reden;
      request.destroy(fout);
    };
    const onAbort = (): void => fail(timeout());
    const settle = (): void => signal.removeEventListener("abort", onAbort);
    const headers = { ...init.headers };
    // A length rather than chunked encoding: what every server and proxy in front of one takes.
    if (init.body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === "content-length")) {
      headers["content-length"] = String(Buffer.byteLength(init.body));
    }
    const request = (target.protocol === "https:" ? https : http).request(target, { method: init.method ?? "GET", headers, agent });
    signal.addEventListener("abort", onAbort, { once: true });
    request.on("socket", (socket) => {
      // A kept-alive connection is already open; only a new one can hang in its handshake.
      if (!socket.connecting) return;
      const timer = setTimeout(() => fail(new SubgraphVerbindingsfout("onbereikbaar", `no connection to ${target.origin} within ${connectTimeoutMs} ms`)), connectTimeoutMs);
      socket.once("connect", () => clearTimeout(timer));
      socket.once("close", () => clearTimeout(timer));
    });
    request.on("error", (error) => {
      settle();
      reject(fout ?? new SubgraphVerbindingsfout("onbereikbaar", `request to ${target.origin} failed: ${error.message}`, { cause: error }));
    });
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        settle();
        try {
          resolve(asResponse(response, chunks));
        } catch (error) {
          reject(new SubgraphVerbindingsfout("onbereikbaar", `unreadable answer from ${target.origin}: ${String(error)}`, { cause: error }));
        }
      });
      // Destroyed by the timeout, or the connection broke off mid-answer.
      response.on("close", () => {
        if (response.complete) return;
        settle();
        reject(fout ?? new SubgraphVerbindingsfout("onbereikbaar", `answer from ${target.origin} broke off`));
      });
      response.on("error", () => undefined);
    });
    request.end(init.body);
  });
}

/** Statuses whose answer has no body; a fetch `Response` refuses one. */
const ZONDER_BODY = new Set([204, 205, 304]);

function asResponse(response: http.IncomingMessage, chunks: Buffer[]): FetchResponse {
  const status = response.statusCode ?? 502;
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  const body = chunks.length === 0 || ZONDER_BODY.has(status) ? null : Buffer.concat(chunks);
  // Node's Headers are iterable; the DOM typings this package compiles with (no DOM.Iterable) do not say so.
  return new Response(body, { status, statusText: response.statusMessage ?? "", headers }) as unknown as FetchResponse;
}
