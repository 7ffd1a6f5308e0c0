import { randomUUID } from "node:crypto";
import { ervaringsdeskundigen } from "@gezinsbeeld/ervaringsdeskundigen";
import { lokaalTeam } from "@gezinsbeeld/lokaal-team";
import { buildFederatedSchema, Organisatie, type Principal, Rol } from "@gezinsbeeld/shared-schema";
import { type DemoGezin, DemoOrganisatie, demoScenario, demoUuid, plusDagen } from "@gezinsbeeld/demo";
import { Kind, parse } from "graphql";
import { type GraphQLResponse, type PartnerUnderTest, startPartnerForTest } from "../support/subgraph";
import { expectOnbekendAlsGeweigerd } from "../support/bestaan";

const scenario = demoScenario(12);
/**
 * The pool with a real, seeded lokaal-team as its access register. Unless a test says otherwise it asks as
 * the pool's teamleider (`subgraph.defaultPrincipal`), who sees every household the pool is actively involved with.
 */
let subgraph: PartnerUnderTest;

beforeAll(async () => {
  subgraph = await startPartnerForTest(ervaringsdeskundigen, { seed: scenario });
  // The register learns of the pool's seeded links from the pool's outbox: hand them over before the first request.
  await subgraph.bezorger.leeg();
});

afterAll(async () => {
  await subgraph?.close();
});

interface Registratie {
  periodeVan: string;
  periodeTot: string;
  aantalContacten: number;
}

interface Koppeling {
  id: string;
  vanaf: string;
  tot: string | null;
  actief: boolean;
  status: string;
  totaalContacten: number;
  ervaringsdeskundige: { id: string; functie: string; organisatie: string } | null;
  contactregistraties: Registratie[];
}

const KOPPELING_VELDEN = `id vanaf tot actief status totaalContacten
  ervaringsdeskundige { id functie organisatie }
  contactregistraties { periodeVan periodeTot aantalContacten }`;

