import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { type Conformancerapport, controleerSubgraph, formatRapport } from "@gezinsbeeld/infra/dist/conformance/index";
import { parse } from "graphql";
import { startHubForTest, type HubUnderTest } from "../support/hub";

/**
 * `npm run conformance` as a library, in-process: the hub's own five subgraphs
 * pass every check, and a partner that skipped the hub's rules fails the
 * checks it broke, each with a reason a partner can act on.
 */

function controle(rapport: Conformancerapport, nummer: number) {
  const gevonden = rapport.controles.find((c) => c.nummer === nummer);
  if (!gevonden) throw new Error(`no check ${nummer} in the report:\n${formatRapport(rapport)}`);
  return gevonden;
}

describe("the conformance check against the hub's own subgraphs", () => {
  let hub: HubUnderTest;
  beforeAll(async () => {
    hub = await startHubForTest();
  }, 240_000);
  afterAll(async () => {
    await hub?.close();
  });

  it.each(["lokaal-team", "veilig-thuis", "rvdk", "gi", "ervaringsdeskundigen"])("passes all seven checks for %s", async (naam) => {
    const subgraph = hub.subgraphs.find((s) => s.name === naam)!;
    const register = hub.subgraphs.find((s) => s.name === "lokaal-team")!;
    const rapport = await controleerSubgraph({
      url: subgraph.url,
      organisatie: naam,
      gatewayKey: hub.keys.gatewayPrivateKey!,
      registerUrl: register.url,
      scenario: hub.scenario,
    });
    // The whole report on failure: it says which check broke and why.
    expect({ geslaagd: rapport.geslaagd, rapport: formatRapport(rapport) }).toEqual({ geslaagd: true, rapport: expect.stringContaining("all 7 checks passed") });
    expect(rapport.controles.map((c) => c.nummer)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Check 4 really found an allowed and a refused professional, chosen by the decision service.
    expect(controle(rapport, 4).wat).toMatch(/served, \S+ refused with [a-z-]+\)$/);
  }, 120_000);
});

describe("the conformance check against a subgraph that skipped the hub's rules", () => {
  // Plain @apollo/subgraph: one field without a data category, no token check, no query limits.
  const typeDefs = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    type Gezin @key(fields: "id") { id: ID! notitie: String }
    type Query { hallo: String }
  `);
  let server: ApolloServer;
  let url: string;
  beforeAll(async () => {
    server = new ApolloServer({
      schema: buildSubgraphSchema([{ typeDefs, resolvers: { Query: { hallo: () => "hallo" }, Gezin: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, notitie: "geheim" }) } } }]),
    });
    ({ url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } }));
  });
  afterAll(async () => {
    await server?.stop();
  });

  let rapport: Conformancerapport;
  beforeAll(async () => {
    // The register is not running here: the access checks must fail, not hang or throw.
    rapport = await controleerSubgraph({ url, organisatie: "GI", subgraph: "kapotte-partner", registerUrl: "http://127.0.0.1:9/graphql" });
  }, 60_000);

  it("fails, and its exit would be non-zero", () => {
    expect(rapport.geslaagd).toBe(false);
    expect(formatRapport(rapport)).toMatch(/checks FAILED$/);
  });

  it("names the unclassified field and how to classify it (checks 1 and 2)", () => {
    expect(controle(rapport, 2)).toMatchObject({ geslaagd: false, herstel: expect.stringContaining('@gegevens(categorie: "…")') });
    expect(controle(rapport, 2).details).toEqual(expect.arrayContaining([expect.stringMatching(/kapotte-partner: Gezin\.notitie has no data category/)]));
    expect(controle(rapport, 1)).toMatchObject({ geslaagd: false, waarom: expect.stringContaining("could not protect") });
  });

  it("says which tokens it served that it should have refused (check 3)", () => {
    const tokens = controle(rapport, 3);
    expect(tokens.geslaagd).toBe(false);
    expect(tokens.details).toEqual([
      expect.stringMatching(/^no token: expected HTTP 401 without data, got HTTP 200/),
      expect.stringMatching(/^a forged token .*: expected HTTP 401 without data, got HTTP 200/),
      expect.stringMatching(/^an expired token: expected HTTP 401 without data, got HTTP 200/),
      expect.stringMatching(/^a token for another subgraph: expected HTTP 401 without data, got HTTP 200/),
    ]);
    expect(tokens.herstel).toMatch(/verifySubgraphToken/);
  });

  it("cannot check access or the log without a personal-data field, and says so (checks 4 and 5)", () => {
    expect(controle(rapport, 4)).toMatchObject({ geslaagd: false, waarom: expect.stringContaining("no personal-data field") });
    expect(controle(rapport, 5)).toMatchObject({ geslaagd: false, waarom: expect.stringContaining("not checked") });
  });

  it("shows that oversized queries were answered (check 6)", () => {
    const limieten = controle(rapport, 6);
    expect(limieten.geslaagd).toBe(false);
    expect(limieten.details).toEqual([expect.stringMatching(/^a query 21 levels deep: expected a 4xx GraphQL error without data, got HTTP 200/), expect.stringMatching(/^a query of cost .*got HTTP 200/)]);
  });

  it("prints one line per check, with why and fix under each failure", () => {
    const regels = formatRapport(rapport).split("\n");
    expect(regels.filter((r) => /^[✓✗] \d\. /.test(r))).toHaveLength(7);
    expect(regels).toContain("✗ 3. it refuses missing, forged, expired and wrong-audience tokens with HTTP 401 and no data");
    expect(regels.some((r) => r.startsWith("    why: "))).toBe(true);
    expect(regels.some((r) => r.startsWith("    fix: "))).toBe(true);
  });
});
