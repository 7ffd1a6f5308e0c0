import { startHubForTest, type HubUnderTest } from "../support/hub";
import { GEZINSBEELD_PAGE_QUERY } from "./gezinsbeeldQuery";

let hub: HubUnderTest;

beforeAll(async () => {
  hub = await startHubForTest(25);
});

afterAll(async () => {
  await hub?.close();
});

async function statementsFor(first: number): Promise<{ statements: number; households: number }> {
  hub.resetStatements();
  const response = await hub.request(GEZINSBEELD_PAGE_QUERY, { first });
  expect(response.errors).toBeUndefined();
  return { statements: hub.statementCount(), households: response.data?.gezinnen.nodes.length };
}

describe("the gezinsbeeld query's SQL statements (no N+1)", () => {
  it("does not grow with the number of households: 1 and 25 households cost the same", async () => {
    const one = await statementsFor(1);
    const all = await statementsFor(25);
    expect(one.households).toBe(1);
    expect(all.households).toBe(25);
    // Printed for the issue note: `npm test -- statements`.
    console.log(`SQL statements for the full gezinsbeeld: 1 household = ${one.statements}, 25 households = ${all.statements}`);
    expect(all.statements).toBe(one.statements);
    // One statement per access path per subgraph, not per household: a bound, not a snapshot.
    expect(all.statements).toBeLessThan(60);
  });
});
