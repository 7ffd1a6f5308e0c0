import { randomUUID } from "node:crypto";
import { gi } from "@gezinsbeeld/gi";
import { buildFederatedSchema, type DemoGezin, type DemoPersoon, demoScenario, Organisatie, plusDagen, vandaag } from "@gezinsbeeld/shared-schema";
import { Kind, parse } from "graphql";
import { startSubgraphForTest, type SubgraphUnderTest } from "../support/subgraph";

// 25 households: every phase, including red households whose OTS was already extended
// and households with a measure but without children.
const scenario = demoScenario(25);
let subgraph: SubgraphUnderTest;

beforeAll(async () => {
  subgraph = await startSubgraphForTest(gi, { seed: scenario });
});

afterAll(async () => {
  await subgraph?.close();
});

const GEZIN_VELDEN = `
  id
  giInzet { id product startdatum einddatum anoniem regieBij actief medewerker { id } }
  maatregelen { id soort startdatum einddatum status beschikkingsnummer beeindigingsreden kind { id }
    verlengingen { datum vorigeEinddatum nieuweEinddatum beschikkingsnummer } }
  jeugdreclassering { id kader startdatum einddatum actief jongere { id } jeugdreclasseerder { id } }
  jeugdbeschermer { id naam organisatie }
  jeugdbeschermerhistorie { medewerker { id } vanaf tot }
  veranderplan { versie vastgesteldOp doelen toelichting }
  borgingsplan { vastgesteldOp afspraken }
`;

interface Maatregel {
  id: string;
  soort: string;
  startdatum: string;
  einddatum: string | null;
  status: string;
  beschikkingsnummer: string;
  beeindigingsreden: string | null;
  kind: { id: string };
  verlengingen: Array<{ datum: string; vorigeEinddatum: string; nieuweEinddatum: string; beschikkingsnummer: string }>;
}

interface GiGezin {
  id: string;
  giInzet: Array<{ id: string; product: string; startdatum: string; einddatum: string | null; anoniem: boolean; regieBij: string; actief: boolean; medewerker: { id: string } }>;
  maatregelen: Maatregel[];
  jeugdreclassering: Array<{ id: string; kader: string; startdatum: string; einddatum: string | null; actief: boolean; jongere: { id: string }; jeugdreclasseerder: { id: string } }>;
  jeugdbeschermer: { id: string; naam: string; organisatie: string } | null;
  jeugdbeschermerhistorie: Array<{ medewerker: { id: string }; vanaf: string; tot: string | null }>;
  veranderplan: { versie: number; vastgesteldOp: string; doelen: string[]; toelichting: string | null } | null;
  borgingsplan: { vastgesteldOp: string; afspraken: string[] } | null;
}

