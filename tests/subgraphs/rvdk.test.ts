import { randomUUID } from "node:crypto";

import { gi } from "@gezinsbeeld/gi";
import { rvdk } from "@gezinsbeeld/rvdk";
import { type Aankondiging, buildFederatedSchema, Organisatie, type Principal, Rol } from "@gezinsbeeld/shared-schema";
import { type DemoGezin, DemoOrganisatie, demoScenario, demoUuid, plusDagen } from "@gezinsbeeld/demo";
import { Kind, parse } from "graphql";
import { type GraphQLResponse, type PartnerUnderTest, startPartnerForTest, startSubgraphForTest, type SubgraphUnderTest } from "../support/subgraph";
import { expectOnbekendAlsGeweigerd } from "../support/bestaan";

// The default scenario twice over (households 61-120 repeat the phases): the RvdK is involved in only part of it, and
// the N+1 check wants more than twenty households whose raadsdossier one requester may read (see that test).
const scenario = demoScenario(120);
// The RvdK subgraph, with a seeded lokaal-team as its access register (`subgraph.register`).
let subgraph: PartnerUnderTest;
// The GI, seeded alike: its measures announce the involvement under which a jeugdbeschermer reads the RvdK's justice data.
let giSubgraph: SubgraphUnderTest | undefined;

const gezin = (predicate: (g: DemoGezin) => boolean): DemoGezin => {
  const found = scenario.gezinnen.find(predicate);
  if (!found) throw new Error("the demo scenario has no such household");
  return found;
};
const kinderenVan = (g: DemoGezin): string[] => g.leden.filter((lid) => lid.gezinsrol === "KIND").map((lid) => lid.id);

const rood = gezin((g) => g.fase === "ROOD" && kinderenVan(g).length > 1);
const anderRood = gezin((g) => g.fase === "ROOD" && g.id !== rood.id);
const oranje = gezin((g) => g.fase === "ORANJE" && !!g.mijlpalen.raadsonderzoekVanaf && !!g.mijlpalen.raadGeinformeerdOp);
const nietGeinformeerd = gezin((g) => !!g.mijlpalen.raadsonderzoekVanaf && !g.mijlpalen.raadGeinformeerdOp);
const advies = gezin((g) => g.fase === "ADVIES");
const groen = gezin((g) => g.fase === "GROEN");
// Another green household, one the RvdK is asked about in these tests.
const groenNaarRaad = gezin((g) => g.fase === "GROEN" && g.id !== groen.id && kinderenVan(g).length > 0);
// An orange household (Veilig Thuis investigates) the RvdK has no investigation for. In beforeAll the local team
// registers the RvdK's involvement (named raadsonderzoeker, household told): the tests' requests, investigations
// and requests to the court are recorded here, where the RvdK may work, instead of in unknown households.
const werkgezin = gezin((g) => g.fase === "ORANJE" && !g.mijlpalen.raadsonderzoekVanaf && kinderenVan(g).length > 0);

const als = (organisatie: Organisatie, rol: Rol, userId: string): Principal => ({ organisatie, rol, userId });
/** The professional of `organisatie` named on the household's involvement (raadsonderzoeker, jeugdbeschermer, fixed contact). */
const medewerker = (g: DemoGezin, organisatie: Organisatie): Principal => als(organisatie, Rol.MEDEWERKER, scenario.toegewezen(g, organisatie).id);
/** A colleague with the same role, not named on the household's involvement. */
const collega = (g: DemoGezin, organisatie: Organisatie): Principal =>
  als(organisatie, Rol.MEDEWERKER, scenario.collega(scenario.toegewezen(g, organisatie)).id);
const raadTeamleider = als(DemoOrganisatie.RVDK, Rol.TEAMLEIDER, "rvdk-els-timmer");
const lokaalTeamleider = als(DemoOrganisatie.LOKAAL_TEAM, Rol.TEAMLEIDER, "lt-karin-smits");
const giTeamleider = als(DemoOrganisatie.GI, Rol.TEAMLEIDER, "gi-anouk-schouten");
/** The raadsonderzoeker named on the RvdK's involvement with {@link werkgezin}. */
const werkRaadsonderzoeker = medewerker(werkgezin, DemoOrganisatie.RVDK);

