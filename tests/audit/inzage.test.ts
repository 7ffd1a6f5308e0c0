import { createDevToken, IdentityError, Organisatie, type Principal, Rol, vandaag } from "@gezinsbeeld/shared-schema";
import { type DemoGezin, DemoOrganisatie } from "@gezinsbeeld/demo";
import { startHubForTest, type HubUnderTest } from "../support/hub";
import { GEZINSBEELD_QUERY } from "../supergraph/gezinsbeeldQuery";

/**
 * Issue 4, "who reads the trail": privacy officers and the household read the
 * access logs through the gateway, after real gezinsbeeld queries by
 * professionals; the CSV export; and every read of the trail is itself recorded.
 */
let hub: HubUnderTest;

interface Regel {
  volgnummer: string;
  tijdstip: string;
  requestId: string;
  handeling: string;
  gebruiker: string | null;
  organisatie: string | null;
  rol: string;
  gezinId: string | null;
  persoonId: string | null;
  categorieen: string[];
  veldpaden: string[];
  beslissing: string;
  reden: string | null;
  grondslag: string | null;
  bron: string | null;
  noodprocedure: boolean;
  doel: string | null;
  operatie: string | null;
  subgraph: string;
}
interface Pagina {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Regel[];
}
type Fout = { message: string; path?: Array<string | number>; extensions?: Record<string, any> };
interface Antwoord<T> {
  status: number;
  requestId: string;
  data?: T | null;
  errors?: Fout[];
}

const LOGS: Record<Organisatie, string> = {
  [DemoOrganisatie.LOKAAL_TEAM]: "toegangslogLokaalTeam",
  [DemoOrganisatie.VEILIG_THUIS]: "toegangslogVeiligThuis",
  [DemoOrganisatie.RVDK]: "toegangslogRvdk",
  [DemoOrganisatie.GI]: "toegangslogGi",
  [DemoOrganisatie.ERVARINGSDESKUNDIGEN]: "toegangslogErvaringsdeskundigen",
};
const REGEL_VELDEN = "volgnummer tijdstip requestId handeling gebruiker organisatie rol gezinId persoonId categorieen veldpaden beslissing reden grondslag bron noodprocedure doel operatie subgraph";
const logQuery = (organisatie: Organisatie): string =>
  `query Log($filter: ToegangslogFilter, $first: Int = 50, $after: String) {
    log: ${LOGS[organisatie]}(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${REGEL_VELDEN} } }
  }`;

const als = (organisatie: Organisatie, rol: Rol, userId: string): Principal => ({ organisatie, rol, userId });
const fgLokaalTeam = als(DemoOrganisatie.LOKAAL_TEAM, Rol.PRIVACY_OFFICER, "lt-paul-verhoef");
const fgVeiligThuis = als(DemoOrganisatie.VEILIG_THUIS, Rol.PRIVACY_OFFICER, "vt-sophie-lambert");
const fgSamenwerking: Principal = { ...als(DemoOrganisatie.LOKAAL_TEAM, Rol.PRIVACY_OFFICER, "fg-samenwerking"), samenwerking: true };
const vasteContactpersoon = als(DemoOrganisatie.LOKAAL_TEAM, Rol.MEDEWERKER, "lt-fatima-bakker");
const teamleiderLokaalTeam = als(DemoOrganisatie.LOKAAL_TEAM, Rol.TEAMLEIDER, "lt-karin-smits");
const jeugdbeschermer = als(DemoOrganisatie.GI, Rol.MEDEWERKER, "gi-mariam-el-idrissi");
const teamleiderVeiligThuis = als(DemoOrganisatie.VEILIG_THUIS, Rol.TEAMLEIDER, "vt-marco-jansen");
const raadsonderzoeker = als(DemoOrganisatie.RVDK, Rol.MEDEWERKER, "rvdk-hans-vermeulen");

/** A free-text purpose that needs quoting in CSV and would run as a formula in a spreadsheet. */
const DOEL_MET_SCHEIDINGSTEKENS = `=HYPERLINK("x"); zitting "spoed"`;

async function token(principal: Principal): Promise<string> {
  return createDevToken(
    { org: principal.organisatie, rol: principal.rol, user: principal.userId, bsn: principal.bsn, samenwerking: principal.samenwerking },
    hub.keys,
  );
}

