import { randomUUID } from "node:crypto";
import { type Principal, Rol, verifieerKeten } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import type { DataSource } from "typeorm";
import { startHubForTest, type HubUnderTest } from "../support/hub";
import type { SubgraphUnderTest } from "../support/subgraph";
import { GEZINSBEELD_PAGE_QUERY } from "../supergraph/gezinsbeeldQuery";

/**
 * Fail closed (issue 4, item 3): a subgraph writes a request's access entries
 * before its answer leaves, and when that write fails no personal data leaves it
 * nor the gateway. The failure is made in the organisation's own database, as
 * its superuser, by a BEFORE INSERT trigger on `toegangslog` that lets the first
 * rows of the insert through and then (after a pause) raises: the resolvers have
 * read the data by then and the entries are on their way in, yet nothing is sent.
 *
 * `@defer` is off everywhere, so nothing can be sent after the write: graphql 16
 * (the line type-graphql, @apollo/subgraph and the gateway run on here) has no
 * @defer or @stream, Apollo Server 5 delivers incrementally only on a graphql 17
 * prerelease, and the gateway's query planner leaves incremental delivery off, so
 * its API schema has no @defer either. A query with @defer is refused at
 * validation, before any resolver runs; the last test pins that, and fails if an
 * upgrade ever turns deferred delivery on without the log write moving with it.
 */
let hub: HubUnderTest;

beforeAll(async () => {
  hub = await startHubForTest(5);
});

afterAll(async () => {
  await hub?.close();
});

afterEach(async () => {
  // A failed assertion must not leave the store broken for the next test.
  await Promise.all(hub.subgraphs.map((subgraph) => herstelLog(subgraph.db)));
  jest.restoreAllMocks();
});

const teamleiderLokaalTeam: Principal = { userId: "lt-karin-smits", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER };
const VEILIG_THUIS_VELDEN = ["meldingen", "veiligheidstaxaties", "onderzoeken", "adviezen"] as const;
const STORING = "gesimuleerde storing van het toegangslog";
const PAUZE_MS = 300;

function subgraph(name: string): SubgraphUnderTest {
  const found = hub.subgraphs.find((s) => s.name === name);
  if (!found) throw new Error(`the hub has no subgraph ${name}`);
  return found;
}

/**
 * Break the organisation's log store: its insert lets `naRijen` rows through,
 * waits {@link PAUZE_MS}, then fails. The counter is a sequence because a
 * sequence keeps counting when the transaction around it rolls back.
 */
async function breekLog(db: DataSource, naRijen: number): Promise<void> {
  await db.query(`CREATE SEQUENCE storing_teller`);
  await db.query(`CREATE FUNCTION storing_toegangslog() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE rij bigint := nextval('storing_teller');
    BEGIN
      IF rij > ${naRijen} THEN
        PERFORM pg_sleep(${PAUZE_MS / 1000});
        RAISE EXCEPTION '${STORING} bij rij % (%)', rij, array_to_string(NEW.veldpaden, ',');
      END IF;
      RETURN NEW;
    END $$`);
  await db.query(`CREATE TRIGGER storing_toegangslog BEFORE INSERT ON toegangslog FOR EACH ROW EXECUTE FUNCTION storing_toegangslog()`);
}

/** Undo {@link breekLog}; returns how many rows reached the trigger (0 when it was not broken). */
async function herstelLog(db: DataSource): Promise<number> {
  const [teller] = (await db.query(`SELECT to_regclass('storing_teller') IS NOT NULL AS bestaat`)) as [{ bestaat: boolean }];
  let gezien = 0;
  if (teller.bestaat) {
    const [{ last_value, is_called }] = (await db.query(`SELECT last_value, is_called FROM storing_teller`)) as [{ last_value: string; is_called: boolean }];
    gezien = is_called ? Number(last_value) : 0;
  }
  await db.query(`DROP TRIGGER IF EXISTS storing_toegangslog ON toegangslog`);
  await db.query(`DROP FUNCTION IF EXISTS storing_toegangslog()`);
  await db.query(`DROP SEQUENCE IF EXISTS storing_teller`);
  return gezien;
}

