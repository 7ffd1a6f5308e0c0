import { randomUUID } from "node:crypto";
import { ervaringsdeskundigen } from "@gezinsbeeld/ervaringsdeskundigen";
import { buildFederatedSchema, demoScenario, type DemoGezin, Organisatie, plusDagen } from "@gezinsbeeld/shared-schema";
import { Kind, parse } from "graphql";
import { startSubgraphForTest, type GraphQLResponse, type SubgraphUnderTest } from "../support/subgraph";

const scenario = demoScenario(12);
let subgraph: SubgraphUnderTest;

beforeAll(async () => {
  subgraph = await startSubgraphForTest(ervaringsdeskundigen, { seed: scenario });
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

const KOPPEL = `mutation($gezinId: ID!, $invoer: KoppelingInvoer!) {
  koppelErvaringsdeskundige(gezinId: $gezinId, invoer: $invoer) { ${KOPPELING_VELDEN} } }`;
const REGISTREER = `mutation($koppelingId: ID!, $invoer: ContactregistratieInvoer!) {
  registreerContacten(koppelingId: $koppelingId, invoer: $invoer) { id koppelingId periodeVan periodeTot aantalContacten } }`;
const BEEINDIG = `mutation($koppelingId: ID!, $tot: Datum!) { beeindigKoppeling(koppelingId: $koppelingId, tot: $tot) { ${KOPPELING_VELDEN} } }`;

async function nieuweKoppeling(ervaringsdeskundigeId = "ed-kees-maas", vanaf = "2026-01-01"): Promise<{ gezinId: string; koppeling: Koppeling }> {
  const gezinId = randomUUID();
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
      id: scenario.toegewezen(gezin, Organisatie.ERVARINGSDESKUNDIGEN).id,
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

  it("ends the link of a household whose measure has ended on the measure's end date, with no counts after it", async () => {
    const gezin = eersteGezin((g) => g.fase === "MAATREGEL_BEEINDIGD" && g.mijlpalen.ervaringsdeskundigeVanaf !== undefined);
    const [resultaat] = await gezinnen([gezin.id]);
    const koppeling = resultaat!.ervaringsdeskundigen[0]!;
    expect(koppeling.tot).toBe(gezin.mijlpalen.maatregelTot);
    expect(koppeling.actief).toBe(false);
    expect(koppeling.status).toBe("BEEINDIGD");
    expect(koppeling.contactregistraties[koppeling.contactregistraties.length - 1]!.periodeTot).toBe(gezin.mijlpalen.maatregelTot);
  });

  it("gives households without an expert-by-experience milestone no link and zero contacts", async () => {
    const zonder = scenario.gezinnen.filter((g) => g.mijlpalen.ervaringsdeskundigeVanaf === undefined).map((g) => g.id);
    expect(zonder.length).toBeGreaterThan(0);
    for (const resultaat of await gezinnen(zonder)) {
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
    const gezin = eersteGezin((g) => g.mijlpalen.ervaringsdeskundigeVanaf !== undefined);
    const response = await subgraph.request(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Gezin { aantalContactenErvaringsdeskundigen(van: "2026-05-01", tot: "2026-04-01") } } }`,
      { r: [{ __typename: "Gezin", id: gezin.id }] },
    );
    expect(foutcode(response)).toBe("BAD_USER_INPUT");
    expect(response.errors![0]!.extensions!.veld).toBe("tot");
  });

  it("costs the same number of SQL statements for one household as for all of them", async () => {
    const ids = scenario.gezinnen.map((g) => g.id);
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
  });

  it("lists the pool's staff, of whom only the experts by experience can be linked", async () => {
    const response = await subgraph.request(`{ medewerkersErvaringsdeskundigen { id naam organisatie rol functie } }`);
    expect(response.errors).toBeUndefined();
    const staf = response.data!.medewerkersErvaringsdeskundigen as Array<{ id: string; organisatie: string; functie: string }>;
    expect(staf.map((m) => m.id).sort()).toEqual(
      scenario.medewerkers.filter((m) => m.organisatie === Organisatie.ERVARINGSDESKUNDIGEN).map((m) => m.id).sort(),
    );
    expect(staf.filter((m) => m.functie === "ervaringsdeskundige")).toHaveLength(3);
  });

  it("lists an expert's caseload, filtered by status", async () => {
    const beeindigdGezin = eersteGezin((g) => g.fase === "MAATREGEL_BEEINDIGD" && g.mijlpalen.ervaringsdeskundigeVanaf !== undefined);
    const ervaringsdeskundigeId = scenario.toegewezen(beeindigdGezin, Organisatie.ERVARINGSDESKUNDIGEN).id;
    const response = await subgraph.request(
      `query($id: ID!) {
        alle: koppelingenVanErvaringsdeskundige(ervaringsdeskundigeId: $id) { id status ervaringsdeskundige { id } }
        beeindigd: koppelingenVanErvaringsdeskundige(ervaringsdeskundigeId: $id, status: BEEINDIGD) { id status } }`,
      { id: ervaringsdeskundigeId },
    );
    expect(response.errors).toBeUndefined();
    const alle = response.data!.alle as Array<{ status: string; ervaringsdeskundige: { id: string } }>;
    const beeindigd = response.data!.beeindigd as Array<{ status: string }>;
    expect(alle.length).toBeGreaterThan(beeindigd.length);
    expect(alle.every((k) => k.ervaringsdeskundige.id === ervaringsdeskundigeId)).toBe(true);
    expect(beeindigd.length).toBeGreaterThan(0);
    expect(beeindigd.every((k) => k.status === "BEEINDIGD")).toBe(true);
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
    for (const ervaringsdeskundigeId of ["ed-henk-de-lange", "lt-fatima-bakker", "niemand"]) {
      const response = await subgraph.request(KOPPEL, { gezinId: randomUUID(), invoer: { ervaringsdeskundigeId, vanaf: "2026-03-01" } });
      expect(foutcode(response)).toBe("BAD_USER_INPUT");
      expect(response.errors![0]!.extensions!.veld).toBe("ervaringsdeskundigeId");
    }
    expect(await tel("koppeling")).toBe(voor);
  });

  it("refuses a link that ends before it starts, an impossible date and a malformed household id, and writes nothing", async () => {
    const voor = await tel("koppeling");
    const eindeVoorStart = await subgraph.request(KOPPEL, {
      gezinId: randomUUID(),
      invoer: { ervaringsdeskundigeId: "ed-kees-maas", vanaf: "2026-03-01", tot: "2026-02-28" },
    });
    expect(foutcode(eindeVoorStart)).toBe("BAD_USER_INPUT");
    expect(eindeVoorStart.errors![0]!.extensions!.veld).toBe("tot");
    const onmogelijk = await subgraph.request(KOPPEL, { gezinId: randomUUID(), invoer: { ervaringsdeskundigeId: "ed-kees-maas", vanaf: "2024-02-30" } });
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

  it("answers NOT_FOUND for an unknown link, and writes nothing", async () => {
    const voor = [await tel("koppeling"), await tel("contactregistratie")];
    for (const koppelingId of [randomUUID(), "geen-uuid"]) {
      const registreer = await subgraph.request(REGISTREER, {
        koppelingId,
        invoer: { periodeVan: "2026-03-01", periodeTot: "2026-03-31", aantalContacten: 1 },
      });
      expect(foutcode(registreer)).toBe("NOT_FOUND");
      const beeindig = await subgraph.request(BEEINDIG, { koppelingId, tot: "2026-03-31" });
      expect(foutcode(beeindig)).toBe("NOT_FOUND");
    }
    expect([await tel("koppeling"), await tel("contactregistratie")]).toEqual(voor);
  });

  it("stores no content: its tables hold only ids, dates, a count and the expert's id", async () => {
    const kolommen = (await subgraph.db.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name NOT IN ('medewerker', 'migraties') ORDER BY table_name, column_name`,
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
    expect(typeDefs).toMatch(/aantalContactenErvaringsdeskundigen\([^)]*\): Int! @gegevens\(categorie: "ERVARINGSDESKUNDIGE_CONTACT"\)/);
  });
});