async function vraag<T = Record<string, any>>(principal: Principal, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Antwoord<T>> {
  const response = await fetch(hub.gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await token(principal)}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: Fout[] };
  return { status: response.status, requestId: response.headers.get("x-request-id") ?? "", ...body };
}

async function log(principal: Principal, organisatie: Organisatie, filter: Record<string, unknown>, first = 200, after?: string): Promise<Antwoord<{ log: Pagina | null }>> {
  return vraag<{ log: Pagina | null }>(principal, logQuery(organisatie), { filter, first, after });
}

/** The log's page, failing the test with the errors when there is none. */
async function regels(principal: Principal, organisatie: Organisatie, filter: Record<string, unknown>, first = 200): Promise<Pagina> {
  const antwoord = await log(principal, organisatie, filter, first);
  if (!antwoord.data?.log) throw new Error(`${LOGS[organisatie]} gave no page: ${JSON.stringify(antwoord.errors)}`);
  return antwoord.data.log;
}

const pauze = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function gezinNummer(nummer: number): DemoGezin {
  const gezin = hub.scenario.gezinnen.find((g) => g.nummer === nummer);
  if (!gezin) throw new Error(`no demo household ${nummer}`);
  return gezin;
}

/** Household 4: under a supervision order (GI, red); household 3: orange, a melding at Veilig Thuis, no RvdK yet. */
let rood: DemoGezin;
let oranje: DemoGezin;
let inwoner: Principal;
const moment: Record<"t0" | "t1" | "t2", string> = { t0: "", t1: "", t2: "" };
const verzoek: Record<"contactpersoon" | "jeugdbeschermer" | "melder", string> = { contactpersoon: "", jeugdbeschermer: "", melder: "" };

beforeAll(async () => {
  hub = await startHubForTest(12);
  rood = gezinNummer(4);
  oranje = gezinNummer(3);
  const ouder = oranje.leden.find((lid) => lid.gezinsrol === "OUDER");
  if (!ouder) throw new Error("household 3 has no parent");
  inwoner = { userId: `inwoner-${ouder.bsn}`, organisatie: null, rol: Rol.INWONER, bsn: ouder.bsn };
  expect(rood.fase).toBe("ROOD");
  expect(oranje.fase).toBe("ORANJE");
  expect(oranje.mijlpalen.raadsonderzoekVanaf).toBeUndefined();

  moment.t0 = new Date().toISOString();
  await pauze(5);
  const contactpersoon = await vraag(vasteContactpersoon, GEZINSBEELD_QUERY, { id: rood.id });
  expect(contactpersoon.data?.gezin.naam).toBe(rood.naam);
  verzoek.contactpersoon = contactpersoon.requestId;
  for (const gezin of [rood, oranje]) expect((await vraag(teamleiderLokaalTeam, GEZINSBEELD_QUERY, { id: gezin.id })).data?.gezin.id).toBe(gezin.id);
  await pauze(5);
  moment.t1 = new Date().toISOString();
  await pauze(5);
  const gi = await vraag(jeugdbeschermer, GEZINSBEELD_QUERY, { id: rood.id }, { "x-doel": DOEL_MET_SCHEIDINGSTEKENS });
  expect(gi.data?.gezin.maatregelen.length).toBeGreaterThan(0);
  verzoek.jeugdbeschermer = gi.requestId;
  const melder = await vraag(teamleiderVeiligThuis, `query($id: ID!) { gezin(id: $id) { meldingen { datum melder { relatie } } } }`, { id: oranje.id });
  expect(melder.data?.gezin.meldingen.length).toBeGreaterThan(0);
  verzoek.melder = melder.requestId;
  await pauze(5);
  moment.t2 = new Date().toISOString();
});

afterAll(async () => {
  await hub?.close();
});

