import { randomUUID } from "node:crypto";
import { lokaalTeam } from "@gezinsbeeld/lokaal-team";
import {
  buildFederatedSchema,
  createRequestContext,
  Gegevenscategorie,
  Intensiteit,
  Organisatie,
  type Principal,
  Regime,
  registerBeslisser,
  Rol,
  type SubgraphDefinition,
  Tijdlijnsoort,
  vandaag,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie, demoScenario, demoUuid, plusDagen } from "@gezinsbeeld/demo";
import { Betrokkenheid } from "@gezinsbeeld/lokaal-team/dist/betrokkenheid/Betrokkenheid";
import { Toestemming, Toestemmingsvorm } from "@gezinsbeeld/lokaal-team/dist/toestemming/Toestemming";
import { execute, parse } from "graphql";
import { type GraphQLResponse, startSubgraphForTest, type SubgraphUnderTest } from "../support/subgraph";

const scenario = demoScenario(12);
let subgraph: SubgraphUnderTest;

/**
 * A household in orange, its register as {@link zetRegister} writes it: Veilig Thuis works a melding
 * (vt-eva-hermans, named on it), the RvdK investigates (the household was told), the GI acts together with the
 * local team (green), an expert by experience is linked (ed-kees-maas), lt-joost-de-graaf is the fixed contact.
 * Its consents for the GI and VT cover IDENTIFICATIE, GEZINSSAMENSTELLING, ZORGEN, VEILIGHEID and HULPVERLENING.
 */
const gezin = scenario.gezinnen[7]!;
/** Another household, for the statement counts, a cursor from elsewhere and an entry of a category without a content type. */
const ander = scenario.gezinnen[3]!;

const vasteContactpersoon: Principal = { userId: "lt-joost-de-graaf", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.MEDEWERKER };
const veiligThuis: Principal = { userId: "vt-eva-hermans", organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.MEDEWERKER };
const ervaringsdeskundige: Principal = { userId: "ed-kees-maas", organisatie: DemoOrganisatie.ERVARINGSDESKUNDIGEN, rol: Rol.MEDEWERKER };
const inwoner: Principal = { userId: "inwoner-8", organisatie: null, rol: Rol.INWONER, bsn: gezin.leden[0]!.bsn };
const teamleider: Principal = { userId: "lt-karin-smits", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER };

interface Regel {
  sleutel: string;
  organisatie: Organisatie;
  soort: Tijdlijnsoort;
  categorie: Gegevenscategorie;
  datum: string;
  titel: string;
  recordType: string;
  persoonId?: string;
}