const GEZIN_QUERY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Gezin {
  id ervaringsdeskundigen { ${KOPPELING_VELDEN} } aantalContactenErvaringsdeskundigen } } }`;

async function gezinnen(ids: string[]): Promise<Array<{ id: string; ervaringsdeskundigen: Koppeling[]; aantalContactenErvaringsdeskundigen: number }>> {
  const response = await subgraph.request(GEZIN_QUERY, { r: ids.map((id) => ({ __typename: "Gezin", id })) });
  expect(response.errors).toBeUndefined();
  return response.data!._entities;
}

async function tel(tabel: "koppeling" | "contactregistratie"): Promise<number> {
  const [row] = (await subgraph.db.query(`SELECT count(*)::int AS n FROM "${tabel}"`)) as Array<{ n: number }>;
  return row!.n;
}

function foutcode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

function eersteGezin(predicate: (gezin: DemoGezin) => boolean): DemoGezin {
  const gezin = scenario.gezinnen.find(predicate);
  if (!gezin) throw new Error("scenario has no such household");
  return gezin;
}

const als = (organisatie: Organisatie, rol: Rol, userId: string): Principal => ({ organisatie, rol, userId });
const teamleiderLokaalTeam = als(DemoOrganisatie.LOKAAL_TEAM, Rol.TEAMLEIDER, "lt-karin-smits");
const ervaringsdeskundige = (userId: string): Principal => als(DemoOrganisatie.ERVARINGSDESKUNDIGEN, Rol.MEDEWERKER, userId);

/** The register shows a running involvement of the pool (its seeded link, announced through its outbox): a linked expert, until the measure ended. */
function poolBetrokken(gezin: DemoGezin): boolean {
  return gezin.mijlpalen.ervaringsdeskundigeVanaf !== undefined && gezin.fase !== "MAATREGEL_BEEINDIGD";
}

/** The seeded link of a household (see the pool's seed). */
const seedKoppelingId = (gezin: DemoGezin): string => demoUuid(`ervaringsdeskundige-koppeling-${gezin.nummer}`);

/** Every error FORBIDDEN with `reden`, and at least one. */
function alleenGeweigerd(response: GraphQLResponse, reden: string): void {
  expect(response.errors?.length).toBeGreaterThan(0);
  for (const error of response.errors!) expect(error.extensions).toMatchObject({ code: "FORBIDDEN", reden });
}

const REGISTREER_BETROKKENHEID = `mutation($g: ID!, $i: BetrokkenheidInvoer!) { registreerBetrokkenheid(gezinId: $g, invoer: $i) { id } }`;

/** As the local team's teamleider, register a running involvement of the pool in the household, naming `medewerkerId`. */
async function registreerPoolBetrokkenheid(gezinId: string, medewerkerId: string, startdatum: string): Promise<void> {
  const response = await subgraph.register.request(
    REGISTREER_BETROKKENHEID,
    { g: gezinId, i: { organisatie: "ERVARINGSDESKUNDIGEN", regime: "GROEN", intensiteit: "LICHT", startdatum, medewerkerId } },
    teamleiderLokaalTeam,
  );
  expect(response.errors).toBeUndefined();
}

/**
 * A new household registered by the local team, with the pool involved from its registration and
 * `ervaringsdeskundigeId` named on that involvement: a household without any link yet, that the pool may work in.
 */
async function nieuwGezinMetPool(ervaringsdeskundigeId: string): Promise<string> {
  const aangemeldOp = "2025-12-01";
  const response = await subgraph.register.request(
    `mutation($i: GezinInvoer!) { registreerGezin(invoer: $i) { id } }`,
    {
      i: {
        naam: "Gezin Testpool",
        aangemeldOp,
        postcode: "1211 AB",
        huisnummer: "1",
        woonplaats: "Hilversum",
        aanleiding: "Aangemeld voor de test van de pool ervaringsdeskundigen.",
        vasteContactpersoonId: "lt-fatima-bakker",
        leden: [{ bsn: "999990019", voornamen: "Sanne", achternaam: "Testpool", geboortedatum: "1990-01-01", gezinsrol: "OUDER" }],
      },
    },
    teamleiderLokaalTeam,
  );
  expect(response.errors).toBeUndefined();
  const gezinId = response.data!.registreerGezin.id as string;
  await registreerPoolBetrokkenheid(gezinId, ervaringsdeskundigeId, aangemeldOp);
  return gezinId;
}

const KOPPEL = `mutation($gezinId: ID!, $invoer: KoppelingInvoer!) {
  koppelErvaringsdeskundige(gezinId: $gezinId, invoer: $invoer) { ${KOPPELING_VELDEN} } }`;
const REGISTREER = `mutation($koppelingId: ID!, $invoer: ContactregistratieInvoer!) {
  registreerContacten(koppelingId: $koppelingId, invoer: $invoer) { id koppelingId periodeVan periodeTot aantalContacten } }`;
const BEEINDIG = `mutation($koppelingId: ID!, $tot: Datum!) { beeindigKoppeling(koppelingId: $koppelingId, tot: $tot) { ${KOPPELING_VELDEN} } }`;

async function nieuweKoppeling(ervaringsdeskundigeId = "ed-kees-maas", vanaf = "2026-01-01"): Promise<{ gezinId: string; koppeling: Koppeling }> {
  const gezinId = await nieuwGezinMetPool(ervaringsdeskundigeId);
  const response = await subgraph.request(KOPPEL, { gezinId, invoer: { ervaringsdeskundigeId, vanaf } });
  expect(response.errors).toBeUndefined();
  return { gezinId, koppeling: response.data!.koppelErvaringsdeskundige };
}

describe("ervaringsdeskundigen subgraph", () => {
  const laatsteDagVorigeMaand = plusDagen(`${scenario.peildatum.slice(0, 7)}-01`, -1);

  it("extends Gezin with a running link from the milestone date and an uninterrupted monthly count up to last month", async () => {
    const gezin = eersteGezin((g) => g.fase === "ROOD" && g.mijlpalen.ervaringsdeskundigeVanaf !== undefined);
    const [resultaat] = await gezinnen([gezin.id]);
    expect(resultaat!.ervaringsdeskundigen).toHaveLength(1);
    const koppeling = resultaat!.ervaringsdeskundigen[0]!;
    expect(koppeling.vanaf).toBe(gezin.mijlpalen.ervaringsdeskundigeVanaf);
    expect(koppeling.tot).toBeNull();
    expect(koppeling.actief).toBe(true);
    expect(koppeling.status).toBe("LOPEND");
    expect(koppeling.ervaringsdeskundige).toEqual({
      id: scenario.toegewezen(gezin, DemoOrganisatie.ERVARINGSDESKUNDIGEN).id,
      functie: "ervaringsdeskundige",
      organisatie: "ERVARINGSDESKUNDIGEN",
    });
    const registraties = koppeling.contactregistraties;
    expect(registraties[0]!.periodeVan).toBe(koppeling.vanaf);
    expect(registraties[registraties.length - 1]!.periodeTot).toBe(laatsteDagVorigeMaand);
    registraties.forEach((registratie, i) => {
      expect(registratie.periodeVan.slice(0, 7)).toBe(registratie.periodeTot.slice(0, 7));
      expect(registratie.aantalContacten).toBeGreaterThanOrEqual(0);
      expect(registratie.aantalContacten).toBeLessThanOrEqual(8);
      if (i > 0) expect(registratie.periodeVan).toBe(plusDagen(registraties[i - 1]!.periodeTot, 1));
    });
    const som = registraties.reduce((totaal, r) => totaal + r.aantalContacten, 0);
    expect(koppeling.totaalContacten).toBe(som);
    expect(resultaat!.aantalContactenErvaringsdeskundigen).toBe(som);
  });

  it("ends the link of a household whose measure has ended on the measure's end date, with no counts after it; the pool no longer sees it", async () => {
    const gezin = eersteGezin((g) => g.fase === "MAATREGEL_BEEINDIGD" && g.mijlpalen.ervaringsdeskundigeVanaf !== undefined);
    // The seeded data: the link ended with the measure, and the last registered period ends on that day.
    const [koppeling] = (await subgraph.db.query(`SELECT id, "tot"::text AS tot FROM koppeling WHERE "gezinId" = $1`, [gezin.id])) as Array<{ id: string; tot: string | null }>;
    expect(koppeling).toEqual({ id: seedKoppelingId(gezin), tot: gezin.mijlpalen.maatregelTot });
    const [{ laatste }] = (await subgraph.db.query(`SELECT max("periodeTot")::text AS laatste FROM contactregistratie WHERE "koppelingId" = $1`, [
      koppeling!.id,
    ])) as Array<{ laatste: string }>;
    expect(laatste).toBe(gezin.mijlpalen.maatregelTot);
    // The pool's involvement ended with the link (register): need to know ends there, for the teamleider and the expert alike.
    for (const principal of [subgraph.defaultPrincipal, ervaringsdeskundige(scenario.toegewezen(gezin, DemoOrganisatie.ERVARINGSDESKUNDIGEN).id)]) {
      const response = await subgraph.request(GEZIN_QUERY, { r: [{ __typename: "Gezin", id: gezin.id }] }, principal);
      expect(response.data?._entities ?? [null]).toEqual([null]);
      alleenGeweigerd(response, "no-involvement");
      const lijst = await subgraph.request(`query($g: ID!) { koppelingenVanGezin(gezinId: $g) { id } }`, { g: gezin.id }, principal);
      expect(lijst.errors).toBeUndefined();
      expect(lijst.data!.koppelingenVanGezin).toEqual([]);
    }
  });

  it("refuses households the pool is not involved with, and gives one it becomes involved with no link and zero contacts", async () => {
    const zonder = scenario.gezinnen.filter((g) => g.mijlpalen.ervaringsdeskundigeVanaf === undefined);
    expect(zonder.length).toBeGreaterThan(0);
    const voor = await subgraph.request(GEZIN_QUERY, { r: zonder.map((g) => ({ __typename: "Gezin", id: g.id })) });
    expect(voor.data!._entities).toEqual(zonder.map(() => null));
    expect(voor.errors).toHaveLength(zonder.length);
    alleenGeweigerd(voor, "no-involvement");

    // The local team involves the pool in the households whose dossier is still open.
    const open = zonder.filter((g) => g.fase !== "MAATREGEL_BEEINDIGD");
    expect(open.length).toBeGreaterThan(0);
    for (const g of open) await registreerPoolBetrokkenheid(g.id, scenario.toegewezen(g, DemoOrganisatie.ERVARINGSDESKUNDIGEN).id, scenario.peildatum);
    for (const resultaat of await gezinnen(open.map((g) => g.id))) {
      expect(resultaat.ervaringsdeskundigen).toEqual([]);
      expect(resultaat.aantalContactenErvaringsdeskundigen).toBe(0);
    }
  });

  it("sums only the registrations that touch the requested period", async () => {
    const gezin = eersteGezin((g) => g.fase === "ROOD" && g.mijlpalen.ervaringsdeskundigeVanaf !== undefined);
    const rows = (await subgraph.db.query(
      `SELECT coalesce(sum("aantalContacten"), 0)::int AS n FROM contactregistratie
        WHERE "gezinId" = $1 AND "periodeVan" <= '2026-03-10' AND "periodeTot" >= '2026-02-15'`,
      [gezin.id],
    )) as Array<{ n: number }>;
    const response = await subgraph.request(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Gezin {
        feb: aantalContactenErvaringsdeskundigen(van: "2026-02-15", tot: "2026-03-10")
        alles: aantalContactenErvaringsdeskundigen } } }`,
      { r: [{ __typename: "Gezin", id: gezin.id }] },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities[0].feb).toBe(rows[0]!.n);
    expect(response.data!._entities[0].alles).toBeGreaterThanOrEqual(rows[0]!.n);
  });

  it("refuses a contact-count period that ends before it starts", async () => {
    const gezin = eersteGezin(poolBetrokken);
    const response = await subgraph.request(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Gezin { aantalContactenErvaringsdeskundigen(van: "2026-05-01", tot: "2026-04-01") } } }`,
      { r: [{ __typename: "Gezin", id: gezin.id }] },
    );
    expect(foutcode(response)).toBe("BAD_USER_INPUT");
    expect(response.errors![0]!.extensions!.veld).toBe("tot");
  });

  it("costs the same number of SQL statements for one household as for all of them, and nothing for refused ones", async () => {
    const ids = scenario.gezinnen.filter(poolBetrokken).map((g) => g.id);
    expect(ids.length).toBeGreaterThan(3);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Gezin {
      ervaringsdeskundigen { ${KOPPELING_VELDEN} }
      a: aantalContactenErvaringsdeskundigen(van: "2026-01-01", tot: "2026-06-30")
      b: aantalContactenErvaringsdeskundigen } } }`;
    subgraph.statements.reset();
    const een = await subgraph.request(query, { r: [{ __typename: "Gezin", id: ids[3] }] });
    const voorEen = subgraph.statements.count;
    subgraph.statements.reset();
    const alle = await subgraph.request(query, { r: ids.map((id) => ({ __typename: "Gezin", id })) });
    const voorAlle = subgraph.statements.count;
    expect(een.errors).toBeUndefined();
    expect(alle.errors).toBeUndefined();
    expect(alle.data!._entities).toHaveLength(ids.length);
    expect(voorEen).toBeGreaterThan(0);
    expect(voorAlle).toBe(voorEen);

    // Households the pool may not see are refused before anything is loaded for them.
    const geweigerd = scenario.gezinnen.filter((g) => g.fase === "MAATREGEL_BEEINDIGD").map((g) => g.id);
    subgraph.statements.reset();
    const gemengd = await subgraph.request(query, { r: [...ids, ...geweigerd].map((id) => ({ __typename: "Gezin", id })) });
    expect(subgraph.statements.count).toBe(voorEen);
    expect(gemengd.data!._entities.slice(ids.length)).toEqual(geweigerd.map(() => null));
    expect(gemengd.data!._entities.slice(0, ids.length).every((e: unknown) => e !== null)).toBe(true);
    alleenGeweigerd(gemengd, "no-involvement");
  });

  it("lists the pool's staff, of whom only the experts by experience can be linked", async () => {
    const response = await subgraph.request(`{ medewerkersErvaringsdeskundigen { id naam organisatie rol functie } }`);
    expect(response.errors).toBeUndefined();
    const staf = response.data!.medewerkersErvaringsdeskundigen as Array<{ id: string; organisatie: string; functie: string }>;
    expect(staf.map((m) => m.id).sort()).toEqual(
      scenario.medewerkers.filter((m) => m.organisatie === DemoOrganisatie.ERVARINGSDESKUNDIGEN).map((m) => m.id).sort(),
    );
    expect(staf.filter((m) => m.functie === "ervaringsdeskundige")).toHaveLength(3);
  });

  it("lists an expert's caseload, filtered by status, of the households the pool is involved with", async () => {
    const beeindigdGezin = eersteGezin((g) => g.fase === "MAATREGEL_BEEINDIGD" && g.mijlpalen.ervaringsdeskundigeVanaf !== undefined);
    const ervaringsdeskundigeId = scenario.toegewezen(beeindigdGezin, DemoOrganisatie.ERVARINGSDESKUNDIGEN).id;
    // An ended link in a household the pool is still involved with (the seeded ended links are all in households it left).
    const gezinId = await nieuwGezinMetPool(ervaringsdeskundigeId);
    const afgelopen = await subgraph.request(KOPPEL, { gezinId, invoer: { ervaringsdeskundigeId, vanaf: "2026-01-01", tot: "2026-01-31" } });
    expect(afgelopen.errors).toBeUndefined();
    const afgelopenId = afgelopen.data!.koppelErvaringsdeskundige.id as string;

    const response = await subgraph.request(
      `query($id: ID!) {
        alle: koppelingenVanErvaringsdeskundige(ervaringsdeskundigeId: $id) { id status ervaringsdeskundige { id } }
        beeindigd: koppelingenVanErvaringsdeskundige(ervaringsdeskundigeId: $id, status: BEEINDIGD) { id status } }`,
      { id: ervaringsdeskundigeId },
    );
    expect(response.errors).toBeUndefined();
    const alle = response.data!.alle as Array<{ id: string; status: string; ervaringsdeskundige: { id: string } }>;
    const beeindigd = response.data!.beeindigd as Array<{ id: string; status: string }>;
    expect(alle.length).toBeGreaterThan(beeindigd.length);
    expect(alle.every((k) => k.ervaringsdeskundige.id === ervaringsdeskundigeId)).toBe(true);
    const lopend = scenario.gezinnen.filter((g) => poolBetrokken(g) && scenario.toegewezen(g, DemoOrganisatie.ERVARINGSDESKUNDIGEN).id === ervaringsdeskundigeId);
    expect(lopend.length).toBeGreaterThan(0);
    expect(alle.map((k) => k.id)).toEqual(expect.arrayContaining([...lopend.map(seedKoppelingId), afgelopenId]));
    expect(beeindigd.length).toBeGreaterThan(0);
    expect(beeindigd.every((k) => k.status === "BEEINDIGD")).toBe(true);
    expect(beeindigd.map((k) => k.id)).toContain(afgelopenId);
    // The link in the household whose measure ended is left out: the pool is no longer involved there.
    expect(alle.map((k) => k.id)).not.toContain(seedKoppelingId(beeindigdGezin));
  });

  it("links an expert by experience to a household and reads the link back", async () => {
    const { gezinId, koppeling } = await nieuweKoppeling("ed-petra-willems", "2026-03-01");
    expect(koppeling).toMatchObject({ vanaf: "2026-03-01", tot: null, actief: true, status: "LOPEND", totaalContacten: 0 });
    expect(koppeling.ervaringsdeskundige!.id).toBe("ed-petra-willems");
    const response = await subgraph.request(`query($g: ID!) { koppelingenVanGezin(gezinId: $g) { id vanaf } }`, { g: gezinId });
    expect(response.data!.koppelingenVanGezin).toEqual([{ id: koppeling.id, vanaf: "2026-03-01" }]);
    const [gezin] = await gezinnen([gezinId]);
    expect(gezin!.ervaringsdeskundigen.map((k) => k.id)).toEqual([koppeling.id]);
  });

  it("refuses a second running link of the same expert to the same household, and writes nothing", async () => {
    const { gezinId } = await nieuweKoppeling("ed-kees-maas", "2026-02-01");
    const voor = await tel("koppeling");
    const response = await subgraph.request(KOPPEL, { gezinId, invoer: { ervaringsdeskundigeId: "ed-kees-maas", vanaf: "2026-06-01" } });
    expect(foutcode(response)).toBe("BAD_USER_INPUT");
    expect(response.errors![0]!.extensions!.veld).toBe("ervaringsdeskundigeId");
    expect(response.errors![0]!.message).toContain("Kees Maas is al gekoppeld");
    expect(await tel("koppeling")).toBe(voor);
    const ander = await subgraph.request(KOPPEL, { gezinId, invoer: { ervaringsdeskundigeId: "ed-samira-bouzid", vanaf: "2026-06-01" } });
    expect(ander.errors).toBeUndefined();
  });

  it("refuses to link a coordinator or an unknown person as expert by experience", async () => {
    const voor = await tel("koppeling");
    const gezinId = eersteGezin(poolBetrokken).id;
    for (const ervaringsdeskundigeId of ["ed-henk-de-lange", "lt-fatima-bakker", "niemand"]) {
      const response = await subgraph.request(KOPPEL, { gezinId, invoer: { ervaringsdeskundigeId, vanaf: "2026-03-01" } });
      expect(foutcode(response)).toBe("BAD_USER_INPUT");
      expect(response.errors![0]!.extensions!.veld).toBe("ervaringsdeskundigeId");
    }
    expect(await tel("koppeling")).toBe(voor);
  });

  it("refuses a link that ends before it starts, an impossible date and a malformed household id, and writes nothing", async () => {
    const voor = await tel("koppeling");
    const gezinId = eersteGezin(poolBetrokken).id;
    const eindeVoorStart = await subgraph.request(KOPPEL, {
      gezinId,
      invoer: { ervaringsdeskundigeId: "ed-kees-maas", vanaf: "2026-03-01", tot: "2026-02-28" },
    });
    expect(foutcode(eindeVoorStart)).toBe("BAD_USER_INPUT");
    expect(eindeVoorStart.errors![0]!.extensions!.veld).toBe("tot");
    const onmogelijk = await subgraph.request(KOPPEL, { gezinId, invoer: { ervaringsdeskundigeId: "ed-kees-maas", vanaf: "2024-02-30" } });
    expect(foutcode(onmogelijk)).toBe("BAD_USER_INPUT");
    const geenUuid = await subgraph.request(KOPPEL, { gezinId: "gezin-7", invoer: { ervaringsdeskundigeId: "ed-kees-maas", vanaf: "2026-03-01" } });
    expect(foutcode(geenUuid)).toBe("BAD_USER_INPUT");
    expect(geenUuid.errors![0]!.extensions!.veld).toBe("gezinId");
    expect(await tel("koppeling")).toBe(voor);
  });

  it("refuses an unknown status value", async () => {
    const response = await subgraph.request(`{ koppelingenVanErvaringsdeskundige(ervaringsdeskundigeId: "ed-kees-maas", status: VERLOPEN) { id } }`);
    expect(["GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"]).toContain(foutcode(response));
  });

  it("registers a number of contacts for a period and adds it to the link's and the household's totals", async () => {
    const { gezinId, koppeling } = await nieuweKoppeling("ed-samira-bouzid", "2026-01-15");
    const eerste = await subgraph.request(REGISTREER, {
      koppelingId: koppeling.id,
      invoer: { periodeVan: "2026-01-15", periodeTot: "2026-01-31", aantalContacten: 3 },
    });
    expect(eerste.errors).toBeUndefined();
    expect(eerste.data!.registreerContacten).toMatchObject({ koppelingId: koppeling.id, periodeVan: "2026-01-15", aantalContacten: 3 });
    const tweede = await subgraph.request(REGISTREER, {
      koppelingId: koppeling.id,
      invoer: { periodeVan: "2026-02-01", periodeTot: "2026-02-28", aantalContacten: 0 },
    });
    expect(tweede.errors).toBeUndefined();
    const [gezin] = await gezinnen([gezinId]);
    expect(gezin!.ervaringsdeskundigen[0]!.totaalContacten).toBe(3);
    expect(gezin!.ervaringsdeskundigen[0]!.contactregistraties.map((r) => r.periodeVan)).toEqual(["2026-01-15", "2026-02-01"]);
    expect(gezin!.aantalContactenErvaringsdeskundigen).toBe(3);
  });

  it("refuses overlapping periods, periods outside the link, negative counts and periods that end before they start, and writes nothing", async () => {
    const { koppeling } = await nieuweKoppeling("ed-petra-willems", "2026-03-01");
    const ok = await subgraph.request(REGISTREER, { koppelingId: koppeling.id, invoer: { periodeVan: "2026-03-01", periodeTot: "2026-03-31", aantalContacten: 2 } });
    expect(ok.errors).toBeUndefined();
    const voor = await tel("contactregistratie");
    const gevallen: Array<[Record<string, unknown>, string]> = [
      [{ periodeVan: "2026-03-20", periodeTot: "2026-04-10", aantalContacten: 1 }, "periodeVan"],
      [{ periodeVan: "2026-02-01", periodeTot: "2026-02-28", aantalContacten: 1 }, "periodeVan"],
      [{ periodeVan: "2026-04-01", periodeTot: "2026-04-30", aantalContacten: -1 }, "aantalContacten"],
      [{ periodeVan: "2026-04-30", periodeTot: "2026-04-01", aantalContacten: 1 }, "periodeTot"],
    ];
    for (const [invoer, veld] of gevallen) {
      const response = await subgraph.request(REGISTREER, { koppelingId: koppeling.id, invoer });
      expect(foutcode(response)).toBe("BAD_USER_INPUT");
      expect(response.errors![0]!.extensions!.veld).toBe(veld);
    }
    const onmogelijk = await subgraph.request(REGISTREER, {
      koppelingId: koppeling.id,
      invoer: { periodeVan: "2026-04-01", periodeTot: "2026-04-31", aantalContacten: 1 },
    });
    expect(foutcode(onmogelijk)).toBe("BAD_USER_INPUT");
    expect(await tel("contactregistratie")).toBe(voor);
  });

  it("has no input field where the content of a conversation could be sent", async () => {
    const response = await subgraph.request(REGISTREER, {
      koppelingId: randomUUID(),
      invoer: { periodeVan: "2026-03-01", periodeTot: "2026-03-31", aantalContacten: 1, toelichting: "gesprek over de thuissituatie" },
    });
    expect(["GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"]).toContain(foutcode(response));
    const { typeDefs } = await buildFederatedSchema(ervaringsdeskundigen);
    const tekstvelden = parse(typeDefs).definitions.flatMap((definition) =>
      definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION
        ? (definition.fields ?? []).filter((field) => /\bString\b/.test(JSON.stringify(field.type))).map((field) => `${definition.name.value}.${field.name.value}`)
        : [],
    );
    expect(tekstvelden).toEqual([]);
  });

  it("ends a link, but not before its start, not before registered contacts, and not twice", async () => {
    const { koppeling } = await nieuweKoppeling("ed-kees-maas", "2026-04-01");
    await subgraph.request(REGISTREER, { koppelingId: koppeling.id, invoer: { periodeVan: "2026-04-01", periodeTot: "2026-04-30", aantalContacten: 4 } });
    const voorStart = await subgraph.request(BEEINDIG, { koppelingId: koppeling.id, tot: "2026-03-31" });
    expect(foutcode(voorStart)).toBe("BAD_USER_INPUT");
    expect(voorStart.errors![0]!.extensions!.veld).toBe("tot");
    const voorContacten = await subgraph.request(BEEINDIG, { koppelingId: koppeling.id, tot: "2026-04-15" });
    expect(foutcode(voorContacten)).toBe("BAD_USER_INPUT");
    const [{ tot: nogOpen }] = (await subgraph.db.query(`SELECT "tot" FROM koppeling WHERE id = $1`, [koppeling.id])) as Array<{ tot: string | null }>;
    expect(nogOpen).toBeNull();

    const beeindigd = await subgraph.request(BEEINDIG, { koppelingId: koppeling.id, tot: "2026-05-15" });
    expect(beeindigd.errors).toBeUndefined();
    expect(beeindigd.data!.beeindigKoppeling).toMatchObject({ tot: "2026-05-15", actief: false, status: "BEEINDIGD", totaalContacten: 4 });
    const nogmaals = await subgraph.request(BEEINDIG, { koppelingId: koppeling.id, tot: "2026-05-20" });
    expect(foutcode(nogmaals)).toBe("BAD_USER_INPUT");
    const naEinde = await subgraph.request(REGISTREER, {
      koppelingId: koppeling.id,
      invoer: { periodeVan: "2026-05-01", periodeTot: "2026-05-31", aantalContacten: 1 },
    });
    expect(foutcode(naEinde)).toBe("BAD_USER_INPUT");
    expect(naEinde.errors![0]!.extensions!.veld).toBe("periodeTot");
  });

  it("answers an unknown link as a forbidden one (existence is data), a malformed id as bad input, and writes nothing", async () => {
    // A real link the pool may not touch: the household whose measure (and with it the pool's involvement) has ended.
    const beeindigdGezin = eersteGezin((g) => g.fase === "MAATREGEL_BEEINDIGD" && g.mijlpalen.ervaringsdeskundigeVanaf !== undefined);
    const geweigerdId = seedKoppelingId(beeindigdGezin);
    const [koppelingVoor] = await subgraph.db.query(`SELECT "tot"::text AS tot FROM koppeling WHERE id = $1`, [geweigerdId]);
    const voor = [await tel("koppeling"), await tel("contactregistratie")];
    const invoer = { periodeVan: "2026-03-01", periodeTot: "2026-03-31", aantalContacten: 1 };
    expectOnbekendAlsGeweigerd(
      await subgraph.request(REGISTREER, { koppelingId: randomUUID(), invoer }),
      await subgraph.request(REGISTREER, { koppelingId: geweigerdId, invoer }),
    );
    expectOnbekendAlsGeweigerd(
      await subgraph.request(BEEINDIG, { koppelingId: randomUUID(), tot: "2026-03-31" }),
      await subgraph.request(BEEINDIG, { koppelingId: geweigerdId, tot: "2026-03-31" }),
    );
    // An id that is no UUID is bad input, named by its argument.
    const registreer = await subgraph.request(REGISTREER, { koppelingId: "geen-uuid", invoer });
    expect(registreer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "koppelingId" });
    const beeindig = await subgraph.request(BEEINDIG, { koppelingId: "geen-uuid", tot: "2026-03-31" });
    expect(beeindig.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "koppelingId" });
    expect([await tel("koppeling"), await tel("contactregistratie")]).toEqual(voor);
    expect(await subgraph.db.query(`SELECT "tot"::text AS tot FROM koppeling WHERE id = $1`, [geweigerdId])).toEqual([koppelingVoor]);
  });

  it("stores no content: its tables hold only ids, dates, a count and the expert's id", async () => {
    // The access log and the outbox every subgraph has are plumbing; what the outbox carries is checked below.
    const kolommen = (await subgraph.db.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name NOT IN ('medewerker', 'migraties', 'aankondiging_uit', 'aankondiging_in') AND table_name NOT LIKE 'toegangslog%'
        ORDER BY table_name, column_name`,
    )) as Array<{ table_name: string; column_name: string; data_type: string }>;
    const perTabel = (tabel: string): Record<string, string> =>
      Object.fromEntries(kolommen.filter((k) => k.table_name === tabel).map((k) => [k.column_name, k.data_type]));
    expect(new Set(kolommen.map((k) => k.table_name))).toEqual(new Set(["koppeling", "contactregistratie"]));
    const dossier = { id: "uuid", gezinId: "uuid", vastgelegdDoor: "text", vastgelegdOp: "timestamp with time zone" };
    expect(perTabel("koppeling")).toEqual({ ...dossier, ervaringsdeskundigeId: "text", vanaf: "date", tot: "date" });
    expect(perTabel("contactregistratie")).toEqual({
      ...dossier,
      koppelingId: "uuid",
      periodeVan: "date",
      periodeTot: "date",
      aantalContacten: "integer",
    });
    // What the pool announces to the register: the link's ids, dates and expert, and two fixed titles. Never a count or a word of content.
    const inhoud = (await subgraph.db.query(`SELECT inhoud FROM aankondiging_uit ORDER BY volgnummer`)) as Array<{ inhoud: Record<string, any> }>;
    expect(inhoud.length).toBeGreaterThan(0);
    for (const { inhoud: a } of inhoud) {
      expect(Object.keys(a).sort()).toEqual(["betrokkenheid", "gezinId", "record", "tijdlijn"]);
      expect(Object.keys(a.betrokkenheid).sort()).toEqual(["anoniem", "einddatum", "intensiteit", "medewerkerId", "regime", "startdatum"]);
      for (const regel of a.tijdlijn) {
        expect(Object.keys(regel).sort()).toEqual(["categorie", "datum", "soort", "titel"]);
        expect(regel.categorie).toBe("ERVARINGSDESKUNDIGE_CONTACT");
        expect(TITELS).toContain(regel.titel);
      }
    }
  });

  it("has the database refuse a negative count or an inverted period even when the resolvers are bypassed", async () => {
    const [koppeling] = (await subgraph.db.query(`SELECT id, "gezinId" FROM koppeling LIMIT 1`)) as Array<{ id: string; gezinId: string }>;
    await expect(
      subgraph.db.query(
        `INSERT INTO contactregistratie ("gezinId", "koppelingId", "periodeVan", "periodeTot", "aantalContacten") VALUES ($1, $2, '2020-01-01', '2020-01-31', -1)`,
        [koppeling!.gezinId, koppeling!.id],
      ),
    ).rejects.toThrow(/contactregistratie_aantal/);
    await expect(
      subgraph.db.query(`INSERT INTO koppeling ("gezinId", "ervaringsdeskundigeId", vanaf, tot) VALUES ($1, 'ed-kees-maas', '2026-02-01', '2026-01-01')`, [
        randomUUID(),
      ]),
    ).rejects.toThrow(/koppeling_periode/);
    await expect(
      subgraph.db.query(`INSERT INTO koppeling ("gezinId", "ervaringsdeskundigeId", vanaf) VALUES ($1, 'niemand-uit-de-pool', '2026-02-01')`, [randomUUID()]),
    ).rejects.toThrow(/foreign key/);
  });

  describe("access (need to know, owner writes)", () => {
    it("shows a household to the expert named on the pool's involvement, and refuses an unnamed colleague of the pool (no-involvement)", async () => {
      const gezin = eersteGezin((g) => g.fase === "ROOD" && poolBetrokken(g));
      const benoemd = scenario.toegewezen(gezin, DemoOrganisatie.ERVARINGSDESKUNDIGEN);
      const collega = scenario.collega(benoemd);
      expect(collega.id).not.toBe(benoemd.id);
      const representatie = { r: [{ __typename: "Gezin", id: gezin.id }] };

      const eigen = await subgraph.request(GEZIN_QUERY, representatie, ervaringsdeskundige(benoemd.id));
      expect(eigen.errors).toBeUndefined();
      expect(eigen.data!._entities[0].ervaringsdeskundigen.map((k: Koppeling) => k.id)).toEqual([seedKoppelingId(gezin)]);
      expect(eigen.data!._entities[0].ervaringsdeskundigen[0].ervaringsdeskundige.id).toBe(benoemd.id);
      const caseload = `query($id: ID!) { koppelingenVanErvaringsdeskundige(ervaringsdeskundigeId: $id) { id } }`;
      const eigenCaseload = await subgraph.request(caseload, { id: benoemd.id }, ervaringsdeskundige(benoemd.id));
      expect(eigenCaseload.data!.koppelingenVanErvaringsdeskundige.map((k: { id: string }) => k.id)).toContain(seedKoppelingId(gezin));

      const vreemd = await subgraph.request(GEZIN_QUERY, representatie, ervaringsdeskundige(collega.id));
      expect(vreemd.data!._entities).toEqual([null]);
      alleenGeweigerd(vreemd, "no-involvement");
      const vreemdeLijst = await subgraph.request(`query($g: ID!) { koppelingenVanGezin(gezinId: $g) { id } }`, { g: gezin.id }, ervaringsdeskundige(collega.id));
      expect(vreemdeLijst.data!.koppelingenVanGezin).toEqual([]);
      const vreemdeCaseload = await subgraph.request(caseload, { id: benoemd.id }, ervaringsdeskundige(collega.id));
      expect(vreemdeCaseload.data!.koppelingenVanErvaringsdeskundige.map((k: { id: string }) => k.id)).not.toContain(seedKoppelingId(gezin));

      // Writing by the link's id is guarded by the link's household too: the colleague changes nothing, the named expert can.
      const koppelingId = seedKoppelingId(gezin);
      const dezeMaand = { periodeVan: `${scenario.peildatum.slice(0, 7)}-01`, periodeTot: scenario.peildatum, aantalContacten: 2 };
      const voor = await tel("contactregistratie");
      const vreemdRegistreren = await subgraph.request(REGISTREER, { koppelingId, invoer: dezeMaand }, ervaringsdeskundige(collega.id));
      expect(vreemdRegistreren.data?.registreerContacten ?? null).toBeNull();
      alleenGeweigerd(vreemdRegistreren, "no-involvement");
      const vreemdBeeindigen = await subgraph.request(BEEINDIG, { koppelingId, tot: scenario.peildatum }, ervaringsdeskundige(collega.id));
      alleenGeweigerd(vreemdBeeindigen, "no-involvement");
      expect(await tel("contactregistratie")).toBe(voor);
      const [{ tot }] = (await subgraph.db.query(`SELECT "tot" FROM koppeling WHERE id = $1`, [koppelingId])) as Array<{ tot: string | null }>;
      expect(tot).toBeNull();
      const eigenRegistratie = await subgraph.request(REGISTREER, { koppelingId, invoer: dezeMaand }, ervaringsdeskundige(benoemd.id));
      expect(eigenRegistratie.errors).toBeUndefined();
      expect(eigenRegistratie.data!.registreerContacten).toMatchObject({ koppelingId, ...dezeMaand });
      expect(await tel("contactregistratie")).toBe(voor + 1);
    });

    it("lets only the pool record links and counts: another organisation is refused (not-data-owner) and nothing is written", async () => {
      const gezin = eersteGezin((g) => g.fase === "ROOD" && poolBetrokken(g));
      const koppelingId = seedKoppelingId(gezin);
      const voor = [await tel("koppeling"), await tel("contactregistratie")];
      // The local team keeps the dossier and sees this household; the GI executes its measure there. Neither owns the pool's data.
      const anderen: Principal[] = [
        teamleiderLokaalTeam,
        als(DemoOrganisatie.LOKAAL_TEAM, Rol.MEDEWERKER, scenario.toegewezen(gezin, DemoOrganisatie.LOKAAL_TEAM).id),
        als(DemoOrganisatie.GI, Rol.MEDEWERKER, scenario.toegewezen(gezin, DemoOrganisatie.GI).id),
      ];
      for (const principal of anderen) {
        const koppel = await subgraph.request(KOPPEL, { gezinId: gezin.id, invoer: { ervaringsdeskundigeId: scenario.collega(scenario.toegewezen(gezin, DemoOrganisatie.ERVARINGSDESKUNDIGEN)).id, vanaf: "2026-03-01" } }, principal);
        expect(koppel.data?.koppelErvaringsdeskundige ?? null).toBeNull();
        alleenGeweigerd(koppel, "not-data-owner");
        const registreer = await subgraph.request(REGISTREER, { koppelingId, invoer: { periodeVan: scenario.peildatum.slice(0, 8) + "01", periodeTot: scenario.peildatum, aantalContacten: 1 } }, principal);
        alleenGeweigerd(registreer, "not-data-owner");
        const beeindig = await subgraph.request(BEEINDIG, { koppelingId, tot: scenario.peildatum }, principal);
        alleenGeweigerd(beeindig, "not-data-owner");
      }
      expect([await tel("koppeling"), await tel("contactregistratie")]).toEqual(voor);
      const [{ tot }] = (await subgraph.db.query(`SELECT "tot" FROM koppeling WHERE id = $1`, [koppelingId])) as Array<{ tot: string | null }>;
      expect(tot).toBeNull();
    });

    it("gives the local team the contact counts for its dossier, and a partner without consent for them nothing (no-consent)", async () => {
      const gezin = eersteGezin((g) => g.fase === "ROOD" && poolBetrokken(g));
      const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Gezin { id aantalContactenErvaringsdeskundigen } } }`;
      const representatie = { r: [{ __typename: "Gezin", id: gezin.id }] };
      const [{ n }] = (await subgraph.db.query(`SELECT coalesce(sum("aantalContacten"), 0)::int AS n FROM contactregistratie WHERE "gezinId" = $1`, [gezin.id])) as Array<{
        n: number;
      }>;
      // Seed 001: the overview goes to the local team's fixed contact, who adds it to the client file.
      const vasteContactpersoon = als(DemoOrganisatie.LOKAAL_TEAM, Rol.MEDEWERKER, scenario.toegewezen(gezin, DemoOrganisatie.LOKAAL_TEAM).id);
      const lokaalTeam = await subgraph.request(query, representatie, vasteContactpersoon);
      expect(lokaalTeam.errors).toBeUndefined();
      expect(lokaalTeam.data!._entities).toEqual([{ id: gezin.id, aantalContactenErvaringsdeskundigen: n }]);
      // The GI is involved (its measure: in the hub the GI's own outbox announces it, here the local team records it),
      // but the household never consented to share contact counts with it.
      const jeugdbeschermer = als(DemoOrganisatie.GI, Rol.MEDEWERKER, scenario.toegewezen(gezin, DemoOrganisatie.GI).id);
      const maatregel = await subgraph.register.request(
        REGISTREER_BETROKKENHEID,
        { g: gezin.id, i: { organisatie: "GI", regime: "ROOD", intensiteit: "ZWAAR", startdatum: gezin.mijlpalen.maatregelVanaf, medewerkerId: jeugdbeschermer.userId } },
        teamleiderLokaalTeam,
      );
      expect(maatregel.errors).toBeUndefined();
      const gi = await subgraph.request(query, representatie, jeugdbeschermer);
      expect(gi.data!._entities).toEqual([{ id: gezin.id, aantalContactenErvaringsdeskundigen: null }]);
      alleenGeweigerd(gi, "no-consent");
      expect(gi.errors![0]!.extensions!.categorie).toBe("ERVARINGSDESKUNDIGE_CONTACT");
    });
  });

  it("classifies every field of every type it publishes with @gegevens", async () => {
    const { typeDefs } = await buildFederatedSchema(ervaringsdeskundigen);
    const zonder: string[] = [];
    for (const definition of parse(typeDefs).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      if (["Query", "Mutation"].includes(definition.name.value)) continue;
      for (const field of definition.fields ?? []) {
        if (!field.directives?.some((directive) => directive.name.value === "gegevens")) zonder.push(`${definition.name.value}.${field.name.value}`);
      }
    }
    expect(zonder).toEqual([]);
    // Nullable: a field that can be refused resolves to null with FORBIDDEN while the rest of the answer returns.
    expect(typeDefs).toMatch(/aantalContactenErvaringsdeskundigen\([^)]*\): Int @gegevens\(categorie: "ERVARINGSDESKUNDIGE_CONTACT"\)/);
  });
});