async function gezinnen(ids: string[]): Promise<GiGezin[]> {
  const response = await subgraph.request<{ _entities: GiGezin[] }>(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Gezin { ${GEZIN_VELDEN} } } }`,
    { r: ids.map((id) => ({ __typename: "Gezin", id })) },
  );
  expect(response.errors).toBeUndefined();
  return response.data!._entities;
}

async function gezin(id: string): Promise<GiGezin> {
  const [result] = await gezinnen([id]);
  return result!;
}

async function aantal(tabel: string): Promise<number> {
  const [row] = (await subgraph.db.query(`SELECT count(*)::int AS n FROM "${tabel}"`)) as Array<{ n: number }>;
  return row!.n;
}

const kinderen = (g: DemoGezin) => g.leden.filter((lid) => lid.gezinsrol === "KIND");
const inFase = (fase: DemoGezin["fase"]) => scenario.gezinnen.filter((g) => g.fase === fase);
/** The last day before the 18th birthday: an OTS ends by law when the child comes of age. 18 years after 29 February is never a leap year. */
const minderjarigTot = (kind: DemoPersoon) => {
  const [jaar, maand, dag] = kind.geboortedatum.split("-").map(Number) as [number, number, number];
  return plusDagen(new Date(Date.UTC(jaar + 18, maand - 1, Math.min(dag, maand === 2 ? 28 : dag))).toISOString().slice(0, 10), -1);
};
const vroegste = (a: string, b: string) => (a < b ? a : b);
const verwachteStatus = (einddatum: string | null) => (einddatum !== null && einddatum < vandaag() ? "BEEINDIGD" : "LOPEND");

const REGISTREER_MAATREGEL = `mutation($gezinId: ID!, $invoer: MaatregelInvoer!) {
  registreerMaatregel(gezinId: $gezinId, invoer: $invoer) { id soort startdatum einddatum status kind { id } }
}`;
const VERLENG = `mutation($id: ID!, $invoer: MaatregelVerlengingInvoer!) {
  verlengMaatregel(maatregelId: $id, invoer: $invoer) { id einddatum verlengingen { datum vorigeEinddatum nieuweEinddatum } }
}`;
const BEEINDIG_MAATREGEL = `mutation($id: ID!, $einddatum: Datum!, $reden: String!) {
  beeindigMaatregel(maatregelId: $id, einddatum: $einddatum, reden: $reden) { id einddatum status beeindigingsreden }
}`;
const REGISTREER_INZET = `mutation($gezinId: ID!, $invoer: GiInzetInvoer!) {
  registreerInzet(gezinId: $gezinId, invoer: $invoer) { id product anoniem regieBij einddatum medewerker { id } }
}`;

async function ots(gezinId: string, persoonId: string, startdatum: string, einddatum: string): Promise<string> {
  const response = await subgraph.request(REGISTREER_MAATREGEL, {
    gezinId,
    invoer: { persoonId, soort: "ONDERTOEZICHTSTELLING", startdatum, einddatum, beschikkingsnummer: "C/16/555555 / JE RK 25-1111" },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.registreerMaatregel.id;
}

describe("gi subgraph: schema", () => {
  it("publishes a data category on every field of every object type", async () => {
    const { typeDefs } = await buildFederatedSchema(gi);
    const ongeclassificeerd: string[] = [];
    const categorieen = new Map<string, string>();
    for (const definition of parse(typeDefs).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      if (definition.name.value === "Query" || definition.name.value === "Mutation") continue;
      for (const field of definition.fields ?? []) {
        const gegevens = field.directives?.find((directive) => directive.name.value === "gegevens");
        if (!gegevens) ongeclassificeerd.push(`${definition.name.value}.${field.name.value}`);
        const argument = gegevens?.arguments?.[0]?.value;
        if (argument?.kind === Kind.STRING) categorieen.set(`${definition.name.value}.${field.name.value}`, argument.value);
      }
    }
    expect(ongeclassificeerd).toEqual([]);
    expect(categorieen.get("Maatregel.soort")).toBe("JUSTITIEEL");
    expect(categorieen.get("Gezin.maatregelen")).toBe("JUSTITIEEL");
    expect(categorieen.get("Jeugdreclassering.kader")).toBe("JUSTITIEEL");
    expect(categorieen.get("GiInzet.product")).toBe("HULPVERLENING");
    expect(categorieen.get("Veranderplan.doelen")).toBe("HULPVERLENING");
    expect(categorieen.get("Maatregel.einddatum")).toBe("GEEN");
  });
});

describe("gi subgraph: the seeded story follows each household's milestones", () => {
  it("gives every child of a red household an OTS from the measure's start, with the assigned jeugdbeschermer and a veranderplan", async () => {
    const rood = inFase("ROOD").filter((g) => kinderen(g).length > 0);
    expect(rood.length).toBeGreaterThan(1);
    const resultaten = await gezinnen(rood.map((g) => g.id));
    let verlengd = 0;
    rood.forEach((demo, i) => {
      const result = resultaten[i]!;
      const { maatregelVanaf, maatregelTot } = demo.mijlpalen;
      expect(result.maatregelen.map((m) => m.kind.id).sort()).toEqual(kinderen(demo).map((k) => k.id).sort());
      for (const maatregel of result.maatregelen) {
        const kind = kinderen(demo).find((k) => k.id === maatregel.kind.id)!;
        expect(maatregel.soort).toBe("ONDERTOEZICHTSTELLING");
        expect(maatregel.startdatum).toBe(maatregelVanaf);
        expect(maatregel.beeindigingsreden).toBeNull();
        expect(maatregel.status).toBe(verwachteStatus(maatregel.einddatum));
        if (maatregel.verlengingen.length === 0) {
          expect(maatregel.einddatum).toBe(vroegste(maatregelTot!, minderjarigTot(kind)));
        } else {
          verlengd++;
          expect(maatregel.verlengingen).toHaveLength(1);
          expect(maatregel.verlengingen[0]!.vorigeEinddatum).toBe(maatregelTot);
          expect(maatregel.einddatum).toBe(maatregel.verlengingen[0]!.nieuweEinddatum);
          expect(maatregel.einddatum! <= minderjarigTot(kind)).toBe(true);
          expect(maatregel.verlengingen[0]!.datum <= scenario.peildatum).toBe(true);
        }
      }
      expect(result.jeugdbeschermer?.id).toBe(scenario.toegewezen(demo, Organisatie.GI).id);
      expect(result.jeugdbeschermerhistorie).toEqual([{ medewerker: { id: result.jeugdbeschermer!.id }, vanaf: maatregelVanaf, tot: null }]);
      expect(result.veranderplan!.vastgesteldOp >= maatregelVanaf!).toBe(true);
      expect(result.veranderplan!.doelen.length).toBeGreaterThan(0);
      expect(result.borgingsplan).toBeNull();
    });
    expect(verlengd).toBeGreaterThan(0);
  });

  it("ends the measures of households past their measure on the milestone date, with a borgingsplan and no current jeugdbeschermer", async () => {
    const beeindigd = inFase("MAATREGEL_BEEINDIGD").filter((g) => kinderen(g).length > 0);
    expect(beeindigd.length).toBeGreaterThan(1);
    const resultaten = await gezinnen(beeindigd.map((g) => g.id));
    beeindigd.forEach((demo, i) => {
      const result = resultaten[i]!;
      const { maatregelVanaf, maatregelTot } = demo.mijlpalen;
      expect(result.maatregelen).toHaveLength(kinderen(demo).length);
      for (const maatregel of result.maatregelen) {
        expect(maatregel).toMatchObject({ soort: "ONDERTOEZICHTSTELLING", startdatum: maatregelVanaf, einddatum: maatregelTot, status: "BEEINDIGD", verlengingen: [] });
        expect(maatregel.beeindigingsreden).toEqual(expect.any(String));
      }
      expect(result.jeugdbeschermer).toBeNull();
      expect(result.jeugdbeschermerhistorie).toEqual([
        { medewerker: { id: scenario.toegewezen(demo, Organisatie.GI).id }, vanaf: maatregelVanaf, tot: maatregelTot },
      ]);
      expect(result.borgingsplan!.vastgesteldOp > maatregelVanaf! && result.borgingsplan!.vastgesteldOp <= maatregelTot!).toBe(true);
      expect(result.borgingsplan!.afspraken.length).toBeGreaterThanOrEqual(3);
    });
  });

  it("never gives a household without children a measure, a jeugdbeschermer or a veranderplan", async () => {
    const zonderKinderen = scenario.gezinnen.filter((g) => kinderen(g).length === 0);
    expect(zonderKinderen.length).toBeGreaterThan(0);
    for (const result of await gezinnen(zonderKinderen.map((g) => g.id))) {
      expect(result).toMatchObject({ maatregelen: [], jeugdbeschermer: null, jeugdbeschermerhistorie: [], veranderplan: null, borgingsplan: null });
    }
  });

  it("records anonymous advice where the GI advised and acting together (2a) in odd households from that milestone", async () => {
    const resultaten = await gezinnen(scenario.gezinnen.map((g) => g.id));
    scenario.gezinnen.forEach((demo, i) => {
      const inzet = resultaten[i]!.giInzet;
      const advies = inzet.filter((x) => x.product === "PRODUCT_1");
      const samen = inzet.filter((x) => x.product === "PRODUCT_2A");
      if (demo.mijlpalen.adviesDoor === Organisatie.GI) {
        expect(advies).toHaveLength(1);
        expect(advies[0]).toMatchObject({ startdatum: demo.mijlpalen.adviesOp, anoniem: true, regieBij: "LOKAAL_TEAM" });
      } else {
        expect(advies).toEqual([]);
      }
      if (demo.mijlpalen.samenOptrekkenVanaf && demo.nummer % 2 === 1) {
        expect(samen).toHaveLength(1);
        expect(samen[0]).toMatchObject({
          startdatum: demo.mijlpalen.samenOptrekkenVanaf,
          einddatum: demo.mijlpalen.maatregelVanaf ?? null,
          anoniem: false,
          regieBij: "LOKAAL_TEAM",
        });
      } else {
        expect(samen).toEqual([]);
      }
      expect(inzet.filter((x) => x.product === "PRODUCT_2B")).toEqual([]);
      // Rule 5: who advised in the voluntary phase does not execute the measure.
      const jeugdbeschermer = resultaten[i]!.jeugdbeschermerhistorie[0]?.medewerker.id;
      if (jeugdbeschermer) for (const x of inzet) expect(x.medewerker.id).not.toBe(jeugdbeschermer);
    });
  });

  it("shows a child's measures on the Persoon entity, pointing back at that child", async () => {
    const demo = inFase("ROOD").find((g) => kinderen(g).length > 0)!;
    const kind = kinderen(demo)[0]!;
    const response = await subgraph.request<{ _entities: Array<{ id: string; maatregelen: Array<{ soort: string; kind: { id: string } }> }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Persoon { id maatregelen { soort kind { id } } } } }`,
      { r: [{ __typename: "Persoon", id: kind.id }] },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities[0]!.maatregelen).toEqual([{ soort: "ONDERTOEZICHTSTELLING", kind: { id: kind.id } }]);
  });

  it("lists the GI's own staff, and only them", async () => {
    const response = await subgraph.request<{ medewerkersGi: Array<{ id: string; organisatie: string }> }>(`{ medewerkersGi { id organisatie } }`);
    expect(response.errors).toBeUndefined();
    const verwacht = scenario.medewerkers.filter((m) => m.organisatie === Organisatie.GI).map((m) => m.id).sort();
    expect(response.data!.medewerkersGi.map((m) => m.id).sort()).toEqual(verwacht);
  });
});

