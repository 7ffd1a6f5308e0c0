import type { RequestContext } from "../context/RequestContext";
import type { Gezinsbesluiten, Toegangsbeslisser } from "./Besluiten";

/** Options of {@link httpBeslisser}. */
export interface HttpBeslisserOptions {
  /**
   * Where the decision service runs: the register holder's origin (a path, such
   * as `/graphql`, is ignored). Default `GEZINSBEELD_TOEGANGSREGISTER_URL`, else
   * http://127.0.0.1:4001.
   */
  url?: string;
  /** How long to wait for a decision before the request is answered TOEGANG_ONBEKEND. Default 3000 ms. */
  timeoutMs?: number;
}

/**
 * Decisions from the decision service over HTTP (the fast path for TypeScript
 * subgraphs; partners in other languages use the AuthZEN endpoints). Each call
 * carries the decision token the gateway signed for this request
 * (`x-toegangsbeslisser-token`), so the service decides for the same principal
 * and this subgraph's owner, and for nobody else. Any failure throws: the guard
 * answers TOEGANG_ONBEKEND, never "not involved".
 */
export function httpBeslisser(options: HttpBeslisserOptions = {}): Toegangsbeslisser {
  const basis = options.url ?? process.env.GEZINSBEELD_TOEGANGSREGISTER_URL ?? "http://127.0.0.1:4001";
  const timeoutMs = options.timeoutMs ?? 3000;
  const post = async <T>(pad: string, body: unknown, context: RequestContext, veld: keyof T): Promise<T[keyof T]> => {
    if (!context.beslisToken) throw new Error("no decision token for this request");
    const response = await fetch(new URL(pad, basis), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${context.beslisToken}`,
        // For the decision log: the purpose and operation the requester gave.
        ...(context.doel ? { "x-doel": encodeURIComponent(context.doel) } : {}),
        ...(context.operatie ? { "x-operatie": encodeURIComponent(context.operatie) } : {}),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const antwoord = (await response.json().catch(() => null)) as T | null;
    if (!response.ok || !antwoord || antwoord[veld] === undefined) throw new Error(`decision service answered HTTP ${response.status}`);
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
  };
}
