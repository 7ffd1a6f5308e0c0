import { randomUUID } from "node:crypto";
import { DECISION_TOKEN_HEADER, type Principal, Rol, signDecisionToken, signSubgraphToken } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { veiligThuis } from "@gezinsbeeld/veilig-thuis";
import { startHubForTest, type HubUnderTest } from "../support/hub";
import { startSubgraphForTest, type SubgraphUnderTest } from "../support/subgraph";

// The decision service hands out decisions, never the register's data (issue 7, class 1).

let hub: HubUnderTest;
let lokaalTeam: SubgraphUnderTest;
let origin: string;

beforeAll(async () => {
  hub = await startHubForTest(24);
  lokaalTeam = hub.subgraphs.find((s) => s.name === "lokaal-team")!;
  origin = new URL(lokaalTeam.url).origin;
});
afterAll(() => hub?.close());

const GI_MEDEWERKER: Principal = { userId: "gi-tom-hoekstra", organisatie: DemoOrganisatie.GI, rol: Rol.MEDEWERKER };

function beslisToken(principal: Principal, eigenaar: string = principal.organisatie ?? DemoOrganisatie.LOKAAL_TEAM): Promise<string> {
  return signDecisionToken(principal, { requestId: randomUUID(), eigenaar, subgraph: "test" }, hub.keys.gatewayPrivateKey!);
}