/** The entries several owners announced for household 8 (as `verwerkAankondiging` stores them). */
const REGELS: Regel[] = [
  { sleutel: "melding", organisatie: DemoOrganisatie.VEILIG_THUIS, soort: Tijdlijnsoort.MELDING_ONTVANGEN, categorie: Gegevenscategorie.VEILIGHEID, datum: "2026-05-16", titel: "Melding ontvangen", recordType: "Melding" },
  { sleutel: "taxatie", organisatie: DemoOrganisatie.VEILIG_THUIS, soort: Tijdlijnsoort.VEILIGHEIDSTAXATIE, categorie: Gegevenscategorie.VEILIGHEID, datum: "2026-05-16", titel: "Veiligheidstaxatie", recordType: "Veiligheidstaxatie" },
  { sleutel: "arts", organisatie: DemoOrganisatie.VEILIG_THUIS, soort: Tijdlijnsoort.VERTROUWENSARTS_ADVIES, categorie: Gegevenscategorie.MEDISCH, datum: "2026-05-30", titel: "Advies vertrouwensarts", recordType: "VertrouwensartsAdvies" },
  { sleutel: "raad", organisatie: DemoOrganisatie.RVDK, soort: Tijdlijnsoort.ONDERZOEK_GESTART, categorie: Gegevenscategorie.JUSTITIEEL, datum: "2026-06-18", titel: "Beschermingsonderzoek gestart", recordType: "Beschermingsonderzoek" },
  { sleutel: "kernbesluit", organisatie: DemoOrganisatie.LOKAAL_TEAM, soort: Tijdlijnsoort.KERNBESLUIT, categorie: Gegevenscategorie.HULPVERLENING, datum: "2026-04-30", titel: "Kernbesluit: partners in regime groen", recordType: "Kernbesluit" },
  { sleutel: "zorg", organisatie: DemoOrganisatie.LOKAAL_TEAM, soort: Tijdlijnsoort.GEBEURTENIS, categorie: Gegevenscategorie.ZORGEN, datum: "2026-04-14", titel: "Zorg over de jongste", recordType: "TijdslijnGebeurtenis", persoonId: gezin.leden[gezin.leden.length - 1]!.id },
  { sleutel: "koppeling", organisatie: DemoOrganisatie.ERVARINGSDESKUNDIGEN, soort: Tijdlijnsoort.KOPPELING_GESTART, categorie: Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT, datum: "2026-04-18", titel: "Ervaringsdeskundige gekoppeld", recordType: "ErvaringsdeskundigeKoppeling" },
  { sleutel: "inzet", organisatie: DemoOrganisatie.GI, soort: Tijdlijnsoort.INZET_GESTART, categorie: Gegevenscategorie.HULPVERLENING, datum: "2026-05-02", titel: "Samen optrekken gestart", recordType: "GiInzet" },
];
const idVan = (sleutel: string): string => demoUuid(`tijdlijnregel-test-${sleutel}`);
const recordVan = (sleutel: string): string => demoUuid(`tijdlijnrecord-test-${sleutel}`);
const sleutelVan = new Map(REGELS.map((r) => [idVan(r.sleutel), r.sleutel]));

async function voegIn(gezinId: string, regels: Regel[], id: (sleutel: string) => string = idVan): Promise<void> {
  for (const r of regels) {
    await subgraph.db.query(
      `INSERT INTO tijdlijnregel (id, "gezinId", organisatie, soort, datum, categorie, titel, uitkomst, "recordType", "recordId", "persoonId") VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8, $9, $10)`,
      [id(r.sleutel), gezinId, r.organisatie, r.soort, r.datum, r.categorie, r.titel, r.recordType, recordVan(`${gezinId}-${r.sleutel}`), r.persoonId ?? null],
    );
  }
}

const geleden = (dagen: number): string => plusDagen(vandaag(), -dagen);

/**
 * The register of {@link gezin}, written here rather than taken from the seeds: partners' involvements reach
 * the register from their own subgraphs, which this test does not start.
 */
async function zetRegister(): Promise<void> {
  const gezinId = gezin.id;
  await subgraph.db.query(`UPDATE gezin SET "vasteContactpersoonId" = $2, "afgeslotenOp" = NULL WHERE id = $1`, [gezinId, vasteContactpersoon.userId]);
  await subgraph.db.getRepository(Betrokkenheid).delete({ gezinId });
  const betrokken = (organisatie: Organisatie, regime: Regime, medewerkerId: string, startdatum: string) =>
    ({ gezinId, organisatie, regime, intensiteit: Intensiteit.MIDDEL, anoniem: false, startdatum, einddatum: null, medewerkerId, geinformeerdOp: startdatum, toelichting: null, vastgelegdDoor: null });
  await subgraph.db.getRepository(Betrokkenheid).insert([
    betrokken(DemoOrganisatie.GI, Regime.GROEN, "gi-tom-hoekstra", geleden(220)),
    betrokken(DemoOrganisatie.ERVARINGSDESKUNDIGEN, Regime.GROEN, ervaringsdeskundige.userId, geleden(230)),
    betrokken(DemoOrganisatie.VEILIG_THUIS, Regime.ORANJE, veiligThuis.userId, geleden(200)),
    betrokken(DemoOrganisatie.RVDK, Regime.ORANJE, "rvdk-hans-vermeulen", geleden(150)),
  ]);
  await subgraph.db.getRepository(Toestemming).delete({ gezinId });
  const categorieen = [Gegevenscategorie.IDENTIFICATIE, Gegevenscategorie.GEZINSSAMENSTELLING, Gegevenscategorie.ZORGEN, Gegevenscategorie.VEILIGHEID, Gegevenscategorie.HULPVERLENING];
  await subgraph.db.getRepository(Toestemming).insert(
    [DemoOrganisatie.GI, DemoOrganisatie.VEILIG_THUIS].map((partner) => ({
      gezinId, partner, categorieen, doel: "Samen werken aan de veiligheid van de kinderen.", vorm: Toestemmingsvorm.SCHRIFTELIJK, gegevenOp: geleden(240), ingetrokkenOp: null, gegevenDoorPersoonId: null, vastgelegdDoor: null,
    })),
  );
}

