import type { Principal } from "@gezinsbeeld/shared-schema";
import type { Antwoord, Controle } from "./Controle";
import type { Tokenmaker } from "./conformanceTokens";
import { beschrijf, gatewayHeaders, heeftData, postJson } from "./subgraphVerzoek";
import { nieuwRequestId } from "./toegangControles";

/**
 * 20 levels of inline fragments on `_service`: valid against any federated
 * subgraph, nested deeper than any limit the hub allows (subgraph default 12),
 * and harmless if it were answered.
 */
function teDiep(): string {
  let selectie = "sdl";
  for (let i = 0; i < 20; i++) selectie = `... on _Service { ${selectie} }`;
  return `query ConformanceTeDiep { _service { ${selectie} } }`;
}

/**
 * 1,000 household representations, each selected eight fragments deep: a cost
 * of about 190,000 as graphql-armor counts it (subgraph default limit 60,000),
 * yet within the depth, alias and token limits, so only the cost can refuse it.
 */
function teDuur(): { query: string; variables: Record<string, unknown> } {
  let selectie = "__typename";
  for (let i = 0; i < 8; i++) selectie = `... { ${selectie} }`;
  const representations = Array.from({ length: 1000 }, (_, i) => ({ __typename: "Gezin", id: `00000000-0000-5000-a000-${String(i).padStart(12, "0")}` }));
  return { query: `query ConformanceTeDuur($representations: [_Any!]!) { _entities(representations: $representations) { ${selectie} } }`, variables: { representations } };
}

/**
 * Check 6: the query limits hold at the subgraph itself (a query sent past the
 * gateway meets the same wall): a too-deep and a too-costly query, each sent
 * with a valid token, are refused with a GraphQL error and no data.
 */
export async function controleerLimieten(url: string, principal: Principal, tokens: Tokenmaker): Promise<{ controle: Controle; antwoorden: Antwoord[] }> {
  const gevallen: Array<[string, { query: string; variables?: Record<string, unknown> }]> = [
    ["a query 21 levels deep", { query: teDiep() }],
    ["a query of cost ~190,000 (1,000 households)", teDuur()],
  ];
  const antwoorden: Antwoord[] = [];
  const fouten: string[] = [];
  for (const [wat, body] of gevallen) {
    const requestId = nieuwRequestId();
    const antwoord = await postJson(url, body, gatewayHeaders(await tokens.geldig(principal, requestId), requestId), wat);
    antwoorden.push(antwoord);
    const geweigerd = !heeftData(antwoord) && Array.isArray(antwoord.body?.errors) && antwoord.body.errors.length > 0 && antwoord.status >= 400 && antwoord.status < 500;
    if (!geweigerd) fouten.push(`${wat}: expected a 4xx GraphQL error without data, got ${beschrijf(antwoord)}`);
  }
  const wat = "query limits hold: a too-deep and a too-costly query are refused with a GraphQL error, no data";
  return {
    antwoorden,
    controle:
      fouten.length === 0
        ? { nummer: 6, wat, geslaagd: true }
        : {
            nummer: 6,
            wat,
            geslaagd: false,
            waarom: `${fouten.length} of 2 oversized queries were not refused`,
            herstel: "measure every operation before it runs: depth, aliases, directives, tokens and cost (queryLimitProtection in shared-schema, with SUBGRAPH_QUERY_LIMITS), counting _entities by its representations",
            details: fouten,
          },
  };
}