const RAADSDOSSIER = `
  verzoekenTotOnderzoek { id ontvangenOp verzoeker reden gezinGeinformeerdOp status beoordeeldOp beschermingsonderzoek { id } }
  beschermingsonderzoeken {
    id startdatum einddatum status conclusie conclusieToelichting
    raadsonderzoeker { id naam organisatie }
    betreft { id }
    verzoek { id }
    verzoekschriften { id }
  }
  verzoekschriften { id ingediendOp gevraagdeMaatregel uitspraak uitspraakOp beschermingsonderzoek { id } }
`;
const RAADSDOSSIER_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Gezin { id ${RAADSDOSSIER} } } }`;

/** The household's raadsdossier through `_entities`, as `principal` (default: a teamleider of the RvdK); must be allowed. */
async function raadsdossier(gezinId: string, principal?: Principal): Promise<Record<string, any>> {
  const response = await subgraph.request(RAADSDOSSIER_ENTITIES, { r: [{ __typename: "Gezin", id: gezinId }] }, principal);
  expect(response.errors).toBeUndefined();
  return response.data!._entities[0];
}

/** Refused as a whole: no data, and every error FORBIDDEN with `reden`. */
function expectGeweigerd(response: GraphQLResponse, reden: string): void {
  expect(response.errors?.length).toBeGreaterThan(0);
  for (const error of response.errors!) expect(error.extensions).toMatchObject({ code: "FORBIDDEN", reden });
}


/** The raadsdossier of the household is refused to `principal` with `reden`. */
async function expectDossierGeweigerd(gezinId: string, principal: Principal, reden: string): Promise<void> {
  const response = await subgraph.request(RAADSDOSSIER_ENTITIES, { r: [{ __typename: "Gezin", id: gezinId }] }, principal);
  expect(response.data?._entities[0] ?? null).toBeNull();
  expectGeweigerd(response, reden);
}

/** The local team (as the register's teamleider) registers the RvdK's involvement, told to the household; returns its id. */
async function registreerRaad(g: DemoGezin, raadsonderzoeker: Principal, geinformeerdOp: string | null = scenario.peildatum): Promise<string> {
  const response = await subgraph.register.request(
    `mutation($g: ID!, $i: BetrokkenheidInvoer!) { registreerBetrokkenheid(gezinId: $g, invoer: $i) { id } }`,
    {
      g: g.id,
      i: { organisatie: "RVDK", regime: "ORANJE", intensiteit: "MIDDEL", startdatum: scenario.peildatum, medewerkerId: raadsonderzoeker.userId, geinformeerdOp },
    },
    lokaalTeamleider,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.registreerBetrokkenheid.id;
}

async function aantal(tabel: string): Promise<number> {
  const [{ count }] = await subgraph.db.query(`SELECT count(*)::int AS count FROM "${tabel}"`);
  return count;
}

const ONTVANG = `mutation($gezinId: ID!, $invoer: VerzoekTotOnderzoekInvoer!) {
  ontvangVerzoekTotOnderzoek(gezinId: $gezinId, invoer: $invoer) { id status gezinGeinformeerdOp }
}`;
const NEEM_AAN = `mutation($id: ID!, $op: Datum!) { neemVerzoekTotOnderzoekAan(verzoekId: $id, op: $op, toelichting: "Ernstige zorgen") { id status beoordeeldOp } }`;
const OPEN = `mutation($id: ID!, $invoer: BeschermingsonderzoekInvoer!) {
  openBeschermingsonderzoek(verzoekId: $id, invoer: $invoer) { id status startdatum betreft { id } raadsonderzoeker { id } }
}`;
const ROND_AF = `mutation($id: ID!, $invoer: BeschermingsonderzoekAfrondingInvoer!) {
  rondBeschermingsonderzoekAf(onderzoekId: $id, invoer: $invoer) { id status einddatum conclusie conclusieToelichting }
}`;
const DIEN_IN = `mutation($id: ID!, $invoer: VerzoekschriftInvoer!) {
  dienVerzoekschriftIn(beschermingsonderzoekId: $id, invoer: $invoer) { id ingediendOp gevraagdeMaatregel uitspraak }
}`;

/** A fresh request, accepted, with an open investigation, in the household where the RvdK works in these tests. */
async function lopendOnderzoek(start = "2025-03-10"): Promise<{ gezinId: string; verzoekId: string; onderzoekId: string }> {
  const gezinId = werkgezin.id;
  const verzoek = await subgraph.request(ONTVANG, {
    gezinId,
    invoer: { ontvangenOp: "2025-03-01", verzoeker: "LOKAAL_TEAM", reden: "Zorgen blijven ondanks hulp.", gezinGeinformeerdOp: "2025-03-01" },
  });
  const verzoekId = verzoek.data!.ontvangVerzoekTotOnderzoek.id;
  await subgraph.request(NEEM_AAN, { id: verzoekId, op: "2025-03-05" });
  const onderzoek = await subgraph.request(OPEN, {
    id: verzoekId,
    invoer: { startdatum: start, raadsonderzoekerId: werkRaadsonderzoeker.userId, betreft: kinderenVan(werkgezin) },
  });
  expect(onderzoek.errors).toBeUndefined();
  return { gezinId, verzoekId, onderzoekId: onderzoek.data!.openBeschermingsonderzoek.id };
}

beforeAll(async () => {
  subgraph = await startPartnerForTest(rvdk, { seed: scenario });
  giSubgraph = await startSubgraphForTest(gi, { seed: scenario, keys: subgraph.keys, toegangsregisterUrl: subgraph.register.url });
  await registreerRaad(werkgezin, werkRaadsonderzoeker);
});

afterAll(async () => {
  await giSubgraph?.close();
  await subgraph?.close();
});

describe("rvdk subgraph: the seeded raadsdossier follows each household's phase", () => {
  it("shows a red household's request, its closed investigation and the granted request to the court on the scenario's dates", async () => {
    // The RvdK's own involvement ended with its investigation; the jeugdbeschermer executing the measure reads
    // the RvdK's justice data under the GI's legal duty (regime red).
    await expectDossierGeweigerd(rood.id, medewerker(rood, DemoOrganisatie.RVDK), "no-involvement");
    const dossier = await raadsdossier(rood.id, medewerker(rood, DemoOrganisatie.GI));
    const m = rood.mijlpalen;
    expect(dossier.verzoekenTotOnderzoek).toHaveLength(1);
    const [verzoek] = dossier.verzoekenTotOnderzoek;
    expect(verzoek.status).toBe("AANGENOMEN");
    expect(verzoek.ontvangenOp < m.raadsonderzoekVanaf!).toBe(true);
    expect(["VEILIG_THUIS", "LOKAAL_TEAM"]).toContain(verzoek.verzoeker);
    expect(verzoek.gezinGeinformeerdOp).toBe(m.raadGeinformeerdOp);
    expect(verzoek.beschermingsonderzoek.id).toBe(dossier.beschermingsonderzoeken[0].id);

    expect(dossier.beschermingsonderzoeken).toHaveLength(1);
    const [onderzoek] = dossier.beschermingsonderzoeken;
    expect(onderzoek).toMatchObject({
      startdatum: m.raadsonderzoekVanaf,
      einddatum: m.raadsonderzoekTot,
      status: "AFGEROND",
      conclusie: "ONDERTOEZICHTSTELLING",
      verzoek: { id: verzoek.id },
    });
    expect(onderzoek.conclusieToelichting).toMatch(/ondertoezichtstelling/i);
    const toegewezen = scenario.toegewezen(rood, DemoOrganisatie.RVDK);
    expect(onderzoek.raadsonderzoeker).toEqual({ id: toegewezen.id, naam: toegewezen.naam, organisatie: "RVDK" });
    expect(onderzoek.betreft.map((p: { id: string }) => p.id).sort()).toEqual(kinderenVan(rood).sort());

    expect(dossier.verzoekschriften).toHaveLength(1);
    const [verzoekschrift] = dossier.verzoekschriften;
    expect(verzoekschrift).toMatchObject({
      gevraagdeMaatregel: "OTS",
      uitspraak: "TOEGEWEZEN",
      uitspraakOp: m.maatregelVanaf,
      beschermingsonderzoek: { id: onderzoek.id },
    });
    expect(verzoekschrift.ingediendOp > m.raadsonderzoekTot! && verzoekschrift.ingediendOp < m.maatregelVanaf!).toBe(true);
    expect(onderzoek.verzoekschriften).toEqual([{ id: verzoekschrift.id }]);
  });

  it("shows an orange household's investigation as still running, without conclusion or request to the court", async () => {
    // Asked by the raadsonderzoeker named on the RvdK's (running, told) involvement.
    const dossier = await raadsdossier(oranje.id, medewerker(oranje, DemoOrganisatie.RVDK));
    expect(dossier.beschermingsonderzoeken).toHaveLength(1);
    expect(dossier.beschermingsonderzoeken[0]).toMatchObject({
      startdatum: oranje.mijlpalen.raadsonderzoekVanaf,
      einddatum: null,
      status: "LOPEND",
      conclusie: null,
    });
    expect(dossier.verzoekschriften).toEqual([]);
  });

  it("records no informing date for the household the scenario has not yet told of the RvdK", async () => {
    // Rule 4: the RvdK itself sees nothing of it, not even its own raadsonderzoeker; the household's fixed
    // contact at the local team sees the RvdK's justice data through the tandem.
    await expectDossierGeweigerd(nietGeinformeerd.id, medewerker(nietGeinformeerd, DemoOrganisatie.RVDK), "household-not-informed");
    await expectDossierGeweigerd(nietGeinformeerd.id, raadTeamleider, "household-not-informed");
    const dossier = await raadsdossier(nietGeinformeerd.id, medewerker(nietGeinformeerd, DemoOrganisatie.LOKAAL_TEAM));
    expect(dossier.verzoekenTotOnderzoek).toHaveLength(1);
    expect(dossier.verzoekenTotOnderzoek[0].gezinGeinformeerdOp).toBeNull();
    const [{ count }] = await subgraph.db.query(`SELECT count(*)::int AS count FROM verzoek_tot_onderzoek WHERE "gezinGeinformeerdOp" IS NULL`);
    const verwacht = scenario.gezinnen.filter((g) => g.mijlpalen.raadsonderzoekVanaf && !g.mijlpalen.raadGeinformeerdOp).length;
    expect(count).toBe(verwacht);
  });

  it("has nothing for households the RvdK was never asked about, and refuses them to the RvdK", async () => {
    // Without an involvement the RvdK sees nothing of a household (need to know).
    for (const g of [advies, groen]) await expectDossierGeweigerd(g.id, raadTeamleider, "no-involvement");
    // Where the register shows the RvdK's involvement but no request has come in, its dossier is empty.
    for (const principal of [raadTeamleider, werkRaadsonderzoeker]) {
      const dossier = await raadsdossier(werkgezin.id, principal);
      expect(dossier).toMatchObject({ id: werkgezin.id, verzoekenTotOnderzoek: [], beschermingsonderzoeken: [], verzoekschriften: [] });
    }
    expect(await aantal("verzoek_tot_onderzoek")).toBe(scenario.gezinnen.filter((g) => g.mijlpalen.raadsonderzoekVanaf).length);
    expect(await aantal("verzoekschrift")).toBe(scenario.gezinnen.filter((g) => g.mijlpalen.maatregelVanaf).length);
  });

  it("shows a child the investigations that concern it, through the Persoon extension keyed by child and household", async () => {
    // The GI's teamleider: the GI executes the measure in both red households (legal duty covers justice data).
    const [kind] = kinderenVan(rood);
    const response = await subgraph.request(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Persoon { id gezinId beschermingsonderzoeken { id startdatum betreft { id gezinId } } } } }`,
      {
        r: [
          { __typename: "Persoon", id: kind, gezinId: rood.id },
          { __typename: "Persoon", id: randomUUID(), gezinId: rood.id },
          { __typename: "Persoon", id: kind, gezinId: anderRood.id },
          { __typename: "Persoon", id: kind, gezinId: "geen-uuid" },
        ],
      },
      giTeamleider,
    );
    const [metOnderzoek, zonder, anderGezin, ongeldig] = response.data!._entities;
    expect(metOnderzoek).toMatchObject({ id: kind, gezinId: rood.id });
    expect(metOnderzoek.beschermingsonderzoeken).toEqual([
      {
        id: demoUuid(`rvdk-beschermingsonderzoek-${rood.nummer}`),
        startdatum: rood.mijlpalen.raadsonderzoekVanaf,
        betreft: kinderenVan(rood).map((id) => ({ id, gezinId: rood.id })),
      },
    ]);
    expect(zonder.beschermingsonderzoeken).toEqual([]);
    // The same child under another household (which has an investigation of its own): none of its investigations show there.
    expect(anderGezin).toEqual({ id: kind, gezinId: anderRood.id, beschermingsonderzoeken: [] });
    // No household can have an id that is no UUID: nothing, and access to it is refused (fail closed).
    expect(ongeldig).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ path: ["_entities", 3], extensions: { code: "FORBIDDEN", reden: "no-involvement" } });
  });

  it("answers the raadsdossier query and lists only the RvdK's own staff", async () => {
    const response = await subgraph.request(
      `query($id: ID!) { raadsdossier(gezinId: $id) { id beschermingsonderzoeken { status } } medewerkersRaad { id organisatie } }`,
      { id: oranje.id },
      raadTeamleider,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.raadsdossier.beschermingsonderzoeken).toEqual([{ status: "LOPEND" }]);
    const raad = scenario.medewerkers.filter((m) => m.organisatie === DemoOrganisatie.RVDK);
    expect(response.data!.medewerkersRaad.map((m: { id: string }) => m.id).sort()).toEqual(raad.map((m) => m.id).sort());

    // The red household's closed investigation: to the jeugdbeschermer under the measure, no longer to the RvdK.
    const query = `query($id: ID!) { raadsdossier(gezinId: $id) { id beschermingsonderzoeken { status } } }`;
    const gi = await subgraph.request(query, { id: rood.id }, medewerker(rood, DemoOrganisatie.GI));
    expect(gi.errors).toBeUndefined();
    expect(gi.data!.raadsdossier.beschermingsonderzoeken).toEqual([{ status: "AFGEROND" }]);
    const raadRood = await subgraph.request(query, { id: rood.id }, raadTeamleider);
    expect(raadRood.data?.raadsdossier ?? null).toBeNull();
    expectGeweigerd(raadRood, "no-involvement");
  });

  it("loads the raadsdossier of many households with as many statements as of one (no N+1)", async () => {
    // The local team's teamleider: as keeper of the dossier it sees the RvdK's justice data of every open household
    // the RvdK investigated (the tandem), including those whose RvdK involvement has ended. Closed dossiers are out.
    const metRaad = scenario.gezinnen.filter((g) => g.mijlpalen.raadsonderzoekVanaf && g.fase !== "MAATREGEL_BEEINDIGD");
    const query = RAADSDOSSIER_ENTITIES.replace("betreft { id }", "betreft { id beschermingsonderzoeken { id } }");
    const tel = async (gezinnen: DemoGezin[]): Promise<number> => {
      subgraph.statements.reset();
      const response = await subgraph.request(query, { r: gezinnen.map((g) => ({ __typename: "Gezin", id: g.id })) }, lokaalTeamleider);
      expect(response.errors).toBeUndefined();
      expect(response.data!._entities.every((e: { beschermingsonderzoeken: unknown[] }) => e.beschermingsonderzoeken.length === 1)).toBe(true);
      return subgraph.statements.count;
    };
    const een = await tel([rood]);
    const alle = await tel(metRaad);
    expect(metRaad.length).toBeGreaterThan(20);
    expect(een).toBeGreaterThan(0);
    expect(alle).toBe(een);
  });
});