async function post(pad: string, token: string, body: unknown): Promise<{ status: number; tekst: string; json: any }> {
  const response = await fetch(`${origin}${pad}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const tekst = await response.text();
  return { status: response.status, tekst, json: JSON.parse(tekst) };
}

const alleBsns = (): string[] => hub.scenario.gezinnen.flatMap((g) => g.leden.map((lid) => lid.bsn));

describe("the decision service hands out decisions, never register data", () => {
  it("answers a professional's batch with decisions only: no BSN, no involvements, no consents of any household", async () => {
    const ids = hub.scenario.gezinnen.map((g) => g.id);
    const antwoord = await post("/toegang/v1/besluiten", await beslisToken(GI_MEDEWERKER), { gezinIds: ids });
    expect(antwoord.status).toBe(200);
    expect(antwoord.json.besluiten).toHaveLength(ids.length);
    for (const bsn of alleBsns()) expect(antwoord.tekst).not.toContain(bsn);
    expect(antwoord.tekst).not.toMatch(/ledenBsn|betrokkenheden|toestemmingen|noodtoegangen|medewerkerId|vasteContactpersoon/);
    expect(Object.keys(antwoord.json.besluiten[0]).sort()).toEqual(["gezinId", "lezen", "openen", "schrijven"]);
  });

  it("gives an inwoner no other household's data either, and no BSN at all", async () => {
    const gezin = hub.scenario.gezinnen[3]!;
    const inwoner: Principal = { userId: "inwoner", organisatie: null, rol: Rol.INWONER, bsn: gezin.leden[0]!.bsn };
    const antwoord = await post("/toegang/v1/besluiten", await beslisToken(inwoner, DemoOrganisatie.LOKAAL_TEAM), { gezinIds: hub.scenario.gezinnen.map((g) => g.id) });
    expect(antwoord.status).toBe(200);
    for (const bsn of alleBsns()) expect(antwoord.tekst).not.toContain(bsn);
    const eigen = antwoord.json.besluiten.filter((b: any) => b.lezen.GEEN.toegestaan).map((b: any) => b.gezinId);
    expect(eigen).toEqual([gezin.id]);
  });

  it("refuses a subgraph token, a user token and a token signed by anyone but the gateway", async () => {
    const body = { gezinIds: [hub.scenario.gezinnen[0]!.id] };
    const subgraphToken = await signSubgraphToken(GI_MEDEWERKER, { requestId: randomUUID(), audience: "gi" }, hub.keys.gatewayPrivateKey!);
    expect((await post("/toegang/v1/besluiten", subgraphToken, body)).status).toBe(401);
    expect((await post("/toegang/v1/besluiten", await hub.userToken(GI_MEDEWERKER), body)).status).toBe(401);
    expect((await post("/access/v1/evaluation", subgraphToken, body)).status).toBe(401);
  });

  it("serves lokaal-team's GraphQL only to a token for lokaal-team alone: a partner's token opens no side door", async () => {
    const voorGi = await signSubgraphToken(GI_MEDEWERKER, { requestId: randomUUID(), audience: "gi" }, hub.keys.gatewayPrivateKey!);
    const response = await fetch(lokaalTeam.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${voorGi}` },
      body: JSON.stringify({ query: "{ gezinnen(first: 100) { totalCount nodes { id naam } } }" }),
    });
    expect(response.status).toBe(401);
    const body = await response.text();
    expect(body).not.toMatch(/Gezin [A-Z]/);
  });

  it("decides only for the principal in the token (AuthZEN subject), and records every decision query in lokaal-team's log", async () => {
    const gezin = hub.scenario.gezinnen.find((g) => g.fase === "ROOD")!;
    const gi = hub.scenario.toegewezen(gezin, DemoOrganisatie.GI);
    const principal: Principal = { userId: gi.id, organisatie: DemoOrganisatie.GI, rol: Rol.MEDEWERKER };
    // About the local team's data (a name: IDENTIFICATIE), which the GI reads on its legal duty under a measure.
    const token = await beslisToken(principal, DemoOrganisatie.LOKAAL_TEAM);
    const vraag = (subject: string) => ({
      subject: { type: "user", id: subject },
      action: { name: "lezen" },
      resource: { type: "gezin", id: gezin.id, properties: { categorie: "IDENTIFICATIE" } },
    });
    const ander = await post("/access/v1/evaluation", token, vraag("lt-karin-smits"));
    expect(ander.status).toBe(403);
    expect(ander.json.error.code).toBe("FORBIDDEN");

    const [{ voor }] = (await lokaalTeam.db.query(`SELECT count(*)::int AS voor FROM toegangslog WHERE handeling = 'DECIDE' AND gebruiker = $1`, [gi.id])) as [{ voor: number }];
    const eigen = await post("/access/v1/evaluation", token, vraag(gi.id));
    expect(eigen.status).toBe(200);
    expect(eigen.json).toEqual({ decision: true, context: { grondslag: "WETTELIJKE_TAAK", bron: "GI:ROOD" } });
    const [{ na }] = (await lokaalTeam.db.query(`SELECT count(*)::int AS na FROM toegangslog WHERE handeling = 'DECIDE' AND gebruiker = $1 AND gezin_id = $2`, [gi.id, gezin.id])) as [{ na: number }];
    expect(na).toBeGreaterThan(0);
    expect(na).toBeGreaterThan(voor - 1);

    // About the GI's own data: its own records, and which persons it may name in them.
    const batch = await post("/access/v1/evaluations", await beslisToken(principal, DemoOrganisatie.GI), {
      subject: { type: "user", id: gi.id },
      action: { name: "lezen" },
      evaluations: [
        { resource: { type: "gezin", id: gezin.id, properties: { categorie: "MELDER" } } },
        { resource: { type: "gezin", id: gezin.id, properties: { categorie: "IDENTIFICATIE" } } },
        { resource: { type: "persoon", id: gezin.leden[0]!.id, properties: { gezinId: gezin.id } }, action: { name: "verwijzen" } },
        { resource: { type: "persoon", id: hub.scenario.gezinnen[0]!.leden[0]!.id, properties: { gezinId: gezin.id } }, action: { name: "verwijzen" } },
      ],
    });
    expect(batch.status).toBe(200);
    expect(batch.json.evaluations.map((e: { decision: boolean }) => e.decision)).toEqual([false, true, true, false]);
    expect(batch.json.evaluations[0].context.reden).toBe("protected-reporter");
  });

  it("publishes its AuthZEN metadata", async () => {
    const response = await fetch(`${origin}/.well-known/authzen-configuration`);
    const body = (await response.json()) as Record<string, string>;
    expect(body.access_evaluation_endpoint).toBe(`${origin}/access/v1/evaluation`);
    expect(body.search_resource_endpoint).toBe(`${origin}/access/v1/search/resource`);
  });
});

