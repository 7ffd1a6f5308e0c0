import { Organisatie, type Principal, Rol, vandaag } from "@gezinsbeeld/shared-schema";
import { type DemoGezin, DemoOrganisatie, plusDagen } from "@gezinsbeeld/demo";
import { startHubForTest, type HubUnderTest } from "../support/hub";

/**
 * The rules of DOMAIN.md, each end to end through the gateway on seeded data,
 * with tokens for the demo professionals who would ask in practice.
 */
let hub: HubUnderTest;

beforeAll(async () => {
  hub = await startHubForTest(60);
});

afterAll(async () => {
  await hub?.close();
});

const als = (organisatie: Organisatie, rol: Rol, userId: string): Principal => ({ organisatie, rol, userId });
const teamleiderLokaalTeam = als(DemoOrganisatie.LOKAAL_TEAM, Rol.TEAMLEIDER, "lt-karin-smits");

function gezin(predicate: (g: DemoGezin) => boolean, wat: string): DemoGezin {
  const found = hub.scenario.gezinnen.find(predicate);
  if (!found) throw new Error(`the demo scenario has no ${wat}`);
  return found;
}

const medewerker = (g: DemoGezin, organisatie: Organisatie): Principal => {
  const m = hub.scenario.toegewezen(g, organisatie);
  return als(organisatie, Rol.MEDEWERKER, m.id);
};
const collega = (g: DemoGezin, organisatie: Organisatie): Principal => {
  const m = hub.scenario.collega(hub.scenario.toegewezen(g, organisatie));
  return als(organisatie, Rol.MEDEWERKER, m.id);
};

type Errors = Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }> | undefined;
const weigering = (errors: Errors, veld: string) => errors?.find((e) => e.path?.includes(veld) && e.extensions?.code === "FORBIDDEN");

describe("consent", () => {
  it("shows a partner what the household consented to, and hides it on the very next request after withdrawal", async () => {
    const g = gezin((x) => x.fase === "GROEN" && x.nummer % 5 !== 0, "green household");
    const gi = collega(g, DemoOrganisatie.GI);
    const query = `query($id: ID!) { gezin(id: $id) { zorgenEnKrachten { omschrijving } } }`;
    const voor = await hub.requestAs(gi, query, { id: g.id });
    expect(voor.errors).toBeUndefined();
    expect(voor.data?.gezin.zorgenEnKrachten.length).toBeGreaterThan(0);

    const lijst = await hub.requestAs(teamleiderLokaalTeam, `query($id: ID!) { gezin(id: $id) { toestemmingen { id partner actief } } }`, { id: g.id });
    const toestemming = lijst.data?.gezin.toestemmingen.find((t: { partner: string; actief: boolean }) => t.partner === "GI" && t.actief);
    const ingetrokken = await hub.requestAs(teamleiderLokaalTeam, `mutation($t: ID!) { trekToestemmingIn(toestemmingId: $t) { actief } }`, { t: toestemming.id });
    expect(ingetrokken.data?.trekToestemmingIn.actief).toBe(false);

    const na = await hub.requestAs(gi, query, { id: g.id });
    expect(na.data?.gezin.zorgenEnKrachten).toBeNull();
    expect(weigering(na.errors, "zorgenEnKrachten")?.extensions).toMatchObject({ categorie: "ZORGEN", reden: "consent-withdrawn" });
  });
});

describe("anonymous consult (GI product 1, VT consult)", () => {
  it("lets the advising partner see the case content without any identifying field", async () => {
    const g = gezin((x) => x.fase === "ADVIES" && x.mijlpalen.adviesDoor === DemoOrganisatie.GI, "household in anonymous GI advice");
    const gi = collega(g, DemoOrganisatie.GI);
    const response = await hub.requestAs(gi, `query($id: ID!) { gezin(id: $id) { naam postcode leden { bsn } aanleiding zorgenEnKrachten { omschrijving } } }`, { id: g.id });
    expect(response.data?.gezin.aanleiding).toEqual(expect.any(String));
    expect(response.data?.gezin.zorgenEnKrachten.length).toBeGreaterThan(0);
    for (const veld of ["naam", "postcode", "leden"]) {
      expect(response.data?.gezin[veld]).toBeNull();
      expect(weigering(response.errors, veld)?.extensions?.reden).toBe("regime");
    }
  });
});

