import { randomUUID } from "node:crypto";
import {
  type Beslissing,
  BESLUITEN_MEEGEGEVEN,
  bundelHash,
  Gegevenscategorie,
  type Gezinsbesluiten,
  Grondslag,
  handhavingAan,
  type Principal,
  Rol,
  signDecisionToken,
  signSubgraphToken,
  toegangslogAan,
  verpak,
} from "@gezinsbeeld/shared-schema";
import { type DemoGezin, DemoOrganisatie, demoScenario } from "@gezinsbeeld/demo";
import { veiligThuis } from "@gezinsbeeld/veilig-thuis";
import { startHubForTest, type HubUnderTest } from "../support/hub";
import { startPartnerForTest, type PartnerUnderTest } from "../support/subgraph";

/**
 * The decisions a request needs reach the partner subgraphs with the request
 * (see besluitenbundel): the register holder hands them out for the households
 * it decided anyway, the gateway passes each partner only its own owner's,
 * bound to the token it signs; a partner uses nothing the token does not vouch for.
 */
describe("through the hub", () => {
  let hub: HubUnderTest;
  beforeAll(async () => {
    hub = await startHubForTest(30);
  });
  afterAll(async () => {
    await hub?.close();
  });

  const subgraph = (naam: string) => hub.subgraphs.find((s) => s.name === naam)!;

  /** POST as `principal` through the gateway; with the request id the gateway gave it. */
  async function vraag(principal: Principal, query: string, variables: Record<string, unknown>) {
    const response = await fetch(hub.gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await hub.userToken(principal)}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: Array<{ path?: Array<string | number>; extensions?: Record<string, any> }> };
    return { ...body, requestId: response.headers.get("x-request-id")! };
  }

  /** Each log entry of one request in a subgraph's log: its fields and decision. */
  async function logVan(naam: string, requestId: string) {
    return (await subgraph(naam).db.query(`SELECT handeling, veldpaden, beslissing, grondslag FROM toegangslog WHERE request_id = $1`, [requestId])) as Array<{
      handeling: string;
      veldpaden: string[];
      beslissing: string;
      grondslag: string | null;
    }>;
  }

  it("answers a whole gezinsbeeld with no partner asking the decision service, and records each handing out in the register holder's log", async () => {
    const g = hub.scenario.gezinnen.find((x: DemoGezin) => x.fase === "ROOD")!;
    const contact: Principal = { organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.MEDEWERKER, userId: hub.scenario.toegewezen(g, DemoOrganisatie.LOKAAL_TEAM).id };
    const antwoord = await vraag(
      contact,
      `query($id: ID!) { gezin(id: $id) { naam meldingen { datum } beschermingsonderzoeken { status } maatregelen { soort } ervaringsdeskundigen { id } } }`,
      { id: g.id },
    );
    expect(antwoord.data?.gezin.naam).toBe(g.naam);
    expect(antwoord.data?.gezin.maatregelen.length).toBeGreaterThan(0);
    // Nothing of the decisions reaches the client.
    expect(JSON.stringify(antwoord)).not.toMatch(/gezinsbeeldBesluiten/);
    const register = await logVan("lokaal-team", antwoord.requestId);
    const besluitPaden = register.filter((r) => r.handeling === "DECIDE").flatMap((r) => r.veldpaden);
    // Handed out with the answer, for each partner the plan called ...
    for (const eigenaar of ["VEILIG_THUIS", "RVDK", "GI", "ERVARINGSDESKUNDIGEN"]) expect(besluitPaden).toContain(`Toegangsbeslisser.besluiten(${eigenaar})`);
    // ... and never asked over HTTP (the decision service records its caller by subgraph name).
    expect(besluitPaden.filter((pad) => /\((veilig-thuis|rvdk|gi|ervaringsdeskundigen)\)$/.test(pad))).toEqual([]);
    // Each partner decided and logged its own fields with them.
    for (const partner of ["veilig-thuis", "rvdk", "gi"]) {
      const regels = await logVan(partner, antwoord.requestId);
      expect(regels.some((r) => r.handeling === "READ" && r.beslissing === "TOEGESTAAN")).toBe(true);
    }
  });

  it("decides a partner's fields from the register of this very request: break-glass opens them at once and its end closes them at once", async () => {
    const g = hub.scenario.gezinnen.find((x) => x.fase === "ADVIES" && x.mijlpalen.adviesDoor === DemoOrganisatie.GI)!;
    const vt: Principal = { organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.MEDEWERKER, userId: "vt-eva-hermans" };
    const query = `query($id: ID!) { gezin(id: $id) { naam meldingen { datum } } }`;
    expect((await vraag(vt, query, { id: g.id })).errors?.[0]?.extensions?.reden).toBe("no-involvement");
    const claim = await hub.requestAs(
      vt,
      `mutation($g: ID!) { claimNoodtoegang(gezinId: $g, invoer: { rechtvaardiging: "Kind meldt acuut geweld thuis; de ouders zijn niet bereikbaar.", wettelijkeGrondslag: "AVG art. 6 lid 1 onder d" }) { id } }`,
      { g: g.id },
    );
    expect(claim.errors).toBeUndefined();
    const open = await vraag(vt, query, { id: g.id });
    expect(open.errors).toBeUndefined();
    expect(open.data?.gezin.meldingen).toEqual([]);
    // Veilig Thuis decided its own field on break-glass, from the decisions that came with the request.
    const vtLog = await logVan("veilig-thuis", open.requestId);
    expect(vtLog.some((r) => r.veldpaden.includes("Gezin.meldingen") && r.grondslag === Grondslag.NOODTOEGANG)).toBe(true);
    expect((await logVan("lokaal-team", open.requestId)).flatMap((r) => r.veldpaden)).toContain("Toegangsbeslisser.besluiten(VEILIG_THUIS)");

    await subgraph("lokaal-team").db.query(`UPDATE noodtoegang SET vanaf = now() - interval '2 days', tot = now() - interval '1 day' WHERE id = $1`, [claim.data?.claimNoodtoegang.id]);
    expect((await vraag(vt, query, { id: g.id })).errors?.[0]?.extensions?.reden).toBe("no-involvement");
  });
});