describe("gi subgraph: measures", () => {
  it("registers an OTS of at most a year, extends it keeping the history, and ends it early", async () => {
    const gezinId = randomUUID();
    const kindId = randomUUID();
    const id = await ots(gezinId, kindId, "2025-01-10", "2026-01-10");

    const verlengd = await subgraph.request(VERLENG, {
      id,
      invoer: { datum: "2025-12-15", nieuweEinddatum: "2027-01-10", beschikkingsnummer: "C/16/555555 / JE RK 25-2222" },
    });
    expect(verlengd.errors).toBeUndefined();

    const beeindigd = await subgraph.request(BEEINDIG_MAATREGEL, { id, einddatum: "2026-03-01", reden: "Doelen behaald; opgeheven door de kinderrechter." });
    expect(beeindigd.errors).toBeUndefined();

    const [maatregel] = (await gezin(gezinId)).maatregelen;
    expect(maatregel).toMatchObject({
      id,
      soort: "ONDERTOEZICHTSTELLING",
      kind: { id: kindId },
      startdatum: "2025-01-10",
      einddatum: "2026-03-01",
      status: "BEEINDIGD",
      beeindigingsreden: "Doelen behaald; opgeheven door de kinderrechter.",
      verlengingen: [{ datum: "2025-12-15", vorigeEinddatum: "2026-01-10", nieuweEinddatum: "2027-01-10", beschikkingsnummer: "C/16/555555 / JE RK 25-2222" }],
    });
  });

  it("allows a placement order only within an OTS of the same child, and lets it lapse when the OTS ends early", async () => {
    const gezinId = randomUUID();
    const kindId = randomUUID();
    const machtiging = {
      persoonId: kindId,
      soort: "MACHTIGING_UITHUISPLAATSING",
      startdatum: "2025-03-01",
      einddatum: "2025-12-01",
      beschikkingsnummer: "C/16/555556 / JE RK 25-3333",
    };
    const zonderOts = await subgraph.request(REGISTREER_MAATREGEL, { gezinId, invoer: machtiging });
    expect(zonderOts.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "einddatum" });
    expect(zonderOts.errors?.[0]?.message).toMatch(/binnen een ondertoezichtstelling/);

    const otsId = await ots(gezinId, kindId, "2025-02-01", "2026-02-01");
    const binnenOts = await subgraph.request(REGISTREER_MAATREGEL, { gezinId, invoer: machtiging });
    expect(binnenOts.errors).toBeUndefined();

    const einde = await subgraph.request(BEEINDIG_MAATREGEL, { id: otsId, einddatum: "2025-09-30", reden: "Voortijdig opgeheven." });
    expect(einde.errors).toBeUndefined();
    const maatregelen = (await gezin(gezinId)).maatregelen;
    expect(maatregelen.find((m) => m.soort === "MACHTIGING_UITHUISPLAATSING")).toMatchObject({
      einddatum: "2025-09-30",
      beeindigingsreden: "Vervallen met het einde van de ondertoezichtstelling.",
    });
  });

  it("refuses an OTS without end date, longer than a year, or ending before it starts, and writes nothing", async () => {
    const voor = await aantal("maatregel");
    const basis = { persoonId: randomUUID(), soort: "ONDERTOEZICHTSTELLING", startdatum: "2025-04-01", beschikkingsnummer: "C/16/1 / JE RK 25-1" };
    const gevallen: Array<[Record<string, unknown>, RegExp]> = [
      [{ ...basis }, /heeft een einddatum/],
      [{ ...basis, einddatum: "2026-04-02" }, /ten hoogste een jaar: vanaf 2025-04-01 uiterlijk tot 2026-04-01/],
      [{ ...basis, einddatum: "2025-03-31" }, /einddatum \(2025-03-31\) ligt vóór de startdatum \(2025-04-01\)/],
    ];
    for (const [invoer, melding] of gevallen) {
      const response = await subgraph.request(REGISTREER_MAATREGEL, { gezinId: randomUUID(), invoer });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "einddatum" });
      expect(response.errors?.[0]?.message).toMatch(melding);
    }
    expect(await aantal("maatregel")).toBe(voor);
  });

  it("refuses a second OTS for a child whose OTS still runs", async () => {
    const gezinId = randomUUID();
    const kindId = randomUUID();
    await ots(gezinId, kindId, "2025-01-01", "2025-12-31");
    const voor = await aantal("maatregel");
    const response = await subgraph.request(REGISTREER_MAATREGEL, {
      gezinId,
      invoer: { persoonId: kindId, soort: "ONDERTOEZICHTSTELLING", startdatum: "2025-06-01", einddatum: "2026-05-31", beschikkingsnummer: "x" },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toMatch(/loopt al een ondertoezichtstelling/);
    expect(await aantal("maatregel")).toBe(voor);
  });

  it("refuses an extension that does not move the end date later, or by more than a year, and leaves the measure as it was", async () => {
    const gezinId = randomUUID();
    const id = await ots(gezinId, randomUUID(), "2025-01-10", "2026-01-10");
    const verlengingenVoor = await aantal("maatregel_verlenging");
    const gevallen: Array<[Record<string, string>, string, RegExp]> = [
      [{ datum: "2025-12-01", nieuweEinddatum: "2026-01-10" }, "nieuweEinddatum", /moet na de huidige einddatum \(2026-01-10\) liggen/],
      [{ datum: "2025-12-01", nieuweEinddatum: "2027-01-11" }, "nieuweEinddatum", /ten hoogste een jaar: uiterlijk tot 2027-01-10/],
      [{ datum: "2026-02-01", nieuweEinddatum: "2026-12-01" }, "datum", /liep af op 2026-01-10/],
    ];
    for (const [invoer, veld, melding] of gevallen) {
      const response = await subgraph.request(VERLENG, { id, invoer: { ...invoer, beschikkingsnummer: "C/16/2 / JE RK 25-2" } });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld });
      expect(response.errors?.[0]?.message).toMatch(melding);
    }
    expect(await aantal("maatregel_verlenging")).toBe(verlengingenVoor);
    expect((await gezin(gezinId)).maatregelen[0]).toMatchObject({ einddatum: "2026-01-10", verlengingen: [] });
  });

  it("refuses ending a measure before its start or after its current end", async () => {
    const gezinId = randomUUID();
    const id = await ots(gezinId, randomUUID(), "2025-01-10", "2026-01-10");
    const tevroeg = await subgraph.request(BEEINDIG_MAATREGEL, { id, einddatum: "2025-01-09", reden: "x" });
    expect(tevroeg.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "einddatum" });
    const telaat = await subgraph.request(BEEINDIG_MAATREGEL, { id, einddatum: "2026-02-01", reden: "x" });
    expect(telaat.errors?.[0]?.message).toMatch(/vraagt een verlenging/);
    expect((await gezin(gezinId)).maatregelen[0]).toMatchObject({ einddatum: "2026-01-10", beeindigingsreden: null });
  });

  it("answers NOT_FOUND for an unknown or malformed measure id", async () => {
    const invoer = { datum: "2025-12-01", nieuweEinddatum: "2026-06-01", beschikkingsnummer: "x" };
    for (const id of [randomUUID(), "geen-uuid"]) {
      const response = await subgraph.request(VERLENG, { id, invoer });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", soort: "Maatregel", id });
    }
    const einde = await subgraph.request(BEEINDIG_MAATREGEL, { id: randomUUID(), einddatum: "2025-01-01", reden: "x" });
    expect(einde.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("refuses an impossible date before anything is written", async () => {
    const voor = await aantal("maatregel");
    const response = await subgraph.request(REGISTREER_MAATREGEL, {
      gezinId: randomUUID(),
      invoer: { persoonId: randomUUID(), soort: "ONDERTOEZICHTSTELLING", startdatum: "2024-02-30", einddatum: "2024-12-01", beschikkingsnummer: "x" },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toMatch(/2024-02-30/);
    expect(await aantal("maatregel")).toBe(voor);
  });

  it("lets the database itself refuse a measure that ends before it starts, or an OTS without end", async () => {
    await expect(
      subgraph.db.query(
        `INSERT INTO maatregel ("gezinId", "persoonId", soort, startdatum, einddatum, beschikkingsnummer) VALUES ($1, $2, 'VOOGDIJ', '2025-02-01', '2025-01-01', 'x')`,
        [randomUUID(), randomUUID()],
      ),
    ).rejects.toThrow(/maatregel_periode/);
    await expect(
      subgraph.db.query(
        `INSERT INTO maatregel ("gezinId", "persoonId", soort, startdatum, beschikkingsnummer) VALUES ($1, $2, 'ONDERTOEZICHTSTELLING', '2025-02-01', 'x')`,
        [randomUUID(), randomUUID()],
      ),
    ).rejects.toThrow(/maatregel_einddatum_verplicht/);
    await expect(
      subgraph.db.query(
        `INSERT INTO gi_inzet ("gezinId", product, startdatum, anoniem, "medewerkerId") VALUES ($1, 'PRODUCT_2A', '2025-02-01', true, 'gi-tom-hoekstra')`,
        [randomUUID()],
      ),
    ).rejects.toThrow(/gi_inzet_anoniem_alleen_advies/);
  });
});

describe("gi subgraph: involvement, jeugdbeschermer, youth probation and plans", () => {
  it("registers a 2b involvement with regie at the GI and ends it", async () => {
    const gezinId = randomUUID();
    const registratie = await subgraph.request(REGISTREER_INZET, {
      gezinId,
      invoer: { product: "PRODUCT_2B", startdatum: "2025-05-01", medewerkerId: "gi-tom-hoekstra", toelichting: "Overbrugging tijdens het raadsonderzoek." },
    });
    expect(registratie.errors).toBeUndefined();
    expect(registratie.data!.registreerInzet).toMatchObject({ product: "PRODUCT_2B", anoniem: false, regieBij: "GI", medewerker: { id: "gi-tom-hoekstra" } });

    const einde = await subgraph.request(`mutation($id: ID!) { beeindigInzet(inzetId: $id, einddatum: "2025-08-01") { einddatum actief } }`, {
      id: registratie.data!.registreerInzet.id,
    });
    expect(einde.errors).toBeUndefined();
    expect((await gezin(gezinId)).giInzet).toEqual([
      expect.objectContaining({ product: "PRODUCT_2B", startdatum: "2025-05-01", einddatum: "2025-08-01", actief: false }),
    ]);
  });

  it("refuses anonymity outside advice, an unknown product, a non-GI professional and an end before the start, writing nothing", async () => {
    const voor = await aantal("gi_inzet");
    const basis = { product: "PRODUCT_2A", startdatum: "2025-05-01", medewerkerId: "gi-tom-hoekstra" };

    const anoniem = await subgraph.request(REGISTREER_INZET, { gezinId: randomUUID(), invoer: { ...basis, anoniem: true } });
    expect(anoniem.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "anoniem" });

    const onbekend = await subgraph.request(REGISTREER_INZET, { gezinId: randomUUID(), invoer: { ...basis, product: "PRODUCT_3" } });
    expect(onbekend.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const letterlijk = await subgraph.request(
      `mutation { registreerInzet(gezinId: "${randomUUID()}", invoer: { product: PRODUCT_3, startdatum: "2025-05-01", medewerkerId: "gi-tom-hoekstra" }) { id } }`,
    );
    expect(letterlijk.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");

    const vreemd = await subgraph.request(REGISTREER_INZET, { gezinId: randomUUID(), invoer: { ...basis, medewerkerId: "lt-fatima-bakker" } });
    expect(vreemd.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "medewerkerId" });

    const omgekeerd = await subgraph.request(REGISTREER_INZET, { gezinId: randomUUID(), invoer: { ...basis, einddatum: "2025-04-30" } });
    expect(omgekeerd.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "einddatum" });

    const geenGezin = await subgraph.request(REGISTREER_INZET, { gezinId: "gezin-7", invoer: basis });
    expect(geenGezin.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "gezinId" });

    expect(await aantal("gi_inzet")).toBe(voor);
    const onbekendeInzet = await subgraph.request(`mutation($id: ID!) { beeindigInzet(inzetId: $id, einddatum: "2025-08-01") { id } }`, { id: randomUUID() });
    expect(onbekendeInzet.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", soort: "Inzet" });
  });

  it("assigns a jeugdbeschermer and closes the previous assignment on the same day", async () => {
    const gezinId = randomUUID();
    const wijsToe = (medewerkerId: string, vanaf: string) =>
      subgraph.request(`mutation($g: ID!, $m: ID!, $v: Datum!) { wijsJeugdbeschermerToe(gezinId: $g, medewerkerId: $m, vanaf: $v) { vanaf tot } }`, {
        g: gezinId,
        m: medewerkerId,
        v: vanaf,
      });
    expect((await wijsToe("gi-mariam-el-idrissi", "2025-01-01")).errors).toBeUndefined();
    expect((await wijsToe("gi-tom-hoekstra", "2025-06-01")).errors).toBeUndefined();

    const nogmaals = await wijsToe("gi-tom-hoekstra", "2025-07-01");
    expect(nogmaals.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "medewerkerId" });
    const vreemd = await wijsToe("rvdk-hans-vermeulen", "2025-07-01");
    expect(vreemd.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "medewerkerId" });
    const terug = await wijsToe("gi-mariam-el-idrissi", "2025-05-01");
    expect(terug.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "vanaf" });

    const result = await gezin(gezinId);
    expect(result.jeugdbeschermer).toEqual({ id: "gi-tom-hoekstra", naam: "Tom Hoekstra", organisatie: "GI" });
    expect(result.jeugdbeschermerhistorie).toEqual([
      { medewerker: { id: "gi-mariam-el-idrissi" }, vanaf: "2025-01-01", tot: "2025-06-01" },
      { medewerker: { id: "gi-tom-hoekstra" }, vanaf: "2025-06-01", tot: null },
    ]);
  });

  it("registers youth probation for a young person, shows it on the Persoon, and ends it", async () => {
    const gezinId = randomUUID();
    const jongereId = randomUUID();
    const registratie = await subgraph.request(
      `mutation($g: ID!, $i: JeugdreclasseringInvoer!) { registreerJeugdreclassering(gezinId: $g, invoer: $i) { id kader actief jeugdreclasseerder { id } } }`,
      { g: gezinId, i: { persoonId: jongereId, kader: "HARDE_KERN", startdatum: "2025-03-01", jeugdreclasseerderId: "gi-wendy-claassen" } },
    );
    expect(registratie.errors).toBeUndefined();
    const id = registratie.data!.registreerJeugdreclassering.id;
    const beeindig = (einddatum: string) =>
      subgraph.request(`mutation($id: ID!, $e: Datum!) { beeindigJeugdreclassering(jeugdreclasseringId: $id, einddatum: $e) { einddatum } }`, { id, e: einddatum });

    const tevroeg = await beeindig("2025-02-28");
    expect(tevroeg.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "einddatum" });
    expect((await beeindig("2025-11-30")).errors).toBeUndefined();

    const persoon = await subgraph.request<{ _entities: Array<{ jeugdreclassering: unknown[] }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Persoon { jeugdreclassering { kader startdatum einddatum actief jongere { id } jeugdreclasseerder { id } } } } }`,
      { r: [{ __typename: "Persoon", id: jongereId }] },
    );
    expect(persoon.errors).toBeUndefined();
    expect(persoon.data!._entities[0]!.jeugdreclassering).toEqual([
      { kader: "HARDE_KERN", startdatum: "2025-03-01", einddatum: "2025-11-30", actief: false, jongere: { id: jongereId }, jeugdreclasseerder: { id: "gi-wendy-claassen" } },
    ]);
    expect((await gezin(gezinId)).jeugdreclassering).toHaveLength(1);
  });

  it("sets veranderplan versions during a measure and a borgingsplan at its end, and refuses them without a measure", async () => {
    const gezinId = randomUUID();
    const veranderplan = (g: string, vastgesteldOp: string, doelen: string[]) =>
      subgraph.request(`mutation($g: ID!, $i: VeranderplanInvoer!) { stelVeranderplanVast(gezinId: $g, invoer: $i) { versie } }`, {
        g,
        i: { vastgesteldOp, doelen },
      });
    const borgingsplan = (g: string, vastgesteldOp: string, afspraken: string[]) =>
      subgraph.request(`mutation($g: ID!, $i: BorgingsplanInvoer!) { stelBorgingsplanVast(gezinId: $g, invoer: $i) { vastgesteldOp } }`, {
        g,
        i: { vastgesteldOp, afspraken },
      });

    const planVoor = await aantal("veranderplan");
    const zonderMaatregel = await veranderplan(gezinId, "2025-03-01", ["Ouders lossen conflicten op zonder geweld."]);
    expect(zonderMaatregel.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "vastgesteldOp" });
    const zonderBorging = await borgingsplan(gezinId, "2025-03-01", ["Oma belt twee keer per week."]);
    expect(zonderBorging.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "vastgesteldOp" });
    expect(await aantal("veranderplan")).toBe(planVoor);

    await ots(gezinId, randomUUID(), "2025-01-10", "2026-01-10");
    expect((await veranderplan(gezinId, "2025-02-20", ["Ouders lossen conflicten op zonder geweld."])).data?.stelVeranderplanVast.versie).toBe(1);
    expect((await veranderplan(gezinId, "2025-07-01", ["De kinderen gaan elke dag naar school."])).data?.stelVeranderplanVast.versie).toBe(2);
    const leeg = await veranderplan(gezinId, "2025-08-01", []);
    expect(leeg.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "doelen" });
    const eerder = await veranderplan(gezinId, "2025-06-01", ["Een doel."]);
    expect(eerder.errors?.[0]?.message).toMatch(/Versie 2 is vastgesteld op 2025-07-01/);
    expect((await borgingsplan(gezinId, "2025-12-15", ["Het netwerk komt eens per kwartaal samen."])).errors).toBeUndefined();

    const result = await gezin(gezinId);
    expect(result.veranderplan).toMatchObject({ versie: 2, vastgesteldOp: "2025-07-01", doelen: ["De kinderen gaan elke dag naar school."] });
    expect(result.borgingsplan).toEqual({ vastgesteldOp: "2025-12-15", afspraken: ["Het netwerk komt eens per kwartaal samen."] });
  });

  it("opens a household's GI dossier by id, and refuses an id that is not a UUID", async () => {
    const demo = inFase("MAATREGEL_BEEINDIGD").find((g) => kinderen(g).length > 0)!;
    const response = await subgraph.request(`query($g: ID!) { giDossier(gezinId: $g) { id maatregelen { soort } } }`, { g: demo.id });
    expect(response.errors).toBeUndefined();
    expect(response.data!.giDossier.maatregelen).toHaveLength(kinderen(demo).length);
    const fout = await subgraph.request(`{ giDossier(gezinId: "gezin-1") { id } }`);
    expect(fout.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "gezinId" });
  });
});