beforeAll(async () => {
  subgraph = await startSubgraphForTest(lokaalTeam, { seed: scenario });
  await zetRegister();
  // The seed's own entries (its records announce them): the test reads only what it wrote.
  await subgraph.db.query(`DELETE FROM tijdlijnregel WHERE "gezinId" = ANY($1::uuid[])`, [[gezin.id, ander.id]]);
  await voegIn(gezin.id, REGELS);
  await voegIn(ander.id, REGELS.slice(0, 3), (s) => demoUuid(`tijdlijnregel-ander-${s}`));
});

afterAll(async () => {
  await subgraph?.close();
});

const INHOUDTYPEN = ["TijdlijnVeiligheid", "TijdlijnMedisch", "TijdlijnJustitieel", "TijdlijnHulpverlening", "TijdlijnZorgen", "TijdlijnErvaringsdeskundigeContact"];
const TIJDLIJN = `query Tijdlijn($id: ID!, $first: Int, $after: String, $organisaties: [Organisatie!], $van: Datum, $tot: Datum, $volgorde: Tijdlijnvolgorde) {
  gezin(id: $id) {
    gezinstijdlijn(first: $first, after: $after, organisaties: $organisaties, van: $van, tot: $tot, volgorde: $volgorde) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id datum organisatie inhoud { __typename ${INHOUDTYPEN.map((t) => `... on ${t} { soort titel uitkomst recordType recordId }`).join(" ")} } }
    }
  }
}`;

interface Knoop {
  id: string;
  datum: string | null;
  organisatie: string | null;
  inhoud: { __typename: string; soort: string | null; titel: string | null; recordId: string | null } | null;
}

function tijdlijn(principal: Principal, variables: Record<string, unknown> = {}, id = gezin.id): Promise<GraphQLResponse> {
  return subgraph.request(TIJDLIJN, { id, ...variables }, principal);
}

const knopen = (response: GraphQLResponse): Knoop[] => response.data!.gezin.gezinstijdlijn.nodes;

/**
 * Per entry (by its test key): `null` where the field was released, else the refusal's category and reason,
 * for the entry's date and organisation ("wanneer") and for its content's title ("inhoud").
 */
function uitkomsten(response: GraphQLResponse): Record<string, { wanneer: string | null; inhoud: string | null }> {
  const nodes = knopen(response);
  const fout = (index: number, pad: string[]): string | null => {
    const e = (response.errors ?? []).find((e) => JSON.stringify(e.path) === JSON.stringify(["gezin", "gezinstijdlijn", "nodes", index, ...pad]));
    return e ? `${e.extensions?.code} ${e.extensions?.categorie} ${e.extensions?.reden}` : null;
  };
  return Object.fromEntries(nodes.map((node, i) => [sleutelVan.get(node.id), { wanneer: fout(i, ["datum"]), inhoud: fout(i, ["inhoud", "titel"]) }]));
}

const VRIJ = { wanneer: null, inhoud: null };
const NOOIT = (categorie: string) => `FORBIDDEN ${categorie} category-not-allowed`;