/** The two titles a link puts on the timeline; nothing it announces is written by anyone. */
const TITELS = ["Ervaringsdeskundige gekoppeld als brug tussen gezin en professionals", "Koppeling met de ervaringsdeskundige beëindigd"];

/** The highest sequence number in the pool's outbox so far: a test reads what its own mutations announced after it. */
async function laatsteVolgnummer(): Promise<string> {
  const [rij] = (await subgraph.db.query(`SELECT coalesce(max(volgnummer), 0)::text AS n FROM aankondiging_uit`)) as Array<{ n: string }>;
  return rij!.n;
}

/** What the pool's outbox holds after `na`, oldest first: the announcements as the register receives them. */
async function aankondigingenNa(na: string): Promise<Array<Record<string, unknown>>> {
  const rijen = (await subgraph.db.query(`SELECT inhoud FROM aankondiging_uit WHERE volgnummer > $1 ORDER BY volgnummer`, [na])) as Array<{ inhoud: Record<string, unknown> }>;
  return rijen.map((rij) => rij.inhoud);
}

// Each link announces the pool's involvement in lokaal-team's register in the transaction that writes it (the outbox).
describe("ervaringsdeskundigen subgraph: the register follows the work (outbox)", () => {
  it("announces the seeded links through the outbox, one involvement per link, every one taken by the register", async () => {
    const gezinIds = scenario.gezinnen.map((g) => g.id);
    const koppelingen = (await subgraph.db.query(`SELECT id::text AS id FROM koppeling WHERE "gezinId" = ANY($1::uuid[])`, [gezinIds])) as Array<{ id: string }>;
    const betrokkenheden = (await subgraph.register.db.query(
      `SELECT "bronId"::text AS id FROM betrokkenheid WHERE organisatie = 'ERVARINGSDESKUNDIGEN' AND "gezinId" = ANY($1::uuid[]) AND "bronId" IS NOT NULL`,
      [gezinIds],
    )) as Array<{ id: string }>;
    expect(koppelingen.length).toBeGreaterThan(0);
    expect(betrokkenheden.map((b) => b.id).sort()).toEqual(koppelingen.map((k) => k.id).sort());
    const geweigerd = (await subgraph.register.db.query(`SELECT uitkomst FROM aankondiging_in WHERE bron = 'ERVARINGSDESKUNDIGEN' AND uitkomst <> 'verwerkt'`)) as unknown[];
    expect(geweigerd).toEqual([]);
  });

  it("announces a link as the pool's green, light involvement naming the linked expert, and its whole state again when it ends; the expert then sees the household", async () => {
    // The local team involved the pool naming Kees; Petra is linked, and the link itself names her in the register.
    const gezinId = await nieuwGezinMetPool("ed-kees-maas");
    const petra = ervaringsdeskundige("ed-petra-willems");
    await expect(subgraph.request(GEZIN_QUERY, { r: [{ __typename: "Gezin", id: gezinId }] }, petra)).resolves.toMatchObject({ data: { _entities: [null] } });

    const voor = await laatsteVolgnummer();
    const koppel = await subgraph.request(KOPPEL, { gezinId, invoer: { ervaringsdeskundigeId: "ed-petra-willems", vanaf: "2026-02-01" } });
    expect(koppel.errors).toBeUndefined();
    const id = koppel.data!.koppelErvaringsdeskundige.id as string;
    const betrokkenheid = { regime: "GROEN", intensiteit: "LICHT", anoniem: false, startdatum: "2026-02-01", einddatum: null, medewerkerId: "ed-petra-willems" };
    const gestart = { soort: "KOPPELING_GESTART", datum: "2026-02-01", categorie: "ERVARINGSDESKUNDIGE_CONTACT", titel: TITELS[0] };
    expect(await aankondigingenNa(voor)).toEqual([{ gezinId, record: { type: "ErvaringsdeskundigeKoppeling", id }, betrokkenheid, tijdlijn: [gestart] }]);
    // Delivered when the mutation committed: Petra is named on the pool's involvement now.
    const eigen = await subgraph.request(GEZIN_QUERY, { r: [{ __typename: "Gezin", id: gezinId }] }, petra);
    expect(eigen.errors).toBeUndefined();
    expect(eigen.data!._entities[0].ervaringsdeskundigen.map((k: Koppeling) => k.id)).toEqual([id]);

    const einde = await subgraph.request(BEEINDIG, { koppelingId: id, tot: "2026-05-31" });
    expect(einde.errors).toBeUndefined();
    expect(await aankondigingenNa(voor)).toEqual([
      expect.anything(),
      {
        gezinId,
        record: { type: "ErvaringsdeskundigeKoppeling", id },
        betrokkenheid: { ...betrokkenheid, einddatum: "2026-05-31" },
        tijdlijn: [gestart, { soort: "KOPPELING_BEEINDIGD", datum: "2026-05-31", categorie: "ERVARINGSDESKUNDIGE_CONTACT", titel: TITELS[1] }],
      },
    ]);
  });

  it("announces nothing for a refused or invalid link or end", async () => {
    const { gezinId, koppeling } = await nieuweKoppeling("ed-samira-bouzid", "2026-01-15");
    const voor = await laatsteVolgnummer();
    const pogingen: Array<[string, Record<string, unknown>, Principal | undefined]> = [
      // A second running link of the same expert, a coordinator as expert, an end before the start.
      [KOPPEL, { gezinId, invoer: { ervaringsdeskundigeId: "ed-samira-bouzid", vanaf: "2026-03-01" } }, undefined],
      [KOPPEL, { gezinId, invoer: { ervaringsdeskundigeId: "ed-henk-de-lange", vanaf: "2026-03-01" } }, undefined],
      [BEEINDIG, { koppelingId: koppeling.id, tot: "2026-01-14" }, undefined],
      // Not the pool's to write.
      [KOPPEL, { gezinId, invoer: { ervaringsdeskundigeId: "ed-kees-maas", vanaf: "2026-03-01" } }, teamleiderLokaalTeam],
      [BEEINDIG, { koppelingId: koppeling.id, tot: "2026-03-01" }, teamleiderLokaalTeam],
    ];
    for (const [mutatie, variabelen, principal] of pogingen) {
      const response = await subgraph.request(mutatie, variabelen, principal);
      expect(response.errors?.length).toBeGreaterThan(0);
    }
    expect(await aankondigingenNa(voor)).toEqual([]);
  });
});