interface Logstand {
  rijen: number;
  volgnummer: number;
  hash: string;
}

async function logstand(db: DataSource): Promise<Logstand> {
  const [{ rijen }] = (await db.query(`SELECT count(*)::int AS rijen FROM toegangslog`)) as [{ rijen: number }];
  const [kop] = (await db.query(`SELECT volgnummer, hash FROM toegangslog_kop WHERE id = 1`)) as [{ volgnummer: string; hash: string }];
  return { rijen, volgnummer: Number(kop.volgnummer), hash: kop.hash };
}

interface HttpAntwoord {
  status: number;
  requestId: string | null;
  body: { data?: Record<string, any> | null; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, any> }> };
  tekst: string;
  ms: number;
}

async function post(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<HttpAntwoord> {
  const start = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const tekst = await response.text();
  return { status: response.status, requestId: response.headers.get("x-request-id"), body: JSON.parse(tekst) as HttpAntwoord["body"], tekst, ms: performance.now() - start };
}

const viaGateway = async (query: string, variables?: Record<string, unknown>): Promise<HttpAntwoord> =>
  post(hub.gateway.url, await hub.userToken(teamleiderLokaalTeam), query, variables);

/** Every household's name and every member's BSN and full name: none of it may appear in an answer that failed closed. */
function persoonsgegevens(): string[] {
  return hub.scenario.gezinnen.flatMap((gezin) => [gezin.naam, ...gezin.leden.flatMap((lid) => [lid.bsn, `${lid.voornamen} ${lid.achternaam}`])]);
}

/** The JSON lines useToegangslog wrote to console.error. */
function foutregels(spy: jest.SpyInstance): Array<Record<string, string>> {
  return spy.mock.calls
    .map((args: unknown[]) => String(args[0]))
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, string>);
}