describe("the privacy officer of an organisation", () => {
  it("lists the accesses just made to a household in the organisation's own log, newest first, and never a data value", async () => {
    const pagina = await regels(fgLokaalTeam, DemoOrganisatie.LOKAAL_TEAM, { gezinId: rood.id, tot: moment.t2 });
    expect(pagina.totalCount).toBe(pagina.nodes.length);
    expect(pagina.nodes.every((r) => r.gezinId === rood.id)).toBe(true);
    const gebruikers = new Set(pagina.nodes.map((r) => r.gebruiker));
    for (const gebruiker of ["lt-fatima-bakker", "lt-karin-smits", "gi-mariam-el-idrissi"]) expect(gebruikers).toContain(gebruiker);
    for (const [nieuwer, ouder] of pagina.nodes.slice(0, -1).map((r, i) => [r, pagina.nodes[i + 1]!] as const)) {
      const verschil = Date.parse(nieuwer.tijdstip) - Date.parse(ouder.tijdstip);
      expect(verschil > 0 || (verschil === 0 && BigInt(nieuwer.volgnummer) > BigInt(ouder.volgnummer))).toBe(true);
    }
    const naamLezing = pagina.nodes.find((r) => r.requestId === verzoek.contactpersoon && r.categorieen.includes("IDENTIFICATIE") && r.persoonId === null);
    expect(naamLezing).toMatchObject({ handeling: "READ", gebruiker: "lt-fatima-bakker", organisatie: "LOKAAL_TEAM", rol: "MEDEWERKER", beslissing: "TOEGESTAAN", grondslag: "EIGEN_GEGEVENS", subgraph: "lokaal-team", operatie: expect.stringContaining("Gezinsbeeld"), noodprocedure: false });
    expect(naamLezing?.veldpaden).toContain("Gezin.naam");
    // The fact of the access, never the data: no name, no BSN of the household.
    const tekst = JSON.stringify(pagina.nodes);
    expect(tekst).not.toContain(rood.naam.replace("Gezin ", ""));
    for (const lid of rood.leden) expect(tekst).not.toContain(lid.bsn);
  });

  it("filters by user, by refusal and by period", async () => {
    const vanGi = await regels(fgLokaalTeam, DemoOrganisatie.LOKAAL_TEAM, { gebruiker: "gi-mariam-el-idrissi" });
    expect(vanGi.nodes.length).toBeGreaterThan(0);
    expect(vanGi.nodes.every((r) => r.gebruiker === "gi-mariam-el-idrissi" && r.organisatie === "GI" && r.requestId === verzoek.jeugdbeschermer)).toBe(true);

    const geweigerd = await regels(fgLokaalTeam, DemoOrganisatie.LOKAAL_TEAM, { gezinId: rood.id, beslissing: "GEWEIGERD" });
    expect(geweigerd.nodes.every((r) => r.beslissing === "GEWEIGERD" && r.reden !== null && r.grondslag === null)).toBe(true);
    // The GI works under the measure on a legal duty that does not cover the consent register.
    expect(geweigerd.nodes).toContainEqual(
      // One look, one refusal on one ground: the consent register and the experts' contacts of the merged timeline share the entry.
      expect.objectContaining({
        gebruiker: "gi-mariam-el-idrissi",
        handeling: "READ",
        categorieen: ["ERVARINGSDESKUNDIGE_CONTACT", "TOESTEMMING"],
        reden: "no-consent",
        veldpaden: ["Gezin.toestemmingen", "TijdlijnErvaringsdeskundigeContact.soort@ERVARINGSDESKUNDIGEN", "TijdlijnErvaringsdeskundigeContact.titel@ERVARINGSDESKUNDIGEN"],
      }),
    );

    const voor = await regels(fgLokaalTeam, DemoOrganisatie.LOKAAL_TEAM, { gezinId: rood.id, van: moment.t0, tot: moment.t1 });
    const na = await regels(fgLokaalTeam, DemoOrganisatie.LOKAAL_TEAM, { gezinId: rood.id, van: moment.t1, tot: moment.t2 });
    expect(voor.nodes.map((r) => r.requestId)).toContain(verzoek.contactpersoon);
    expect(voor.nodes.map((r) => r.requestId)).not.toContain(verzoek.jeugdbeschermer);
    expect(na.nodes.map((r) => r.requestId)).toContain(verzoek.jeugdbeschermer);
    expect(na.nodes.every((r) => r.tijdstip >= moment.t1 && r.tijdstip < moment.t2)).toBe(true);
    expect(voor.nodes.length + na.nodes.length).toBe((await regels(fgLokaalTeam, DemoOrganisatie.LOKAAL_TEAM, { gezinId: rood.id, van: moment.t0, tot: moment.t2 })).totalCount);
  });

  it("pages through the log with cursors, each entry once, in the order of the whole list", async () => {
    const filter = { gezinId: rood.id, tot: moment.t2 };
    const geheel = await regels(fgLokaalTeam, DemoOrganisatie.LOKAAL_TEAM, filter);
    expect(geheel.nodes.length).toBeGreaterThan(7);
    const gezien: string[] = [];
    let after: string | undefined;
    for (let pagina = 0; pagina < 100; pagina++) {
      const antwoord = await log(fgLokaalTeam, DemoOrganisatie.LOKAAL_TEAM, filter, 3, after);
      const deel = antwoord.data!.log!;
      expect(deel.totalCount).toBe(geheel.totalCount);
      expect(deel.nodes.length).toBeLessThanOrEqual(3);
      gezien.push(...deel.nodes.map((r) => r.volgnummer));
      if (!deel.pageInfo.hasNextPage) break;
      after = deel.pageInfo.endCursor!;
    }
    expect(gezien).toEqual(geheel.nodes.map((r) => r.volgnummer));
    const fout = await log(fgLokaalTeam, DemoOrganisatie.LOKAAL_TEAM, filter, 3, "geen-cursor");
    expect(fout.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("cannot read another organisation's log", async () => {
    const antwoord = await log(fgLokaalTeam, DemoOrganisatie.GI, { gezinId: rood.id });
    expect(antwoord.data?.log ?? null).toBeNull();
    expect(antwoord.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "category-not-allowed", categorie: "TOEZICHT" });
  });
});

describe("a privacy officer of the partnership", () => {
  it("reads all five logs, and one gateway request has the same request id in each organisation's log", async () => {
    for (const organisatie of Object.values(DemoOrganisatie)) {
      const pagina = await regels(fgSamenwerking, organisatie, { gezinId: rood.id, tot: moment.t2 });
      expect(pagina.nodes.length).toBeGreaterThan(0);
      const vanVerzoek = pagina.nodes.filter((r) => r.requestId === verzoek.jeugdbeschermer);
      expect(vanVerzoek.length).toBeGreaterThan(0);
      expect(vanVerzoek.every((r) => r.gebruiker === "gi-mariam-el-idrissi" && r.doel === DOEL_MET_SCHEIDINGSTEKENS)).toBe(true);
    }
  });

  it("is a claim only a privacy officer's token may carry", async () => {
    await expect(createDevToken({ org: DemoOrganisatie.GI, rol: Rol.MEDEWERKER, user: "gi-tom-hoekstra", samenwerking: true }, hub.keys)).rejects.toBeInstanceOf(IdentityError);
  });
});

describe("the household (role inwoner)", () => {
  it("lists the accesses to its own household in each organisation's log, by organisation and role, without the professional's user id", async () => {
    for (const organisatie of Object.values(DemoOrganisatie)) {
      const pagina = await regels(inwoner, organisatie, { gezinId: oranje.id, tot: moment.t2 });
      expect(pagina.nodes.length).toBeGreaterThan(0);
      // Nothing that points at the professional: user id, stated purpose, request id, operation name.
      expect(pagina.nodes.every((r) => r.gezinId === oranje.id && r.gebruiker === null && r.doel === null && r.requestId === null && r.operatie === null)).toBe(true);
      expect(pagina.nodes).toContainEqual(expect.objectContaining({ organisatie: "LOKAAL_TEAM", rol: "TEAMLEIDER", categorieen: expect.any(Array) }));
      // On what basis it was granted, or why refused.
      expect(pagina.nodes.every((r) => (r.beslissing === "TOEGESTAAN" ? r.grondslag !== null : r.reden !== null))).toBe(true);
    }
  });

  it("does not see who made a melding, nor any look at it, where Veilig Thuis' privacy officer does", async () => {
    const fg = await regels(fgVeiligThuis, DemoOrganisatie.VEILIG_THUIS, { gezinId: oranje.id, tot: moment.t2 });
    expect(fg.nodes).toContainEqual(expect.objectContaining({ categorieen: ["MELDER"], requestId: verzoek.melder, veldpaden: expect.arrayContaining(["Melding.melder"]) }));
    const eigen = await regels(inwoner, DemoOrganisatie.VEILIG_THUIS, { gezinId: oranje.id, tot: moment.t2 });
    expect(eigen.nodes.some((r) => r.categorieen.includes("MELDER"))).toBe(false);
    // The same request's other looks (the meldingen themselves) are the household's to know; the
    // household does not get the request id (it ties one professional's looks together), so the
    // entry is found by its place in the chain.
    const meldingen = fg.nodes.find((r) => r.requestId === verzoek.melder && r.categorieen.includes("VEILIGHEID"));
    expect(eigen.nodes).toContainEqual(expect.objectContaining({ volgnummer: meldingen?.volgnummer, categorieen: expect.arrayContaining(["VEILIGHEID"]), organisatie: "VEILIG_THUIS", requestId: null }));
    expect(eigen.totalCount).toBe(eigen.nodes.length);
  });

  it("is refused another household's log, and must name its own", async () => {
    const ander = await log(inwoner, DemoOrganisatie.LOKAAL_TEAM, { gezinId: rood.id });
    expect(ander.data?.log ?? null).toBeNull();
    expect(ander.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "not-own-household" });
    const zonder = await log(inwoner, DemoOrganisatie.LOKAAL_TEAM, {});
    expect(zonder.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "gezinId" });
  });

  it("does not see what the RvdK did before the household was told of its involvement, and does once told", async () => {
    const vandaagDag = vandaag();
    // The RvdK receives a request to investigate: a step the household must not learn of from the log before it is told.
    const ontvangen = await vraag(
      raadsonderzoeker,
      `mutation($g: ID!, $i: VerzoekTotOnderzoekInvoer!) { ontvangVerzoekTotOnderzoek(gezinId: $g, invoer: $i) { id } }`,
      { g: oranje.id, i: { ontvangenOp: vandaagDag, verzoeker: "LOKAAL_TEAM", reden: "Zorgen blijven ondanks vrijwillige hulp." } },
    );
    expect(ontvangen.errors).toBeUndefined();
    const fg = await regels(fgSamenwerking, DemoOrganisatie.RVDK, { gezinId: oranje.id, organisatie: "RVDK" });
    expect(fg.nodes).toContainEqual(expect.objectContaining({ requestId: ontvangen.requestId, handeling: "CREATE", veldpaden: ["Mutation.ontvangVerzoekTotOnderzoek"] }));
    const rvdkZichtbaar = async (): Promise<Regel[]> =>
      (await regels(inwoner, DemoOrganisatie.RVDK, { gezinId: oranje.id })).nodes.filter((r) => r.organisatie === "RVDK");
    expect((await regels(inwoner, DemoOrganisatie.RVDK, { gezinId: oranje.id })).nodes.length).toBeGreaterThan(0);
    expect(await rvdkZichtbaar()).toEqual([]);

    // The local team registers the RvdK's involvement, the household not yet told: still nothing.
    const betrokken = await vraag(
      teamleiderLokaalTeam,
      `mutation($g: ID!, $i: BetrokkenheidInvoer!) { registreerBetrokkenheid(gezinId: $g, invoer: $i) { id } }`,
      { g: oranje.id, i: { organisatie: "RVDK", regime: "ORANJE", intensiteit: "MIDDEL", startdatum: vandaagDag, medewerkerId: raadsonderzoeker.userId } },
    );
    expect(betrokken.errors).toBeUndefined();
    expect(await rvdkZichtbaar()).toEqual([]);

    const verteld = await vraag(
      teamleiderLokaalTeam,
      `mutation($b: ID!, $op: Datum!) { registreerGezinGeinformeerdOverBetrokkenheid(betrokkenheidId: $b, op: $op) { geinformeerdOp } }`,
      { b: betrokken.data?.registreerBetrokkenheid.id, op: vandaagDag },
    );
    expect(verteld.errors).toBeUndefined();
    const ontvangst = fg.nodes.find((r) => r.requestId === ontvangen.requestId && r.handeling === "CREATE");
    expect(await rvdkZichtbaar()).toContainEqual(
      expect.objectContaining({ volgnummer: ontvangst?.volgnummer, handeling: "CREATE", organisatie: "RVDK", rol: "MEDEWERKER", gebruiker: null, requestId: null, operatie: null }),
    );
  });
});