/** Log entries this subgraph wrote for `gebruiker` after `na`. */
async function logregels(gebruiker: string, na: number): Promise<Array<{ categorieen: string[]; veldpaden: string[]; beslissing: string; reden: string | null; grondslag: string | null; bron: string | null; persoon_id: string | null; handeling: string }>> {
  return subgraph.db.query(
    `SELECT handeling, categorieen, veldpaden, beslissing, reden, grondslag, bron, persoon_id FROM toegangslog WHERE volgnummer > $1 AND gebruiker = $2 AND gezin_id = $3 ORDER BY volgnummer`,
    [na, gebruiker, gezin.id],
  );
}
const kop = async (): Promise<number> => ((await subgraph.db.query(`SELECT coalesce(max(volgnummer), 0)::int AS n FROM toegangslog`)) as [{ n: number }])[0].n;

describe("Gezin.gezinstijdlijn: one merged timeline, each entry decided for its own owner and category", () => {
  it("shows the local team's fixed contact every entry, the partners' safety, justice and help by the tandem or consent, and never the medical advice", async () => {
    const voor = await kop();
    const response = await tijdlijn(vasteContactpersoon);
    expect(response.data?.gezin.gezinstijdlijn.totalCount).toBe(REGELS.length);
    // Written from the policy tables (beleid.ts) for this household, not from the decision function.
    expect(uitkomsten(response)).toEqual({
      melding: VRIJ, // VT's VEILIGHEID: the tandem with VT's orange involvement
      taxatie: VRIJ,
      arts: { wanneer: null, inhoud: NOOIT("MEDISCH") }, // the local team never reads MEDISCH
      raad: VRIJ, // RvdK's JUSTITIEEL: the tandem with its orange investigation
      kernbesluit: VRIJ, // its own
      zorg: VRIJ,
      koppeling: VRIJ, // the dossier holder receives the contact counts
      inzet: VRIJ, // GI in green: the household's consent for the GI covers HULPVERLENING
    });
    const arts = knopen(response).find((n) => sleutelVan.get(n.id) === "arts")!;
    // Withheld, not dropped: the entry, its date, organisation and kind of content stay; nothing of the content leaks.
    expect(arts).toEqual({ id: idVan("arts"), datum: "2026-05-30", organisatie: "VEILIG_THUIS", inhoud: { __typename: "TijdlijnMedisch", soort: null, titel: null, uitkomst: null, recordType: null, recordId: null } });
    const melding = knopen(response).find((n) => sleutelVan.get(n.id) === "melding")!;
    expect(melding.inhoud).toEqual({ __typename: "TijdlijnVeiligheid", soort: "MELDING_ONTVANGEN", titel: "Melding ontvangen", uitkomst: null, recordType: "Melding", recordId: recordVan(`${gezin.id}-melding`) });

    // Every read is logged, with the owner whose data it was after the field.
    const log = await logregels(vasteContactpersoon.userId, voor);
    expect(log).toContainEqual(expect.objectContaining({ categorieen: expect.arrayContaining(["MEDISCH"]), beslissing: "GEWEIGERD", reden: "category-not-allowed", veldpaden: expect.arrayContaining(["TijdlijnMedisch.titel@VEILIG_THUIS"]) }));
    expect(log).toContainEqual(expect.objectContaining({ categorieen: expect.arrayContaining(["VEILIGHEID"]), beslissing: "TOEGESTAAN", grondslag: "TANDEM", bron: "VEILIG_THUIS:ORANJE", veldpaden: expect.arrayContaining(["TijdlijnVeiligheid.titel@VEILIG_THUIS"]) }));
    expect(log).toContainEqual(expect.objectContaining({ categorieen: expect.arrayContaining(["JUSTITIEEL"]), beslissing: "TOEGESTAAN", grondslag: "TANDEM", bron: "RVDK:ORANJE" }));
    expect(log).toContainEqual(expect.objectContaining({ categorieen: expect.arrayContaining(["ERVARINGSDESKUNDIGE_CONTACT"]), grondslag: "TANDEM", bron: "ERVARINGSDESKUNDIGEN:dossier" }));
    expect(log).toContainEqual(expect.objectContaining({ categorieen: expect.arrayContaining(["HULPVERLENING"]), grondslag: "TOESTEMMING", veldpaden: expect.arrayContaining(["TijdlijnHulpverlening.titel@GI"]) }));
    expect(log).toContainEqual(expect.objectContaining({ categorieen: expect.arrayContaining(["HULPVERLENING"]), grondslag: "EIGEN_GEGEVENS", veldpaden: expect.arrayContaining(["Gezin.gezinstijdlijn", "Tijdlijnregel.id", "Tijdlijnregel.datum", "Tijdlijnregel.organisatie", "Tijdlijnregel.inhoud", "TijdlijnHulpverlening.titel@LOKAAL_TEAM"]) }));
    // The entry about a child is logged with that child.
    expect(log).toContainEqual(expect.objectContaining({ categorieen: expect.arrayContaining(["ZORGEN"]), persoon_id: REGELS.find((r) => r.sleutel === "zorg")!.persoonId, veldpaden: expect.arrayContaining(["TijdlijnZorgen.titel@LOKAAL_TEAM"]) }));
  });

  it("shows the involved Veilig Thuis professional its own entries (the medical advice too) and the others by its legal duty, never the RvdK's or the expert's", async () => {
    const voor = await kop();
    const response = await tijdlijn(veiligThuis);
    expect(uitkomsten(response)).toEqual({
      melding: VRIJ, // its own
      taxatie: VRIJ,
      arts: VRIJ, // its own: VT may read MEDISCH
      raad: { wanneer: null, inhoud: "FORBIDDEN JUSTITIEEL no-consent" }, // VT's duty does not cover JUSTITIEEL, no consent does
      kernbesluit: VRIJ, // VT's duty in orange covers HULPVERLENING and ZORGEN
      zorg: VRIJ,
      koppeling: { wanneer: null, inhoud: "FORBIDDEN ERVARINGSDESKUNDIGE_CONTACT no-consent" },
      inzet: VRIJ,
    });
    const log = await logregels(veiligThuis.userId, voor);
    expect(log).toContainEqual(expect.objectContaining({ categorieen: expect.arrayContaining(["MEDISCH"]), beslissing: "TOEGESTAAN", grondslag: "EIGEN_GEGEVENS", veldpaden: expect.arrayContaining(["TijdlijnMedisch.titel@VEILIG_THUIS"]) }));
    expect(log).toContainEqual(expect.objectContaining({ categorieen: expect.arrayContaining(["HULPVERLENING"]), beslissing: "TOEGESTAAN", grondslag: "WETTELIJKE_TAAK", bron: "VEILIG_THUIS:ORANJE", veldpaden: expect.arrayContaining(["Tijdlijnregel.datum"]) }));
    expect(log).toContainEqual(expect.objectContaining({ categorieen: expect.arrayContaining(["JUSTITIEEL"]), beslissing: "GEWEIGERD", reden: "no-consent", veldpaden: expect.arrayContaining(["TijdlijnJustitieel.titel@RVDK"]) }));
  });

  it("shows the expert by experience no timeline at all, not even its own entry: when and where anything happened is never its to read", async () => {
    const voor = await kop();
    for (const variables of [{}, { organisaties: ["ERVARINGSDESKUNDIGEN"] }]) {
      const response = await tijdlijn(ervaringsdeskundige, variables);
      // Refused as a whole, visibly: not an empty list, which would say there is nothing.
      expect(response.data?.gezin.gezinstijdlijn).toBeNull();
      expect(response.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.categorie, e.extensions?.reden])).toEqual([[["gezin", "gezinstijdlijn"], "FORBIDDEN", "HULPVERLENING", "category-not-allowed"]]);
      expect(JSON.stringify(response)).not.toContain("Ervaringsdeskundige gekoppeld");
    }
    expect(await logregels(ervaringsdeskundige.userId, voor)).toContainEqual(expect.objectContaining({ handeling: "READ", categorieen: expect.arrayContaining(["HULPVERLENING"]), beslissing: "GEWEIGERD", reden: "category-not-allowed", veldpaden: ["Gezin.gezinstijdlijn"] }));
  });

  it("shows the household member its whole timeline, the medical advice and the RvdK's entry included", async () => {
    const voor = await kop();
    const response = await tijdlijn(inwoner);
    expect(response.errors).toBeUndefined();
    expect(Object.values(uitkomsten(response)).every((u) => u.wanneer === null && u.inhoud === null)).toBe(true);
    expect(knopen(response).map((n) => n.inhoud?.titel).sort()).toEqual(REGELS.map((r) => r.titel).sort());
    const log = await logregels(inwoner.userId, voor);
    expect(log.every((r) => r.beslissing === "TOEGESTAAN" && r.grondslag === "INWONER")).toBe(true);
    expect(log.flatMap((r) => r.veldpaden)).toEqual(expect.arrayContaining(["TijdlijnMedisch.titel@VEILIG_THUIS", "TijdlijnJustitieel.titel@RVDK", "TijdlijnErvaringsdeskundigeContact.titel@ERVARINGSDESKUNDIGEN"]));
  });
});