describe("the list filter agrees with the field guard's decisions", () => {
  it("lists, for every seeded professional, exactly the households the decision service lets them read", async () => {
    const professionals = hub.scenario.medewerkers.filter((m) => m.rol !== Rol.PRIVACY_OFFICER);
    expect(professionals.length).toBeGreaterThan(20);
    for (const medewerker of professionals) {
      const principal: Principal = { userId: medewerker.id, organisatie: medewerker.organisatie, rol: medewerker.rol };
      const lijst = await hub.requestAs<{ gezinnen: { totalCount: number; nodes: Array<{ id: string }> } }>(principal, `{ gezinnen(first: 100) { totalCount nodes { id } } }`);
      expect(lijst.errors).toBeUndefined();
      const gelijst = lijst.data!.gezinnen.nodes.map((n) => n.id).sort();
      const evaluaties = await post("/access/v1/evaluations", await beslisToken(principal, DemoOrganisatie.LOKAAL_TEAM), {
        subject: { type: "user", id: medewerker.id },
        action: { name: "lezen" },
        evaluations: hub.scenario.gezinnen.map((g) => ({ resource: { type: "gezin", id: g.id, properties: { categorie: "GEEN" } } })),
      });
      const toegestaan = hub.scenario.gezinnen.filter((_g, i) => evaluaties.json.evaluations[i].decision).map((g) => g.id).sort();
      expect({ medewerker: medewerker.id, gelijst }).toEqual({ medewerker: medewerker.id, gelijst: toegestaan });
      expect(lijst.data!.gezinnen.totalCount).toBe(toegestaan.length);
      const gezocht = await post("/access/v1/search/resource", await beslisToken(principal, DemoOrganisatie.LOKAAL_TEAM), {
        subject: { type: "user", id: medewerker.id },
        action: { name: "lezen" },
        resource: { type: "gezin" },
      });
      expect(gezocht.json.results.map((r: { id: string }) => r.id).sort()).toEqual(toegestaan);
    }
  });
});

describe("unavailable is not forbidden", () => {
  let vt: SubgraphUnderTest;
  beforeAll(async () => {
    // Its decision service (toegangsregisterUrl) is a closed port: no decision can be had.
    vt = await startSubgraphForTest(veiligThuis, { seed: hub.scenario, keys: hub.keys });
  });
  afterAll(() => vt?.close());

  it("answers TOEGANG_ONBEKEND with no data, never an empty list or a refusal with a reason, and logs it as undecided", async () => {
    const gezin = hub.scenario.gezinnen.find((g) => g.fase === "ORANJE")!;
    const vtMedewerker = hub.scenario.toegewezen(gezin, DemoOrganisatie.VEILIG_THUIS);
    const principal: Principal = { userId: vtMedewerker.id, organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.MEDEWERKER };
    const fouten = jest.spyOn(console, "error").mockImplementation(() => {});
    const response = await vt.request(`query($g: ID!) { meldingenVanGezin(gezinId: $g) { id aard } }`, { g: gezin.id }, principal);
    fouten.mockRestore();
    expect(response.data?.meldingenVanGezin ?? null).toBeNull();
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(["TOEGANG_ONBEKEND"]);
    expect(response.errors?.[0]?.extensions?.reden).toBeUndefined();
    const rijen = (await vt.db.query(`SELECT beslissing, reden FROM toegangslog WHERE gebruiker = $1`, [vtMedewerker.id])) as Array<{ beslissing: string; reden: string | null }>;
    expect(rijen.length).toBeGreaterThan(0);
    expect(rijen.every((r) => r.beslissing === "ONBESLIST")).toBe(true);
    expect(rijen.some((r) => r.reden === "no-involvement")).toBe(false);
  });

  it("refuses a mutation as TOEGANG_ONBEKEND before anything is written", async () => {
    const gezin = hub.scenario.gezinnen.find((g) => g.fase === "ORANJE")!;
    const vtMedewerker = hub.scenario.toegewezen(gezin, DemoOrganisatie.VEILIG_THUIS);
    const principal: Principal = { userId: vtMedewerker.id, organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.MEDEWERKER };
    const [{ voor }] = (await vt.db.query(`SELECT count(*)::int AS voor FROM melding`)) as [{ voor: number }];
    const fouten = jest.spyOn(console, "error").mockImplementation(() => {});
    const response = await vt.request(
      `mutation($g: ID!) { registreerMelding(gezinId: $g, invoer: { datum: "2026-01-05", aard: VERWAARLOZING, omschrijving: "x" }) { id } }`,
      { g: gezin.id },
      principal,
    );
    fouten.mockRestore();
    expect(response.errors?.[0]?.extensions?.code).toBe("TOEGANG_ONBEKEND");
    const [{ na }] = (await vt.db.query(`SELECT count(*)::int AS na FROM melding`)) as [{ na: number }];
    expect(na).toBe(voor);
  });
});

// The header name is part of the contract with partners: keep it stable.
it("names the decision token header", () => expect(DECISION_TOKEN_HEADER).toBe("x-toegangsbeslisser-token"));