describe("the RvdK and the household's knowledge", () => {
  it("shows the RvdK nothing of a household that was not told of its involvement, and everything it needs once told", async () => {
    const nietVerteld = gezin((x) => !!x.mijlpalen.raadsonderzoekVanaf && !x.mijlpalen.raadGeinformeerdOp, "household not told of the RvdK");
    const verteld = gezin((x) => x.fase === "ORANJE" && !!x.mijlpalen.raadGeinformeerdOp, "orange household told of the RvdK");
    const query = `query($id: ID!) { gezin(id: $id) { naam aanleiding beschermingsonderzoeken { status } } }`;
    const geheim = await hub.requestAs(medewerker(nietVerteld, DemoOrganisatie.RVDK), query, { id: nietVerteld.id });
    expect(geheim.data?.gezin ?? null).toBeNull();
    expect(geheim.errors?.every((e) => e.extensions?.code === "FORBIDDEN" && e.extensions?.reden === "household-not-informed")).toBe(true);
    const open = await hub.requestAs(medewerker(verteld, DemoOrganisatie.RVDK), query, { id: verteld.id });
    expect(open.errors).toBeUndefined();
    expect(open.data?.gezin.beschermingsonderzoeken.length).toBeGreaterThan(0);
  });
});

describe("separation of duties (rule 5)", () => {
  it("refuses the professional who advised in the voluntary phase on the forced investigation, and admits the colleague who investigates", async () => {
    const g = gezin((x) => x.fase === "ORANJE" && x.mijlpalen.adviesDoor === DemoOrganisatie.VEILIG_THUIS, "orange household advised by VT");
    const query = `query($id: ID!) { gezin(id: $id) { meldingen { datum } onderzoeken { status } } }`;
    const adviseur = await hub.requestAs(medewerker(g, DemoOrganisatie.VEILIG_THUIS), query, { id: g.id });
    expect(adviseur.data?.gezin ?? null).toBeNull();
    expect(adviseur.errors?.length).toBeGreaterThan(0);
    expect(adviseur.errors?.every((e) => e.extensions?.code === "FORBIDDEN" && e.extensions?.reden === "separation-of-duties")).toBe(true);
    const onderzoeker = await hub.requestAs(collega(g, DemoOrganisatie.VEILIG_THUIS), query, { id: g.id });
    expect(onderzoeker.errors).toBeUndefined();
    expect(onderzoeker.data?.gezin.meldingen.length).toBeGreaterThan(0);
  });
});

describe("experts by experience", () => {
  it("get contact counts and never any Veilig Thuis content, for any household", async () => {
    const ed = als(DemoOrganisatie.ERVARINGSDESKUNDIGEN, Rol.TEAMLEIDER, "ed-henk-de-lange");
    const vt = hub.subgraphs.find((s) => s.name === "veilig-thuis")!;
    vt.statements.reset();
    for (const g of hub.scenario.gezinnen) {
      const response = await hub.requestAs(ed, `query($id: ID!) { gezin(id: $id) { ervaringsdeskundigen { totaalContacten } meldingen { datum melder { naam } } vertrouwensartsAdviezen { advies } adviezen { advies } } }`, { id: g.id });
      for (const veld of ["meldingen", "vertrouwensartsAdviezen", "adviezen"]) expect(response.data?.gezin?.[veld] ?? null).toBeNull();
    }
    // The gateway removed every Veilig Thuis field before planning: the subgraph was never asked for data;
    // it only recorded the gateway's refusals in its own log: every request, with the household wherever it was visible.
    expect(vt.statements.statements.filter((sql) => !/toegangslog|^(START TRANSACTION|COMMIT|SET LOCAL)/.test(sql))).toEqual([]);
    const [{ verzoeken, gezinnen }] = (await vt.db.query(
      `SELECT count(DISTINCT request_id)::int AS verzoeken, count(DISTINCT gezin_id)::int AS gezinnen FROM toegangslog
       WHERE gebruiker = $1 AND subgraph = 'gateway' AND beslissing = 'GEWEIGERD'`,
      [ed.userId],
    )) as [{ verzoeken: number; gezinnen: number }];
    expect(verzoeken).toBe(hub.scenario.gezinnen.length);
    expect(gezinnen).toBeGreaterThan(0);
    const g = gezin((x) => !!x.mijlpalen.ervaringsdeskundigeVanaf && x.fase === "GROEN", "green household with an expert");
    const eigen = await hub.requestAs(medewerker(g, DemoOrganisatie.ERVARINGSDESKUNDIGEN), `query($id: ID!) { gezin(id: $id) { ervaringsdeskundigen { totaalContacten contactregistraties { aantalContacten } } } }`, { id: g.id });
    expect(eigen.errors).toBeUndefined();
    expect(eigen.data?.gezin.ervaringsdeskundigen[0].totaalContacten).toEqual(expect.any(Number));
  });
});