describe("reading the trail", () => {
  it("is itself recorded: a second read shows the first as a TOEZICHT entry", async () => {
    const eerste = await log(fgLokaalTeam, DemoOrganisatie.LOKAAL_TEAM, { gezinId: rood.id }, 5);
    expect(eerste.data?.log?.nodes.length).toBeGreaterThan(0);
    const tweede = await regels(fgLokaalTeam, DemoOrganisatie.LOKAAL_TEAM, { gezinId: rood.id }, 5);
    expect(tweede.nodes[0]).toMatchObject({
      requestId: eerste.requestId,
      handeling: "READ",
      categorieen: expect.arrayContaining(["TOEZICHT"]),
      gebruiker: "lt-paul-verhoef",
      rol: "PRIVACY_OFFICER",
      gezinId: rood.id,
      beslissing: "TOEGESTAAN",
      grondslag: "WETTELIJKE_TAAK",
      bron: "FG:LOKAAL_TEAM",
      veldpaden: ["Query.toegangslogLokaalTeam"],
    });
  });

  it("by the household is recorded in the log it read, on the household's own basis", async () => {
    const gelezen = await log(inwoner, DemoOrganisatie.VEILIG_THUIS, { gezinId: oranje.id }, 5);
    expect(gelezen.data?.log).toBeTruthy();
    const fg = await regels(fgVeiligThuis, DemoOrganisatie.VEILIG_THUIS, { gezinId: oranje.id, gebruiker: inwoner.userId });
    const regel = fg.nodes.find((r) => r.requestId === gelezen.requestId && r.categorieen.includes("TOEZICHT"));
    expect(regel).toMatchObject({ handeling: "READ", categorieen: expect.arrayContaining(["TOEZICHT"]), rol: "INWONER", grondslag: "INWONER", beslissing: "TOEGESTAAN", gezinId: oranje.id });
    expect(regel?.veldpaden).toContain("Query.toegangslogVeiligThuis");
    // It asked for the professionals' user ids too: refused (MEDEWERKER), and that attempt is recorded as well.
    expect(fg.nodes).toContainEqual(
      expect.objectContaining({ requestId: gelezen.requestId, categorieen: expect.arrayContaining(["MEDEWERKER"]), beslissing: "GEWEIGERD", reden: "category-not-allowed", veldpaden: ["ToegangslogRegel.gebruiker"] }),
    );
  });

  it("is refused to a professional, and the attempt is recorded", async () => {
    const antwoord = await log(vasteContactpersoon, DemoOrganisatie.LOKAAL_TEAM, { gezinId: rood.id });
    expect(antwoord.data?.log ?? null).toBeNull();
    expect(antwoord.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "category-not-allowed" });
    const fg = await regels(fgLokaalTeam, DemoOrganisatie.LOKAAL_TEAM, { gezinId: rood.id, gebruiker: vasteContactpersoon.userId, beslissing: "GEWEIGERD" });
    expect(fg.nodes).toContainEqual(expect.objectContaining({ requestId: antwoord.requestId, categorieen: expect.arrayContaining(["TOEZICHT"]), reden: "category-not-allowed" }));
  });
});