describe("the audit store fails in the middle of a request", () => {
  it("sends no household data through the gateway when lokaal-team's log write fails, although its resolvers had read it", async () => {
    const lokaalTeam = subgraph("lokaal-team");
    const normaal = await viaGateway(GEZINSBEELD_PAGE_QUERY, { first: 25 });
    expect(normaal.body.data?.gezinnen.nodes.length).toBeGreaterThan(0);
    // Without the failure the same request carries names and BSNs: the check below would see them.
    expect(normaal.tekst).toContain(normaal.body.data?.gezinnen.nodes[0].leden[0].bsn);

    const voor = await logstand(lokaalTeam.db);
    await breekLog(lokaalTeam.db, 3);
    const fouten = jest.spyOn(console, "error").mockImplementation(() => {});
    lokaalTeam.statements.reset();
    const antwoord = await viaGateway(GEZINSBEELD_PAGE_QUERY, { first: 25 });
    const sql = [...lokaalTeam.statements.statements];
    const gezien = await herstelLog(lokaalTeam.db);

    expect(antwoord.body.data ?? null).toBeNull();
    expect(antwoord.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "AUDIT_UNAVAILABLE" }) })]);
    for (const gegeven of persoonsgegevens()) expect(antwoord.tekst).not.toContain(gegeven);

    // In the middle: the members (with their BSNs) were read, then the insert began and got past its first rows…
    const insert = sql.findIndex((statement) => statement.includes("INSERT INTO toegangslog"));
    expect(insert).toBeGreaterThan(0);
    expect(sql.slice(0, insert).some((statement) => /FROM "persoon"/i.test(statement))).toBe(true);
    expect(gezien).toBeGreaterThan(3);
    // …and the answer waited for the store's verdict instead of leaving before it.
    expect(antwoord.ms).toBeGreaterThanOrEqual(PAUZE_MS);
    // Nothing of the failed insert stayed: the rows let through rolled back with it, the head did not move.
    expect(await logstand(lokaalTeam.db)).toEqual(voor);

    const [regel] = foutregels(fouten).filter((r) => r.event === "toegangslog-niet-geschreven");
    expect(regel).toMatchObject({ subgraph: "lokaal-team", requestId: antwoord.requestId });
    expect(regel?.fout).toContain(STORING);
  });

  it("answers a direct, gateway-signed call to the failing subgraph with HTTP 503 and no data at all", async () => {
    const lokaalTeam = subgraph("lokaal-team");
    const query = `query { gezinnen(first: 25) { nodes { id naam leden { bsn voornamen achternaam } } } }`;
    const token = await lokaalTeam.gatewayToken(teamleiderLokaalTeam);
    const normaal = await post(lokaalTeam.url, token, query);
    expect(normaal.status).toBe(200);
    expect(normaal.body.data?.gezinnen.nodes.length).toBeGreaterThan(0);

    await breekLog(lokaalTeam.db, 0);
    const fouten = jest.spyOn(console, "error").mockImplementation(() => {});
    const antwoord = await post(lokaalTeam.url, await lokaalTeam.gatewayToken(teamleiderLokaalTeam), query);

    expect(antwoord.status).toBe(503);
    expect(antwoord.body).not.toHaveProperty("data");
    expect(antwoord.body.errors).toHaveLength(1);
    expect(antwoord.body.errors?.[0]?.extensions?.code).toBe("AUDIT_UNAVAILABLE");
    for (const gegeven of persoonsgegevens()) expect(antwoord.tekst).not.toContain(gegeven);
    expect(foutregels(fouten)).toContainEqual(expect.objectContaining({ event: "toegangslog-niet-geschreven", subgraph: "lokaal-team" }));
  });

  it("withholds everything of a partner whose log fails, through the gateway and directly, while the rest of the gezinsbeeld arrives", async () => {
    const veiligThuis = subgraph("veilig-thuis");
    const normaal = await viaGateway(GEZINSBEELD_PAGE_QUERY, { first: 25 });
    const nodes = normaal.body.data?.gezinnen.nodes as Array<Record<string, any>>;
    // Veilig Thuis's own ids: in the normal answer, and nowhere in the failed one.
    const vtIds = nodes.flatMap((node) => VEILIG_THUIS_VELDEN.flatMap((veld) => ((node[veld] ?? []) as Array<{ id: string }>).map((r) => r.id)));
    expect(vtIds.length).toBeGreaterThan(0);

    const voor = await logstand(veiligThuis.db);
    await breekLog(veiligThuis.db, 1);
    const fouten = jest.spyOn(console, "error").mockImplementation(() => {});
    const antwoord = await viaGateway(GEZINSBEELD_PAGE_QUERY, { first: 25 });
    const gezinIds = nodes.map((node) => node.id as string);
    const directRequestId = randomUUID();
    const direct = await post(
      veiligThuis.url,
      await veiligThuis.gatewayToken(teamleiderLokaalTeam, { requestId: directRequestId }),
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Gezin { meldingen { id datum aard } veiligheidstaxaties { id } onderzoeken { id } adviezen { id } } } }`,
      { r: gezinIds.map((id) => ({ __typename: "Gezin", id })) },
    );
    expect(await herstelLog(veiligThuis.db)).toBeGreaterThan(1);

    // Through the gateway: every Veilig Thuis field is empty, with the subgraph's own error…
    for (const node of antwoord.body.data?.gezinnen.nodes as Array<Record<string, any>>) {
      for (const veld of VEILIG_THUIS_VELDEN) expect(node[veld]).toBeNull();
    }
    for (const id of vtIds) expect(antwoord.tekst).not.toContain(id);
    expect(antwoord.body.errors).toContainEqual(expect.objectContaining({ extensions: expect.objectContaining({ code: "AUDIT_UNAVAILABLE" }) }));
    // …while lokaal-team, whose log did work, still answers.
    expect(antwoord.body.data?.gezinnen.nodes.map((node: { naam: string }) => node.naam)).toEqual(nodes.map((node) => node.naam));
    // Directly: 503, no data.
    expect(direct.status).toBe(503);
    expect(direct.body).not.toHaveProperty("data");
    expect(direct.body.errors?.[0]?.extensions?.code).toBe("AUDIT_UNAVAILABLE");
    for (const id of vtIds) expect(direct.tekst).not.toContain(id);

    expect(await logstand(veiligThuis.db)).toEqual(voor);
    // One JSON line per failed write, each naming the request it failed: the gateway's and the direct one.
    const regels = foutregels(fouten).filter((r) => r.event === "toegangslog-niet-geschreven" && r.subgraph === "veilig-thuis");
    expect(regels.map((r) => r.requestId).sort()).toEqual([antwoord.requestId, directRequestId].sort());
  });

  it("serves and records the next request once the store is back, on an unbroken chain", async () => {
    const lokaalTeam = subgraph("lokaal-team");
    await viaGateway(GEZINSBEELD_PAGE_QUERY, { first: 25 });
    await breekLog(lokaalTeam.db, 2);
    jest.spyOn(console, "error").mockImplementation(() => {});
    const mislukt = await viaGateway(GEZINSBEELD_PAGE_QUERY, { first: 25 });
    expect(mislukt.body.errors?.[0]?.extensions?.code).toBe("AUDIT_UNAVAILABLE");
    const tijdensStoring = await logstand(lokaalTeam.db);
    await herstelLog(lokaalTeam.db);

    const antwoord = await viaGateway(GEZINSBEELD_PAGE_QUERY, { first: 25 });
    expect(antwoord.body.data?.gezinnen.nodes.length).toBeGreaterThan(0);
    expect(antwoord.tekst).toContain(antwoord.body.data?.gezinnen.nodes[0].leden[0].bsn);

    const na = await logstand(lokaalTeam.db);
    expect(na.rijen).toBeGreaterThan(tijdensStoring.rijen);
    expect(na.volgnummer).toBe(tijdensStoring.volgnummer + (na.rijen - tijdensStoring.rijen));
    const nieuw = (await lokaalTeam.db.query(`SELECT volgnummer, vorige_hash, request_id FROM toegangslog WHERE volgnummer > $1 ORDER BY volgnummer`, [
      tijdensStoring.volgnummer,
    ])) as Array<{ volgnummer: string; vorige_hash: string; request_id: string }>;
    // The first new entry seals the head as it was before the failure: no gap where the failed request was.
    expect(nieuw[0]?.vorige_hash).toBe(tijdensStoring.hash);
    expect(new Set(nieuw.map((rij) => rij.request_id))).toEqual(new Set([antwoord.requestId]));
    const keten = await verifieerKeten(lokaalTeam.db);
    expect(keten.breuk).toBeNull();
    expect(keten).toMatchObject({ intact: true, aantal: na.rijen, laatste: { volgnummer: na.volgnummer, hash: na.hash } });
  });
});

describe("@defer", () => {
  it("is refused at validation by the gateway and by a subgraph, with no data and nothing deferred", async () => {
    const query = `query { gezinnen(first: 2) { nodes { id ... @defer { naam leden { bsn } } } } }`;
    const lokaalTeam = subgraph("lokaal-team");
    const voor = await logstand(lokaalTeam.db);

    const gateway = await fetch(hub.gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "multipart/mixed;deferSpec=20220824, application/json", authorization: `Bearer ${await hub.userToken(teamleiderLokaalTeam)}` },
      body: JSON.stringify({ query }),
    });
    expect(gateway.headers.get("content-type")).toMatch(/^application\/json/);
    const viaGatewayBody = (await gateway.json()) as HttpAntwoord["body"];
    expect(viaGatewayBody.data).toBeUndefined();
    expect(viaGatewayBody.errors).toEqual([expect.objectContaining({ message: 'Unknown directive "@defer".', extensions: expect.objectContaining({ code: "GRAPHQL_VALIDATION_FAILED" }) })]);

    const direct = await fetch(lokaalTeam.url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "multipart/mixed;deferSpec=20220824, application/json", authorization: `Bearer ${await lokaalTeam.gatewayToken(teamleiderLokaalTeam)}` },
      body: JSON.stringify({ query }),
    });
    expect(direct.status).toBe(400);
    expect(direct.headers.get("content-type")).toMatch(/^application\/json/);
    const directBody = (await direct.json()) as HttpAntwoord["body"];
    expect(directBody.data).toBeUndefined();
    expect(directBody.errors?.[0]).toMatchObject({ message: 'Unknown directive "@defer".', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    // Refused before any resolver ran: nothing was read, so nothing was recorded.
    expect(await logstand(lokaalTeam.db)).toEqual(voor);
  });
});
