import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type RunningGateway, startGateway } from "@gezinsbeeld/gateway";
import { DECISION_TOKEN_HEADER, type Principal, Rol } from "@gezinsbeeld/shared-schema";
import { type DemoGezin, DemoOrganisatie } from "@gezinsbeeld/demo";
import { startHubForTest, type HubUnderTest } from "../support/hub";
import { type GraphQLResponse, type SubgraphUnderTest } from "../support/subgraph";

const GEZIN_QUERY = `query Gezin($id: ID!) {
  gezin(id: $id) {
    naam
    meldingen { datum melder { naam } }
    vertrouwensartsAdviezen { advies }
    maatregelen { soort }
    ervaringsdeskundigen { totaalContacten }
  }
}`;

// Team-wide roles see every household their organisation is involved with, so the subgraphs answer them.
const ERVARINGSDESKUNDIGE: Principal = { userId: "ed-henk-de-lange", organisatie: DemoOrganisatie.ERVARINGSDESKUNDIGEN, rol: Rol.TEAMLEIDER };
const LOKAAL_TEAM: Principal = { userId: "lt-karin-smits", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER };
const VEILIG_THUIS: Principal = { userId: "vt-marco-jansen", organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.TEAMLEIDER };
const PRIVACY_OFFICER: Principal = { userId: "lt-paul-verhoef", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.PRIVACY_OFFICER };

/** Passes a subgraph's requests on unchanged and counts them: proof that the gateway asked it nothing. */
interface CountingProxy {
  name: string;
  url: string;
  requests: number;
  close(): Promise<void>;
}

