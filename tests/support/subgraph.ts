import { randomBytes } from "node:crypto";
import { dropDatabase, ensureDatabase } from "@gezinsbeeld/infra";
import {
  databaseUrlFor,
  demoScenario,
  type DemoScenario,
  type RunningSubgraph,
  startSubgraph,
  type SubgraphDefinition,
} from "@gezinsbeeld/shared-schema";

/** A GraphQL response as the tests read it. */
export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

/** A subgraph started on port 0 against a fresh database of its own. */
export interface SubgraphUnderTest extends RunningSubgraph {
  databaseName: string;
  request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Stop the server and drop its database. */
  close(): Promise<void>;
}

/** The PostgreSQL server of this test run (see globalSetup). */
export function testDatabaseServer(): string {
  const url = process.env.GEZINSBEELD_TEST_DATABASE_URL;
  if (!url) throw new Error("GEZINSBEELD_TEST_DATABASE_URL is not set: run the tests through jest's globalSetup.");
  return url;
}

/** POST a GraphQL request. */
export async function postGraphQL<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/**
 * Start `definition` on a new, migrated database; seeded with `scenario` when given
 * (`true` for the default demo scenario).
 */
export async function startSubgraphForTest(
  definition: SubgraphDefinition,
  options: { seed?: DemoScenario | boolean } = {},
): Promise<SubgraphUnderTest> {
  const server = testDatabaseServer();
  const databaseName = `t_${randomBytes(4).toString("hex")}_${definition.databaseName}`;
  await ensureDatabase(server, databaseName);
  const running = await startSubgraph(definition, { databaseUrl: databaseUrlFor(server, databaseName), port: 0 });
  if (options.seed) {
    const scenario = options.seed === true ? demoScenario() : options.seed;
    await definition.seed(running.db, scenario);
  }
  return {
    ...running,
    databaseName,
    request: (query, variables) => postGraphQL(running.url, query, variables),
    close: async () => {
      await running.stop();
      await dropDatabase(server, databaseName);
    },
  };
}