describe("at a partner subgraph", () => {
  let vt: PartnerUnderTest;
  let gezin: DemoGezin;
  beforeAll(async () => {
    vt = await startPartnerForTest(veiligThuis, { seed: true });
  });
  afterAll(async () => {
    await vt?.close();
  });

  /** Veilig Thuis professional who is not involved in `gezin`: the decision service refuses them. */
  const buitenstaander: Principal = { organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.MEDEWERKER, userId: "vt-niet-betrokken" };
  const query = `query($m: ID!) { melding(id: $m) { id } }`;
  /** A melding in `gezin`, from Veilig Thuis's own database. */
  let meldingId: string;
  const ja: Beslissing = { toegestaan: true, grondslag: Grondslag.EIGEN_GEGEVENS };

  /** A bundle allowing everything in `gezinId` for `eigenaar`. */
  function allesToegestaan(gezinId: string, eigenaar: string): string {
    const lezen = Object.fromEntries(Object.values(Gegevenscategorie).map((c) => [c, ja])) as Gezinsbesluiten["lezen"];
    return JSON.stringify(verpak(eigenaar, [{ gezinId, lezen, schrijven: ja, openen: ja }]));
  }

  /** Send `query` to Veilig Thuis with `bundel` in the request's extensions and a token vouching for `vouchFor` (or nothing). */
  async function metBundel(bundel: string, vouchFor: string | undefined) {
    const token = await signSubgraphToken(
      buitenstaander,
      { requestId: randomUUID(), audience: "veilig-thuis", eigenaar: DemoOrganisatie.VEILIG_THUIS, besluiten: vouchFor && bundelHash(vouchFor) },
      vt.keys.gatewayPrivateKey!,
    );
    const response = await fetch(vt.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: { m: meldingId }, extensions: { [BESLUITEN_MEEGEGEVEN]: bundel } }),
    });
    return (await response.json()) as { data?: any; errors?: Array<{ extensions?: Record<string, any> }> };
  }

  // The seed's own scenario (startPartnerForTest seeds the default one).
  const scenario = demoScenario();
  beforeAll(async () => {
    const [melding] = (await vt.db.query(`SELECT id, "gezinId" FROM melding LIMIT 1`)) as Array<{ id: string; gezinId: string }>;
    meldingId = melding!.id;
    gezin = scenario.gezinnen.find((g) => g.id === melding!.gezinId)!;
  });

  it("ignores decisions the token does not vouch for, and asks the decision service instead", async () => {
    const gesmeed = allesToegestaan(gezin.id, DemoOrganisatie.VEILIG_THUIS);
    const zonder = await metBundel(gesmeed, undefined);
    expect(zonder.data?.melding ?? null).toBeNull();
    expect(zonder.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "no-involvement" });
    const ander = await metBundel(gesmeed, `${gesmeed} `);
    expect(ander.data?.melding ?? null).toBeNull();
    expect(ander.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "no-involvement" });
  });

  it("ignores decisions about another owner's data, even when vouched for", async () => {
    const voorGi = allesToegestaan(gezin.id, DemoOrganisatie.GI);
    const antwoord = await metBundel(voorGi, voorGi);
    expect(antwoord.data?.melding ?? null).toBeNull();
    expect(antwoord.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "no-involvement" });
  });

  it("uses the decisions the gateway vouched for", async () => {
    // Only the gateway's key makes such a token: this is what the gateway sends when the register holder allowed it.
    const bundel = allesToegestaan(gezin.id, DemoOrganisatie.VEILIG_THUIS);
    const antwoord = await metBundel(bundel, bundel);
    expect(antwoord.errors).toBeUndefined();
    expect(antwoord.data?.melding.id).toBe(meldingId);
  });

  it("lets the decision service take the call's own token, which names the owner, and refuses one that names none", async () => {
    const principal = buitenstaander;
    const vraag = (token: string) =>
      fetch(new URL("/toegang/v1/besluiten", vt.register.url), {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ gezinIds: [gezin.id] }),
      });
    const antwoordOp = async (token: string) => {
      const antwoord = await vraag(token);
      expect(antwoord.status).toBe(200);
      return ((await antwoord.json()) as { besluiten: Gezinsbesluiten[] }).besluiten;
    };
    const requestId = randomUUID();
    const metEigenaar = await signSubgraphToken(principal, { requestId, audience: "veilig-thuis", eigenaar: DemoOrganisatie.VEILIG_THUIS }, vt.keys.gatewayPrivateKey!);
    const beslisToken = await signDecisionToken(principal, { requestId, eigenaar: DemoOrganisatie.VEILIG_THUIS, subgraph: "veilig-thuis" }, vt.keys.gatewayPrivateKey!);
    // The same decisions as with a decision token for that owner.
    expect(await antwoordOp(metEigenaar)).toEqual(await antwoordOp(beslisToken));
    const zonderEigenaar = await signSubgraphToken(principal, { requestId: randomUUID(), audience: "veilig-thuis" }, vt.keys.gatewayPrivateKey!);
    expect((await vraag(zonderEigenaar)).status).toBe(401);
  });
});

describe("the benchmark's switches", () => {
  it("are off by default and refused under NODE_ENV=production", () => {
    expect(handhavingAan({})).toBe(true);
    expect(toegangslogAan({})).toBe(true);
    expect(handhavingAan({ GEZINSBEELD_HANDHAVING: "uit" })).toBe(false);
    expect(toegangslogAan({ GEZINSBEELD_TOEGANGSLOG: "uit" })).toBe(false);
    expect(() => handhavingAan({ GEZINSBEELD_HANDHAVING: "uit", NODE_ENV: "production" })).toThrow(/refused under NODE_ENV=production/);
    expect(() => toegangslogAan({ GEZINSBEELD_TOEGANGSLOG: "uit", NODE_ENV: "production" })).toThrow(/refused under NODE_ENV=production/);
  });
});
