import http from "node:http";
import https from "node:https";
import type { RequestContext } from "../context/RequestContext";
import { begrensdeWachtrij } from "../server/begrensdeWachtrij";
import type { Gezinsbesluiten, Toegangsbeslisser } from "./Besluiten";

/** Options of {@link httpBeslisser}. */
export interface HttpBeslisserOptions {
  /**
   * Where the decision service runs: the register holder's origin (a path, such
   * as `/graphql`, is ignored). Default `GEZINSBEELD_TOEGANGSREGISTER_URL`, else
   * http://127.0.0.1:4001.
   */
  url?: string;
  /**
   * How long to wait for a decision (a free connection, the answer and all)
   * before the request is answered TOEGANG_ONBEKEND. Default
   * `GEZINSBEELD_TOEGANGSBESLISSER_TIMEOUT_MS`, else 3000 ms: below the
   * gateway's 5000 ms per subgraph call, so the professional reads this
   * subgraph's own TOEGANG_ONBEKEND rather than the gateway's time-out.
   */
  timeoutMs?: number;
  /** Connections open to the decision service at once (kept alive between calls). Default 50. */
  maxSockets?: number;
  /**
   * Calls that may wait for one of those connections. A call beyond it fails at
   * once (TOEGANG_ONBEKEND) instead of queueing without end behind a decision
   * service that hangs. Default 100.
   */
  maxQueued?: number;
}

/**
 * The timeout in `GEZINSBEELD_TOEGANGSBESLISSER_TIMEOUT_MS`, else 3000 ms. A
 * value that is not a positive whole number stops the start: a typo must not
 * switch the timeout off.
 */
export function beslisserTimeoutFromEnvironment(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.GEZINSBEELD_TOEGANGSBESLISSER_TIMEOUT_MS;
  if (raw === undefined || raw === "") return 3000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`GEZINSBEELD_TOEGANGSBESLISSER_TIMEOUT_MS=${raw}: expected a positive whole number`);
  return value;
}

/** Where the decision service runs: `url`, else `GEZINSBEELD_TOEGANGSREGISTER_URL`, else http://127.0.0.1:4001. */
export function toegangsbeslisserUrl(url?: string): string {
  return url ?? process.env.GEZINSBEELD_TOEGANGSREGISTER_URL ?? "http://127.0.0.1:4001";
}

/**
 * Decisions from the decision service over HTTP (the fast path for TypeScript
 * subgraphs; partners in other languages use the AuthZEN endpoints). Each call
 * carries the decision token the gateway signed for this request
 * (`x-toegangsbeslisser-token`), so the service decides for the same principal
 * and this subgraph's owner, and for nobody else. Any failure throws: the guard
 * answers TOEGANG_ONBEKEND, never "not involved". The calls share a bounded pool
 * of kept-alive connections of this client's own (`maxSockets`, `maxQueued`).
 */