describe("break-glass review", () => {
  it("lists break-glass accesses in the log, and marking the claim reviewed is itself recorded", async () => {
    const gezin = gezinNummer(1);
    const claim = await vraag(
      raadsonderzoeker,
      `mutation($g: ID!) { claimNoodtoegang(gezinId: $g, invoer: { rechtvaardiging: "Kind belt de Raad: acuut geweld, ouders onbereikbaar, politie onderweg.", wettelijkeGrondslag: "AVG art. 6 lid 1 onder d (vitaal belang)" }) { id } }`,
      { g: gezin.id },
    );
    const claimId = claim.data?.claimNoodtoegang.id as string;
    expect(claimId).toEqual(expect.any(String));
    const inzage = await vraag(raadsonderzoeker, `query($id: ID!) { gezin(id: $id) { naam aanleiding } }`, { id: gezin.id });
    expect(inzage.data?.gezin.naam).toBe(gezin.naam);

    const nood = await regels(fgLokaalTeam, DemoOrganisatie.LOKAAL_TEAM, { alleenNoodtoegang: true });
    expect(nood.nodes.length).toBeGreaterThan(0);
    expect(nood.nodes.every((r) => r.noodprocedure && r.grondslag === "NOODTOEGANG")).toBe(true);
    expect(nood.nodes).toContainEqual(expect.objectContaining({ requestId: inzage.requestId, gebruiker: raadsonderzoeker.userId, gezinId: gezin.id, bron: claimId }));

    const teBeoordelen = await vraag(fgLokaalTeam, `{ noodtoegangen(teBeoordelen: true) { nodes { id userId rechtvaardiging } } }`);
    expect(teBeoordelen.data?.noodtoegangen.nodes).toContainEqual(expect.objectContaining({ id: claimId, userId: raadsonderzoeker.userId, rechtvaardiging: expect.stringContaining("acuut geweld") }));
    const beoordeeld = await vraag(
      fgLokaalTeam,
      `mutation($n: ID!) { beoordeelNoodtoegang(noodtoegangId: $n, beoordeling: "Terecht: levensbedreigend, toestemming niet mogelijk.") { beoordeeldDoor } }`,
      { n: claimId },
    );
    expect(beoordeeld.data?.beoordeelNoodtoegang.beoordeeldDoor).toBe(fgLokaalTeam.userId);

    const spoor = await regels(fgLokaalTeam, DemoOrganisatie.LOKAAL_TEAM, { gezinId: gezin.id, gebruiker: fgLokaalTeam.userId });
    const beoordeling = spoor.nodes.find((r) => r.requestId === beoordeeld.requestId);
    expect(beoordeling).toMatchObject({ handeling: "UPDATE", beslissing: "TOEGESTAAN", rol: "PRIVACY_OFFICER" });
    expect(beoordeling?.veldpaden).toContain("Mutation.beoordeelNoodtoegang");
  });
});

