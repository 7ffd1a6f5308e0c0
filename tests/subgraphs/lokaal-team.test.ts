import { lokaalTeam } from "@gezinsbeeld/lokaal-team";
import { buildFederatedSchema, demoScenario, type DemoGezin, vandaag } from "@gezinsbeeld/shared-schema";
import { Kind, parse } from "graphql";
import { startSubgraphForTest, type SubgraphUnderTest } from "../support/subgraph";

const scenario = demoScenario(12);
let subgraph: SubgraphUnderTest;

beforeAll(async () => {
  subgraph = await startSubgraphForTest(lokaalTeam, { seed: scenario });
});

afterAll(async () => {
  await subgraph?.close();
});

const gezinIn = (fase: DemoGezin["fase"]): DemoGezin => scenario.gezinnen.find((g) => g.fase === fase)!;

async function count(table: string): Promise<number> {
  const [{ n }] = (await subgraph.db.query(`SELECT count(*)::int AS n FROM ${table}`)) as [{ n: number }];
  return n;
}

describe("lokaal-team queries", () => {
  it("lists the seeded households a page at a time, without repeating one", async () => {
    const first = await subgraph.request(`{ gezinnen(first: 5) { totalCount nodes { id naam } pageInfo { endCursor hasNextPage } } }`);
    expect(first.errors).toBeUndefined();
    expect(first.data?.gezinnen.totalCount).toBe(12);
    expect(first.data?.gezinnen.nodes).toHaveLength(5);
    expect(first.data?.gezinnen.pageInfo.hasNextPage).toBe(true);
    const second = await subgraph.request(`query($after: String) { gezinnen(first: 5, after: $after) { nodes { id } } }`, {
      after: first.data?.gezinnen.pageInfo.endCursor,
    });
    const ids = new Set([...first.data!.gezinnen.nodes, ...second.data!.gezinnen.nodes].map((n: { id: string }) => n.id));
    expect(ids.size).toBe(10);
  });

  it("finds households by part of their name", async () => {
    const response = await subgraph.request(`{ gezinnen(first: 20, zoek: "jans") { nodes { naam } } }`);
    expect(response.data?.gezinnen.nodes).toEqual([{ naam: "Gezin Jansen" }]);
  });

  it("refuses a page size outside 1-100", async () => {
    const response = await subgraph.request(`{ gezinnen(first: 1000) { totalCount } }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "first" });
  });

  it("shows the tandem: regie with the GI during a measure, after the local team", async () => {
    const rood = gezinIn("ROOD");
    const response = await subgraph.request(`query($id: ID!) { gezin(id: $id) { regie { organisatie vanaf } regiehistorie { organisatie vanaf tot } } }`, { id: rood.id });
    expect(response.data?.gezin.regie).toEqual({ organisatie: "GI", vanaf: rood.mijlpalen.maatregelVanaf });
    expect(response.data?.gezin.regiehistorie[0]).toEqual({ organisatie: "LOKAAL_TEAM", vanaf: rood.aangemeldOp, tot: rood.mijlpalen.maatregelVanaf });
  });
});

describe("lokaal-team _entities", () => {
  it("resolves Gezin and Persoon representations in one request, null for unknown ids", async () => {
    const gezin = gezinIn("GROEN");
    const lid = gezin.leden[0]!;
    const response = await subgraph.request(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Gezin { id naam leden { bsn } } ... on Persoon { id bsn gezin { id } } } }`,
      { r: [{ __typename: "Gezin", id: gezin.id }, { __typename: "Persoon", id: lid.id }, { __typename: "Gezin", id: "not-a-uuid" }] },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities[0]).toMatchObject({ id: gezin.id, naam: gezin.naam });
    expect(response.data?._entities[0].leden).toHaveLength(gezin.leden.length);
    expect(response.data?._entities[1]).toEqual({ id: lid.id, bsn: lid.bsn, gezin: { id: gezin.id } });
    expect(response.data?._entities[2]).toBeNull();
  });
});

