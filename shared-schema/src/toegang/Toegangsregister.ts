import type { RequestContext } from "../context/RequestContext";
import type { Toegangsbasis } from "../beleid/Toegangsbasis";

/**
 * Where a subgraph reads the live access register (involvements, consents,
 * break-glass, members) of households: lokaal-team reads its own database, every
 * other subgraph asks lokaal-team. Called once per request with every household
 * the request touches (batched), never cached across requests.
 */
export type Toegangsregister = (gezinIds: readonly string[], context: RequestContext) => Promise<Toegangsbasis[]>;

/** The query other subgraphs send to lokaal-team's internal register. */
export const TOEGANGSBASES_QUERY = `query Toegangsbases($gezinIds: [ID!]!) {
  toegangsbases(gezinIds: $gezinIds) {
    gezinId bestaat afgeslotenOp vasteContactpersoonId ledenBsn
    betrokkenheden { organisatie regime anoniem startdatum einddatum medewerkerId geinformeerdOp }
    toestemmingen { id partner categorieen gegevenOp ingetrokkenOp }
    noodtoegangen { id userId organisatie vanaf tot }
  }
}`;

/**
 * The register over HTTP at lokaal-team. The request carries the same short-lived
 * gateway-signed token the subgraph received (its audience includes lokaal-team),
 * so the register is read on behalf of the same person, for the same request.
 * Any failure refuses everything (fail closed): without the register, nothing is
 * decided in anyone's favour.
 *
 * @param url lokaal-team's GraphQL endpoint; default `GEZINSBEELD_TOEGANGSREGISTER_URL` or http://127.0.0.1:4001/graphql
 */
export function httpToegangsregister(url: string = process.env.GEZINSBEELD_TOEGANGSREGISTER_URL ?? "http://127.0.0.1:4001/graphql"): Toegangsregister {
  return async (gezinIds, context) => {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-request-id": context.requestId,
        ...(context.bearer ? { authorization: `Bearer ${context.bearer}` } : {}),
      },
      body: JSON.stringify({ query: TOEGANGSBASES_QUERY, variables: { gezinIds } }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await response.json()) as { data?: { toegangsbases?: Toegangsbasis[] }; errors?: Array<{ message: string }> };
    const bases = body.data?.toegangsbases;
    if (!response.ok || !bases || bases.length !== gezinIds.length) {
      throw new Error(`Het toegangsregister (lokaal team) gaf geen antwoord: ${body.errors?.[0]?.message ?? response.status}`);
    }
    return bases;
  };
}