/** RFC 4180 records with `;` as separator. */
function leesCsv(tekst: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let veld = "";
  let inAanhalingstekens = false;
  for (let i = 0; i < tekst.length; i++) {
    const teken = tekst[i]!;
    if (inAanhalingstekens) {
      if (teken === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (teken === '"') inAanhalingstekens = false;
      else veld += teken;
    } else if (teken === '"') inAanhalingstekens = true;
    else if (teken === ";") {
      record.push(veld);
      veld = "";
    } else if (teken === "\r" && tekst[i + 1] === "\n") {
      record.push(veld);
      records.push(record);
      record = [];
      veld = "";
      i++;
    } else veld += teken;
  }
  return records;
}

const CSV_KOP = [
  "gebeurtenis", "datum_tijd", "gebruiker", "namens_organisatie", "namens_rol", "client_gezin", "client_persoon", "wat_categorieen", "wat_velden",
  "beslissing", "reden", "grondslag", "grondslag_bron", "noodprocedure", "doel", "verzoek_id", "operatie", "log_organisatie", "volgnummer", "subgraph",
];

describe("CSV export", () => {
  const exporteer = async (principal: Principal, zoek: string): Promise<Response> =>
    fetch(`${hub.gateway.url.replace(/\/graphql$/, "")}/export/toegangslog.csv?${zoek}`, { headers: { authorization: `Bearer ${await token(principal)}` } });

  it("returns the named organisations' entries as a semicolon-separated CSV download, recorded as EXPORT", async () => {
    const telling = await vraag<{ lt: { totalCount: number }; gi: { totalCount: number } }>(
      fgSamenwerking,
      `query($f: ToegangslogFilter) { lt: toegangslogLokaalTeam(filter: $f, first: 1) { totalCount } gi: toegangslogGi(filter: $f, first: 1) { totalCount } }`,
      { f: { gezinId: rood.id } },
    );
    const response = await exporteer(fgSamenwerking, `organisaties=LOKAAL_TEAM,gi&gezinId=${rood.id}&van=${moment.t0.slice(0, 10)}&tot=${vandaag()}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="toegangslog-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [kop, ...rijen] = leesCsv(await response.text());
    expect(kop).toEqual(CSV_KOP);
    const kolom = (naam: string): number => CSV_KOP.indexOf(naam);
    // The count query was itself recorded in both logs, before the export read them.
    expect(rijen.filter((r) => r[kolom("log_organisatie")] === "LOKAAL_TEAM").length).toBe(telling.data!.lt.totalCount + 1);
    expect(rijen.filter((r) => r[kolom("log_organisatie")] === "GI").length).toBe(telling.data!.gi.totalCount + 1);
    expect(rijen.every((r) => r.length === CSV_KOP.length && r[kolom("client_gezin")] === rood.id)).toBe(true);

    // A row says what the entry says through GraphQL, column by column.
    const regel = (await regels(fgSamenwerking, DemoOrganisatie.GI, { gezinId: rood.id, gebruiker: jeugdbeschermer.userId })).nodes.find((r) => r.categorieen.includes("JUSTITIEEL"))!;
    const rij = rijen.find((r) => r[kolom("log_organisatie")] === "GI" && r[kolom("volgnummer")] === regel.volgnummer)!;
    expect(Object.fromEntries(CSV_KOP.map((naam, i) => [naam, rij[i]]))).toEqual({
      gebeurtenis: "READ",
      datum_tijd: regel.tijdstip,
      gebruiker: "gi-mariam-el-idrissi",
      namens_organisatie: "GI",
      namens_rol: "MEDEWERKER",
      client_gezin: rood.id,
      client_persoon: regel.persoonId ?? "",
      wat_categorieen: regel.categorieen.join(","),
      wat_velden: regel.veldpaden.join(","),
      beslissing: "TOEGESTAAN",
      reden: "",
      grondslag: regel.grondslag,
      grondslag_bron: regel.bron ?? "",
      noodprocedure: "false",
      // Quoted as RFC 4180 asks, and kept from running as a formula in a spreadsheet.
      doel: `'${DOEL_MET_SCHEIDINGSTEKENS}`,
      verzoek_id: verzoek.jeugdbeschermer,
      operatie: regel.operatie,
      log_organisatie: "GI",
      volgnummer: regel.volgnummer,
      subgraph: "gi",
    });

    const exportId = response.headers.get("x-request-id");
    // Its own organisation's log on the officer's own footing, the partner's on the partnership's.
    for (const [organisatie, bron] of [[DemoOrganisatie.LOKAAL_TEAM, "FG:LOKAAL_TEAM"], [DemoOrganisatie.GI, "FG:SAMENWERKING"]] as const) {
      const laatste = await regels(fgSamenwerking, organisatie, { gezinId: rood.id }, 3);
      expect(laatste.nodes).toContainEqual(
        expect.objectContaining({ requestId: exportId, handeling: "EXPORT", categorieen: expect.arrayContaining(["TOEZICHT"]), gebruiker: "fg-samenwerking", operatie: expect.stringContaining("ToegangslogExport"), bron }),
      );
    }
  });

  it("answers 401 without a token, and 403 with no CSV to a professional or an organisation's own privacy officer asking for another's log", async () => {
    const zonder = await fetch(`${hub.gateway.url.replace(/\/graphql$/, "")}/export/toegangslog.csv`);
    expect(zonder.status).toBe(401);
    const professional = await exporteer(vasteContactpersoon, `gezinId=${rood.id}`);
    expect(professional.status).toBe(403);
    expect(professional.headers.get("content-type")).toMatch(/application\/json/);
    expect(((await professional.json()) as { errors: Fout[] }).errors[0]?.extensions).toMatchObject({ code: "FORBIDDEN", organisatie: "LOKAAL_TEAM" });
    const anderLog = await exporteer(fgLokaalTeam, `organisaties=LOKAAL_TEAM,GI&gezinId=${rood.id}`);
    expect(anderLog.status).toBe(403);
    const fout = await exporteer(fgLokaalTeam, `organisaties=POLITIE`);
    expect(fout.status).toBe(400);
  });
});