export function httpBeslisser(options: HttpBeslisserOptions = {}): Toegangsbeslisser {
  const basis = toegangsbeslisserUrl(options.url);
  const timeoutMs = options.timeoutMs ?? beslisserTimeoutFromEnvironment();
  const call = pooledPost({ timeoutMs, maxSockets: options.maxSockets ?? 50, maxQueued: options.maxQueued ?? 100 });
  const post = async <T>(pad: string, body: unknown, context: RequestContext, veld: keyof T): Promise<T[keyof T]> => {
    if (!context.beslisToken) throw new Error("no decision token for this request");
    const response = await call(new URL(pad, basis), JSON.stringify(body), {
      "content-type": "application/json",
      authorization: `Bearer ${context.beslisToken}`,
      // For the decision log: the purpose and operation the requester gave.
      ...(context.doel ? { "x-doel": encodeURIComponent(context.doel) } : {}),
      ...(context.operatie ? { "x-operatie": encodeURIComponent(context.operatie) } : {}),
    });
    let antwoord: T | null = null;
    try {
      antwoord = JSON.parse(response.body) as T | null;
    } catch {
      // No JSON: refused below like any other unusable answer.
    }
    if (response.status < 200 || response.status >= 300 || !antwoord || antwoord[veld] === undefined) throw new Error(`decision service answered HTTP ${response.status}`);
    return antwoord[veld];
  };
  return {
    async besluiten(_vraag, gezinIds, context) {
      const besluiten = await post<{ besluiten: Gezinsbesluiten[] }>("/toegang/v1/besluiten", { gezinIds }, context, "besluiten");
      if (besluiten.length !== gezinIds.length) throw new Error("decision service answered for other households than asked");
      return besluiten;
    },
    async zijnLeden(_vraag, gezinId, persoonIds, context) {
      const leden = await post<{ leden: boolean[] }>("/toegang/v1/leden", { gezinId, persoonIds }, context, "leden");
      if (leden.length !== persoonIds.length) throw new Error("decision service answered for other persons than asked");
      return leden;
    },
    async magBenoemen(_vraag, gezinId, userIds, regime, context) {
      const benoembaar = await post<{ benoembaar: boolean[] }>("/toegang/v1/benoemingen", { gezinId, regime, userIds }, context, "benoembaar");
      if (!Array.isArray(benoembaar) || benoembaar.length !== userIds.length) throw new Error("decision service answered for other professionals than asked");
      // Anything but a plain yes is a no.
      return benoembaar.map((b) => b === true);
    },
  };
}

/**
 * A POST over a keep-alive agent of its own, at most `maxSockets` at once and
 * `maxQueued` waiting (the agent's own queue has no bound), each with the whole
 * call (waiting included) within `timeoutMs`.
 */
function pooledPost(o: { timeoutMs: number; maxSockets: number; maxQueued: number }): (url: URL, body: string, headers: Record<string, string>) => Promise<{ status: number; body: string }> {
  // Idle connections close before the decision service's own keep-alive (65 s) would close them under a call.
  const agentOptions: http.AgentOptions = { keepAlive: true, maxSockets: o.maxSockets, maxFreeSockets: o.maxSockets, timeout: 30_000, scheduling: "lifo" };
  const agents: Record<string, http.Agent> = { "http:": new http.Agent(agentOptions), "https:": new https.Agent(agentOptions) };
  const wachtrij = begrensdeWachtrij({ maxLopend: o.maxSockets, maxWachtend: o.maxQueued });
  const noConnection = (): Error => new Error(`decision service: no free connection within ${o.timeoutMs} ms`);
  const acquire = (signal: AbortSignal): Promise<void> =>
    wachtrij.neem(signal, {
      overvol: (lopend, wachtend) => new Error(`decision service: ${lopend} calls open and ${wachtend} waiting; not queueing more`),
      opgegeven: noConnection,
    });
  const release = (): void => wachtrij.geefTerug();
  return async (url, body, headers) => {
    const agent = agents[url.protocol];
    if (!agent) throw new Error(`decision service: unsupported protocol ${url.protocol}`);
    const signal = AbortSignal.timeout(o.timeoutMs);
    await acquire(signal);
    try {
      // Its turn may come in the same instant its time runs out.
      if (signal.aborted) throw noConnection();
      return await new Promise((resolve, reject) => {
        const request = (url.protocol === "https:" ? https : http).request(url, {
          method: "POST",
          headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
          agent,
          // Destroys the request, and with it its connection, whatever it is waiting for.
          signal,
        });
        request.on("error", (error) => reject(signal.aborted ? new Error(`decision service: no answer within ${o.timeoutMs} ms`) : error));
        request.on("response", (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
          response.on("close", () => {
            if (!response.complete) reject(new Error(signal.aborted ? `decision service: no answer within ${o.timeoutMs} ms` : "decision service: answer broke off"));
          });
          response.on("error", () => undefined);
        });
        request.end(body);
      });
    } finally {
      release();
    }
  };
}
