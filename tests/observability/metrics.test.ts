import { type Principal, Rol } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { somVan as waarde } from "@gezinsbeeld/infra/dist/prometheusTekst";
import { startHubForTest, type HubUnderTest } from "../support/hub";
import type { SubgraphUnderTest } from "../support/subgraph";

let hub: HubUnderTest;

beforeAll(async () => {
  hub = await startHubForTest();
});

afterAll(async () => {
  await hub?.close();
});

const subgraph = (name: string): SubgraphUnderTest => hub.subgraphs.find((s) => s.name === name)!;
const gatewayMetrics = (): Promise<string> => scrape(new URL("/metrics", hub.gateway.url));
const subgraphMetrics = (name: string): Promise<string> => scrape(new URL("/metrics", subgraph(name).url));

async function scrape(url: URL): Promise<string> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return response.text();
}

const GEZIN = `query Gezin($id: ID!) { gezin(id: $id) { naam leden { voornamen } meldingen { datum } maatregelen { soort } beschermingsonderzoeken { status } ervaringsdeskundigen { vanaf } } }`;

describe("every service's /metrics", () => {
  it("is served without a token, with the process metrics, on the gateway and on every subgraph", async () => {
    for (const text of [await gatewayMetrics(), ...(await Promise.all(hub.subgraphs.map((s) => subgraphMetrics(s.name))))]) {
      expect(text).toContain("# TYPE process_cpu_seconds_total counter");
      expect(text).toContain("# TYPE nodejs_eventloop_lag_seconds gauge");
      expect(text).toContain("# TYPE gezinsbeeld_graphql_requests_total counter");
    }
    const response = await fetch(new URL("/metrics", hub.gateway.url));
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it("counts and times GraphQL requests per operation and outcome, and the gateway's fetch from each subgraph", async () => {
    // Under a measure: the local team works in tandem with the forced partners and may read all of it.
    const gezin = hub.scenario.gezinnen.find((g) => g.fase === "ROOD")!;
    const [gatewayVoor, lokaalVoor] = [await gatewayMetrics(), await subgraphMetrics("lokaal-team")];
    const response = await hub.request(GEZIN, { id: gezin.id });
    expect(response.errors).toBeUndefined();
    const [gatewayNa, lokaalNa] = [await gatewayMetrics(), await subgraphMetrics("lokaal-team")];

    const ok = { operation: "Gezin", outcome: "ok" };
    expect(waarde(gatewayNa, "gezinsbeeld_graphql_requests_total", ok) - waarde(gatewayVoor, "gezinsbeeld_graphql_requests_total", ok)).toBe(1);
    expect(waarde(gatewayNa, "gezinsbeeld_graphql_request_duration_seconds_count", ok) - waarde(gatewayVoor, "gezinsbeeld_graphql_request_duration_seconds_count", ok)).toBe(1);
    // At the subgraph under the client's name, not the planner's `Gezin__lokaal_team__0`.
    expect(waarde(lokaalNa, "gezinsbeeld_graphql_requests_total", { operation: "Gezin" }) - waarde(lokaalVoor, "gezinsbeeld_graphql_requests_total", { operation: "Gezin" })).toBeGreaterThan(0);
    expect(lokaalNa).not.toContain("__lokaal_team__");
    for (const name of hub.subgraphs.map((s) => s.name)) {
      const fetches = waarde(gatewayNa, "gezinsbeeld_subgraph_fetch_duration_seconds_count", { subgraph: name }) - waarde(gatewayVoor, "gezinsbeeld_subgraph_fetch_duration_seconds_count", { subgraph: name });
      expect({ name, fetches: fetches > 0 }).toEqual({ name, fetches: true });
    }
    expect(waarde(gatewayNa, "gezinsbeeld_subgraph_fetch_errors_total")).toBe(waarde(gatewayVoor, "gezinsbeeld_subgraph_fetch_errors_total"));
  });

  it("counts a request with errors and no data as an error", async () => {
    const voor = await gatewayMetrics();
    const response = await hub.request(`query Kapot { bestaatNiet }`);
    expect(response.errors?.length).toBeGreaterThan(0);
    const na = await gatewayMetrics();
    const fout = { operation: "Kapot", outcome: "error" };
    expect(waarde(na, "gezinsbeeld_graphql_requests_total", fout) - waarde(voor, "gezinsbeeld_graphql_requests_total", fout)).toBe(1);
  });

  it("counts a subgraph's access decisions by basis and by reason", async () => {
    const gezin = hub.scenario.gezinnen[0]!;
    // A lokaal-team professional the household was never assigned to: need to know refuses.
    const onbetrokken: Principal = { userId: "lt-niet-betrokken", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.MEDEWERKER };
    const voor = await subgraphMetrics("lokaal-team");
    await hub.request(GEZIN, { id: gezin.id });
    await hub.requestAs(onbetrokken, GEZIN, { id: gezin.id });
    const na = await subgraphMetrics("lokaal-team");
    const verschil = (labels: Record<string, string>): number => waarde(na, "gezinsbeeld_toegang_besluiten_total", labels) - waarde(voor, "gezinsbeeld_toegang_besluiten_total", labels);
    expect(verschil({ beslissing: "TOEGESTAAN", grondslag: "EIGEN_GEGEVENS", reden: "" })).toBeGreaterThan(0);
    expect(verschil({ beslissing: "GEWEIGERD", grondslag: "", reden: "no-involvement" })).toBeGreaterThan(0);
    // The access log recorded the same refusal for that professional.
    const [{ geweigerd }] = (await subgraph("lokaal-team").db.query(
      `SELECT count(*)::int AS geweigerd FROM toegangslog WHERE gebruiker = $1 AND reden = 'no-involvement'`,
      [onbetrokken.userId],
    )) as [{ geweigerd: number }];
    expect(geweigerd).toBeGreaterThan(0);
  });

  it("counts access-log writes, and a failed write, which the gateway sees as a failed fetch from that subgraph", async () => {
    const lokaalTeam = subgraph("lokaal-team");
    const gezin = hub.scenario.gezinnen[0]!;
    const [lokaalVoor, gatewayVoor] = [await subgraphMetrics("lokaal-team"), await gatewayMetrics()];
    await hub.request(GEZIN, { id: gezin.id });
    const lokaalTussen = await subgraphMetrics("lokaal-team");
    // The request's own entries, and those of the decisions it answered for the partners.
    expect(waarde(lokaalTussen, "gezinsbeeld_toegangslog_writes_total", { outcome: "ok" }) - waarde(lokaalVoor, "gezinsbeeld_toegangslog_writes_total", { outcome: "ok" })).toBeGreaterThan(0);
    expect(waarde(lokaalTussen, "gezinsbeeld_toegangslog_entries_total") - waarde(lokaalVoor, "gezinsbeeld_toegangslog_entries_total")).toBeGreaterThan(0);

    await lokaalTeam.db.query(`CREATE FUNCTION weiger_log() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'log stuk'; END $$`);
    await lokaalTeam.db.query(`CREATE TRIGGER weiger_log BEFORE INSERT ON toegangslog FOR EACH ROW EXECUTE FUNCTION weiger_log()`);
    const stil = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const response = await hub.request(GEZIN, { id: gezin.id });
      expect(response.errors?.map((e) => e.extensions?.code)).toContain("AUDIT_UNAVAILABLE");
    } finally {
      stil.mockRestore();
      await lokaalTeam.db.query(`DROP TRIGGER weiger_log ON toegangslog`);
      await lokaalTeam.db.query(`DROP FUNCTION weiger_log`);
    }
    const [lokaalNa, gatewayNa] = [await subgraphMetrics("lokaal-team"), await gatewayMetrics()];
    expect(waarde(lokaalNa, "gezinsbeeld_toegangslog_writes_total", { outcome: "failed" }) - waarde(lokaalTussen, "gezinsbeeld_toegangslog_writes_total", { outcome: "failed" })).toBeGreaterThan(0);
    expect(waarde(lokaalNa, "gezinsbeeld_toegangslog_writes_total", { outcome: "ok" })).toBe(waarde(lokaalTussen, "gezinsbeeld_toegangslog_writes_total", { outcome: "ok" }));
    expect(waarde(gatewayNa, "gezinsbeeld_subgraph_fetch_errors_total", { subgraph: "lokaal-team" }) - waarde(gatewayVoor, "gezinsbeeld_subgraph_fetch_errors_total", { subgraph: "lokaal-team" })).toBe(1);
    expect(waarde(gatewayNa, "gezinsbeeld_graphql_requests_total", { operation: "Gezin", outcome: "error" })).toBeGreaterThan(0);
  });
});