describe("need to know", () => {
  it("shows an organisation without an active involvement nothing, and ends access when the involvement ends", async () => {
    const g = gezin((x) => x.fase === "ADVIES" && x.mijlpalen.adviesDoor === DemoOrganisatie.GI, "household without Veilig Thuis");
    const vt = als(DemoOrganisatie.VEILIG_THUIS, Rol.TEAMLEIDER, "vt-marco-jansen");
    const nooit = await hub.requestAs(vt, `query($id: ID!) { gezin(id: $id) { naam aanleiding } }`, { id: g.id });
    expect(nooit.data?.gezin ?? null).toBeNull();
    expect(nooit.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "no-involvement" });

    const groen = gezin((x) => x.fase === "GROEN" && x.nummer % 5 !== 0 && x.nummer !== 1, "green household with GI involvement");
    const gi = collega(groen, DemoOrganisatie.GI);
    const query = `query($id: ID!) { gezin(id: $id) { aanleiding } }`;
    expect((await hub.requestAs(gi, query, { id: groen.id })).data?.gezin.aanleiding).toEqual(expect.any(String));
    const lijst = await hub.requestAs(teamleiderLokaalTeam, `query($id: ID!) { gezin(id: $id) { betrokkenheden { id organisatie regime actief } } }`, { id: groen.id });
    const betrokkenheid = lijst.data?.gezin.betrokkenheden.find((b: { organisatie: string; actief: boolean }) => b.organisatie === "GI" && b.actief);
    const einde = await hub.requestAs(teamleiderLokaalTeam, `mutation($b: ID!, $d: Datum!) { beeindigBetrokkenheid(betrokkenheidId: $b, einddatum: $d) { actief } }`, { b: betrokkenheid.id, d: plusDagen(vandaag(), -1) });
    expect(einde.data?.beeindigBetrokkenheid.actief).toBe(false);
    const na = await hub.requestAs(gi, query, { id: groen.id });
    expect(na.data?.gezin ?? null).toBeNull();
    expect(na.errors?.[0]?.extensions?.reden).toBe("no-involvement");
  });
});

describe("the reporter's identity", () => {
  it("is visible to Veilig Thuis only: never to the household, the local team or the GI", async () => {
    // Orange: Veilig Thuis investigates after the melding, the GI acts together with the local team.
    const g = gezin((x) => x.fase === "ORANJE" && !!x.mijlpalen.meldingOp && x.nummer % 5 !== 0, "orange household with a melding");
    const query = `query($id: ID!) { gezin(id: $id) { meldingen { datum melder { naam } } } }`;
    const vt = await hub.requestAs(als(DemoOrganisatie.VEILIG_THUIS, Rol.TEAMLEIDER, "vt-marco-jansen"), query, { id: g.id });
    expect(vt.errors).toBeUndefined();
    expect(vt.data?.gezin.meldingen.length).toBeGreaterThan(0);
    const anderen: Principal[] = [
      teamleiderLokaalTeam,
      collega(g, DemoOrganisatie.GI),
      { userId: "inwoner", rol: Rol.INWONER, organisatie: null, bsn: g.leden[0]!.bsn },
    ];
    for (const principal of anderen) {
      const response = await hub.requestAs(principal, query, { id: g.id });
      const melders = (response.data?.gezin?.meldingen ?? []).map((m: { melder: unknown }) => m.melder);
      expect(melders.length).toBeGreaterThan(0);
      expect(melders.every((m: unknown) => m === null)).toBe(true);
      expect(response.errors?.some((e) => e.extensions?.reden === "protected-reporter")).toBe(true);
    }
  });
});