describe("Gezin.gezinstijdlijn: paging, filters and order", () => {
  /** Newest first: on date, then on id, both descending. */
  const nieuwsteEerst = [...REGELS].sort((a, b) => (a.datum === b.datum ? (idVan(a.sleutel) < idVan(b.sleutel) ? 1 : -1) : a.datum < b.datum ? 1 : -1)).map((r) => r.sleutel);
  const sleutels = (response: GraphQLResponse): string[] => knopen(response).map((n) => sleutelVan.get(n.id)!);

  it("pages newest first by date, then id, without repeating or skipping an entry; totalCount counts all", async () => {
    const gezien: string[] = [];
    let after: string | undefined;
    for (let pagina = 0; pagina < 5; pagina++) {
      const response = await tijdlijn(vasteContactpersoon, { first: 3, ...(after ? { after } : {}) });
      expect(response.data?.gezin.gezinstijdlijn.totalCount).toBe(REGELS.length);
      gezien.push(...sleutels(response));
      const { endCursor, hasNextPage } = response.data!.gezin.gezinstijdlijn.pageInfo;
      if (!hasNextPage) break;
      after = endCursor;
    }
    expect(gezien).toEqual(nieuwsteEerst);
    // Two entries of one day: the id decides.
    expect(gezien.filter((s) => s === "melding" || s === "taxatie")).toHaveLength(2);
  });

  it("orders oldest first on request, and pages that way too", async () => {
    const eerste = await tijdlijn(vasteContactpersoon, { first: 4, volgorde: "OUDSTE_EERST" });
    const tweede = await tijdlijn(vasteContactpersoon, { first: 4, volgorde: "OUDSTE_EERST", after: eerste.data!.gezin.gezinstijdlijn.pageInfo.endCursor });
    expect([...sleutels(eerste), ...sleutels(tweede)]).toEqual([...nieuwsteEerst].reverse());
    expect(tweede.data!.gezin.gezinstijdlijn.pageInfo.hasNextPage).toBe(false);
  });

  it("filters on organisations and on a period, both bounds inclusive, and counts what the filter leaves", async () => {
    const voor = await kop();
    const vt = await tijdlijn(vasteContactpersoon, { organisaties: ["VEILIG_THUIS", "GI"] });
    // The timeline itself is the register's HULPVERLENING: its read is logged with the entries' dates.
    expect(await logregels(vasteContactpersoon.userId, voor)).toContainEqual(expect.objectContaining({ handeling: "READ", categorieen: expect.arrayContaining(["HULPVERLENING"]), beslissing: "TOEGESTAAN", grondslag: "EIGEN_GEGEVENS", veldpaden: expect.arrayContaining(["Gezin.gezinstijdlijn", "Tijdlijnregel.datum"]) }));
    expect(sleutels(vt)).toEqual(nieuwsteEerst.filter((s) => ["melding", "taxatie", "arts", "inzet"].includes(s)));
    expect(vt.data!.gezin.gezinstijdlijn.totalCount).toBe(4);
    const periode = await tijdlijn(vasteContactpersoon, { van: "2026-05-02", tot: "2026-05-16" });
    expect(sleutels(periode).sort()).toEqual(["inzet", "melding", "taxatie"]);
    expect(periode.data!.gezin.gezinstijdlijn.totalCount).toBe(3);
    const een = await tijdlijn(vasteContactpersoon, { van: "2026-06-18", tot: "2026-06-18" });
    expect(sleutels(een)).toEqual(["raad"]);
  });

  it("answers a cursor of another household's entry with an empty page, never that entry's position", async () => {
    const elders = await tijdlijn(teamleider, { first: 1 }, ander.id);
    const cursor = elders.data!.gezin.gezinstijdlijn.pageInfo.endCursor;
    const response = await tijdlijn(teamleider, { after: cursor });
    expect(response.errors).toBeUndefined();
    expect(response.data!.gezin.gezinstijdlijn).toMatchObject({ nodes: [], totalCount: REGELS.length, pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it.each([
    ["a malformed cursor", { after: "geen-cursor" }, "after", /cursor/],
    ["a period that ends before it starts", { van: "2026-06-01", tot: "2026-05-01" }, "van", /ligt na/],
    ["a page of none", { first: 0 }, "first", /tussen 1 en 200/],
    ["a page above 200", { first: 201 }, "first", /tussen 1 en 200/],
    ["an empty list of organisations", { organisaties: [] }, "organisaties", /ten minste één organisatie/],
  ])("refuses %s with BAD_USER_INPUT and a Dutch message", async (_naam, variables, veld, bericht) => {
    // Few fields: the query limits refuse a large page of every field before the resolver could.
    const response = await subgraph.request(
      `query($id: ID!, $first: Int, $after: String, $organisaties: [Organisatie!], $van: Datum, $tot: Datum) { gezin(id: $id) { gezinstijdlijn(first: $first, after: $after, organisaties: $organisaties, van: $van, tot: $tot) { totalCount } } }`,
      { id: gezin.id, ...variables },
      vasteContactpersoon,
    );
    expect(response.data?.gezin.gezinstijdlijn).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld });
    expect(response.errors![0]!.message).toMatch(bericht);
  });
});

describe("Gezin.gezinstijdlijn: fail closed", () => {
  it("lists an entry of a category no content type carries, with its content failed and not shown under another", async () => {
    const id = demoUuid("tijdlijnregel-ander-melder");
    await subgraph.db.query(
      `INSERT INTO tijdlijnregel (id, "gezinId", organisatie, soort, datum, categorie, titel, "recordType", "recordId") VALUES ($1, $2, 'VEILIG_THUIS', 'MELDING_ONTVANGEN', '2026-01-01', 'MELDER', 'Melder bekend', 'Melding', $3)`,
      [id, ander.id, randomUUID()],
    );
    try {
      const response = await tijdlijn(teamleider, { volgorde: "OUDSTE_EERST" }, ander.id);
      const [eerste] = knopen(response);
      expect(eerste).toEqual({ id, datum: "2026-01-01", organisatie: "VEILIG_THUIS", inhoud: null });
      // (The medical advice among the others is refused to the local team as always.)
      const anders = (response.errors ?? []).filter((e) => e.extensions?.code !== "FORBIDDEN");
      expect(anders.map((e) => [e.path, e.extensions?.code])).toEqual([[["gezin", "gezinstijdlijn", "nodes", 0, "inhoud"], "INTERNAL_SERVER_ERROR"]]);
      expect(JSON.stringify(response)).not.toContain("Melder bekend");
    } finally {
      await subgraph.db.query(`DELETE FROM tijdlijnregel WHERE id = $1`, [id]);
    }
  });

  it("refuses another owner's entry content in a subgraph that keeps no register, and still shows its own owner's", async () => {
    // The same schema, served by a definition without the register: it can decide only for its own organisation.
    const zonderRegister: SubgraphDefinition = { ...lokaalTeam, name: "lokaal-team-zonder-register", toegangsregister: undefined };
    const { schema } = await buildFederatedSchema(zonderRegister);
    const context = createRequestContext({
      requestId: randomUUID(),
      principal: vasteContactpersoon,
      db: subgraph.db,
      subgraph: zonderRegister.name,
      // Its own owner's decisions it gets as always (here from the register directly, as the decision service would give them).
      beslisser: registerBeslisser(lokaalTeam.toegangsregister!),
    });
    const melding = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const result = await execute({ schema, document: parse(TIJDLIJN), variableValues: { id: gezin.id }, contextValue: context });
      const nodes = (result.data as { gezin: { gezinstijdlijn: { nodes: Knoop[] } } }).gezin.gezinstijdlijn.nodes;
      const perSleutel = new Map(nodes.map((n, i) => [sleutelVan.get(n.id), { node: n, fout: result.errors?.find((e) => JSON.stringify(e.path) === JSON.stringify(["gezin", "gezinstijdlijn", "nodes", i, "inhoud", "titel"])) }]));
      expect(perSleutel.get("kernbesluit")!.node.inhoud?.titel).toBe("Kernbesluit: partners in regime groen");
      for (const sleutel of ["melding", "raad", "koppeling", "inzet"]) {
        expect(perSleutel.get(sleutel)!.node.inhoud).toMatchObject({ titel: null, recordId: null });
        expect(perSleutel.get(sleutel)!.fout?.extensions?.code).toBe("TOEGANG_ONBEKEND");
      }
      expect(melding.mock.calls.some(([regel]) => String(regel).includes("eigenaar-zonder-register"))).toBe(true);
      expect(context.toegangslog?.alleRegels()).toContainEqual(expect.objectContaining({ beslissing: "ONBESLIST", categorieen: expect.arrayContaining(["VEILIGHEID"]), veldpaden: expect.arrayContaining(["TijdlijnVeiligheid.titel@VEILIG_THUIS"]) }));
    } finally {
      melding.mockRestore();
    }
  });
});

describe("Gezin.gezinstijdlijn: SQL statements", () => {
  const PAGINA = (met: boolean) => `query($first: Int!) { gezinnen(first: $first) { nodes { id ${met ? `gezinstijdlijn(first: 5) { totalCount nodes { datum organisatie inhoud { __typename ${INHOUDTYPEN.map((t) => `... on ${t} { titel }`).join(" ")} } } }` : ""} } } }`;
  const tel = async (first: number, met: boolean): Promise<number> => {
    subgraph.statements.reset();
    const response = await subgraph.request(PAGINA(met), { first }, teamleider);
    expect((response.errors ?? []).filter((e) => e.extensions?.code !== "FORBIDDEN")).toEqual([]);
    expect(response.data?.gezinnen.nodes).toHaveLength(first);
    return subgraph.statements.count;
  };

  it("costs two statements (the pages and the counts) for one household or ten, however many entries and owners", async () => {
    // Every household gets entries of five owners.
    for (const g of scenario.gezinnen.filter((g) => g.id !== gezin.id && g.id !== ander.id)) {
      await voegIn(g.id, REGELS, (s) => demoUuid(`tijdlijnregel-${g.nummer}-${s}`));
    }
    const zonder1 = await tel(1, false);
    const met1 = await tel(1, true);
    const zonder10 = await tel(10, false);
    const met10 = await tel(10, true);
    expect(met1 - zonder1).toBe(2);
    expect(met10 - zonder10).toBe(2);
    expect(met10).toBe(met1);
  });
});
