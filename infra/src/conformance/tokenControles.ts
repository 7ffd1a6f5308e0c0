import { randomUUID } from "node:crypto";
import type { Principal } from "@gezinsbeeld/shared-schema";
import type { Antwoord, Controle } from "./Controle";
import type { Tokenmaker } from "./conformanceTokens";
import { beschrijf, gatewayHeaders, heeftData, postJson } from "./subgraphVerzoek";

/** The smallest query: whoever answers it with data let the caller in. */
const PROBE = "{ __typename }";

/**
 * Check 3: a subgraph serves only the gateway's tokens for itself. Each of the
 * four must be refused with HTTP 401 and no `data`; the valid token beside
 * them must be served, so a subgraph that refuses everything does not pass.
 */
export async function controleerTokens(url: string, principal: Principal, tokens: Tokenmaker): Promise<{ controle: Controle; antwoorden: Antwoord[] }> {
  const gevallen: Array<[string, (requestId: string) => Promise<string | undefined>]> = [
    ["no token", async () => undefined],
    ["a forged token (signed by another key)", (rid) => tokens.vervalst(principal, rid)],
    ["an expired token", (rid) => tokens.verlopen(principal, rid)],
    ["a token for another subgraph", (rid) => tokens.andereAudience(principal, rid)],
  ];
  const antwoorden: Antwoord[] = [];
  const fouten: string[] = [];
  for (const [wat, maakToken] of gevallen) {
    const requestId = randomUUID();
    const antwoord = await postJson(url, { query: PROBE }, gatewayHeaders(await maakToken(requestId), requestId), wat);
    antwoorden.push(antwoord);
    if (antwoord.status !== 401 || heeftData(antwoord)) fouten.push(`${wat}: expected HTTP 401 without data, got ${beschrijf(antwoord)}`);
  }
  const requestId = randomUUID();
  const geldig = await postJson(url, { query: PROBE }, gatewayHeaders(await tokens.geldig(principal, requestId), requestId), "a valid token");
  if (geldig.status !== 200 || !heeftData(geldig)) fouten.push(`a valid gateway token: expected HTTP 200 with data, got ${beschrijf(geldig)}`);
  const wat = "it refuses missing, forged, expired and wrong-audience tokens with HTTP 401 and no data";
  return {
    antwoorden,
    controle:
      fouten.length === 0
        ? { nummer: 3, wat, geslaagd: true }
        : {
            nummer: 3,
            wat,
            geslaagd: false,
            waarom: `${fouten.length} of 5 token cases answered wrongly`,
            herstel:
              "verify every request's Authorization: Bearer token as verifySubgraphToken does (EdDSA, the gateway's public key, issuer gezinsbeeld-gateway, audience exactly this subgraph's name, exp) and answer 401 with only errors; startSubgraph in shared-schema does this",
            details: fouten,
          },
  };
}