describe("lokaal-team mutations", () => {
  const gezin = () => gezinIn("GROEN");

  it("records a genogram relation between two members and reads it back", async () => {
    const [a, b] = gezin().leden;
    const response = await subgraph.request(
      `mutation($g: ID!, $i: RelatieInvoer!) { legRelatieVast(gezinId: $g, invoer: $i) { soort van { id } naar { id } } }`,
      { g: gezin().id, i: { vanPersoonId: a!.id, naarPersoonId: b!.id, soort: "NETWERK", toelichting: "Steunt bij de opvoeding." } },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.legRelatieVast).toEqual({ soort: "NETWERK", van: { id: a!.id }, naar: { id: b!.id } });
  });

  it("refuses a relation with someone outside the household and writes nothing", async () => {
    const before = await count("relatie");
    const vreemde = gezinIn("ADVIES").leden[0]!;
    const response = await subgraph.request(
      `mutation($g: ID!, $i: RelatieInvoer!) { legRelatieVast(gezinId: $g, invoer: $i) { id } }`,
      { g: gezin().id, i: { vanPersoonId: gezin().leden[0]!.id, naarPersoonId: vreemde.id, soort: "NETWERK" } },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "naarPersoonId" });
    expect(await count("relatie")).toBe(before);
  });

  it("puts an event on the timeline, in date order", async () => {
    const response = await subgraph.request(
      `mutation($g: ID!, $i: GebeurtenisInvoer!) { registreerTijdslijnGebeurtenis(gezinId: $g, invoer: $i) { datum organisatie soort } }`,
      { g: gezin().id, i: { datum: "2025-01-15", organisatie: "VEILIG_THUIS", soort: "VERSLAG", omschrijving: "Verslag consult ontvangen." } },
    );
    expect(response.errors).toBeUndefined();
    const tijdslijn = await subgraph.request(`query($id: ID!) { gezin(id: $id) { tijdslijn { datum } } }`, { id: gezin().id });
    const datums = tijdslijn.data?.gezin.tijdslijn.map((e: { datum: string }) => e.datum);
    expect(datums).toContain("2025-01-15");
    expect([...datums].sort()).toEqual(datums);
  });

  it("records goals with progress, and refuses progress above 100%", async () => {
    const doel = await subgraph.request(`mutation($g: ID!) { stelDoelVast(gezinId: $g, invoer: { wat: "Vast dagritme", wie: "ouders", wanneer: "2027-06-01" }) { id voortgang } }`, { g: gezin().id });
    expect(doel.data?.stelDoelVast.voortgang).toBe(0);
    const id = doel.data?.stelDoelVast.id;
    const voortgang = await subgraph.request(`mutation($d: ID!) { registreerVoortgang(doelId: $d, invoer: { datum: "2025-06-01", percentage: 40 }) { voortgang voortgangshistorie { percentage } } }`, { d: id });
    expect(voortgang.data?.registreerVoortgang).toEqual({ voortgang: 40, voortgangshistorie: [{ percentage: 40 }] });
    const teVeel = await subgraph.request(`mutation($d: ID!) { registreerVoortgang(doelId: $d, invoer: { datum: "2025-07-01", percentage: 140 }) { voortgang } }`, { d: id });
    expect(teVeel.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "percentage" });
  });

  it("sets a new safety plan version with its agreements", async () => {
    const response = await subgraph.request(
      `mutation($g: ID!) { stelVeiligheidsplanVast(gezinId: $g, invoer: { vastgesteldOp: "2025-05-01", veiligheidsdoel: "Iedereen veilig", afspraken: [{ afspraak: "Oma belt elke avond", wie: "oma" }] }) { versie } }`,
      { g: gezin().id },
    );
    expect(response.errors).toBeUndefined();
    const plan = await subgraph.request(`query($id: ID!) { gezin(id: $id) { veiligheidsplan { versie afspraken { wie } } } }`, { id: gezin().id });
    expect(plan.data?.gezin.veiligheidsplan).toEqual({ versie: response.data?.stelVeiligheidsplanVast.versie, afspraken: [{ wie: "oma" }] });
    expect(response.data?.stelVeiligheidsplanVast.versie).toBe(2);
  });

  it("takes a core decision only with a behavioural scientist", async () => {
    const zonder = await subgraph.request(
      `mutation($g: ID!) { neemKernbesluit(gezinId: $g, invoer: { datum: "2025-03-01", besluit: "OTS verzoeken", onderbouwing: "Onveilig", gedragswetenschapperId: "lt-fatima-bakker" }) { id } }`,
      { g: gezin().id },
    );
    expect(zonder.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "gedragswetenschapperId" });
    const met = await subgraph.request(
      `mutation($g: ID!) { neemKernbesluit(gezinId: $g, invoer: { datum: "2025-03-01", besluit: "OTS verzoeken", onderbouwing: "Onveilig", gedragswetenschapperId: "lt-ahmed-benali" }) { gedragswetenschapper { rol } } }`,
      { g: gezin().id },
    );
    expect(met.data?.neemKernbesluit.gedragswetenschapper.rol).toBe("GEDRAGSWETENSCHAPPER");
  });

  it("withdraws consent with immediate effect", async () => {
    const gegeven = await subgraph.request(
      `mutation($g: ID!) { registreerToestemming(gezinId: $g, invoer: { partner: RVDK, doel: "Onderzoek", categorieen: [ZORGEN], vorm: MONDELING, gegevenOp: "2025-02-01" }) { id actief } }`,
      { g: gezin().id },
    );
    expect(gegeven.data?.registreerToestemming.actief).toBe(true);
    const ingetrokken = await subgraph.request(`mutation($t: ID!) { trekToestemmingIn(toestemmingId: $t) { actief ingetrokkenOp } }`, { t: gegeven.data?.registreerToestemming.id });
    expect(ingetrokken.data?.trekToestemmingIn.actief).toBe(false);
    const nogmaals = await subgraph.request(`mutation($t: ID!) { trekToestemmingIn(toestemmingId: $t) { actief } }`, { t: gegeven.data?.registreerToestemming.id });
    expect(nogmaals.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("registers a partner's involvement and refuses one that ends before it starts, writing nothing", async () => {
    const before = await count("betrokkenheid");
    const fout = await subgraph.request(
      `mutation($g: ID!, $start: Datum!) { registreerBetrokkenheid(gezinId: $g, invoer: { organisatie: VEILIG_THUIS, regime: ORANJE, intensiteit: ZWAAR, startdatum: $start, einddatum: "2000-01-01" }) { id } }`,
      { g: gezin().id, start: vandaag() },
    );
    expect(fout.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "einddatum" });
    expect(fout.errors?.[0]?.message).toContain("vóór de startdatum");
    expect(await count("betrokkenheid")).toBe(before);
    const goed = await subgraph.request(
      `mutation($g: ID!, $start: Datum!) { registreerBetrokkenheid(gezinId: $g, invoer: { organisatie: VEILIG_THUIS, regime: ORANJE, intensiteit: ZWAAR, startdatum: $start }) { regime actief } }`,
      { g: gezin().id, start: vandaag() },
    );
    expect(goed.data?.registreerBetrokkenheid).toEqual({ regime: "ORANJE", actief: true });
    expect(await count("betrokkenheid")).toBe(before + 1);
  });

  it("moves regie to the GI and back, keeping the history", async () => {
    const g = gezinIn("ORANJE");
    const naarGi = await subgraph.request(`mutation($g: ID!) { verplaatsRegie(gezinId: $g, invoer: { naar: GI, per: "2026-05-01", reden: "OTS uitgesproken" }) { organisatie } }`, { g: g.id });
    expect(naarGi.errors).toBeUndefined();
    const terug = await subgraph.request(`mutation($g: ID!) { verplaatsRegie(gezinId: $g, invoer: { naar: LOKAAL_TEAM, per: "2026-09-01", reden: "OTS beëindigd" }) { organisatie } }`, { g: g.id });
    expect(terug.errors).toBeUndefined();
    const historie = await subgraph.request(`query($id: ID!) { gezin(id: $id) { regiehistorie { organisatie tot } } }`, { id: g.id });
    expect(historie.data?.gezin.regiehistorie.map((p: { organisatie: string }) => p.organisatie)).toEqual(["LOKAAL_TEAM", "GI", "LOKAAL_TEAM"]);
    const naarVt = await subgraph.request(`mutation($g: ID!) { verplaatsRegie(gezinId: $g, invoer: { naar: VEILIG_THUIS, per: "2026-10-01", reden: "x" }) { organisatie } }`, { g: g.id });
    expect(naarVt.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "naar" });
  });

  it("answers NOT_FOUND for a household that does not exist, and writes nothing", async () => {
    const before = await count("zorg_of_kracht");
    const response = await subgraph.request(
      `mutation { legZorgOfKrachtVast(gezinId: "00000000-0000-4000-8000-000000000001", invoer: { soort: ZORG, omschrijving: "x", vastgesteldOp: "2025-01-01" }) { id } }`,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await count("zorg_of_kracht")).toBe(before);
  });

  it("refuses an impossible date, whether written in the query or passed as a variable, and an unknown enum value", async () => {
    const before = await count("gevaarsoordeel");
    const literal = await subgraph.request(`mutation($g: ID!) { legGevaarsoordeelVast(gezinId: $g, invoer: { omschrijving: "x", opgesteldOp: "2025-13-01" }) { id } }`, { g: gezin().id });
    expect(literal.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(literal.errors?.[0]?.message).toContain("Ongeldige datum '2025-13-01'");
    const variable = await subgraph.request(`mutation($g: ID!, $d: Datum!) { legGevaarsoordeelVast(gezinId: $g, invoer: { omschrijving: "x", opgesteldOp: $d }) { id } }`, { g: gezin().id, d: "2025-02-29" });
    expect(variable.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(variable.errors?.[0]?.message).toContain("Ongeldige datum '2025-02-29'");
    expect(await count("gevaarsoordeel")).toBe(before);
    const soort = await subgraph.request(`mutation($g: ID!) { legZorgOfKrachtVast(gezinId: $g, invoer: { soort: ZORGJE, omschrijving: "x", vastgesteldOp: "2025-01-01" }) { id } }`, { g: gezin().id });
    expect(soort.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(soort.errors?.[0]?.message).toContain("ZORGJE");
  });
});

describe("lokaal-team schema", () => {
  it("classifies every field of every object type with @gegevens", async () => {
    const { typeDefs } = await buildFederatedSchema(lokaalTeam);
    const missing: string[] = [];
    for (const definition of parse(typeDefs).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || ["Query", "Mutation"].includes(definition.name.value)) continue;
      for (const field of definition.fields ?? []) {
        if (!field.directives?.some((d) => d.name.value === "gegevens")) missing.push(`${definition.name.value}.${field.name.value}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
