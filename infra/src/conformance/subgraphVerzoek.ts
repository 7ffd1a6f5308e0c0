import type { Antwoord } from "./Controle";

/** How long one request to the subgraph or the decision service may take. */
const TIMEOUT_MS = 10_000;

/**
 * POST a GraphQL request (or any JSON) and keep status and body, whatever they
 * are: a conformance check reads refusals as closely as answers.
 */
export async function postJson(url: string, body: unknown, headers: Record<string, string>, wat: string): Promise<Antwoord> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const oorzaak = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
    return { wat, status: 0, body: undefined, tekst: `no answer from ${url} (${oorzaak})` };
  }
  const tekst = await response.text();
  let parsed: Antwoord["body"];
  try {
    parsed = JSON.parse(tekst) as Antwoord["body"];
  } catch {
    parsed = undefined;
  }
  return { wat, status: response.status, body: parsed, tekst };
}

/** The headers the gateway sends a subgraph: its token, and the request id it also signed into the token. */
export function gatewayHeaders(token: string | undefined, requestId: string): Record<string, string> {
  return { ...(token ? { authorization: `Bearer ${token}` } : {}), "x-request-id": requestId };
}

/** `status 401, {"errors":[…]}` shortened to one readable line. */
export function beschrijf(antwoord: Antwoord): string {
  if (antwoord.status === 0) return antwoord.tekst;
  const tekst = antwoord.tekst.length > 300 ? `${antwoord.tekst.slice(0, 300)}…` : antwoord.tekst;
  return `HTTP ${antwoord.status}, ${tekst.trim()}`;
}

/** Whether a response carries any data: `data` present and not null. */
export function heeftData(antwoord: Antwoord): boolean {
  return antwoord.body !== undefined && antwoord.body.data !== undefined && antwoord.body.data !== null;
}
