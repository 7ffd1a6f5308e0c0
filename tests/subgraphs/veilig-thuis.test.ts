import { randomUUID } from "node:crypto";
import { Kind, parse } from "graphql";
import { buildFederatedSchema, demoScenario, type DemoGezin, Organisatie, plusDagen } from "@gezinsbeeld/shared-schema";
import { veiligThuis } from "@gezinsbeeld/veilig-thuis";
import { startSubgraphForTest, type GraphQLResponse, type SubgraphUnderTest } from "../support/subgraph";

// The full scenario rather than 12 households: meldingen only start in phase
// ORANJE, and the mix of melders and the few vertrouwensarts adviezen need numbers.
const scenario = demoScenario();
let subgraph: SubgraphUnderTest;

beforeAll(async () => {
  subgraph = await startSubgraphForTest(veiligThuis, { seed: scenario });
});

afterAll(async () => {
  await subgraph?.close();
});

const GEZIN_VELDEN = `
  id
  meldingen { id datum vastgelegdOp aard omschrijving status anoniem melder { naam relatie functie telefoon beroepsmatig } onderzoek { id } veiligheidstaxaties { id } }
  veiligheidstaxaties { meldingId datum directeVeiligheid stabieleVeiligheid toelichting }
  onderzoeken { meldingId startdatum einddatum status conclusie vervolg onderzoeker { id } }
  vertrouwensartsAdviezen { datum advies vertrouwensarts { id functie } }
  adviezen { datum anoniem vraag advies adviseur { id organisatie } }
`;

interface GezinVT {
  id: string;
  meldingen: Array<{
    id: string;
    datum: string;
    vastgelegdOp: string;
    aard: string;
    status: string;
    anoniem: boolean;
    melder: { naam: string; relatie: string; functie: string | null; telefoon: string | null; beroepsmatig: boolean } | null;
    onderzoek: { id: string } | null;
    veiligheidstaxaties: Array<{ id: string }>;
  }>;
  veiligheidstaxaties: Array<{ meldingId: string; datum: string; directeVeiligheid: string; stabieleVeiligheid: string; toelichting: string }>;
  onderzoeken: Array<{
    meldingId: string;
    startdatum: string;
    einddatum: string | null;
    status: string;
    conclusie: string | null;
    vervolg: string | null;
    onderzoeker: { id: string } | null;
  }>;
  vertrouwensartsAdviezen: Array<{ datum: string; advies: string; vertrouwensarts: { id: string; functie: string } | null }>;
  adviezen: Array<{ datum: string; anoniem: boolean; vraag: string; advies: string; adviseur: { id: string; organisatie: string } | null }>;
}