describe("rvdk subgraph: the RvdK's work", () => {
  it("takes a request from receipt through investigation to the court's decision, and reads it all back", async () => {
    // The local team registers the RvdK's involvement with the household (told of it), naming the raadsonderzoeker,
    // who then does every step and reads the result back.
    const gezinId = groenNaarRaad.id;
    const hans = als(DemoOrganisatie.RVDK, Rol.MEDEWERKER, "rvdk-hans-vermeulen");
    await registreerRaad(groenNaarRaad, hans);
    const ontvangen = await subgraph.request(
      ONTVANG,
      { gezinId, invoer: { ontvangenOp: "2025-06-02", verzoeker: "VEILIG_THUIS", reden: "  Herhaald geweld in het bijzijn van de kinderen.  " } },
      hans,
    );
    expect(ontvangen.errors).toBeUndefined();
    const verzoekId = ontvangen.data!.ontvangVerzoekTotOnderzoek.id;
    expect(ontvangen.data!.ontvangVerzoekTotOnderzoek).toMatchObject({ status: "ONTVANGEN", gezinGeinformeerdOp: null });

    const geinformeerd = await subgraph.request(
      `mutation($id: ID!) { registreerGezinGeinformeerd(verzoekId: $id, op: "2025-06-03") { gezinGeinformeerdOp } }`,
      { id: verzoekId },
      hans,
    );
    expect(geinformeerd.data!.registreerGezinGeinformeerd.gezinGeinformeerdOp).toBe("2025-06-03");

    const aangenomen = await subgraph.request(NEEM_AAN, { id: verzoekId, op: "2025-06-04" }, hans);
    expect(aangenomen.data!.neemVerzoekTotOnderzoekAan).toMatchObject({ status: "AANGENOMEN", beoordeeldOp: "2025-06-04" });

    const kinderen = kinderenVan(groenNaarRaad);
    const geopend = await subgraph.request(
      OPEN,
      { id: verzoekId, invoer: { startdatum: "2025-06-10", raadsonderzoekerId: "rvdk-hans-vermeulen", betreft: kinderen } },
      hans,
    );
    expect(geopend.errors).toBeUndefined();
    const onderzoekId = geopend.data!.openBeschermingsonderzoek.id;
    expect(geopend.data!.openBeschermingsonderzoek).toMatchObject({ status: "LOPEND", raadsonderzoeker: { id: "rvdk-hans-vermeulen" } });

    const afgerond = await subgraph.request(
      ROND_AF,
      { id: onderzoekId, invoer: { einddatum: "2025-09-01", conclusie: "UITHUISPLAATSING", toelichting: "Thuis is onveilig; plaatsing bij de grootouders is nodig." } },
      hans,
    );
    expect(afgerond.errors).toBeUndefined();
    expect(afgerond.data!.rondBeschermingsonderzoekAf).toMatchObject({ status: "AFGEROND", einddatum: "2025-09-01", conclusie: "UITHUISPLAATSING" });

    const ingediend = await subgraph.request(
      DIEN_IN,
      { id: onderzoekId, invoer: { ingediendOp: "2025-09-05", gevraagdeMaatregel: "MACHTIGING_UITHUISPLAATSING" } },
      hans,
    );
    expect(ingediend.errors).toBeUndefined();
    const verzoekschriftId = ingediend.data!.dienVerzoekschriftIn.id;
    expect(ingediend.data!.dienVerzoekschriftIn.uitspraak).toBeNull();

    const uitspraak = await subgraph.request(
      `mutation($id: ID!) { registreerUitspraakKinderrechter(verzoekschriftId: $id, invoer: { uitspraak: AFGEWEZEN, op: "2025-09-20" }) { uitspraak uitspraakOp } }`,
      { id: verzoekschriftId },
      hans,
    );
    expect(uitspraak.data!.registreerUitspraakKinderrechter).toEqual({ uitspraak: "AFGEWEZEN", uitspraakOp: "2025-09-20" });

    const dossier = await raadsdossier(gezinId, hans);
    expect(dossier.verzoekenTotOnderzoek).toEqual([
      expect.objectContaining({
        id: verzoekId,
        reden: "Herhaald geweld in het bijzijn van de kinderen.",
        status: "AANGENOMEN",
        gezinGeinformeerdOp: "2025-06-03",
        beschermingsonderzoek: { id: onderzoekId },
      }),
    ]);
    expect(dossier.beschermingsonderzoeken).toEqual([
      expect.objectContaining({ id: onderzoekId, status: "AFGEROND", betreft: kinderen.map((id) => ({ id })), verzoekschriften: [{ id: verzoekschriftId }] }),
    ]);
    expect(dossier.verzoekschriften).toEqual([
      expect.objectContaining({ id: verzoekschriftId, gevraagdeMaatregel: "MACHTIGING_UITHUISPLAATSING", uitspraak: "AFGEWEZEN", uitspraakOp: "2025-09-20" }),
    ]);
  });

  it("rejects a request with its reason, after which no investigation can be opened on it", async () => {
    const verzoek = await subgraph.request(ONTVANG, {
      gezinId: werkgezin.id,
      invoer: { ontvangenOp: "2025-04-01", verzoeker: "GI", reden: "Ouders werken niet mee." },
    });
    const verzoekId = verzoek.data!.ontvangVerzoekTotOnderzoek.id;
    const afgewezen = await subgraph.request(
      `mutation($id: ID!) { wijsVerzoekTotOnderzoekAf(verzoekId: $id, op: "2025-04-03", reden: "Vrijwillige hulp is nog niet benut.") { status beoordelingToelichting } }`,
      { id: verzoekId },
    );
    expect(afgewezen.data!.wijsVerzoekTotOnderzoekAf).toEqual({ status: "AFGEWEZEN", beoordelingToelichting: "Vrijwillige hulp is nog niet benut." });

    const voor = await aantal("beschermingsonderzoek");
    const geopend = await subgraph.request(OPEN, {
      id: verzoekId,
      invoer: { startdatum: "2025-04-10", raadsonderzoekerId: "rvdk-hans-vermeulen", betreft: kinderenVan(werkgezin) },
    });
    expect(geopend.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(geopend.errors?.[0].message).toMatch(/afgewezen/);
    expect(await aantal("beschermingsonderzoek")).toBe(voor);

    const nogmaals = await subgraph.request(NEEM_AAN, { id: verzoekId, op: "2025-04-05" });
    expect(nogmaals.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("opens no investigation on a request that has not been accepted, nor a second one on the same request", async () => {
    const verzoek = await subgraph.request(ONTVANG, {
      gezinId: werkgezin.id,
      invoer: { ontvangenOp: "2025-04-01", verzoeker: "VEILIG_THUIS", reden: "Zorgen over de veiligheid." },
    });
    const verzoekId = verzoek.data!.ontvangVerzoekTotOnderzoek.id;
    const invoer = { startdatum: "2025-04-10", raadsonderzoekerId: "rvdk-hans-vermeulen", betreft: kinderenVan(werkgezin) };
    const voor = await aantal("beschermingsonderzoek");

    const teVroeg = await subgraph.request(OPEN, { id: verzoekId, invoer });
    expect(teVroeg.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(teVroeg.errors?.[0].message).toMatch(/eerst aan/);

    await subgraph.request(NEEM_AAN, { id: verzoekId, op: "2025-04-02" });
    expect((await subgraph.request(OPEN, { id: verzoekId, invoer })).errors).toBeUndefined();
    const tweede = await subgraph.request(OPEN, { id: verzoekId, invoer });
    expect(tweede.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(await aantal("beschermingsonderzoek")).toBe(voor + 1);
  });

  it("refuses to close an investigation twice and keeps the first conclusion", async () => {
    const { onderzoekId } = await lopendOnderzoek();
    const invoer = { einddatum: "2025-05-01", conclusie: "VRIJWILLIGE_HULP", toelichting: "Ouders accepteren hulp." };
    expect((await subgraph.request(ROND_AF, { id: onderzoekId, invoer })).errors).toBeUndefined();
    const tweede = await subgraph.request(ROND_AF, { id: onderzoekId, invoer: { ...invoer, einddatum: "2025-06-01", conclusie: "ONDERTOEZICHTSTELLING" } });
    expect(tweede.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(tweede.errors?.[0].message).toMatch(/al afgerond op 2025-05-01/);
    const [rij] = await subgraph.db.query(`SELECT einddatum, conclusie FROM beschermingsonderzoek WHERE id = $1`, [onderzoekId]);
    expect(rij).toEqual({ einddatum: "2025-05-01", conclusie: "VRIJWILLIGE_HULP" });
  });

  it("files no request to the court while the investigation runs, or after it concluded that no measure is needed", async () => {
    const { onderzoekId } = await lopendOnderzoek();
    const voor = await aantal("verzoekschrift");
    const lopend = await subgraph.request(DIEN_IN, { id: onderzoekId, invoer: { ingediendOp: "2025-05-01", gevraagdeMaatregel: "OTS" } });
    expect(lopend.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");

    await subgraph.request(ROND_AF, { id: onderzoekId, invoer: { einddatum: "2025-05-01", conclusie: "GEEN_MAATREGEL", toelichting: "Geen zorgen meer." } });
    const geenMaatregel = await subgraph.request(DIEN_IN, { id: onderzoekId, invoer: { ingediendOp: "2025-05-05", gevraagdeMaatregel: "OTS" } });
    expect(geenMaatregel.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(geenMaatregel.errors?.[0].message).toMatch(/GEEN_MAATREGEL/);
    expect(await aantal("verzoekschrift")).toBe(voor);
  });

  it("records the court's decision once, and not before the request was filed", async () => {
    const UITSPRAAK = `mutation($id: ID!, $op: Datum!) { registreerUitspraakKinderrechter(verzoekschriftId: $id, invoer: { uitspraak: TOEGEWEZEN, op: $op }) { uitspraak } }`;
    // The seeded red household's decision: the RvdK's involvement there has ended, so it may not touch it any more.
    const geseedId = demoUuid(`rvdk-verzoekschrift-${rood.nummer}`);
    const geseed = await subgraph.request(UITSPRAAK.replace("TOEGEWEZEN", "AFGEWEZEN"), { id: geseedId, op: "2026-08-01" });
    expectGeweigerd(geseed, "no-involvement");
    const [geseedRij] = await subgraph.db.query(`SELECT uitspraak FROM verzoekschrift WHERE id = $1`, [geseedId]);
    expect(geseedRij.uitspraak).toBe("TOEGEWEZEN");

    // Where it works: a request to the court of its own, decided once, and not before it was filed.
    const { onderzoekId } = await lopendOnderzoek();
    await subgraph.request(ROND_AF, { id: onderzoekId, invoer: { einddatum: "2025-05-01", conclusie: "ONDERTOEZICHTSTELLING", toelichting: "OTS nodig." } });
    const ingediend = await subgraph.request(DIEN_IN, { id: onderzoekId, invoer: { ingediendOp: "2025-05-10", gevraagdeMaatregel: "OTS" } });
    const verzoekschriftId = ingediend.data!.dienVerzoekschriftIn.id;
    const teVroeg = await subgraph.request(UITSPRAAK, { id: verzoekschriftId, op: "2025-05-09" });
    expect(teVroeg.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(teVroeg.errors?.[0].extensions?.veld).toBe("op");

    expect((await subgraph.request(UITSPRAAK, { id: verzoekschriftId, op: "2025-06-01" })).errors).toBeUndefined();
    const nogmaals = await subgraph.request(UITSPRAAK.replace("TOEGEWEZEN", "AFGEWEZEN"), { id: verzoekschriftId, op: "2026-08-01" });
    expect(nogmaals.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const [rij] = await subgraph.db.query(`SELECT uitspraak, "uitspraakOp" FROM verzoekschrift WHERE id = $1`, [verzoekschriftId]);
    expect(rij).toEqual({ uitspraak: "TOEGEWEZEN", uitspraakOp: "2025-06-01" });
  });

  it("records once that the household was told of the RvdK's involvement", async () => {
    const { verzoekId } = await lopendOnderzoek();
    const response = await subgraph.request(
      `mutation($id: ID!) { registreerGezinGeinformeerd(verzoekId: $id, op: "2025-03-02") { gezinGeinformeerdOp } }`,
      { id: verzoekId },
    );
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const [rij] = await subgraph.db.query(`SELECT "gezinGeinformeerdOp" FROM verzoek_tot_onderzoek WHERE id = $1`, [verzoekId]);
    expect(rij.gezinGeinformeerdOp).toBe("2025-03-01");
  });
});

describe("rvdk subgraph: bad input is refused and nothing is written", () => {
  it("refuses an impossible date", async () => {
    const voor = await aantal("verzoek_tot_onderzoek");
    const response = await subgraph.request(ONTVANG, {
      gezinId: werkgezin.id,
      invoer: { ontvangenOp: "2024-02-30", verzoeker: "LOKAAL_TEAM", reden: "Zorgen." },
    });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].message).toMatch(/2024-02-30/);
    expect(await aantal("verzoek_tot_onderzoek")).toBe(voor);
  });

  it("refuses an unknown conclusion", async () => {
    const { onderzoekId } = await lopendOnderzoek();
    const response = await subgraph.request(
      `mutation($id: ID!) { rondBeschermingsonderzoekAf(onderzoekId: $id, invoer: { einddatum: "2025-05-01", conclusie: OPNIEUW_BEKIJKEN, toelichting: "x" }) { id } }`,
      { id: onderzoekId },
    );
    expect(["GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"]).toContain(response.errors?.[0].extensions?.code);
    const [rij] = await subgraph.db.query(`SELECT status FROM beschermingsonderzoek WHERE id = $1`, [onderzoekId]);
    expect(rij.status).toBe("LOPEND");
  });

  it("refuses an investigation that would end before it started", async () => {
    const { onderzoekId } = await lopendOnderzoek("2025-03-10");
    const response = await subgraph.request(ROND_AF, {
      id: onderzoekId,
      invoer: { einddatum: "2025-03-09", conclusie: "GEEN_MAATREGEL", toelichting: "Geen zorgen." },
    });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].extensions?.veld).toBe("einddatum");
    const [rij] = await subgraph.db.query(`SELECT status, einddatum, conclusie FROM beschermingsonderzoek WHERE id = $1`, [onderzoekId]);
    expect(rij).toEqual({ status: "LOPEND", einddatum: null, conclusie: null });
  });

  it("has the database refuse an end before the start even when the API is bypassed", async () => {
    const { onderzoekId } = await lopendOnderzoek("2025-03-10");
    await expect(
      subgraph.db.query(`UPDATE beschermingsonderzoek SET status = 'AFGEROND', einddatum = '2025-03-01', conclusie = 'GEEN_MAATREGEL' WHERE id = $1`, [
        onderzoekId,
      ]),
    ).rejects.toThrow(/beschermingsonderzoek_periode/);
  });

  it("answers an unknown record as a forbidden one (existence is data), a malformed id as bad input, and writes nothing", async () => {
    const onbekend = randomUUID();
    // The seeded red household's records: the RvdK's involvement there has ended, so it may not touch them.
    const roodVerzoek = demoUuid(`rvdk-verzoek-${rood.nummer}`);
    const roodOnderzoek = demoUuid(`rvdk-beschermingsonderzoek-${rood.nummer}`);
    const afronding = { einddatum: "2025-05-01", conclusie: "GEEN_MAATREGEL", toelichting: "x" };
    const [roodVoor] = await subgraph.db.query(`SELECT status, einddatum, conclusie FROM beschermingsonderzoek WHERE id = $1`, [roodOnderzoek]);
    expectOnbekendAlsGeweigerd(
      await subgraph.request(ROND_AF, { id: onbekend, invoer: afronding }),
      await subgraph.request(ROND_AF, { id: roodOnderzoek, invoer: afronding }),
    );
    const [roodNa] = await subgraph.db.query(`SELECT status, einddatum, conclusie FROM beschermingsonderzoek WHERE id = $1`, [roodOnderzoek]);
    expect(roodNa).toEqual(roodVoor);

    const voor = await aantal("beschermingsonderzoek");
    const opening = { startdatum: "2025-04-10", raadsonderzoekerId: "rvdk-hans-vermeulen" };
    expectOnbekendAlsGeweigerd(
      await subgraph.request(OPEN, { id: onbekend, invoer: { ...opening, betreft: kinderenVan(werkgezin) } }),
      await subgraph.request(OPEN, { id: roodVerzoek, invoer: { ...opening, betreft: kinderenVan(rood) } }),
    );
    // An id that is no UUID is bad input, named by its argument.
    const ongeldig = await subgraph.request(OPEN, { id: "geen-uuid", invoer: { ...opening, betreft: kinderenVan(werkgezin) } });
    expect(ongeldig.data ?? null).toBeNull();
    expect(ongeldig.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "verzoekId" });
    expect(await aantal("beschermingsonderzoek")).toBe(voor);

    const voorVerzoekschrift = await aantal("verzoekschrift");
    const indiening = { ingediendOp: "2025-05-01", gevraagdeMaatregel: "OTS" };
    expectOnbekendAlsGeweigerd(
      await subgraph.request(DIEN_IN, { id: onbekend, invoer: indiening }),
      await subgraph.request(DIEN_IN, { id: roodOnderzoek, invoer: indiening }),
    );
    expect(await aantal("verzoekschrift")).toBe(voorVerzoekschrift);

    const QUERY = `query($id: ID!) { beschermingsonderzoek(id: $id) { id } }`;
    expectOnbekendAlsGeweigerd(await subgraph.request(QUERY, { id: onbekend }), await subgraph.request(QUERY, { id: roodOnderzoek }));
  });

  it("refuses a request from the RvdK itself, a household id that is no UUID, and a date in the future", async () => {
    const voor = await aantal("verzoek_tot_onderzoek");
    const invoer = { ontvangenOp: "2025-04-01", verzoeker: "LOKAAL_TEAM", reden: "Zorgen." };
    const cases = [
      { gezinId: werkgezin.id, invoer: { ...invoer, verzoeker: "RVDK" }, veld: "verzoeker" },
      { gezinId: "gezin-1", invoer, veld: "gezinId" },
      { gezinId: werkgezin.id, invoer: { ...invoer, ontvangenOp: "2999-01-01" }, veld: "ontvangenOp" },
      { gezinId: werkgezin.id, invoer: { ...invoer, reden: "   " }, veld: "reden" },
    ];
    for (const { gezinId, invoer: i, veld } of cases) {
      const response = await subgraph.request(ONTVANG, { gezinId, invoer: i });
      expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld });
    }
    expect(await aantal("verzoek_tot_onderzoek")).toBe(voor);
  });

  it("refuses an investigation by someone who is not a raadsonderzoeker, or without children", async () => {
    const verzoek = await subgraph.request(ONTVANG, {
      gezinId: werkgezin.id,
      invoer: { ontvangenOp: "2025-04-01", verzoeker: "VEILIG_THUIS", reden: "Zorgen." },
    });
    const verzoekId = verzoek.data!.ontvangVerzoekTotOnderzoek.id;
    await subgraph.request(NEEM_AAN, { id: verzoekId, op: "2025-04-02" });
    const voor = await aantal("beschermingsonderzoek");
    // A real child of the household, so that each case reaches the resolver's own rule.
    const [kind] = kinderenVan(werkgezin);
    const cases = [
      { invoer: { startdatum: "2025-04-10", raadsonderzoekerId: "gi-tom-hoekstra", betreft: [kind] }, veld: "raadsonderzoekerId" },
      { invoer: { startdatum: "2025-04-10", raadsonderzoekerId: "rvdk-els-timmer", betreft: [kind] }, veld: "raadsonderzoekerId" },
      { invoer: { startdatum: "2025-04-10", raadsonderzoekerId: "rvdk-hans-vermeulen", betreft: [] }, veld: "betreft" },
      { invoer: { startdatum: "2025-04-10", raadsonderzoekerId: "rvdk-hans-vermeulen", betreft: [kind, kind] }, veld: "betreft" },
      { invoer: { startdatum: "2025-04-01", raadsonderzoekerId: "rvdk-hans-vermeulen", betreft: [kind] }, veld: "startdatum" },
    ];
    for (const { invoer, veld } of cases) {
      const response = await subgraph.request(OPEN, { id: verzoekId, invoer });
      expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld });
    }
    // A child of another household is no member of this one: refused before the resolver runs.
    const [vreemdKind] = kinderenVan(rood);
    const vreemd = await subgraph.request(OPEN, {
      id: verzoekId,
      invoer: { startdatum: "2025-04-10", raadsonderzoekerId: "rvdk-hans-vermeulen", betreft: [kind, vreemdKind] },
    });
    expect(vreemd.data ?? null).toBeNull();
    expect(vreemd.errors).toHaveLength(1);
    expect(vreemd.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "betreft" });
    expect(vreemd.errors![0].message).toMatch(/geen lid van dit huishouden/);
    expect(await aantal("beschermingsonderzoek")).toBe(voor);
  });
});

describe("rvdk subgraph: access to the raadsdossier", () => {
  it("lets only the RvdK record its work: another organisation gets not-data-owner and nothing is written", async () => {
    const verzoek = await subgraph.request(ONTVANG, {
      gezinId: werkgezin.id,
      invoer: { ontvangenOp: "2025-04-01", verzoeker: "VEILIG_THUIS", reden: "Zorgen over de veiligheid." },
    });
    const verzoekId = verzoek.data!.ontvangVerzoekTotOnderzoek.id;
    const voor = await aantal("verzoek_tot_onderzoek");
    // The local team (which asks the RvdK to investigate) and Veilig Thuis (investigating this orange household).
    for (const principal of [lokaalTeamleider, medewerker(werkgezin, DemoOrganisatie.LOKAAL_TEAM), collega(werkgezin, DemoOrganisatie.VEILIG_THUIS)]) {
      const ontvangen = await subgraph.request(
        ONTVANG,
        { gezinId: werkgezin.id, invoer: { ontvangenOp: "2025-04-01", verzoeker: "LOKAAL_TEAM", reden: "Zorgen blijven ondanks hulp." } },
        principal,
      );
      expect(ontvangen.data ?? null).toBeNull();
      expectGeweigerd(ontvangen, "not-data-owner");
      const aangenomen = await subgraph.request(NEEM_AAN, { id: verzoekId, op: "2025-04-02" }, principal);
      expect(aangenomen.data ?? null).toBeNull();
      expectGeweigerd(aangenomen, "not-data-owner");
    }
    expect(await aantal("verzoek_tot_onderzoek")).toBe(voor);
    const [rij] = await subgraph.db.query(`SELECT status, "beoordeeldOp" FROM verzoek_tot_onderzoek WHERE id = $1`, [verzoekId]);
    expect(rij).toEqual({ status: "ONTVANGEN", beoordeeldOp: null });
  });

  it("shows a household to the raadsonderzoeker named on the involvement and the RvdK's teamleider, not to a colleague", async () => {
    const onderzoekId = demoUuid(`rvdk-beschermingsonderzoek-${oranje.nummer}`);
    for (const principal of [medewerker(oranje, DemoOrganisatie.RVDK), raadTeamleider]) {
      expect((await raadsdossier(oranje.id, principal)).beschermingsonderzoeken.map((o: { id: string }) => o.id)).toEqual([onderzoekId]);
    }
    const anderRaadsonderzoeker = collega(oranje, DemoOrganisatie.RVDK);
    await expectDossierGeweigerd(oranje.id, anderRaadsonderzoeker, "no-involvement");
    const viaQuery = await subgraph.request(`query($id: ID!) { beschermingsonderzoek(id: $id) { id status } }`, { id: onderzoekId }, anderRaadsonderzoeker);
    expect(viaQuery.data?.beschermingsonderzoek ?? null).toBeNull();
    expectGeweigerd(viaQuery, "no-involvement");
    // Nor may the colleague close that investigation: refused, and nothing is written.
    const afronding = await subgraph.request(
      ROND_AF,
      { id: onderzoekId, invoer: { einddatum: scenario.peildatum, conclusie: "GEEN_MAATREGEL", toelichting: "Geen zorgen meer." } },
      anderRaadsonderzoeker,
    );
    expect(afronding.data ?? null).toBeNull();
    expectGeweigerd(afronding, "no-involvement");
    const [rij] = await subgraph.db.query(`SELECT status, einddatum, conclusie FROM beschermingsonderzoek WHERE id = $1`, [onderzoekId]);
    expect(rij).toEqual({ status: "LOPEND", einddatum: null, conclusie: null });
    // The colleague does see the households they are named on.
    const eigen = gezin((g) => g.fase === "ORANJE" && !!g.mijlpalen.raadGeinformeerdOp && scenario.toegewezen(g, DemoOrganisatie.RVDK).id === anderRaadsonderzoeker.userId);
    expect((await raadsdossier(eigen.id, anderRaadsonderzoeker)).beschermingsonderzoeken).toHaveLength(1);
  });

  it("shows the RvdK a household only once it was told, and no longer once the involvement ended", async () => {
    const hans = medewerker(nietGeinformeerd, DemoOrganisatie.RVDK);
    await expectDossierGeweigerd(nietGeinformeerd.id, hans, "household-not-informed");
    // Nor may the RvdK act on it (rule 4): closing the investigation is refused and nothing is written.
    const onderzoekId = demoUuid(`rvdk-beschermingsonderzoek-${nietGeinformeerd.nummer}`);
    const afronding = await subgraph.request(
      ROND_AF,
      { id: onderzoekId, invoer: { einddatum: scenario.peildatum, conclusie: "GEEN_MAATREGEL", toelichting: "Geen zorgen meer." } },
      raadTeamleider,
    );
    expectGeweigerd(afronding, "household-not-informed");
    const [rij] = await subgraph.db.query(`SELECT status FROM beschermingsonderzoek WHERE id = $1`, [onderzoekId]);
    expect(rij.status).toBe("LOPEND");

    const LIJST = `query($id: ID!) { gezin(id: $id) { betrokkenheden { id organisatie actief } } }`;
    const lijst = await subgraph.register.request(LIJST, { id: nietGeinformeerd.id }, lokaalTeamleider);
    const betrokkenheid = lijst.data!.gezin.betrokkenheden.find((b: { organisatie: string; actief: boolean }) => b.organisatie === "RVDK" && b.actief);
    const verteld = await subgraph.register.request(
      `mutation($b: ID!, $op: Datum!) { registreerGezinGeinformeerdOverBetrokkenheid(betrokkenheidId: $b, op: $op) { geinformeerdOp } }`,
      { b: betrokkenheid.id, op: scenario.peildatum },
      lokaalTeamleider,
    );
    expect(verteld.errors).toBeUndefined();
    const dossier = await raadsdossier(nietGeinformeerd.id, hans);
    expect(dossier.beschermingsonderzoeken).toEqual([expect.objectContaining({ status: "LOPEND", raadsonderzoeker: expect.objectContaining({ id: hans.userId }) })]);

    const einde = await subgraph.register.request(
      `mutation($b: ID!, $d: Datum!) { beeindigBetrokkenheid(betrokkenheidId: $b, einddatum: $d) { actief } }`,
      { b: betrokkenheid.id, d: plusDagen(scenario.peildatum, -1) },
      lokaalTeamleider,
    );
    expect(einde.data!.beeindigBetrokkenheid.actief).toBe(false);
    await expectDossierGeweigerd(nietGeinformeerd.id, hans, "no-involvement");
    await expectDossierGeweigerd(nietGeinformeerd.id, raadTeamleider, "no-involvement");
  });
});

describe("rvdk subgraph schema", () => {
  it("classifies every field of every object type with @gegevens", async () => {
    const { typeDefs } = await buildFederatedSchema(rvdk);
    const zonder: string[] = [];
    let velden = 0;
    for (const definition of parse(typeDefs).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      if (definition.name.value === "Query" || definition.name.value === "Mutation") continue;
      for (const field of definition.fields ?? []) {
        velden++;
        if (!field.directives?.some((d) => d.name.value === "gegevens")) zonder.push(`${definition.name.value}.${field.name.value}`);
      }
    }
    expect(velden).toBeGreaterThan(30);
    expect(zonder).toEqual([]);
  });
});

describe("rvdk subgraph: the register follows the RvdK's work", () => {
  const AF = `mutation($id: ID!, $op: Datum!) { wijsVerzoekTotOnderzoekAf(verzoekId: $id, op: $op, reden: "Vrijwillige hulp is nog niet benut.") { id status } }`;
  const UITSPRAAK = `mutation($id: ID!, $invoer: UitspraakKinderrechterInvoer!) { registreerUitspraakKinderrechter(verzoekschriftId: $id, invoer: $invoer) { id uitspraak } }`;

  /** The outbox's last sequence number: what a step announces comes after it. */
  async function volgnummer(): Promise<string> {
    const [{ n }] = await subgraph.db.query(`SELECT coalesce(max(volgnummer), 0)::text AS n FROM aankondiging_uit`);
    return n;
  }

  /** What was announced after `na`, oldest first. */
  async function aangekondigdNa(na: string): Promise<Aankondiging[]> {
    const rijen = (await subgraph.db.query(`SELECT inhoud FROM aankondiging_uit WHERE volgnummer > $1 ORDER BY volgnummer`, [na])) as Array<{ inhoud: Aankondiging }>;
    return rijen.map((r) => r.inhoud);
  }

  /** The request's timeline entry: its receipt, with the decision on it once there is one. */
  const ontvangen = (uitkomst: string | null): Array<Record<string, unknown>> => [
    { soort: "VERZOEK_TOT_ONDERZOEK", datum: "2025-03-01", categorie: "JUSTITIEEL", titel: "Verzoek tot onderzoek van het lokale team bij de Raad", uitkomst },
  ];

  async function nieuwVerzoek(): Promise<string> {
    const verzoek = await subgraph.request(ONTVANG, {
      gezinId: werkgezin.id,
      invoer: { ontvangenOp: "2025-03-01", verzoeker: "LOKAAL_TEAM", reden: "Zorgen blijven ondanks hulp.", gezinGeinformeerdOp: "2025-03-01" },
    });
    expect(verzoek.errors).toBeUndefined();
    return verzoek.data!.ontvangVerzoekTotOnderzoek.id;
  }

  it("puts a received request on the timeline without an involvement, and announces nothing for a refused one", async () => {
    let na = await volgnummer();
    const fout = await subgraph.request(ONTVANG, { gezinId: werkgezin.id, invoer: { ontvangenOp: "2025-03-01", verzoeker: "RVDK", reden: "Zorgen." } });
    expect(fout.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "verzoeker" });
    expect(await aangekondigdNa(na)).toEqual([]);

    na = await volgnummer();
    const verzoekId = await nieuwVerzoek();
    const aankondigingen = await aangekondigdNa(na);
    expect(aankondigingen).toEqual([{ gezinId: werkgezin.id, record: { type: "VerzoekTotOnderzoek", id: verzoekId }, tijdlijn: ontvangen(null) }]);
    // The reason stays in the RvdK's record.
    expect(JSON.stringify(aankondigingen)).not.toContain("Zorgen blijven");
  });

  it("starts the request's involvement when it is accepted, leaving the informing to the local team, and announces nothing for a refused acceptance", async () => {
    const verzoekId = await nieuwVerzoek();
    let na = await volgnummer();
    const tevroeg = await subgraph.request(NEEM_AAN, { id: verzoekId, op: "2025-02-28" });
    expect(tevroeg.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "op" });
    expect(await aangekondigdNa(na)).toEqual([]);

    na = await volgnummer();
    expect((await subgraph.request(NEEM_AAN, { id: verzoekId, op: "2025-03-05" })).errors).toBeUndefined();
    const [aankondiging, ...meer] = await aangekondigdNa(na);
    expect(meer).toEqual([]);
    expect(aankondiging).toEqual({
      gezinId: werkgezin.id,
      record: { type: "VerzoekTotOnderzoek", id: verzoekId },
      // No raadsonderzoeker yet, and no informing date: rule 4 keeps the RvdK out until the local team records it.
      betrokkenheid: { regime: "ORANJE", intensiteit: "MIDDEL", anoniem: false, startdatum: "2025-03-05", einddatum: null, medewerkerId: null },
      tijdlijn: ontvangen("Aangenomen: de Raad start een beschermingsonderzoek."),
    });
    expect(aankondiging.betrokkenheid).not.toHaveProperty("geinformeerdOp");
  });

  it("re-announces a rejected request without an involvement: it never made one", async () => {
    const verzoekId = await nieuwVerzoek();
    const na = await volgnummer();
    expect((await subgraph.request(AF, { id: verzoekId, op: "2025-03-03" })).errors).toBeUndefined();
    expect(await aangekondigdNa(na)).toEqual([
      { gezinId: werkgezin.id, record: { type: "VerzoekTotOnderzoek", id: verzoekId }, tijdlijn: ontvangen("Afgewezen: de hulp blijft in het vrijwillig kader.") },
    ]);
    const nogmaals = await subgraph.request(AF, { id: verzoekId, op: "2025-03-04" });
    expect(nogmaals.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "verzoekId" });
    expect(await aangekondigdNa(na)).toHaveLength(1);
  });

  it("names the raadsonderzoeker on the request's involvement when the investigation opens, and ends it, under the request's id, when it concludes", async () => {
    const { verzoekId, onderzoekId } = await lopendOnderzoek("2025-03-10");
    const kinderen = kinderenVan(werkgezin);
    const persoonId = kinderen.length === 1 ? kinderen[0] : null;
    const betrokkenheid = { regime: "ORANJE", intensiteit: "MIDDEL", anoniem: false, startdatum: "2025-03-05", medewerkerId: werkRaadsonderzoeker.userId };
    const gestart = { soort: "ONDERZOEK_GESTART", datum: "2025-03-10", categorie: "JUSTITIEEL", titel: "Beschermingsonderzoek van de Raad gestart", persoonId };
    const geopend = (await subgraph.db.query(
      `SELECT inhoud FROM aankondiging_uit WHERE inhoud->'record'->>'id' = ANY($1::text[]) ORDER BY volgnummer`,
      [[verzoekId, onderzoekId]],
    )) as Array<{ inhoud: Aankondiging }>;
    // Received, accepted, then the opening: the request's involvement now names the raadsonderzoeker, and the investigation's start.
    expect(geopend.slice(2).map((r) => r.inhoud)).toEqual([
      { gezinId: werkgezin.id, record: { type: "VerzoekTotOnderzoek", id: verzoekId }, betrokkenheid: { ...betrokkenheid, einddatum: null }, tijdlijn: ontvangen("Aangenomen: de Raad start een beschermingsonderzoek.") },
      { gezinId: werkgezin.id, record: { type: "Beschermingsonderzoek", id: onderzoekId }, tijdlijn: [gestart] },
    ]);

    let na = await volgnummer();
    const verkeerd = await subgraph.request(ROND_AF, { id: onderzoekId, invoer: { einddatum: "2025-03-09", conclusie: "GEEN_MAATREGEL", toelichting: "Geen zorgen." } });
    expect(verkeerd.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "einddatum" });
    expect(await aangekondigdNa(na)).toEqual([]);

    na = await volgnummer();
    const toelichting = "Ouders werken mee; de ondersteuning van het lokale team volstaat.";
    expect((await subgraph.request(ROND_AF, { id: onderzoekId, invoer: { einddatum: "2025-06-01", conclusie: "VRIJWILLIGE_HULP", toelichting } })).errors).toBeUndefined();
    const aankondigingen = await aangekondigdNa(na);
    expect(aankondigingen).toEqual([
      { gezinId: werkgezin.id, record: { type: "VerzoekTotOnderzoek", id: verzoekId }, betrokkenheid: { ...betrokkenheid, einddatum: "2025-06-01" }, tijdlijn: ontvangen("Aangenomen: de Raad start een beschermingsonderzoek.") },
      {
        gezinId: werkgezin.id,
        record: { type: "Beschermingsonderzoek", id: onderzoekId },
        tijdlijn: [
          gestart,
          {
            soort: "ONDERZOEK_AFGEROND",
            datum: "2025-06-01",
            categorie: "JUSTITIEEL",
            titel: "Beschermingsonderzoek van de Raad afgerond",
            uitkomst: "Hulp in het vrijwillig kader volstaat; het lokale team houdt de regie.",
            persoonId,
          },
        ],
      },
    ]);
    // The reasoning stays with the RvdK.
    expect(JSON.stringify(aankondigingen)).not.toContain(toelichting);
    // The register kept one involvement for the request, now ended, named on the raadsonderzoeker.
    expect(await subgraph.register.db.query(`SELECT organisatie, startdatum, einddatum, "medewerkerId" FROM betrokkenheid WHERE "bronId" = $1`, [verzoekId])).toEqual([
      { organisatie: "RVDK", startdatum: "2025-03-05", einddatum: "2025-06-01", medewerkerId: werkRaadsonderzoeker.userId },
    ]);
  });

  it("puts a request to the court and the court's ruling on the timeline, and nothing for a refused ruling", async () => {
    const { onderzoekId } = await lopendOnderzoek("2025-03-10");
    await subgraph.request(ROND_AF, { id: onderzoekId, invoer: { einddatum: "2025-05-01", conclusie: "ONDERTOEZICHTSTELLING", toelichting: "OTS nodig." } });
    let na = await volgnummer();
    const ingediend = await subgraph.request(DIEN_IN, { id: onderzoekId, invoer: { ingediendOp: "2025-05-10", gevraagdeMaatregel: "OTS" } });
    expect(ingediend.errors).toBeUndefined();
    const verzoekschriftId = ingediend.data!.dienVerzoekschriftIn.id;
    const indiening = { soort: "VERZOEKSCHRIFT_INGEDIEND", datum: "2025-05-10", categorie: "JUSTITIEEL", titel: "Verzoekschrift bij de kinderrechter ingediend", uitkomst: "De Raad vraagt een ondertoezichtstelling." };
    expect(await aangekondigdNa(na)).toEqual([{ gezinId: werkgezin.id, record: { type: "Verzoekschrift", id: verzoekschriftId }, tijdlijn: [indiening] }]);

    na = await volgnummer();
    const tevroeg = await subgraph.request(UITSPRAAK, { id: verzoekschriftId, invoer: { uitspraak: "TOEGEWEZEN", op: "2025-05-09" } });
    expect(tevroeg.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "op" });
    expect(await aangekondigdNa(na)).toEqual([]);
    expect((await subgraph.request(UITSPRAAK, { id: verzoekschriftId, invoer: { uitspraak: "TOEGEWEZEN", op: "2025-06-01" } })).errors).toBeUndefined();
    expect(await aangekondigdNa(na)).toEqual([
      {
        gezinId: werkgezin.id,
        record: { type: "Verzoekschrift", id: verzoekschriftId },
        tijdlijn: [indiening, { soort: "UITSPRAAK", datum: "2025-06-01", categorie: "JUSTITIEEL", titel: "Uitspraak van de kinderrechter", uitkomst: "Verzoek om een ondertoezichtstelling toegewezen." }],
      },
    ]);
  });

  describe("the seed", () => {
    interface Verwacht {
      record: string;
      regime: string;
      intensiteit: string;
      anoniem: boolean;
      startdatum: string;
      einddatum: string | null;
      medewerkerId: string;
      geinformeerdOp: string | null;
    }
    /**
     * The RvdK's involvements as the scenario's story tells them (the table the local team's seed registered
     * directly before the register followed the work): orange, medium, from the investigation's start until
     * its end, named on the assigned raadsonderzoeker, told to the household on the story's day (or not yet).
     */
    const verwacht: Verwacht[] = scenario.gezinnen
      .filter((g) => g.mijlpalen.raadsonderzoekVanaf)
      .map((g) => ({
        record: demoUuid(`rvdk-verzoek-${g.nummer}`),
        regime: "ORANJE",
        intensiteit: "MIDDEL",
        anoniem: false,
        startdatum: g.mijlpalen.raadsonderzoekVanaf!,
        einddatum: g.mijlpalen.raadsonderzoekTot ?? null,
        medewerkerId: scenario.toegewezen(g, DemoOrganisatie.RVDK).id,
        geinformeerdOp: g.mijlpalen.raadGeinformeerdOp ?? null,
      }))
      .sort((a, b) => a.record.localeCompare(b.record));
    // The seeded records: the tests above add records of their own to some of these households.
    const metRaad = scenario.gezinnen.filter((g) => g.mijlpalen.raadsonderzoekVanaf);
    const geseed = (naam: string, gezinnen: DemoGezin[] = metRaad): string[] => gezinnen.map((g) => demoUuid(`rvdk-${naam}-${g.nummer}`));

    it("announces the involvements of the scenario's story from the requests, one household not yet told", async () => {
      const rijen = (await subgraph.db.query(`SELECT inhoud FROM aankondiging_uit WHERE inhoud ? 'betrokkenheid' AND inhoud->'record'->>'id' = ANY($1::text[])`, [
        geseed("verzoek"),
      ])) as Array<{ inhoud: Aankondiging }>;
      const aangekondigd = rijen.map(({ inhoud }) => ({ record: inhoud.record.id, ...inhoud.betrokkenheid })).sort((a, b) => a.record.localeCompare(b.record));
      expect(verwacht.length).toBeGreaterThan(20);
      expect(verwacht.some((b) => b.geinformeerdOp === null)).toBe(true);
      expect(aangekondigd).toEqual(verwacht);
    });

    it("leaves the register with exactly those involvements, one per request", async () => {
      const rijen = (await subgraph.register.db.query(
        `SELECT "bronId" AS record, regime, intensiteit, anoniem, startdatum, einddatum, "medewerkerId", "geinformeerdOp" FROM betrokkenheid
         WHERE organisatie = 'RVDK' AND "bronId" = ANY($1::uuid[])`,
        [geseed("verzoek")],
      )) as Verwacht[];
      // A test above had the local team inform and end the not-informed household's involvement: the rest is as seeded.
      const veranderd = demoUuid(`rvdk-verzoek-${nietGeinformeerd.nummer}`);
      expect(rijen.filter((b) => b.record !== veranderd).sort((a, b) => a.record.localeCompare(b.record))).toEqual(verwacht.filter((b) => b.record !== veranderd));
      expect(rijen.filter((b) => b.record === veranderd)).toHaveLength(1);
    });

    it("puts every investigation and request to the court on the timeline, with the conclusion and ruling where there is one", async () => {
      const rijen = (await subgraph.db.query(
        `SELECT inhoud FROM aankondiging_uit WHERE inhoud->'record'->>'id' = ANY($1::text[])`,
        [[...geseed("beschermingsonderzoek"), ...geseed("verzoekschrift", scenario.gezinnen.filter((g) => g.mijlpalen.maatregelVanaf))]],
      )) as Array<{ inhoud: Aankondiging }>;
      const van = (type: string): string[][] => rijen.filter((r) => r.inhoud.record.type === type).map((r) => r.inhoud.tijdlijn!.map((t) => t.soort as string));
      expect(van("Beschermingsonderzoek").sort()).toEqual(
        metRaad.map((g) => (g.mijlpalen.raadsonderzoekTot ? ["ONDERZOEK_GESTART", "ONDERZOEK_AFGEROND"] : ["ONDERZOEK_GESTART"])).sort(),
      );
      expect(van("Verzoekschrift")).toEqual(scenario.gezinnen.filter((g) => g.mijlpalen.maatregelVanaf).map(() => ["VERZOEKSCHRIFT_INGEDIEND", "UITSPRAAK"]));
    });
  });
});
