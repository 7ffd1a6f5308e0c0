import { startGateway, type RunningGateway } from "@gezinsbeeld/gateway";
import { createDevToken, developmentKeys, type IdentityKeys, type Principal, Rol } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie, demoScenario, type DemoScenario } from "@gezinsbeeld/demo";
import { subgraphs } from "@gezinsbeeld/infra/dist/subgraphs";
import { postGraphQL, startSubgraphForTest, type GraphQLResponse, type SubgraphUnderTest } from "./subgraph";

/** Who {@link HubUnderTest.request} asks as unless the headers carry a token: the local team's teamleider. */
export const DEFAULT_HUB_PRINCIPAL: Principal = { userId: "lt-karin-smits", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER };

/** The five subgraphs, each on its own fresh database, behind a gateway on port 0. */
export interface HubUnderTest {
  scenario: DemoScenario;
  subgraphs: SubgraphUnderTest[];
  gateway: RunningGateway;
  /** The hub's own key set, made in memory for this hub. */
  keys: IdentityKeys;
  /**
   * POST a query to the gateway. Without an `authorization` header it carries a
   * user token for {@link DEFAULT_HUB_PRINCIPAL}.
   */
  request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** POST a query to the gateway with a user token for `principal`. */
  requestAs<T = Record<string, any>>(principal: Principal, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** A user token for `principal` that this hub's gateway accepts. */
  userToken(principal?: Principal, ttl?: string): Promise<string>;
  /** SQL statements all subgraphs sent since the last {@link resetStatements}. */
  statementCount(): number;
  resetStatements(): void;
  close(): Promise<void>;
}

/**
 * Start the whole hub in-process, seeded with `aantal` demo households, with the
 * checked-in supergraph (a test fails elsewhere when it is stale), on a fresh
 * key set of its own (in memory: no files).
 */
export async function startHubForTest(aantal = 12): Promise<HubUnderTest> {
  const scenario = demoScenario(aantal);
  const keys = await developmentKeys();
  // lokaal-team keeps the access register the others read, so it starts first.
  const [eigenaar, ...partners] = subgraphs;
  const register = await startSubgraphForTest(eigenaar!, { seed: scenario, keys });
  const started = [
    { status: "fulfilled", value: register } as PromiseFulfilledResult<SubgraphUnderTest>,
    ...(await Promise.allSettled(partners.map((definition) => startSubgraphForTest(definition, { seed: scenario, keys, toegangsregisterUrl: register.url })))),
  ];
  const running = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  let gateway: RunningGateway;
  try {
    const failed = started.find((result): result is PromiseRejectedResult => result.status === "rejected");
    if (failed) throw failed.reason;
    const organisatie = new Map(subgraphs.map((definition) => [definition.name, definition.organisatie]));
    gateway = await startGateway({
      port: 0,
      keys,
      subgraphs: running.map((subgraph) => ({ name: subgraph.name, url: subgraph.url, organisatie: organisatie.get(subgraph.name) })),
    });
  } catch (error) {
    // A half-started hub would keep the test run alive: stop what did start.
    await Promise.all(running.map((subgraph) => subgraph.close()));
    throw error;
  }
  // Partner subgraphs read the access register at lokaal-team, which runs on a free port here.
  const lokaalTeam = running.find((subgraph) => subgraph.name === "lokaal-team");
  if (lokaalTeam) process.env.GEZINSBEELD_TOEGANGSREGISTER_URL = lokaalTeam.url;

  const userToken = (principal: Principal = DEFAULT_HUB_PRINCIPAL, ttl?: string): Promise<string> =>
    createDevToken({ org: principal.organisatie, rol: principal.rol, user: principal.userId, bsn: principal.bsn, ttl }, keys);
  const requestAs: HubUnderTest["requestAs"] = async (principal, query, variables, headers = {}) =>
    postGraphQL(gateway.url, query, variables, { ...headers, authorization: `Bearer ${await userToken(principal)}` });
  return {
    scenario,
    subgraphs: running,
    gateway,
    keys,
    request: (query, variables, headers = {}) =>
      Object.keys(headers).some((name) => name.toLowerCase() === "authorization")
        ? postGraphQL(gateway.url, query, variables, headers)
        : requestAs(DEFAULT_HUB_PRINCIPAL, query, variables, headers),
    requestAs,
    userToken,
    statementCount: () => running.reduce((total, subgraph) => total + subgraph.statements.count, 0),
    resetStatements: () => running.forEach((subgraph) => subgraph.statements.reset()),
    close: async () => {
      await gateway.stop();
      await Promise.all(running.map((subgraph) => subgraph.close()));
    },
  };
}