describe("the household (role inwoner)", () => {
  it("sees its own dossier minus protected fields, and nothing of any other household", async () => {
    const g = gezin((x) => x.fase === "ROOD", "red household");
    const ander = gezin((x) => x.fase === "GROEN", "another household");
    const inwoner: Principal = { userId: `inwoner-${g.leden[0]!.bsn}`, rol: Rol.INWONER, organisatie: null, bsn: g.leden[0]!.bsn };
    const eigen = await hub.requestAs(inwoner, `query($id: ID!) { gezin(id: $id) { naam leden { voornamen } maatregelen { soort } } }`, { id: g.id });
    expect(eigen.errors).toBeUndefined();
    expect(eigen.data?.gezin.naam).toBe(g.naam);
    const lijst = await hub.requestAs(inwoner, `{ gezinnen(first: 100) { totalCount nodes { id } } }`);
    expect(lijst.data?.gezinnen.nodes).toEqual([{ id: g.id }]);
    const vreemd = await hub.requestAs(inwoner, `query($id: ID!) { gezin(id: $id) { naam } }`, { id: ander.id });
    expect(vreemd.data?.gezin ?? null).toBeNull();
    expect(vreemd.errors?.[0]?.extensions?.reden).toBe("not-own-household");
  });
});

describe("break-glass", () => {
  it("opens a household for a limited time on a written justification, marks it, and lists it for the privacy officer's review", async () => {
    const g = gezin((x) => x.fase === "ADVIES" && x.mijlpalen.adviesDoor === DemoOrganisatie.GI, "household without Veilig Thuis");
    const vt = als(DemoOrganisatie.VEILIG_THUIS, Rol.MEDEWERKER, "vt-eva-hermans");
    const query = `query($id: ID!) { gezin(id: $id) { naam aanleiding } }`;
    expect((await hub.requestAs(vt, query, { id: g.id })).errors?.[0]?.extensions?.reden).toBe("no-involvement");
    const zonder = await hub.requestAs(vt, `mutation($g: ID!) { claimNoodtoegang(gezinId: $g, invoer: { rechtvaardiging: "", wettelijkeGrondslag: "art. 7:457 BW" }) { id } }`, { g: g.id });
    expect(zonder.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const claim = await hub.requestAs(
      vt,
      `mutation($g: ID!) { claimNoodtoegang(gezinId: $g, invoer: { rechtvaardiging: "Kind meldt acuut geweld thuis; de ouders zijn niet bereikbaar en de politie is onderweg.", wettelijkeGrondslag: "Levensbedreigende situatie (AVG art. 6 lid 1 onder d)" }) { id vanaf tot } }`,
      { g: g.id },
    );
    expect(claim.errors).toBeUndefined();
    const uren = (Date.parse(claim.data?.claimNoodtoegang.tot) - Date.parse(claim.data?.claimNoodtoegang.vanaf)) / 3_600_000;
    expect(uren).toBe(24);
    const open = await hub.requestAs(vt, query, { id: g.id });
    expect(open.errors).toBeUndefined();
    expect(open.data?.gezin.naam).toBe(g.naam);

    const po = als(DemoOrganisatie.LOKAAL_TEAM, Rol.PRIVACY_OFFICER, "lt-paul-verhoef");
    const teBeoordelen = await hub.requestAs(po, `{ noodtoegangen(teBeoordelen: true) { nodes { id userId rechtvaardiging } } }`);
    expect(teBeoordelen.errors).toBeUndefined();
    expect(teBeoordelen.data?.noodtoegangen.nodes.map((n: { id: string }) => n.id)).toContain(claim.data?.claimNoodtoegang.id);

    // Expired: access ends with it.
    const lokaalTeam = hub.subgraphs.find((s) => s.name === "lokaal-team")!;
    await lokaalTeam.db.query(`UPDATE noodtoegang SET vanaf = now() - interval '2 days', tot = now() - interval '1 day' WHERE id = $1`, [claim.data?.claimNoodtoegang.id]);
    expect((await hub.requestAs(vt, query, { id: g.id })).errors?.[0]?.extensions?.reden).toBe("no-involvement");
  });
});
