import { startGateway, type RunningGateway } from "@gezinsbeeld/gateway";
import { demoScenario, type DemoScenario } from "@gezinsbeeld/shared-schema";
import { subgraphs } from "@gezinsbeeld/infra/dist/subgraphs";
import { postGraphQL, startSubgraphForTest, type GraphQLResponse, type SubgraphUnderTest } from "./subgraph";

/** The five subgraphs, each on its own fresh database, behind a gateway on port 0. */
export interface HubUnderTest {
  scenario: DemoScenario;
  subgraphs: SubgraphUnderTest[];
  gateway: RunningGateway;
  request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** SQL statements all subgraphs sent since the last {@link resetStatements}. */
  statementCount(): number;
  resetStatements(): void;
  close(): Promise<void>;
}

/**
 * Start the whole hub in-process, seeded with `aantal` demo households, with the
 * checked-in supergraph (a test fails elsewhere when it is stale).
 */
export async function startHubForTest(aantal = 12): Promise<HubUnderTest> {
  const scenario = demoScenario(aantal);
  const started = await Promise.allSettled(subgraphs.map((definition) => startSubgraphForTest(definition, { seed: scenario })));
  const running = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  let gateway: RunningGateway;
  try {
    const failed = started.find((result): result is PromiseRejectedResult => result.status === "rejected");
    if (failed) throw failed.reason;
    gateway = await startGateway({ port: 0, subgraphs: running.map((subgraph) => ({ name: subgraph.name, url: subgraph.url })) });
  } catch (error) {
    // A half-started hub would keep the test run alive: stop what did start.
    await Promise.all(running.map((subgraph) => subgraph.close()));
    throw error;
  }
  return {
    scenario,
    subgraphs: running,
    gateway,
    request: (query, variables, headers) => postGraphQL(gateway.url, query, variables, headers),
    statementCount: () => running.reduce((total, subgraph) => total + subgraph.statements.count, 0),
    resetStatements: () => running.forEach((subgraph) => subgraph.statements.reset()),
    close: async () => {
      await gateway.stop();
      await Promise.all(running.map((subgraph) => subgraph.close()));
    },
  };
}
