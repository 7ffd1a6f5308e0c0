import { lokaalTeam } from "@gezinsbeeld/lokaal-team";
import { demoScenario } from "@gezinsbeeld/shared-schema";
import { startSubgraphForTest, type SubgraphUnderTest } from "../support/subgraph";

const scenario = demoScenario(12);
let subgraph: SubgraphUnderTest;

beforeAll(async () => {
  subgraph = await startSubgraphForTest(lokaalTeam, { seed: scenario });
});

afterAll(async () => {
  await subgraph?.close();
});

describe("lokaal-team subgraph", () => {
  it("lists the seeded households, a page at a time", async () => {
    const first = await subgraph.request(`{ gezinnen(first: 5) { totalCount nodes { id naam } pageInfo { endCursor hasNextPage } } }`);
    expect(first.errors).toBeUndefined();
    expect(first.data?.gezinnen.totalCount).toBe(12);
    expect(first.data?.gezinnen.nodes).toHaveLength(5);
    const second = await subgraph.request(`query($after: String) { gezinnen(first: 5, after: $after) { nodes { id } } }`, {
      after: first.data?.gezinnen.pageInfo.endCursor,
    });
    const ids = new Set([...first.data!.gezinnen.nodes, ...second.data!.gezinnen.nodes].map((n: { id: string }) => n.id));
    expect(ids.size).toBe(10);
  });
});
