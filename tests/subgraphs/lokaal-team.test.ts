import { randomUUID } from "node:crypto";
import { laadToegangsbases, lokaalTeam } from "@gezinsbeeld/lokaal-team";
import {
  buildFederatedSchema,
  createRequestContext,
  Organisatie,
  type Principal,
  Regime,
  Rol,
  type Toegangsbasis,
  vandaag,
} from "@gezinsbeeld/shared-schema";
import { type DemoGezin, DemoOrganisatie, demoScenario, plusDagen } from "@gezinsbeeld/demo";
import { Kind, parse } from "graphql";
import { NoodtoegangResolver } from "@gezinsbeeld/lokaal-team/dist/noodtoegang/NoodtoegangResolver";
import { ZorgOfKrachtSoort } from "@gezinsbeeld/lokaal-team/dist/zorgen/ZorgOfKracht";
import { ZorgOfKrachtResolver } from "@gezinsbeeld/lokaal-team/dist/zorgen/ZorgOfKrachtResolver";
import { type GraphQLResponse, postGraphQL, startRegisterForTest, type SubgraphUnderTest } from "../support/subgraph";

const scenario = demoScenario(12);
let subgraph: SubgraphUnderTest;

beforeAll(async () => {
  // The register as npm start builds it: with the involvements the partners' own seeds announce.
  subgraph = await startRegisterForTest({ seed: scenario });
});

afterAll(async () => {
  await subgraph?.close();
});

const gezinIn = (fase: DemoGezin["fase"]): DemoGezin => scenario.gezinnen.find((g) => g.fase === fase)!;

async function count(table: string): Promise<number> {
  const [{ n }] = (await subgraph.db.query(`SELECT count(*)::int AS n FROM ${table}`)) as [{ n: number }];
  return n;
}

/** A request as `principal`, with the token the gateway would sign; `null`: no token at all. */
function als<T = Record<string, any>>(principal: Principal | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  return principal ? subgraph.request<T>(query, variables, principal) : postGraphQL<T>(subgraph.url, query, variables);
}

/** A context outside any request, for calling this subgraph's own code directly. */
const contextVan = (principal: Principal | null) => createRequestContext({ requestId: randomUUID(), principal, db: subgraph.db, subgraph: lokaalTeam.name });

const medewerkerGi: Principal = { userId: "gi-tom-hoekstra", organisatie: DemoOrganisatie.GI, rol: Rol.MEDEWERKER };
/**
 * Who asks. `subgraph.request` asks as a TEAMLEIDER of the local team ("test-teamleider"): like the
 * teamleider below, it sees every open dossier (need to know: beslis step 4). A MEDEWERKER of the local
 * team sees only the households whose vaste contactpersoon they are.
 */
const teamleider: Principal = { userId: "lt-karin-smits", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER };
const gedragswetenschapper: Principal = { userId: "lt-ahmed-benali", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.GEDRAGSWETENSCHAPPER };
const contactpersoonVan = (gezin: DemoGezin): Principal => ({ userId: scenario.toegewezen(gezin, DemoOrganisatie.LOKAAL_TEAM).id, organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.MEDEWERKER });
/** The seed closes a dossier 120 days after the measure ended; from the day after, nobody of the local team may open it. */
const afgesloten = (gezin: DemoGezin): boolean => {
  const tot = gezin.fase === "MAATREGEL_BEEINDIGD" ? gezin.mijlpalen.maatregelTot : undefined;
  return !!tot && plusDagen(tot, 120) <= scenario.peildatum && plusDagen(tot, 120) < vandaag();
};
const openGezinnen = () => scenario.gezinnen.filter((g) => !afgesloten(g));
type Fouten = GraphQLResponse["errors"];
/** Every error of a response as { path, code, reden }: so a test sees exactly which fields were refused, and why. */
const weigeringen = (errors: Fouten) => (errors ?? []).map((e) => ({ path: e.path, code: e.extensions?.code, reden: e.extensions?.reden }));
const privacyOfficer: Principal = { userId: "lt-paul-verhoef", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.PRIVACY_OFFICER };
const UUR = 3_600_000;

