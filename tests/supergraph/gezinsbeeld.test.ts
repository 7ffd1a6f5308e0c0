import { Rol } from "@gezinsbeeld/shared-schema";
import { type DemoGezin, DemoOrganisatie } from "@gezinsbeeld/demo";
import { startHubForTest, type HubUnderTest } from "../support/hub";
import { GEZINSBEELD_QUERY } from "./gezinsbeeldQuery";

let hub: HubUnderTest;

beforeAll(async () => {
  hub = await startHubForTest(60);
});

afterAll(async () => {
  await hub?.close();
});

/** A household under a measure, with children and a linked expert by experience: every organisation has data on it. */
function gezinMetAlleOrganisaties(): DemoGezin {
  const gezin = hub.scenario.gezinnen.find(
    (g) => g.fase === "ROOD" && g.mijlpalen.ervaringsdeskundigeVanaf && g.mijlpalen.meldingOp && g.leden.some((l) => l.gezinsrol === "KIND"),
  );
  if (!gezin) throw new Error("the demo scenario has no red household with children and an expert by experience");
  return gezin;
}

describe("one gezinsbeeld through the gateway", () => {
  it("answers one query with data from all five organisations", async () => {
    const gezin = gezinMetAlleOrganisaties();
    const response = await hub.request(GEZINSBEELD_QUERY, { id: gezin.id });
    expect(response.errors).toBeUndefined();
    const beeld = response.data?.gezin;
    // lokaal-team: the household, its members and the dossier
    expect(beeld.naam).toBe(gezin.naam);
    expect(beeld.leden.map((l: { bsn: string }) => l.bsn).sort()).toEqual(gezin.leden.map((l) => l.bsn).sort());
    expect(beeld.regie.organisatie).toBe("GI");
    // The merged timeline: entries of all five organisations, each from the owner's own records.
    const tijdlijn = beeld.gezinstijdlijn.nodes as Array<{ organisatie: string; inhoud: { __typename: string; soort?: string } | null }>;
    expect(new Set(tijdlijn.map((e) => e.organisatie))).toEqual(new Set(["LOKAAL_TEAM", "VEILIG_THUIS", "RVDK", "GI", "ERVARINGSDESKUNDIGEN"]));
    expect(tijdlijn.map((e) => e.inhoud?.soort)).toEqual(expect.arrayContaining(["MELDING_ONTVANGEN", "ONDERZOEK_AFGEROND", "MAATREGEL_GESTART", "KOPPELING_GESTART", "REGIE_VERPLAATST"]));
    // veilig-thuis: the melding on the scenario's date
    expect(beeld.meldingen.map((m: { datum: string }) => m.datum)).toContain(gezin.mijlpalen.meldingOp);
    // rvdk: the concluded investigation
    expect(beeld.beschermingsonderzoeken[0].startdatum).toBe(gezin.mijlpalen.raadsonderzoekVanaf);
    // gi: an OTS per child from the measure's start
    const kinderen = gezin.leden.filter((l) => l.gezinsrol === "KIND").length;
    expect(beeld.maatregelen.filter((m: { startdatum: string }) => m.startdatum === gezin.mijlpalen.maatregelVanaf)).toHaveLength(kinderen);
    expect(beeld.jeugdbeschermer.naam).toBeTruthy();
    // ervaringsdeskundigen: the link, counted
    expect(beeld.ervaringsdeskundigen[0].vanaf).toBe(gezin.mijlpalen.ervaringsdeskundigeVanaf);
    expect(typeof beeld.ervaringsdeskundigen[0].totaalContacten).toBe("number");
  });

  it("lists households a page at a time with a total", async () => {
    const response = await hub.request(`{ gezinnen(first: 10) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`);
    expect(response.errors).toBeUndefined();
    // The local team's teamleider sees every open dossier, not the closed ones.
    const lokaalTeam = hub.subgraphs.find((s) => s.name === "lokaal-team")!;
    const [{ open }] = (await lokaalTeam.db.query(`SELECT count(*)::int AS open FROM gezin WHERE "afgeslotenOp" IS NULL OR "afgeslotenOp" >= current_date`)) as [{ open: number }];
    expect(open).toBeGreaterThan(40);
    expect(response.data?.gezinnen.totalCount).toBe(open);
    expect(response.data?.gezinnen.nodes).toHaveLength(10);
    expect(response.data?.gezinnen.pageInfo.hasNextPage).toBe(true);
  });

  it("answers an unknown household exactly as one the requester may not see: existence is data", async () => {
    const onbekend = await hub.request(GEZINSBEELD_QUERY, { id: "00000000-0000-4000-8000-000000000000" });
    expect(onbekend.data?.gezin).toBeNull();
    expect(onbekend.errors?.[0]?.message).toContain("bestaat niet");
    // A professional of the local team who is not the fixed contact of this (existing) household.
    const bestaand = hub.scenario.gezinnen.find((g) => g.fase === "GROEN")!;
    const ander = hub.scenario.medewerkers.find((m) => m.organisatie === DemoOrganisatie.LOKAAL_TEAM && m.rol === Rol.MEDEWERKER && m.id !== hub.scenario.toegewezen(bestaand, DemoOrganisatie.LOKAAL_TEAM).id)!;
    const principal = { userId: ander.id, organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.MEDEWERKER };
    const verboden = await hub.requestAs(principal, GEZINSBEELD_QUERY, { id: bestaand.id });
    const onbekendAlsZij = await hub.requestAs(principal, GEZINSBEELD_QUERY, { id: "00000000-0000-4000-8000-000000000000" });
    expect(verboden.data?.gezin).toBeNull();
    const vorm = (r: typeof verboden) => r.errors?.map((e) => ({ message: e.message, extensions: e.extensions, path: e.path }));
    expect(vorm(onbekendAlsZij)).toEqual(vorm(verboden));
    expect(verboden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

const REGISTREER_GEZIN = `mutation($invoer: GezinInvoer!) { registreerGezin(invoer: $invoer) { id naam leden { bsn } } }`;

function gezinInvoer(overrides: Record<string, unknown> = {}, lid: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    naam: "Gezin Testers",
    aangemeldOp: "2025-03-01",
    postcode: "1211 AB",
    huisnummer: "12",
    woonplaats: "Hilversum",
    aanleiding: "Zorgen van school over het welzijn van de kinderen.",
    vasteContactpersoonId: "lt-fatima-bakker",
    leden: [{ bsn: "999990019", voornamen: "Sam", achternaam: "Testers", geboortedatum: "1985-06-01", gezinsrol: "OUDER", ...lid }],
    ...overrides,
  };
}

async function aantalGezinnen(): Promise<number> {
  const lokaalTeam = hub.subgraphs.find((s) => s.name === "lokaal-team")!;
  const [{ n }] = (await lokaalTeam.db.query(`SELECT (SELECT count(*) FROM gezin) + (SELECT count(*) FROM persoon) AS n`)) as [{ n: string }];
  return Number(n);
}

describe("bad input through the gateway", () => {
  it("refuses an invalid BSN with BAD_USER_INPUT, names the elfproef, and writes nothing", async () => {
    const before = await aantalGezinnen();
    const response = await hub.request(REGISTREER_GEZIN, { invoer: gezinInvoer({}, { bsn: "123456789" }) });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toContain("elfproef");
    expect(await aantalGezinnen()).toBe(before);
  });

  it("refuses an impossible date with BAD_USER_INPUT and writes nothing", async () => {
    const before = await aantalGezinnen();
    const response = await hub.request(REGISTREER_GEZIN, { invoer: gezinInvoer({ aangemeldOp: "2025-02-30" }) });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toContain("2025-02-30");
    expect(await aantalGezinnen()).toBe(before);
  });

  it("refuses an unknown enum value before anything runs", async () => {
    const before = await aantalGezinnen();
    const response = await hub.request(REGISTREER_GEZIN, { invoer: gezinInvoer({}, { gezinsrol: "BUURMAN" }) });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toContain("BUURMAN");
    expect(await aantalGezinnen()).toBe(before);
  });

  it("rolls back the whole household when one member is invalid (a transaction per mutation)", async () => {
    const before = await aantalGezinnen();
    const invoer = gezinInvoer();
    (invoer.leden as unknown[]).push({ bsn: "999990020", voornamen: "Kai", achternaam: "Testers", geboortedatum: "2999-01-01", gezinsrol: "KIND" });
    const response = await hub.request(REGISTREER_GEZIN, { invoer });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.extensions?.veld).toBe("geboortedatum");
    expect(await aantalGezinnen()).toBe(before);
  });

  it("refuses a maatregel that ends before it starts, in the GI's words, and writes nothing", async () => {
    const gezin = hub.scenario.gezinnen.find((g) => g.fase === "GROEN" && g.leden.some((l) => l.gezinsrol === "KIND"))!;
    const kind = gezin.leden.find((l) => l.gezinsrol === "KIND")!;
    const gi = hub.subgraphs.find((s) => s.name === "gi")!;
    const [{ n: before }] = (await gi.db.query(`SELECT count(*)::int AS n FROM maatregel`)) as [{ n: number }];
    const response = await hub.requestAs(
      { organisatie: DemoOrganisatie.GI, rol: Rol.TEAMLEIDER, userId: "gi-anouk-schouten" },
      `mutation($g: ID!, $i: MaatregelInvoer!) { registreerMaatregel(gezinId: $g, invoer: $i) { id } }`,
      { g: gezin.id, i: { persoonId: kind.id, soort: "ONDERTOEZICHTSTELLING", startdatum: "2026-06-01", einddatum: "2026-03-01", beschikkingsnummer: "C/13/123456" } },
    );
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toMatch(/einddatum.*vóór.*startdatum/);
    const [{ n: after }] = (await gi.db.query(`SELECT count(*)::int AS n FROM maatregel`)) as [{ n: number }];
    expect(after).toBe(before);
  });

  it("registers a valid household and shows it in the gezinsbeeld at once", async () => {
    const response = await hub.request(REGISTREER_GEZIN, { invoer: gezinInvoer() });
    expect(response.errors).toBeUndefined();
    const id = response.data?.registreerGezin.id;
    const beeld = await hub.request(`query($id: ID!) { gezin(id: $id) { naam regie { organisatie } leden { bsn } meldingen { id } } }`, { id });
    expect(beeld.data?.gezin).toEqual({ naam: "Gezin Testers", regie: { organisatie: "LOKAAL_TEAM" }, leden: [{ bsn: "999990019" }], meldingen: null });
    // A new household has given no consent yet: Veilig Thuis' data stays with Veilig Thuis.
    expect(beeld.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.reden])).toEqual([[["gezin", "meldingen"], "FORBIDDEN", "no-consent"]]);
  });
});