async function gezinnen(ids: string[]): Promise<GezinVT[]> {
  const response = await subgraph.request<{ _entities: GezinVT[] }>(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Gezin { ${GEZIN_VELDEN} } } }`,
    { r: ids.map((id) => ({ __typename: "Gezin", id })) },
  );
  expect(response.errors).toBeUndefined();
  return response.data!._entities;
}

async function tel(tabel: string): Promise<number> {
  const [{ n }] = (await subgraph.db.query(`SELECT count(*)::int AS n FROM "${tabel}"`)) as Array<{ n: number }>;
  return n;
}

function code(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code as string | undefined;
}

function eerste(fase: DemoGezin["fase"], extra: (gezin: DemoGezin) => boolean = () => true): DemoGezin {
  const gezin = scenario.gezinnen.find((g) => g.fase === fase && extra(g));
  if (!gezin) throw new Error(`Het scenario heeft geen huishouden in fase ${fase} dat aan de voorwaarde voldoet.`);
  return gezin;
}

const REGISTREER_MELDING = `mutation($gezinId: ID!, $invoer: MeldingInvoer!) {
  registreerMelding(gezinId: $gezinId, invoer: $invoer) { id datum aard status anoniem melder { naam relatie functie telefoon beroepsmatig } }
}`;
const REGISTREER_TAXATIE = `mutation($gezinId: ID!, $invoer: VeiligheidstaxatieInvoer!) {
  registreerVeiligheidstaxatie(gezinId: $gezinId, invoer: $invoer) { id meldingId datum directeVeiligheid stabieleVeiligheid }
}`;
const START_ONDERZOEK = `mutation($gezinId: ID!, $invoer: OnderzoekStartInvoer!) {
  startOnderzoek(gezinId: $gezinId, invoer: $invoer) { id meldingId startdatum status onderzoeker { id } }
}`;
const ROND_ONDERZOEK_AF = `mutation($id: ID!, $invoer: OnderzoekAfrondingInvoer!) {
  rondOnderzoekAf(onderzoekId: $id, invoer: $invoer) { id status einddatum conclusie vervolg }
}`;
const REGISTREER_ADVIES = `mutation($gezinId: ID!, $invoer: AdviesConsultInvoer!) {
  registreerAdviesConsult(gezinId: $gezinId, invoer: $invoer) { id datum anoniem vraag advies adviseur { id } }
}`;
const REGISTREER_ARTSADVIES = `mutation($gezinId: ID!, $invoer: VertrouwensartsAdviesInvoer!) {
  registreerVertrouwensartsAdvies(gezinId: $gezinId, invoer: $invoer) { id datum advies vertrouwensarts { id } }
}`;

const leerkracht = { naam: "Anja de Jong", relatie: "BEROEPSKRACHT", functie: "leerkracht groep 5", telefoon: "035-6123456" };

async function nieuweMelding(gezinId: string, datum = "2025-03-03"): Promise<string> {
  const response = await subgraph.request<{ registreerMelding: { id: string } }>(REGISTREER_MELDING, {
    gezinId,
    invoer: { datum, aard: "KINDERMISHANDELING", omschrijving: "Blauwe plekken op beide armen.", melder: leerkracht },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.registreerMelding.id;
}

describe("veilig-thuis subgraph schema", () => {
  it("classifies every field of every object type with @gegevens", async () => {
    const { typeDefs } = await buildFederatedSchema(veiligThuis);
    const document = parse(typeDefs);
    const zonder: string[] = [];
    let velden = 0;
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      if (definition.name.value === "Query" || definition.name.value === "Mutation") continue;
      for (const field of definition.fields ?? []) {
        velden++;
        if (!field.directives?.some((directive) => directive.name.value === "gegevens")) zonder.push(`${definition.name.value}.${field.name.value}`);
      }
    }
    expect(velden).toBeGreaterThan(40);
    expect(zonder).toEqual([]);
  });

  it("puts every field that identifies the melder in category MELDER, and medical advice in MEDISCH", async () => {
    const { typeDefs } = await buildFederatedSchema(veiligThuis);
    const categorie = (type: string, veld: string): string | undefined => {
      for (const definition of parse(typeDefs).definitions) {
        if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || definition.name.value !== type) continue;
        const directive = definition.fields?.find((f) => f.name.value === veld)?.directives?.find((d) => d.name.value === "gegevens");
        const argument = directive?.arguments?.[0]?.value;
        return argument?.kind === Kind.STRING ? argument.value : undefined;
      }
      return undefined;
    };
    for (const veld of ["naam", "relatie", "functie", "telefoon", "beroepsmatig"]) expect(categorie("Melder", veld)).toBe("MELDER");
    expect(categorie("Melding", "melder")).toBe("MELDER");
    expect(categorie("Melding", "anoniem")).toBe("MELDER");
    expect(categorie("VertrouwensartsAdvies", "advies")).toBe("MEDISCH");
    expect(categorie("Gezin", "vertrouwensartsAdviezen")).toBe("MEDISCH");
    expect(categorie("Veiligheidstaxatie", "directeVeiligheid")).toBe("VEILIGHEID");
    expect(categorie("AdviesConsult", "vraag")).toBe("HULPVERLENING");
  });
});

describe("veilig-thuis seed, read through Gezin._entities", () => {
  it("gives an anonymous consult in phase ADVIES and a named one later, on the advice date of the mijlpalen", async () => {
    const advies = eerste("ADVIES", (g) => g.mijlpalen.adviesDoor === Organisatie.VEILIG_THUIS);
    const groen = eerste("GROEN", (g) => g.mijlpalen.adviesDoor === Organisatie.VEILIG_THUIS);
    const viaGi = eerste("ADVIES", (g) => g.mijlpalen.adviesDoor === Organisatie.GI);
    const [a, g, gi] = await gezinnen([advies.id, groen.id, viaGi.id]);
    expect(a.adviezen).toEqual([expect.objectContaining({ datum: advies.mijlpalen.adviesOp, anoniem: true })]);
    expect(a.adviezen[0].vraag).not.toContain(advies.naam);
    expect(a.adviezen[0].adviseur).toEqual({ id: scenario.toegewezen(advies, Organisatie.VEILIG_THUIS).id, organisatie: "VEILIG_THUIS" });
    expect(g.adviezen).toEqual([expect.objectContaining({ datum: groen.mijlpalen.adviesOp, anoniem: false })]);
    expect(gi.adviezen).toEqual([]);
    for (const gezin of [a, g, gi]) {
      expect(gezin.meldingen).toEqual([]);
      expect(gezin.onderzoeken).toEqual([]);
    }
  });

  it("records an orange household's melding, a safety assessment within five days and an investigation still running", async () => {
    const oranje = eerste("ORANJE");
    const meldingOp = oranje.mijlpalen.meldingOp!;
    const [gezin] = await gezinnen([oranje.id]);
    expect(gezin.meldingen).toHaveLength(1);
    const [melding] = gezin.meldingen;
    expect(melding).toMatchObject({ datum: meldingOp, status: "IN_ONDERZOEK" });
    expect(melding.vastgelegdOp.slice(0, 10)).toBe(meldingOp);
    expect(gezin.veiligheidstaxaties).toHaveLength(1);
    const [taxatie] = gezin.veiligheidstaxaties;
    expect(taxatie.meldingId).toBe(melding.id);
    expect(taxatie.datum > meldingOp && taxatie.datum <= plusDagen(meldingOp, 5)).toBe(true);
    expect(gezin.onderzoeken).toEqual([
      expect.objectContaining({ meldingId: melding.id, startdatum: plusDagen(meldingOp, 5), einddatum: null, status: "LOPEND", conclusie: null }),
    ]);
    expect(melding.onderzoek).not.toBeNull();
    expect(melding.veiligheidstaxaties).toHaveLength(1);
  });

  it("closes the investigation of red and ended households with a conclusion and a request to the RvdK before its investigation", async () => {
    const afgerond = scenario.gezinnen.filter((g) => g.fase === "ROOD" || g.fase === "MAATREGEL_BEEINDIGD");
    const gelezen = await gezinnen(afgerond.map((g) => g.id));
    gelezen.forEach((gezin, i) => {
      const mijlpalen = afgerond[i].mijlpalen;
      expect(gezin.meldingen).toEqual([expect.objectContaining({ datum: mijlpalen.meldingOp, status: "OVERGEDRAGEN" })]);
      const [onderzoek] = gezin.onderzoeken;
      expect(onderzoek).toMatchObject({ status: "AFGEROND", vervolg: "VERZOEK_TOT_ONDERZOEK_RAAD" });
      expect(onderzoek.conclusie).toMatch(/Raad/);
      expect(onderzoek.einddatum! >= onderzoek.startdatum).toBe(true);
      expect(onderzoek.einddatum! < mijlpalen.raadsonderzoekVanaf!).toBe(true);
    });
  });

  it("never lets the adviser of a household investigate it (separation of duties)", async () => {
    const gelezen = await gezinnen(scenario.gezinnen.map((g) => g.id));
    let vergeleken = 0;
    for (const gezin of gelezen) {
      const adviseurs = new Set(gezin.adviezen.map((a) => a.adviseur?.id));
      for (const onderzoek of gezin.onderzoeken) {
        expect(onderzoek.onderzoeker?.id).toBeDefined();
        expect(adviseurs.has(onderzoek.onderzoeker!.id)).toBe(false);
        if (adviseurs.size > 0) vergeleken++;
      }
    }
    expect(vergeleken).toBeGreaterThan(5);
  });

  it("mixes professional, neighbour, family and anonymous melders, and gives medical advice only in a few red households", async () => {
    const gelezen = await gezinnen(scenario.gezinnen.map((g) => g.id));
    const meldingen = gelezen.flatMap((g) => g.meldingen);
    expect(meldingen).toHaveLength(scenario.gezinnen.filter((g) => g.mijlpalen.meldingOp).length);
    const anoniem = meldingen.filter((m) => m.anoniem);
    expect(anoniem.length).toBeGreaterThan(0);
    expect(anoniem.every((m) => m.melder === null)).toBe(true);
    expect(meldingen.some((m) => m.melder?.beroepsmatig && m.melder.functie)).toBe(true);
    expect(new Set(meldingen.map((m) => m.melder?.relatie).filter(Boolean)).size).toBeGreaterThanOrEqual(3);

    const metArtsadvies = gelezen.filter((g) => g.vertrouwensartsAdviezen.length > 0);
    expect(metArtsadvies.length).toBeGreaterThan(0);
    expect(metArtsadvies.length).toBeLessThan(scenario.gezinnen.filter((g) => g.fase === "ROOD").length);
    for (const gezin of metArtsadvies) {
      expect(scenario.gezinnen.find((g) => g.id === gezin.id)?.fase).toBe("ROOD");
      expect(gezin.vertrouwensartsAdviezen[0].vertrouwensarts).toEqual({ id: "vt-dr-anna-koster", functie: "vertrouwensarts" });
    }
  });

  it("loads Veilig Thuis' part of all 60 households with one statement per access path, not per household", async () => {
    subgraph.statements.reset();
    const gelezen = await gezinnen(scenario.gezinnen.map((g) => g.id));
    expect(gelezen.filter((g) => g.meldingen.length > 0).length).toBeGreaterThan(20);
    // Five lists on Gezin, two on Melding, and the staff loader, which may run in up to three batches
    // (onderzoeker, vertrouwensarts, adviseur resolve as their lists arrive).
    expect(subgraph.statements.count).toBeLessThanOrEqual(10);
  });

  it("seeds only Veilig Thuis' own staff", async () => {
    const response = await subgraph.request<{ medewerkersVeiligThuis: Array<{ id: string; organisatie: string }> }>(
      `{ medewerkersVeiligThuis { id organisatie } }`,
    );
    expect(response.errors).toBeUndefined();
    const ids = response.data!.medewerkersVeiligThuis.map((m) => m.id);
    expect(ids).toContain("vt-dr-anna-koster");
    expect(response.data!.medewerkersVeiligThuis.every((m) => m.organisatie === "VEILIG_THUIS")).toBe(true);
  });
});

describe("registreerMelding", () => {
  it("records a melding from a professional, with the melder kept with it", async () => {
    const gezinId = randomUUID();
    const response = await subgraph.request(REGISTREER_MELDING, {
      gezinId,
      invoer: { datum: "2025-02-10", aard: "VERWAARLOZING", omschrijving: "  Komt zonder eten naar school.  ", melder: leerkracht },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.registreerMelding).toMatchObject({
      datum: "2025-02-10",
      aard: "VERWAARLOZING",
      status: "ONTVANGEN",
      anoniem: false,
      melder: { ...leerkracht, beroepsmatig: true },
    });
    const gelezen = await subgraph.request(`query($g: ID!) { meldingenVanGezin(gezinId: $g) { id omschrijving } }`, { g: gezinId });
    expect(gelezen.data?.meldingenVanGezin).toEqual([{ id: response.data?.registreerMelding.id, omschrijving: "Komt zonder eten naar school." }]);
  });

  it("accepts an anonymous melding: no melder at all", async () => {
    const response = await subgraph.request(REGISTREER_MELDING, {
      gezinId: randomUUID(),
      invoer: { datum: "2025-02-11", aard: "HUISELIJK_GEWELD", omschrijving: "Geschreeuw en gestommel, elke avond." },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.registreerMelding).toMatchObject({ anoniem: true, melder: null });
  });

  it("refuses an impossible date, and writes nothing", async () => {
    const voor = await tel("melding");
    const response = await subgraph.request(REGISTREER_MELDING, {
      gezinId: randomUUID(),
      invoer: { datum: "2024-02-30", aard: "KINDERMISHANDELING", omschrijving: "x", melder: leerkracht },
    });
    expect(code(response)).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].message).toMatch(/2024-02-30/);
    expect(await tel("melding")).toBe(voor);
  });

  it("refuses an unknown kind of melding", async () => {
    const literal = await subgraph.request(
      `mutation { registreerMelding(gezinId: "${randomUUID()}", invoer: { datum: "2025-01-01", aard: BURENRUZIE, omschrijving: "x" }) { id } }`,
    );
    expect(code(literal)).toBe("GRAPHQL_VALIDATION_FAILED");
    const variabele = await subgraph.request(REGISTREER_MELDING, {
      gezinId: randomUUID(),
      invoer: { datum: "2025-01-01", aard: "BURENRUZIE", omschrijving: "x" },
    });
    expect(code(variabele)).toBe("BAD_USER_INPUT");
  });

  it("refuses a professional without a function, a bad phone number, a future date and a malformed household id", async () => {
    const voor = await tel("melding");
    const zonderFunctie = await subgraph.request(REGISTREER_MELDING, {
      gezinId: randomUUID(),
      invoer: { datum: "2025-01-01", aard: "KINDERMISHANDELING", omschrijving: "x", melder: { naam: "Iemand", relatie: "BEROEPSKRACHT" } },
    });
    expect(zonderFunctie.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "melder.functie" });
    const telefoon = await subgraph.request(REGISTREER_MELDING, {
      gezinId: randomUUID(),
      invoer: { datum: "2025-01-01", aard: "KINDERMISHANDELING", omschrijving: "x", melder: { ...leerkracht, telefoon: "bel me" } },
    });
    expect(telefoon.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "melder.telefoon" });
    const toekomst = await subgraph.request(REGISTREER_MELDING, {
      gezinId: randomUUID(),
      invoer: { datum: "2999-01-01", aard: "KINDERMISHANDELING", omschrijving: "x" },
    });
    expect(toekomst.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "datum" });
    const gezinId = await subgraph.request(REGISTREER_MELDING, {
      gezinId: "gezin-7",
      invoer: { datum: "2025-01-01", aard: "KINDERMISHANDELING", omschrijving: "x" },
    });
    expect(gezinId.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "gezinId" });
    expect(await tel("melding")).toBe(voor);
  });

  it("is backed by a database check: a melder's phone without a melder is refused", async () => {
    await expect(
      subgraph.db.query(
        `INSERT INTO melding ("gezinId", datum, aard, omschrijving, "melderTelefoon") VALUES ($1, '2025-01-01', 'KINDERMISHANDELING', 'x', '0612345678')`,
        [randomUUID()],
      ),
    ).rejects.toThrow(/melding_melder/);
  });
});

describe("registreerVeiligheidstaxatie", () => {
  it("records direct and stable safety after a melding of the same household", async () => {
    const gezinId = randomUUID();
    const meldingId = await nieuweMelding(gezinId);
    const response = await subgraph.request(REGISTREER_TAXATIE, {
      gezinId,
      invoer: { meldingId, datum: "2025-03-05", directeVeiligheid: "VOORWAARDELIJK_VEILIG", stabieleVeiligheid: "ONVEILIG", toelichting: "Veiligheidsplan gemaakt." },
    });
    expect(response.errors).toBeUndefined();
    const [gezin] = await gezinnen([gezinId]);
    expect(gezin.veiligheidstaxaties).toEqual([
      expect.objectContaining({ meldingId, datum: "2025-03-05", directeVeiligheid: "VOORWAARDELIJK_VEILIG", stabieleVeiligheid: "ONVEILIG" }),
    ]);
    expect(gezin.meldingen[0].veiligheidstaxaties).toEqual([{ id: response.data?.registreerVeiligheidstaxatie.id }]);
  });

  it("refuses a melding of another household and an unknown melding, writing nothing", async () => {
    const meldingId = await nieuweMelding(randomUUID());
    const voor = await tel("veiligheidstaxatie");
    const invoer = { meldingId, datum: "2025-03-05", directeVeiligheid: "VEILIG", stabieleVeiligheid: "VOORWAARDELIJK_VEILIG", toelichting: "x" };
    const ander = await subgraph.request(REGISTREER_TAXATIE, { gezinId: randomUUID(), invoer });
    expect(ander.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "meldingId" });
    const onbekend = await subgraph.request(REGISTREER_TAXATIE, { gezinId: randomUUID(), invoer: { ...invoer, meldingId: randomUUID() } });
    expect(code(onbekend)).toBe("NOT_FOUND");
    expect(await tel("veiligheidstaxatie")).toBe(voor);
  });

  it("refuses a date before the melding and stable safety while direct safety is unsafe", async () => {
    const gezinId = randomUUID();
    const meldingId = await nieuweMelding(gezinId, "2025-03-03");
    const voor = await tel("veiligheidstaxatie");
    const tevroeg = await subgraph.request(REGISTREER_TAXATIE, {
      gezinId,
      invoer: { meldingId, datum: "2025-03-01", directeVeiligheid: "VEILIG", stabieleVeiligheid: "VEILIG", toelichting: "x" },
    });
    expect(tevroeg.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "datum" });
    const tegenstrijdig = await subgraph.request(REGISTREER_TAXATIE, {
      gezinId,
      invoer: { meldingId, datum: "2025-03-04", directeVeiligheid: "ONVEILIG", stabieleVeiligheid: "VEILIG", toelichting: "x" },
    });
    expect(tegenstrijdig.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "stabieleVeiligheid" });
    expect(await tel("veiligheidstaxatie")).toBe(voor);
  });
});

describe("startOnderzoek and rondOnderzoekAf", () => {
  it("starts an investigation, puts the melding in investigation, and closes it with a conclusion that hands the melding over", async () => {
    const gezinId = randomUUID();
    const meldingId = await nieuweMelding(gezinId);
    const start = await subgraph.request<{ startOnderzoek: { id: string } }>(START_ONDERZOEK, {
      gezinId,
      invoer: { meldingId, startdatum: "2025-03-08", onderzoekerId: "vt-rik-postma" },
    });
    expect(start.errors).toBeUndefined();
    expect(start.data?.startOnderzoek).toMatchObject({ meldingId, startdatum: "2025-03-08", status: "LOPEND", onderzoeker: { id: "vt-rik-postma" } });
    let [gezin] = await gezinnen([gezinId]);
    expect(gezin.meldingen[0].status).toBe("IN_ONDERZOEK");

    const af = await subgraph.request(ROND_ONDERZOEK_AF, {
      id: start.data!.startOnderzoek.id,
      invoer: { einddatum: "2025-05-01", conclusie: "Zorgen bevestigd; hulp via het lokale team.", vervolg: "OVERDRACHT_LOKAAL_TEAM" },
    });
    expect(af.errors).toBeUndefined();
    [gezin] = await gezinnen([gezinId]);
    expect(gezin.onderzoeken).toEqual([
      expect.objectContaining({ status: "AFGEROND", einddatum: "2025-05-01", conclusie: "Zorgen bevestigd; hulp via het lokale team.", vervolg: "OVERDRACHT_LOKAAL_TEAM" }),
    ]);
    expect(gezin.meldingen[0].status).toBe("OVERGEDRAGEN");

    const nogmaals = await subgraph.request(ROND_ONDERZOEK_AF, {
      id: start.data!.startOnderzoek.id,
      invoer: { einddatum: "2025-05-02", conclusie: "x", vervolg: "GEEN_VERVOLG" },
    });
    expect(nogmaals.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "onderzoekId" });
  });

  it("closes a melding without follow-up as AFGESLOTEN", async () => {
    const gezinId = randomUUID();
    const meldingId = await nieuweMelding(gezinId);
    const start = await subgraph.request<{ startOnderzoek: { id: string } }>(START_ONDERZOEK, {
      gezinId,
      invoer: { meldingId, startdatum: "2025-03-08", onderzoekerId: "vt-eva-hermans" },
    });
    await subgraph.request(ROND_ONDERZOEK_AF, {
      id: start.data!.startOnderzoek.id,
      invoer: { einddatum: "2025-04-01", conclusie: "Geen zorgen over de veiligheid.", vervolg: "GEEN_VERVOLG" },
    });
    const [gezin] = await gezinnen([gezinId]);
    expect(gezin.meldingen[0].status).toBe("AFGESLOTEN");
  });

  it("refuses the colleague who advised the household as its investigator, and a second investigation of one melding", async () => {
    const gezinId = randomUUID();
    const meldingId = await nieuweMelding(gezinId);
    const advies = await subgraph.request(REGISTREER_ADVIES, {
      gezinId,
      invoer: { datum: "2025-01-15", vraag: "Moeten we melden?", advies: "Eerst een veiligheidsplan.", adviseurId: "vt-eva-hermans" },
    });
    expect(advies.errors).toBeUndefined();
    const voor = await tel("veilig_thuis_onderzoek");
    const zelfde = await subgraph.request(START_ONDERZOEK, { gezinId, invoer: { meldingId, startdatum: "2025-03-08", onderzoekerId: "vt-eva-hermans" } });
    expect(zelfde.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "onderzoekerId" });
    expect(zelfde.errors?.[0].message).toMatch(/andere medewerker/);
    const [{ status }] = (await subgraph.db.query(`SELECT status FROM melding WHERE id = $1`, [meldingId])) as Array<{ status: string }>;
    expect(status).toBe("ONTVANGEN");
    expect(await tel("veilig_thuis_onderzoek")).toBe(voor);

    const eerste = await subgraph.request(START_ONDERZOEK, { gezinId, invoer: { meldingId, startdatum: "2025-03-08", onderzoekerId: "vt-rik-postma" } });
    expect(eerste.errors).toBeUndefined();
    const tweede = await subgraph.request(START_ONDERZOEK, { gezinId, invoer: { meldingId, startdatum: "2025-03-09", onderzoekerId: "vt-rik-postma" } });
    expect(tweede.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "meldingId" });
    expect(await tel("veilig_thuis_onderzoek")).toBe(voor + 1);
  });

  it("refuses a start before the melding, and someone who is not a Veilig Thuis investigator", async () => {
    const gezinId = randomUUID();
    const meldingId = await nieuweMelding(gezinId, "2025-03-03");
    const voor = await tel("veilig_thuis_onderzoek");
    const tevroeg = await subgraph.request(START_ONDERZOEK, { gezinId, invoer: { meldingId, startdatum: "2025-03-01", onderzoekerId: "vt-rik-postma" } });
    expect(tevroeg.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "startdatum" });
    const anderOrganisatie = await subgraph.request(START_ONDERZOEK, { gezinId, invoer: { meldingId, startdatum: "2025-03-08", onderzoekerId: "lt-fatima-bakker" } });
    expect(anderOrganisatie.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "onderzoekerId" });
    expect(await tel("veilig_thuis_onderzoek")).toBe(voor);
  });

  it("refuses an end before the start and an unknown investigation, and changes nothing", async () => {
    const gezinId = randomUUID();
    const meldingId = await nieuweMelding(gezinId);
    const start = await subgraph.request<{ startOnderzoek: { id: string } }>(START_ONDERZOEK, {
      gezinId,
      invoer: { meldingId, startdatum: "2025-03-08", onderzoekerId: "vt-rik-postma" },
    });
    const id = start.data!.startOnderzoek.id;
    const verkeerd = await subgraph.request(ROND_ONDERZOEK_AF, { id, invoer: { einddatum: "2025-03-01", conclusie: "x", vervolg: "GEEN_VERVOLG" } });
    expect(verkeerd.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "einddatum" });
    const rijen = (await subgraph.db.query(`SELECT status, einddatum, conclusie FROM veilig_thuis_onderzoek WHERE id = $1`, [id])) as unknown[];
    expect(rijen).toEqual([{ status: "LOPEND", einddatum: null, conclusie: null }]);
    const [{ status }] = (await subgraph.db.query(`SELECT status FROM melding WHERE id = $1`, [meldingId])) as Array<{ status: string }>;
    expect(status).toBe("IN_ONDERZOEK");

    const onbekend = await subgraph.request(ROND_ONDERZOEK_AF, { id: randomUUID(), invoer: { einddatum: "2025-04-01", conclusie: "x", vervolg: "GEEN_VERVOLG" } });
    expect(code(onbekend)).toBe("NOT_FOUND");
  });

  it("is backed by database checks on the period and on a half-closed investigation", async () => {
    const [melding] = (await subgraph.db.query(`SELECT id, "gezinId" FROM melding LIMIT 1`)) as Array<{ id: string; gezinId: string }>;
    const insert = (einddatum: string | null, status: string, conclusie: string | null, vervolg: string | null) =>
      subgraph.db.query(
        `INSERT INTO veilig_thuis_onderzoek ("gezinId", "meldingId", startdatum, einddatum, status, conclusie, vervolg, "onderzoekerId")
         VALUES ($1, $2, '2025-03-08', $3, $4, $5, $6, 'vt-rik-postma')`,
        [melding.gezinId, randomUUID(), einddatum, status, conclusie, vervolg],
      );
    await expect(insert("2025-03-01", "AFGEROND", "x", "GEEN_VERVOLG")).rejects.toThrow(/veilig_thuis_onderzoek_periode/);
    await expect(insert(null, "AFGEROND", null, null)).rejects.toThrow(/veilig_thuis_onderzoek_afronding/);
  });
});

describe("registreerVertrouwensartsAdvies and registreerAdviesConsult", () => {
  it("records a confidential doctor's advice, and refuses it from anyone who is not a vertrouwensarts", async () => {
    const gezinId = randomUUID();
    const response = await subgraph.request(REGISTREER_ARTSADVIES, {
      gezinId,
      invoer: { datum: "2025-03-12", advies: "Letsel past niet bij de verklaring; kinderarts inschakelen.", vertrouwensartsId: "vt-dr-anna-koster" },
    });
    expect(response.errors).toBeUndefined();
    const [gezin] = await gezinnen([gezinId]);
    expect(gezin.vertrouwensartsAdviezen).toEqual([
      { datum: "2025-03-12", advies: "Letsel past niet bij de verklaring; kinderarts inschakelen.", vertrouwensarts: { id: "vt-dr-anna-koster", functie: "vertrouwensarts" } },
    ]);

    const voor = await tel("vertrouwensarts_advies");
    const geenArts = await subgraph.request(REGISTREER_ARTSADVIES, {
      gezinId,
      invoer: { datum: "2025-03-12", advies: "x", vertrouwensartsId: "vt-eva-hermans" },
    });
    expect(geenArts.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "vertrouwensartsId" });
    const leeg = await subgraph.request(REGISTREER_ARTSADVIES, { gezinId, invoer: { datum: "2025-03-12", advies: "   ", vertrouwensartsId: "vt-dr-anna-koster" } });
    expect(leeg.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "advies" });
    expect(await tel("vertrouwensarts_advies")).toBe(voor);
  });

  it("records an anonymous consult to the local team, and refuses an impossible date", async () => {
    const gezinId = randomUUID();
    const response = await subgraph.request(REGISTREER_ADVIES, {
      gezinId,
      invoer: { datum: "2025-01-20", anoniem: true, vraag: "Een kind vertelt over slaan. Wat nu?", advies: "Meldcode volgen.", adviseurId: "vt-eva-hermans" },
    });
    expect(response.errors).toBeUndefined();
    const [gezin] = await gezinnen([gezinId]);
    expect(gezin.adviezen).toEqual([
      { datum: "2025-01-20", anoniem: true, vraag: "Een kind vertelt over slaan. Wat nu?", advies: "Meldcode volgen.", adviseur: { id: "vt-eva-hermans", organisatie: "VEILIG_THUIS" } },
    ]);

    const voor = await tel("advies_consult");
    const onmogelijk = await subgraph.request(REGISTREER_ADVIES, {
      gezinId,
      invoer: { datum: "2025-02-30", vraag: "x", advies: "y", adviseurId: "vt-eva-hermans" },
    });
    expect(code(onmogelijk)).toBe("BAD_USER_INPUT");
    const onbekendeAdviseur = await subgraph.request(REGISTREER_ADVIES, { gezinId, invoer: { datum: "2025-02-01", vraag: "x", advies: "y", adviseurId: "niemand" } });
    expect(onbekendeAdviseur.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "adviseurId" });
    expect(await tel("advies_consult")).toBe(voor);
  });
});

describe("root queries", () => {
  it("answers NOT_FOUND for an unknown melding and BAD_USER_INPUT for a malformed household id", async () => {
    const onbekend = await subgraph.request(`query($id: ID!) { melding(id: $id) { id } }`, { id: randomUUID() });
    expect(code(onbekend)).toBe("NOT_FOUND");
    const misvormd = await subgraph.request(`{ meldingenVanGezin(gezinId: "gezin-1") { id } }`);
    expect(misvormd.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "gezinId" });
  });

  it("resolves a malformed household reference to null instead of failing in the database", async () => {
    const response = await subgraph.request(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Gezin { id meldingen { id } } } }`, {
      r: [{ __typename: "Gezin", id: "geen-uuid" }],
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toEqual([null]);
  });
});