describe("lokaal-team queries", () => {
  it("lists the seeded open households a page at a time, without repeating one; a closed dossier is refused", async () => {
    // 12 seeded households, of which the two whose measure ended long ago are closed: the teamleider sees the other 10.
    const open = openGezinnen();
    expect(open).toHaveLength(10);
    const first = await als(teamleider, `{ gezinnen(first: 5) { totalCount nodes { id naam } pageInfo { endCursor hasNextPage } } }`);
    expect(first.errors).toBeUndefined();
    expect(first.data?.gezinnen.totalCount).toBe(10);
    expect(first.data?.gezinnen.nodes).toHaveLength(5);
    expect(first.data?.gezinnen.pageInfo.hasNextPage).toBe(true);
    const second = await als(teamleider, `query($after: String) { gezinnen(first: 5, after: $after) { nodes { id } pageInfo { hasNextPage } } }`, {
      after: first.data?.gezinnen.pageInfo.endCursor,
    });
    expect(second.data?.gezinnen.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.data!.gezinnen.nodes, ...second.data!.gezinnen.nodes].map((n: { id: string }) => n.id);
    expect(new Set(ids).size).toBe(10);
    expect([...ids].sort()).toEqual(open.map((g) => g.id).sort());

    // A closed dossier: need to know ended with it, for the teamleider too.
    const dicht = scenario.gezinnen.filter(afgesloten);
    expect(dicht.map((g) => g.fase)).toEqual(["MAATREGEL_BEEINDIGD", "MAATREGEL_BEEINDIGD"]);
    for (const g of dicht) {
      const response = await als(teamleider, `query($id: ID!) { gezin(id: $id) { naam } }`, { id: g.id });
      expect(response.data?.gezin ?? null).toBeNull();
      expect(weigeringen(response.errors)).toEqual([{ path: ["gezin"], code: "FORBIDDEN", reden: "no-involvement" }]);
    }
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
    expect(response.data?._entities[0]).toMatchObject({ id: gezin.id, naam: gezin.naam });
    expect(response.data?._entities[0].leden).toHaveLength(gezin.leden.length);
    expect(response.data?._entities[1]).toEqual({ id: lid.id, bsn: lid.bsn, gezin: { id: gezin.id } });
    expect(response.data?._entities[2]).toBeNull();
    // The register knows no such household, so nothing is decided in the requester's favour (fail closed):
    // the unknown id alone is refused, the known ones resolve without error.
    expect(weigeringen(response.errors)).toEqual([{ path: ["_entities", 2], code: "FORBIDDEN", reden: "no-involvement" }]);
  });

  it("resolves a Persoon by id and household, and nothing when the representation names another household", async () => {
    const gezin = gezinIn("ROOD");
    const lid = gezin.leden[0]!;
    const response = await subgraph.request(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Persoon { id gezinId voornamen } } }`,
      { r: [{ __typename: "Persoon", id: lid.id, gezinId: gezin.id }, { __typename: "Persoon", id: lid.id, gezinId: gezinIn("ADVIES").id }] },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toEqual([{ id: lid.id, gezinId: gezin.id, voornamen: lid.voornamen }, null]);
  });
});

interface BetrokkenheidRij {
  id: string;
  organisatie: Organisatie;
  regime: Regime;
  startdatum: string;
  geinformeerdOp: string | null;
  medewerkerId: string | null;
}
const BETROKKENHEID = `id organisatie regime startdatum geinformeerdOp medewerkerId`;

/** The access register of every seeded household, as the decision service reads it (it never leaves lokaal-team). */
async function registers(): Promise<Array<[DemoGezin, Toegangsbasis]>> {
  const bases = await laadToegangsbases(scenario.gezinnen.map((g) => g.id), contextVan(null));
  return scenario.gezinnen.map((gezin, i) => [gezin, bases[i]!]);
}

describe("lokaal-team seed: the access register agrees with the partners' seeds", () => {
  it("holds when each household was told of the RvdK's involvement as the RvdK's own records say (or not yet); no other partner claims a date", async () => {
    let raad = 0;
    for (const [gezin, basis] of await registers()) {
      for (const b of basis.betrokkenheden) {
        if (b.organisatie === DemoOrganisatie.RVDK) {
          raad++;
          expect(b.geinformeerdOp).toBe(gezin.mijlpalen.raadGeinformeerdOp ?? null);
        } else {
          // Only the RvdK's involvement waits for it (rule 4); the others' records do not say, so the register does not guess.
          expect(b.geinformeerdOp).toBeNull();
        }
      }
    }
    expect(raad).toBeGreaterThan(0);
  });

  it("names on each seeded involvement the professional the partner's own seed assigns, a colleague in the forced phase after advice", async () => {
    const toegewezen = (gezin: DemoGezin, organisatie: Organisatie) => scenario.toegewezen(gezin, organisatie).id;
    const collega = (gezin: DemoGezin, organisatie: Organisatie) => scenario.collega(scenario.toegewezen(gezin, organisatie)).id;
    const verwacht = (gezin: DemoGezin, b: Toegangsbasis["betrokkenheden"][number]): string => {
      switch (b.organisatie) {
        case DemoOrganisatie.VEILIG_THUIS:
          return b.regime === Regime.ADVIES ? toegewezen(gezin, b.organisatie) : collega(gezin, b.organisatie);
        case DemoOrganisatie.GI:
          return b.regime === Regime.ROOD ? toegewezen(gezin, b.organisatie) : collega(gezin, b.organisatie);
        default:
          return toegewezen(gezin, b.organisatie);
      }
    };
    const gezien = new Set<string>();
    for (const [gezin, basis] of await registers()) {
      for (const b of basis.betrokkenheden) {
        gezien.add(`${b.organisatie}:${b.regime}`);
        expect({ gezin: gezin.nummer, betrokkenheid: `${b.organisatie}:${b.regime}`, medewerkerId: b.medewerkerId }).toEqual({
          gezin: gezin.nummer,
          betrokkenheid: `${b.organisatie}:${b.regime}`,
          medewerkerId: verwacht(gezin, b),
        });
      }
    }
    // Rule 5 in the data: the adviser and the investigator or jeugdbeschermer differ.
    for (const organisatie of [DemoOrganisatie.VEILIG_THUIS, DemoOrganisatie.GI]) expect(toegewezen(scenario.gezinnen[0]!, organisatie)).not.toBe(collega(scenario.gezinnen[0]!, organisatie));
    expect([...gezien].sort()).toEqual(
      ["ERVARINGSDESKUNDIGEN:GROEN", "GI:ADVIES", "GI:GROEN", "GI:ROOD", "RVDK:ORANJE", "VEILIG_THUIS:ADVIES", "VEILIG_THUIS:ORANJE"],
    );
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

  it("refuses a household that does not exist (the register does not know it) and an unknown record as it refuses a forbidden one, answers NOT_FOUND below the guard, and writes nothing", async () => {
    const before = await count("zorg_of_kracht");
    const onbekend = "00000000-0000-4000-8000-000000000001";
    const response = await subgraph.request(
      `mutation { legZorgOfKrachtVast(gezinId: "00000000-0000-4000-8000-000000000001", invoer: { soort: ZORG, omschrijving: "x", vastgesteldOp: "2025-01-01" }) { id } }`,
    );
    // The guard decides first, on the register: no such household, so no involvement (fail closed).
    expect(weigeringen(response.errors)).toEqual([{ path: ["legZorgOfKrachtVast"], code: "FORBIDDEN", reden: "no-involvement" }]);
    // The resolver itself answers NOT_FOUND, whatever guards it.
    await expect(
      new ZorgOfKrachtResolver().legZorgOfKrachtVast(contextVan(teamleider), onbekend, { soort: ZorgOfKrachtSoort.ZORG, omschrijving: "x", vastgesteldOp: "2025-01-01" }),
    ).rejects.toMatchObject({ extensions: { code: "NOT_FOUND" } });
    // A mutation that names a record, not a household: an unknown record answers as a forbidden one (existence is data).
    const zorg = await subgraph.request(`mutation($z: ID!) { markeerZorgOpgelost(zorgId: $z, per: "2025-01-01") { id } }`, { z: randomUUID() });
    expect(zorg.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "no-involvement" });
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

describe("lokaal-team: the access register", () => {
  const REGISTREER = `mutation($g: ID!, $i: BetrokkenheidInvoer!) { registreerBetrokkenheid(gezinId: $g, invoer: $i) { ${BETROKKENHEID} } }`;
  const GEINFORMEERD = `mutation($b: ID!, $op: Datum!) { registreerGezinGeinformeerdOverBetrokkenheid(betrokkenheidId: $b, op: $op) { id geinformeerdOp } }`;

  it("records once that the household was told of an involvement, never before it started", async () => {
    const gezin = gezinIn("GROEN");
    const start = plusDagen(vandaag(), -10);
    const nieuw = await subgraph.request(REGISTREER, { g: gezin.id, i: { organisatie: "RVDK", regime: "ORANJE", intensiteit: "MIDDEL", startdatum: start } });
    expect(nieuw.errors).toBeUndefined();
    const betrokkenheid = nieuw.data!.registreerBetrokkenheid as BetrokkenheidRij;
    expect(betrokkenheid.geinformeerdOp).toBeNull();

    const tevroeg = await subgraph.request(GEINFORMEERD, { b: betrokkenheid.id, op: plusDagen(start, -1) });
    expect(tevroeg.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "op" });
    const toekomst = await subgraph.request(GEINFORMEERD, { b: betrokkenheid.id, op: plusDagen(vandaag(), 1) });
    expect(toekomst.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "op" });
    const [{ geinformeerdOp: nogNiet }] = (await subgraph.db.query(`SELECT "geinformeerdOp" FROM betrokkenheid WHERE id = $1`, [betrokkenheid.id])) as [{ geinformeerdOp: string | null }];
    expect(nogNiet).toBeNull();

    const goed = await subgraph.request(GEINFORMEERD, { b: betrokkenheid.id, op: plusDagen(start, 2) });
    expect(goed.errors).toBeUndefined();
    expect(goed.data!.registreerGezinGeinformeerdOverBetrokkenheid).toEqual({ id: betrokkenheid.id, geinformeerdOp: plusDagen(start, 2) });
    const nogmaals = await subgraph.request(GEINFORMEERD, { b: betrokkenheid.id, op: plusDagen(start, 3) });
    expect(nogmaals.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "betrokkenheidId" });
    const gelezen = await subgraph.request(`query($id: ID!) { gezin(id: $id) { betrokkenheden { ${BETROKKENHEID} } } }`, { id: gezin.id });
    expect(gelezen.data!.gezin.betrokkenheden.find((b: BetrokkenheidRij) => b.id === betrokkenheid.id)?.geinformeerdOp).toBe(plusDagen(start, 2));

    const onbekend = await subgraph.request(GEINFORMEERD, { b: randomUUID(), op: start });
    expect(onbekend.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "no-involvement" });
  });

  it("takes the day the household was told with a new involvement, and refuses one before its start, writing nothing", async () => {
    const gezin = gezinIn("GROEN");
    const start = plusDagen(vandaag(), -5);
    const before = await count("betrokkenheid");
    const fout = await subgraph.request(REGISTREER, {
      g: gezin.id,
      i: { organisatie: "RVDK", regime: "ORANJE", intensiteit: "MIDDEL", startdatum: start, geinformeerdOp: plusDagen(start, -1) },
    });
    expect(fout.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "geinformeerdOp" });
    expect(await count("betrokkenheid")).toBe(before);
    const goed = await subgraph.request(REGISTREER, { g: gezin.id, i: { organisatie: "RVDK", regime: "ORANJE", intensiteit: "MIDDEL", startdatum: start, geinformeerdOp: start } });
    expect(goed.data?.registreerBetrokkenheid.geinformeerdOp).toBe(start);
  });

  const CLAIM = `mutation($g: ID!, $i: NoodtoegangInvoer!) {
    claimNoodtoegang(gezinId: $g, invoer: $i) { id userId organisatie rol rechtvaardiging wettelijkeGrondslag vanaf tot actief beoordeeldDoor beoordeeldOp beoordeling vastgelegdDoor }
  }`;
  const NOOD = {
    rechtvaardiging: "Kind met ernstig letsel op de SEH; ouders onbereikbaar, direct zicht op veiligheidsafspraken nodig.",
    wettelijkeGrondslag: "Art. 6 lid 1 sub d AVG (vitaal belang)",
  };

  it("lets any professional claim break-glass for 24 hours by default, up to 72, and shows it on the household", async () => {
    const gezin = gezinIn("ADVIES");
    const voor = Date.now();
    const claim = await als(medewerkerGi, CLAIM, { g: gezin.id, i: NOOD });
    expect(claim.errors).toBeUndefined();
    const nood = claim.data!.claimNoodtoegang;
    expect(nood).toMatchObject({
      userId: "gi-tom-hoekstra",
      organisatie: "GI",
      rol: "MEDEWERKER",
      rechtvaardiging: NOOD.rechtvaardiging,
      wettelijkeGrondslag: NOOD.wettelijkeGrondslag,
      actief: true,
      beoordeeldDoor: null,
      beoordeeldOp: null,
      beoordeling: null,
      vastgelegdDoor: "gi-tom-hoekstra",
    });
    const vanaf = Date.parse(nood.vanaf);
    expect(vanaf).toBeGreaterThanOrEqual(voor - 1000);
    expect(Date.parse(nood.tot) - vanaf).toBe(24 * UUR);

    const lang = await als({ userId: "vt-tester", organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.TEAMLEIDER }, CLAIM, { g: gezin.id, i: { ...NOOD, uren: 72 } });
    expect(lang.errors).toBeUndefined();
    expect(Date.parse(lang.data!.claimNoodtoegang.tot) - Date.parse(lang.data!.claimNoodtoegang.vanaf)).toBe(72 * UUR);

    const dossier = await subgraph.request(`query($id: ID!) { gezin(id: $id) { noodtoegangen { id userId actief } } }`, { id: gezin.id });
    expect(dossier.data?.gezin.noodtoegangen).toEqual([
      { id: nood.id, userId: "gi-tom-hoekstra", actief: true },
      { id: lang.data!.claimNoodtoegang.id, userId: "vt-tester", actief: true },
    ]);
  });

  it("refuses break-glass to anyone but a professional, without a justification, legal basis or sane duration, or for an unknown household, writing nothing", async () => {
    const gezin = gezinIn("GROEN");
    const before = await count("noodtoegang");
    const inwoner: Principal = { userId: "inwoner", organisatie: null, rol: Rol.INWONER, bsn: gezin.leden[0]!.bsn };
    const coordinator: Principal = { userId: "lt-nadia-ramdin", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.COORDINATOR };
    const geweigerd: Array<[Principal | null, Record<string, unknown>, string, string | undefined]> = [
      // Who may claim is decided before the resolver runs: no token, no request; the wrong role, FORBIDDEN.
      [null, NOOD, "UNAUTHENTICATED", undefined],
      [inwoner, NOOD, "FORBIDDEN", undefined],
      [privacyOfficer, NOOD, "FORBIDDEN", undefined],
      [coordinator, NOOD, "FORBIDDEN", undefined],
      [medewerkerGi, { ...NOOD, rechtvaardiging: "  Spoed, echt!        " }, "BAD_USER_INPUT", "rechtvaardiging"],
      [medewerkerGi, { ...NOOD, wettelijkeGrondslag: "   " }, "BAD_USER_INPUT", "wettelijkeGrondslag"],
      [medewerkerGi, { ...NOOD, uren: 73 }, "BAD_USER_INPUT", "uren"],
      [medewerkerGi, { ...NOOD, uren: 0 }, "BAD_USER_INPUT", "uren"],
    ];
    for (const [principal, invoer, code, veld] of geweigerd) {
      const response = await als(principal, CLAIM, { g: gezin.id, i: invoer });
      expect({ principal: principal?.rol ?? null, invoer, extensions: response.errors?.[0]?.extensions }).toEqual({
        principal: principal?.rol ?? null,
        invoer,
        extensions: expect.objectContaining({ code, ...(veld ? { veld } : {}) }),
      });
    }
    const onbekend = await als(medewerkerGi, CLAIM, { g: randomUUID(), i: NOOD });
    expect(onbekend.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    // The resolver itself refuses them too, whatever guards it.
    const resolver = new NoodtoegangResolver();
    for (const principal of [null, inwoner, privacyOfficer, coordinator]) {
      await expect(resolver.claimNoodtoegang(contextVan(principal), gezin.id, NOOD)).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    }
    expect(await count("noodtoegang")).toBe(before);
  });

  const BEOORDEEL = `mutation($n: ID!, $b: String!) { beoordeelNoodtoegang(noodtoegangId: $n, beoordeling: $b) { __typename } }`;
  const LIJST = `query($te: Boolean, $first: Int, $after: String) {
    noodtoegangen(teBeoordelen: $te, first: $first, after: $after) { totalCount nodes { id vanaf } pageInfo { endCursor hasNextPage } }
  }`;
  type Beoordeling = { beoordeeldDoor: string | null; beoordeeldOp: Date | null; beoordeling: string | null };
  const beoordelingVan = async (id: string): Promise<Beoordeling> => {
    const [rij] = (await subgraph.db.query(`SELECT "beoordeeldDoor", "beoordeeldOp", beoordeling FROM noodtoegang WHERE id = $1`, [id])) as [Beoordeling];
    return rij;
  };

  it("has a privacy officer review a break-glass claim once, and lists the claims still to review newest first", async () => {
    const gezin = gezinIn("ORANJE");
    const eerste = (await als(medewerkerGi, CLAIM, { g: gezin.id, i: NOOD })).data!.claimNoodtoegang;
    const tweede = (await als(medewerkerGi, CLAIM, { g: gezin.id, i: { ...NOOD, uren: 2 } })).data!.claimNoodtoegang;

    const teBeoordelen = await subgraph.request(LIJST, {});
    expect(teBeoordelen.errors).toBeUndefined();
    const ids = teBeoordelen.data!.noodtoegangen.nodes.map((n: { id: string }) => n.id);
    expect(ids.indexOf(tweede.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(tweede.id)).toBeLessThan(ids.indexOf(eerste.id));
    const vanafs = teBeoordelen.data!.noodtoegangen.nodes.map((n: { vanaf: string }) => n.vanaf);
    expect([...vanafs].sort().reverse()).toEqual(vanafs);
    expect(teBeoordelen.data!.noodtoegangen.totalCount).toBe(await count("noodtoegang"));

    const geenFunctionaris = await als(medewerkerGi, BEOORDEEL, { n: eerste.id, b: "Terecht." });
    expect(geenFunctionaris.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await expect(new NoodtoegangResolver().beoordeelNoodtoegang(contextVan(medewerkerGi), eerste.id, "Terecht.")).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT" },
    });
    const leeg = await als(privacyOfficer, BEOORDEEL, { n: eerste.id, b: "  " });
    expect(leeg.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "beoordeling" });
    expect(await beoordelingVan(eerste.id)).toEqual({ beoordeeldDoor: null, beoordeeldOp: null, beoordeling: null });

    const beoordeeld = await als(privacyOfficer, BEOORDEEL, { n: eerste.id, b: "Terecht: levensbedreigend, ouders onbereikbaar." });
    expect(beoordeeld.errors).toBeUndefined();
    expect(await beoordelingVan(eerste.id)).toEqual({
      beoordeeldDoor: "lt-paul-verhoef",
      beoordeeldOp: expect.any(Date),
      beoordeling: "Terecht: levensbedreigend, ouders onbereikbaar.",
    });
    const nogmaals = await als(privacyOfficer, BEOORDEEL, { n: eerste.id, b: "Toch niet." });
    expect(nogmaals.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "noodtoegangId" });
    expect((await beoordelingVan(eerste.id)).beoordeling).toBe("Terecht: levensbedreigend, ouders onbereikbaar.");
    const onbekend = await als(privacyOfficer, BEOORDEEL, { n: randomUUID(), b: "x" });
    expect(onbekend.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "no-involvement" });

    const dossier = await subgraph.request(`query($id: ID!) { gezin(id: $id) { noodtoegangen { id beoordeeldDoor beoordeling } } }`, { id: gezin.id });
    expect(dossier.data!.gezin.noodtoegangen).toContainEqual({ id: eerste.id, beoordeeldDoor: "lt-paul-verhoef", beoordeling: "Terecht: levensbedreigend, ouders onbereikbaar." });
    const daarna = await subgraph.request(LIJST, { first: 100 });
    expect(daarna.data!.noodtoegangen.nodes.map((n: { id: string }) => n.id)).not.toContain(eerste.id);
    const alle = await subgraph.request(LIJST, { te: false, first: 100 });
    expect(alle.data!.noodtoegangen.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining([eerste.id, tweede.id]));
  });

  it("pages through break-glass claims without repeating one", async () => {
    const gezin = gezinIn("ROOD");
    for (let i = 0; i < 3; i++) expect((await als(medewerkerGi, CLAIM, { g: gezin.id, i: NOOD })).errors).toBeUndefined();
    const totaal = await count("noodtoegang");
    const gezien: string[] = [];
    let after: string | null = null;
    do {
      const pagina: GraphQLResponse = await subgraph.request(LIJST, { te: false, first: 2, after });
      expect(pagina.errors).toBeUndefined();
      gezien.push(...pagina.data!.noodtoegangen.nodes.map((n: { id: string }) => n.id));
      after = pagina.data!.noodtoegangen.pageInfo.hasNextPage ? pagina.data!.noodtoegangen.pageInfo.endCursor : null;
    } while (after);
    expect(gezien).toHaveLength(totaal);
    expect(new Set(gezien).size).toBe(totaal);
    const kapot = await subgraph.request(LIJST, { after: "bestaat-niet" });
    expect(kapot.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "after" });
  });

  it("answers the register of each household in the order asked, with bestaat: false for an unknown or malformed id", async () => {
    const gezin = scenario.gezinnen.find((g) => g.fase === "ROOD" && g.nummer % 5 === 0) ?? gezinIn("ROOD");
    const onbekend = randomUUID();
    const [niets, basis, kapot] = await laadToegangsbases([onbekend, gezin.id, "geen-uuid"], contextVan(null));
    const leeg = { bestaat: false, afgeslotenOp: null, vasteContactpersoonId: null, ledenBsn: [], betrokkenheden: [], toestemmingen: [], noodtoegangen: [] };
    expect(niets).toEqual({ gezinId: onbekend, ...leeg });
    expect(kapot).toEqual({ gezinId: "geen-uuid", ...leeg });

    expect(basis).toMatchObject({ gezinId: gezin.id, bestaat: true, vasteContactpersoonId: scenario.toegewezen(gezin, DemoOrganisatie.LOKAAL_TEAM).id });
    expect([...basis!.ledenBsn].sort()).toEqual(gezin.leden.map((lid) => lid.bsn).sort());
    const verwacht = await subgraph.request(`query($id: ID!) { gezin(id: $id) {
      afgeslotenOp
      betrokkenheden { organisatie regime anoniem startdatum einddatum medewerkerId geinformeerdOp }
      toestemmingen { id partner categorieen gegevenOp ingetrokkenOp }
    } }`, { id: gezin.id });
    expect(basis!.afgeslotenOp).toBe(verwacht.data!.gezin.afgeslotenOp);
    expect(basis!.betrokkenheden).toEqual(verwacht.data!.gezin.betrokkenheden);
    expect(basis!.betrokkenheden.find((b) => b.organisatie === DemoOrganisatie.RVDK)?.geinformeerdOp).toBe(gezin.mijlpalen.raadGeinformeerdOp);
    expect(basis!.toestemmingen).toEqual(
      verwacht.data!.gezin.toestemmingen.map((t: { ingetrokkenOp: string | null }) => ({ ...t, ingetrokkenOp: t.ingetrokkenOp && new Date(t.ingetrokkenOp).toISOString() })),
    );
    expect(basis!.toestemmingen.length).toBeGreaterThan(0);
  });

  it("carries break-glass claims and withdrawn consent as ISO moments", async () => {
    const gezin = scenario.gezinnen.find((g) => g.nummer % 5 === 0 && g.mijlpalen.toestemmingOp)!;
    const claim = (await als(medewerkerGi, CLAIM, { g: gezin.id, i: NOOD })).data!.claimNoodtoegang;
    const [basis] = await laadToegangsbases([gezin.id.toUpperCase()], contextVan(null));
    expect(basis!.noodtoegangen).toContainEqual({ id: claim.id, userId: "gi-tom-hoekstra", organisatie: "GI", vanaf: claim.vanaf, tot: claim.tot });
    const ingetrokken = basis!.toestemmingen.find((t) => t.partner === DemoOrganisatie.VEILIG_THUIS);
    expect(ingetrokken?.ingetrokkenOp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it("reads the register of 1 or 12 households with the same, constant number of SQL statements", async () => {
    const meten = async (ids: string[]): Promise<number> => {
      subgraph.statements.reset();
      const bases = await laadToegangsbases(ids, contextVan(null));
      expect(bases.every((basis) => basis.bestaat)).toBe(true);
      return subgraph.statements.count;
    };
    const een = await meten([scenario.gezinnen[0]!.id]);
    const twaalf = await meten(scenario.gezinnen.map((g) => g.id));
    expect(twaalf).toBe(een);
    // gezin, persoon and betrokkenheid (through the loaders the resolvers share), and the register's own facts
    // (consents, break-glass claims, exceptions) in one statement.
    expect(een).toBe(4);
  });

  it("serves no register query at all: the schema has no field or type that hands out involvements, consents or BSNs", async () => {
    const { typeDefs } = await buildFederatedSchema(lokaalTeam);
    const document = parse(typeDefs);
    const query = document.definitions.find((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === "Query");
    const velden = query?.kind === Kind.OBJECT_TYPE_DEFINITION ? (query.fields ?? []).map((f) => f.name.value) : [];
    expect(velden).not.toContain("toegangsbases");
    const typen = document.definitions.flatMap((d) => ("name" in d && d.name ? [d.name.value] : []));
    expect(typen.filter((naam) => naam.startsWith("Toegangsbasis"))).toEqual([]);
    expect(typeDefs).not.toMatch(/ledenBsn/);
  });
});

describe("lokaal-team: who may read and write which dossier", () => {
  const GEZINNEN = `{ gezinnen(first: 100) { totalCount nodes { id } } }`;
  const idsVan = (response: GraphQLResponse): string[] => response.data!.gezinnen.nodes.map((n: { id: string }) => n.id).sort();
  const LEG_VAST = `mutation($g: ID!, $o: String!, $op: Datum!) { legZorgOfKrachtVast(gezinId: $g, invoer: { soort: KRACHT, omschrijving: $o, vastgesteldOp: $op }) { omschrijving } }`;
  const legVast = (principal: Principal, gezin: DemoGezin, omschrijving: string) => als(principal, LEG_VAST, { g: gezin.id, o: omschrijving, op: vandaag() });
  const geschreven = async (omschrijving: string): Promise<number> => {
    const [{ n }] = (await subgraph.db.query(`SELECT count(*)::int AS n FROM zorg_of_kracht WHERE omschrijving = $1`, [omschrijving])) as [{ n: number }];
    return n;
  };

  it("shows a vaste contactpersoon only the open households she is the fixed contact of, and a behavioural scientist every open one", async () => {
    const gezin = gezinIn("GROEN");
    const zij = contactpersoonVan(gezin);
    const haar = scenario.gezinnen.filter((g) => scenario.toegewezen(g, DemoOrganisatie.LOKAAL_TEAM).id === zij.userId);
    // One of her households is closed: she no longer sees that one either.
    expect(haar.filter(afgesloten)).toHaveLength(1);
    const lijst = await als(zij, GEZINNEN);
    expect(lijst.errors).toBeUndefined();
    expect(idsVan(lijst)).toEqual(haar.filter((g) => !afgesloten(g)).map((g) => g.id).sort());
    expect(lijst.data!.gezinnen.totalCount).toBe(haar.length - 1);

    const eigen = await als(zij, `query($id: ID!) { gezin(id: $id) { naam vasteContactpersoon { id } zorgenEnKrachten { omschrijving } } }`, { id: gezin.id });
    expect(eigen.errors).toBeUndefined();
    expect(eigen.data?.gezin).toMatchObject({ naam: gezin.naam, vasteContactpersoon: { id: zij.userId } });
    expect(eigen.data?.gezin.zorgenEnKrachten.length).toBeGreaterThan(0);

    const ander = openGezinnen().find((g) => scenario.toegewezen(g, DemoOrganisatie.LOKAAL_TEAM).id !== zij.userId)!;
    const vreemd = await als(zij, `query($id: ID!) { gezin(id: $id) { naam } }`, { id: ander.id });
    expect(vreemd.data?.gezin ?? null).toBeNull();
    expect(weigeringen(vreemd.errors)).toEqual([{ path: ["gezin"], code: "FORBIDDEN", reden: "no-involvement" }]);
    const entiteiten = await als(zij, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Gezin { id naam } } }`, {
      r: [{ __typename: "Gezin", id: gezin.id }, { __typename: "Gezin", id: ander.id }],
    });
    expect(entiteiten.data?._entities).toEqual([{ id: gezin.id, naam: gezin.naam }, null]);
    expect(weigeringen(entiteiten.errors)).toEqual([{ path: ["_entities", 1], code: "FORBIDDEN", reden: "no-involvement" }]);

    const gw = await als(gedragswetenschapper, GEZINNEN);
    expect(gw.errors).toBeUndefined();
    expect(idsVan(gw)).toEqual(openGezinnen().map((g) => g.id).sort());
  });

  it("lets the vaste contactpersoon write in her household and refuses a colleague (no-involvement) without writing, until the teamleider hands the household over", async () => {
    const gezin = scenario.gezinnen.find((g) => g.fase === "GROEN" && g.id !== gezinIn("GROEN").id)!;
    const zij = contactpersoonVan(gezin);
    const collegaId = scenario.medewerkers.find((m) => m.organisatie === DemoOrganisatie.LOKAAL_TEAM && m.rol === Rol.MEDEWERKER && m.id !== zij.userId)!.id;
    const collega: Principal = { userId: collegaId, organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.MEDEWERKER };
    const before = await count("zorg_of_kracht");

    const geweigerd = await legVast(collega, gezin, "Door een collega die het gezin niet kent.");
    expect(geweigerd.data ?? null).toBeNull();
    expect(weigeringen(geweigerd.errors)).toEqual([{ path: ["legZorgOfKrachtVast"], code: "FORBIDDEN", reden: "no-involvement" }]);
    expect(await count("zorg_of_kracht")).toBe(before);

    const goed = await legVast(zij, gezin, "De buurvrouw springt bij als het thuis te druk wordt.");
    expect(goed.errors).toBeUndefined();
    expect(goed.data?.legZorgOfKrachtVast).toEqual({ omschrijving: "De buurvrouw springt bij als het thuis te druk wordt." });
    const gelezen = await als(zij, `query($id: ID!) { gezin(id: $id) { zorgenEnKrachten { omschrijving } } }`, { id: gezin.id });
    expect(gelezen.data?.gezin.zorgenEnKrachten).toContainEqual({ omschrijving: "De buurvrouw springt bij als het thuis te druk wordt." });

    // The teamleider hands the household over: access follows the vaste contactpersoon at once.
    const overdracht = await als(teamleider, `mutation($g: ID!, $m: ID!) { wijzigDossier(gezinId: $g, invoer: { vasteContactpersoonId: $m }) { vasteContactpersoon { id } } }`, {
      g: gezin.id,
      m: collegaId,
    });
    expect(overdracht.errors).toBeUndefined();
    expect(overdracht.data?.wijzigDossier.vasteContactpersoon).toEqual({ id: collegaId });
    expect((await legVast(collega, gezin, "Na de overdracht vastgelegd.")).errors).toBeUndefined();
    const nietMeer = await legVast(zij, gezin, "Na de overdracht door de vorige contactpersoon.");
    expect(weigeringen(nietMeer.errors)).toEqual([{ path: ["legZorgOfKrachtVast"], code: "FORBIDDEN", reden: "no-involvement" }]);
    expect(await geschreven("Na de overdracht door de vorige contactpersoon.")).toBe(0);
    expect(await count("zorg_of_kracht")).toBe(before + 2);
  });

  it("refuses a partner's professional and the household itself any write in the local team's dossier, even where they may read it, writing nothing", async () => {
    const gezin = gezinIn("ROOD");
    // The jeugdbeschermer named on the GI's measure reads the concerns (legal duty) ...
    const jeugdbeschermer: Principal = { userId: scenario.toegewezen(gezin, DemoOrganisatie.GI).id, organisatie: DemoOrganisatie.GI, rol: Rol.MEDEWERKER };
    const leest = await als(jeugdbeschermer, `query($id: ID!) { gezin(id: $id) { naam zorgenEnKrachten { omschrijving } } }`, { id: gezin.id });
    expect(leest.errors).toBeUndefined();
    expect(leest.data?.gezin.zorgenEnKrachten.length).toBeGreaterThan(0);
    // ... but only the local team writes the dossier it keeps.
    const zorgen = await count("zorg_of_kracht");
    const door = await legVast(jeugdbeschermer, gezin, "Door de jeugdbeschermer.");
    expect(door.data ?? null).toBeNull();
    expect(weigeringen(door.errors)).toEqual([{ path: ["legZorgOfKrachtVast"], code: "FORBIDDEN", reden: "not-data-owner" }]);
    const inwoner: Principal = { userId: "inwoner", organisatie: null, rol: Rol.INWONER, bsn: gezin.leden[0]!.bsn };
    const zelf = await legVast(inwoner, gezin, "Door het gezin zelf.");
    expect(weigeringen(zelf.errors)).toEqual([{ path: ["legZorgOfKrachtVast"], code: "FORBIDDEN", reden: "category-not-allowed" }]);
    expect(await count("zorg_of_kracht")).toBe(zorgen);

    // Nor can a partner give itself access: the register of involvements is the local team's.
    const zonderVt = scenario.gezinnen.find((g) => g.fase === "ADVIES" && g.mijlpalen.adviesDoor === DemoOrganisatie.GI)!;
    const teamleiderVt: Principal = { userId: "vt-marco-jansen", organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.TEAMLEIDER };
    const betrokkenheden = await count("betrokkenheid");
    const zichzelf = await als(teamleiderVt, `mutation($g: ID!, $start: Datum!) { registreerBetrokkenheid(gezinId: $g, invoer: { organisatie: VEILIG_THUIS, regime: ORANJE, intensiteit: ZWAAR, startdatum: $start }) { id } }`, {
      g: zonderVt.id,
      start: vandaag(),
    });
    expect(weigeringen(zichzelf.errors)).toEqual([{ path: ["registreerBetrokkenheid"], code: "FORBIDDEN", reden: "not-data-owner" }]);
    expect(await count("betrokkenheid")).toBe(betrokkenheden);
    const nogSteeds = await als(teamleiderVt, `query($id: ID!) { gezin(id: $id) { naam } }`, { id: zonderVt.id });
    expect(weigeringen(nogSteeds.errors)).toEqual([{ path: ["gezin"], code: "FORBIDDEN", reden: "no-involvement" }]);
  });

  it("keeps a closed dossier closed for writing too, to the teamleider, writing nothing", async () => {
    const gezin = scenario.gezinnen.find(afgesloten)!;
    const before = await count("zorg_of_kracht");
    const response = await legVast(teamleider, gezin, "Na het afsluiten.");
    expect(weigeringen(response.errors)).toEqual([{ path: ["legZorgOfKrachtVast"], code: "FORBIDDEN", reden: "no-involvement" }]);
    expect(await count("zorg_of_kracht")).toBe(before);
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