async function countRequests(subgraph: SubgraphUnderTest): Promise<CountingProxy> {
  const server = createServer((req, res) => {
    // Counted: the GraphQL fetches the gateway plans. Its refusal reports to the owner's log pass uncounted.
    const graphql = req.url === "/graphql";
    if (graphql) proxy.requests++;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const headers = Object.fromEntries(
        ["content-type", "authorization", "x-request-id", DECISION_TOKEN_HEADER].flatMap((name) => (req.headers[name] ? [[name, String(req.headers[name])]] : [])),
      );
      fetch(graphql ? subgraph.url : new URL(req.url ?? "/", subgraph.url), { method: "POST", headers, body: Buffer.concat(chunks) })
        .then(async (answer) => {
          res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" });
          res.end(await answer.text());
        })
        .catch(() => res.writeHead(502).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const proxy: CountingProxy = {
    name: subgraph.name,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    requests: 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return proxy;
}

let hub: HubUnderTest;
let proxies: CountingProxy[];
/** The hub's gateway setup, with every subgraph behind a counting proxy. */
let gateway: RunningGateway;
let gezin: DemoGezin;

beforeAll(async () => {
  hub = await startHubForTest();
  proxies = await Promise.all(hub.subgraphs.map(countRequests));
  gateway = await startGateway({ port: 0, keys: hub.keys, subgraphs: proxies.map(({ name, url }) => ({ name, url })) });
  // Orange: Veilig Thuis works the melding, and an expert by experience is linked.
  const found = hub.scenario.gezinnen.find((g) => g.fase === "ORANJE" && g.mijlpalen.meldingOp && g.mijlpalen.ervaringsdeskundigeVanaf);
  if (!found) throw new Error("the demo scenario has no orange household with an expert by experience");
  gezin = found;
});

afterAll(async () => {
  await gateway?.stop();
  await Promise.all((proxies ?? []).map((proxy) => proxy.close()));
  await hub?.close();
});

/** The gateway logs every removed field (issue 4 turns this into its audit log). */
let warn: jest.SpyInstance;
beforeEach(() => {
  warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => {
  warn.mockRestore();
});

let requests = 0;
async function vraag(principal: Principal, query = GEZIN_QUERY): Promise<GraphQLResponse & { requestId: string }> {
  requests++;
  hub.resetStatements();
  proxies.forEach((proxy) => (proxy.requests = 0));
  const http = await fetch(gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await hub.userToken(principal)}` },
    body: JSON.stringify({ query, variables: { id: gezin.id } }),
  });
  // The gateway chooses the request id (the access logs join on it) and returns it.
  const requestId = http.headers.get("x-request-id") ?? "";
  const response = (await http.json()) as GraphQLResponse;
  return { ...response, requestId };
}

const statementsOf = (name: string): number => hub.subgraphs.find((s) => s.name === name)!.statements.count;
/** Statements that read or wrote the organisation's data, not its access log. */
const dataStatementsOf = (name: string): string[] =>
  hub.subgraphs.find((s) => s.name === name)!.statements.statements.filter((sql) => !/toegangslog|^(START TRANSACTION|COMMIT|SET LOCAL)/.test(sql));
const requestsTo = (name: string): number => proxies.find((p) => p.name === name)!.requests;
const gatewayErrors = (response: GraphQLResponse) => (response.errors ?? []).filter((e) => e.extensions?.verwijderdDoor === "gateway");

describe("the gateway's data filter on the whole hub", () => {
  it("answers an expert by experience with null for the case data, and never asks Veilig Thuis", async () => {
    const response = await vraag(ERVARINGSDESKUNDIGE);
    expect(response.data?.gezin).toMatchObject({ meldingen: null, vertrouwensartsAdviezen: null, maatregelen: null });
    // The rest of the answer still comes: the expert's own contact counts.
    expect(response.data?.gezin.ervaringsdeskundigen).toEqual([{ totaalContacten: expect.any(Number) }]);
    expect(gatewayErrors(response)).toEqual([
      {
        message: expect.stringContaining("Gezin.meldingen"),
        path: ["gezin", "meldingen"],
        extensions: { code: "FORBIDDEN", categorie: "VEILIGHEID", reden: "category-not-allowed", veld: "Gezin.meldingen", verwijderdDoor: "gateway" },
      },
      expect.objectContaining({ path: ["gezin", "vertrouwensartsAdviezen"], extensions: expect.objectContaining({ categorie: "MEDISCH" }) }),
      expect.objectContaining({ path: ["gezin", "maatregelen"], extensions: expect.objectContaining({ categorie: "JUSTITIEEL" }) }),
    ]);
    // Veilig Thuis would refuse without touching its database, so count its requests, not only its SQL.
    expect(requestsTo("veilig-thuis")).toBe(0);
    expect(dataStatementsOf("veilig-thuis")).toEqual([]);
    expect(requestsTo("gi")).toBe(0);
    // Each refusal is in the chained log of the organisation that owns the field, with the household and requester.
    const veiligThuis = hub.subgraphs.find((s) => s.name === "veilig-thuis")!;
    const requestId = response.requestId;
    const rijen = (await veiligThuis.db.query(
      `SELECT gezin_id, gebruiker, categorieen, veldpaden, beslissing, reden, subgraph FROM toegangslog WHERE request_id = $1 ORDER BY volgnummer`,
      [requestId],
    )) as Array<Record<string, unknown>>;
    // One look, one decision on one ground: one entry naming both categories and both fields.
    expect(rijen).toEqual([
      {
        gezin_id: gezin.id,
        gebruiker: ERVARINGSDESKUNDIGE.userId,
        categorieen: ["MEDISCH", "VEILIGHEID"],
        veldpaden: ["Gezin.meldingen", "Gezin.vertrouwensartsAdviezen"],
        beslissing: "GEWEIGERD",
        reden: "category-not-allowed",
        subgraph: "gateway",
      },
    ]);
    const logged = warn.mock.calls.flatMap(([line]) => (String(line).includes('"veld-verwijderd"') ? [JSON.parse(String(line))] : []));
    expect(logged).toEqual([
      {
        event: "veld-verwijderd",
        requestId: response.requestId,
        userId: "ed-henk-de-lange",
        organisatie: "ERVARINGSDESKUNDIGEN",
        rol: "TEAMLEIDER",
        veld: "Gezin.meldingen",
        categorie: "VEILIGHEID",
        reden: "category-not-allowed",
      },
      expect.objectContaining({ veld: "Gezin.vertrouwensartsAdviezen", categorie: "MEDISCH" }),
      expect.objectContaining({ veld: "Gezin.maatregelen", categorie: "JUSTITIEEL" }),
    ]);
  });

  it("asks Veilig Thuis when Veilig Thuis sends the same query, and removes nothing", async () => {
    const response = await vraag(VEILIG_THUIS);
    expect(gatewayErrors(response)).toEqual([]);
    expect(response.data?.gezin.meldingen.map((m: { datum: string }) => m.datum)).toContain(gezin.mijlpalen.meldingOp);
    expect(requestsTo("veilig-thuis")).toBeGreaterThan(0);
    expect(statementsOf("veilig-thuis")).toBeGreaterThan(0);
  });

  it("sets the reporter to null in every melding for the local team", async () => {
    const response = await vraag(LOKAAL_TEAM);
    const meldingen = response.data?.gezin.meldingen as Array<Record<string, unknown>>;
    expect(meldingen.length).toBeGreaterThan(0);
    for (const melding of meldingen) expect(melding).toEqual({ datum: expect.any(String), melder: null });
    expect(gatewayErrors(response).map((e) => [e.path, e.extensions?.reden])).toEqual([
      [["gezin", "meldingen", "melder"], "protected-reporter"],
      [["gezin", "vertrouwensartsAdviezen"], "category-not-allowed"],
    ]);
  });

  it("removes every personal-data field for a privacy officer", async () => {
    const response = await vraag(PRIVACY_OFFICER);
    expect(gatewayErrors(response).map((e) => e.path)).toEqual([
      ["gezin", "naam"],
      ["gezin", "meldingen"],
      ["gezin", "vertrouwensartsAdviezen"],
      ["gezin", "maatregelen"],
      ["gezin", "ervaringsdeskundigen"],
    ]);
  });

  it("answers a selection it emptied with the removed fields alone", async () => {
    const response = await vraag(ERVARINGSDESKUNDIGE, `query Gezin($id: ID!) { gezin(id: $id) { maatregelen { soort } } }`);
    expect(response.data).toEqual({ gezin: { maatregelen: null } });
    expect(gatewayErrors(response).map((e) => e.path)).toEqual([["gezin", "maatregelen"]]);
    expect(requestsTo("gi")).toBe(0);
  });

  it("leaves an invalid operation to Apollo, which reports why", async () => {
    const response = await vraag(ERVARINGSDESKUNDIGE, `query Gezin($id: ID!) { gezin(id: $id) { meldingen { datum } bestaatNiet } }`);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });
});
