import { randomUUID } from "node:crypto";
import { rvdk } from "@gezinsbeeld/rvdk";
import { buildFederatedSchema, demoScenario, type DemoGezin, demoUuid, Organisatie } from "@gezinsbeeld/shared-schema";
import { Kind, parse } from "graphql";
import { startSubgraphForTest, type SubgraphUnderTest } from "../support/subgraph";

// The whole default scenario: the RvdK is involved in only part of it, and the N+1 check wants more than twenty such households.
const scenario = demoScenario();
let subgraph: SubgraphUnderTest;

const gezin = (predicate: (g: DemoGezin) => boolean): DemoGezin => {
  const found = scenario.gezinnen.find(predicate);
  if (!found) throw new Error("the demo scenario has no such household");
  return found;
};
const kinderenVan = (g: DemoGezin): string[] => g.leden.filter((lid) => lid.gezinsrol === "KIND").map((lid) => lid.id);

const rood = gezin((g) => g.fase === "ROOD" && kinderenVan(g).length > 1);
const oranje = gezin((g) => g.fase === "ORANJE" && !!g.mijlpalen.raadsonderzoekVanaf && !!g.mijlpalen.raadGeinformeerdOp);
const nietGeinformeerd = gezin((g) => !!g.mijlpalen.raadsonderzoekVanaf && !g.mijlpalen.raadGeinformeerdOp);
const advies = gezin((g) => g.fase === "ADVIES");
const groen = gezin((g) => g.fase === "GROEN");
// Another green household, one the RvdK is asked about in these tests.
const groenNaarRaad = gezin((g) => g.fase === "GROEN" && g.id !== groen.id && kinderenVan(g).length > 0);

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

async function raadsdossier(gezinId: string): Promise<Record<string, any>> {
  const response = await subgraph.request(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Gezin { id ${RAADSDOSSIER} } } }`,
    { r: [{ __typename: "Gezin", id: gezinId }] },
  );
  expect(response.errors).toBeUndefined();
  return response.data!._entities[0];
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

/** A fresh request, accepted, with an open investigation, for a household of its own. */
async function lopendOnderzoek(start = "2025-03-10"): Promise<{ gezinId: string; verzoekId: string; onderzoekId: string }> {
  const gezinId = randomUUID();
  const verzoek = await subgraph.request(ONTVANG, {
    gezinId,
    invoer: { ontvangenOp: "2025-03-01", verzoeker: "LOKAAL_TEAM", reden: "Zorgen blijven ondanks hulp.", gezinGeinformeerdOp: "2025-03-01" },
  });
  const verzoekId = verzoek.data!.ontvangVerzoekTotOnderzoek.id;
  await subgraph.request(NEEM_AAN, { id: verzoekId, op: "2025-03-05" });
  const onderzoek = await subgraph.request(OPEN, {
    id: verzoekId,
    invoer: { startdatum: start, raadsonderzoekerId: "rvdk-ingrid-wolters", betreft: [randomUUID()] },
  });
  expect(onderzoek.errors).toBeUndefined();
  return { gezinId, verzoekId, onderzoekId: onderzoek.data!.openBeschermingsonderzoek.id };
}

beforeAll(async () => {
  subgraph = await startSubgraphForTest(rvdk, { seed: scenario });
});

afterAll(async () => {
  await subgraph?.close();
});

describe("rvdk subgraph: the seeded raadsdossier follows each household's phase", () => {
  it("shows a red household's request, its closed investigation and the granted request to the court on the scenario's dates", async () => {
    const dossier = await raadsdossier(rood.id);
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
    const toegewezen = scenario.toegewezen(rood, Organisatie.RVDK);
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
    const dossier = await raadsdossier(oranje.id);
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
    const dossier = await raadsdossier(nietGeinformeerd.id);
    expect(dossier.verzoekenTotOnderzoek).toHaveLength(1);
    expect(dossier.verzoekenTotOnderzoek[0].gezinGeinformeerdOp).toBeNull();
    const [{ count }] = await subgraph.db.query(`SELECT count(*)::int AS count FROM verzoek_tot_onderzoek WHERE "gezinGeinformeerdOp" IS NULL`);
    const verwacht = scenario.gezinnen.filter((g) => g.mijlpalen.raadsonderzoekVanaf && !g.mijlpalen.raadGeinformeerdOp).length;
    expect(count).toBe(verwacht);
  });

  it("has nothing for households the RvdK was never asked about", async () => {
    for (const g of [advies, groen]) {
      const dossier = await raadsdossier(g.id);
      expect(dossier).toMatchObject({ id: g.id, verzoekenTotOnderzoek: [], beschermingsonderzoeken: [], verzoekschriften: [] });
    }
    expect(await aantal("verzoek_tot_onderzoek")).toBe(scenario.gezinnen.filter((g) => g.mijlpalen.raadsonderzoekVanaf).length);
    expect(await aantal("verzoekschrift")).toBe(scenario.gezinnen.filter((g) => g.mijlpalen.maatregelVanaf).length);
  });

  it("shows a child the investigations that concern it, through the Persoon extension", async () => {
    const [kind] = kinderenVan(rood);
    const response = await subgraph.request(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Persoon { id beschermingsonderzoeken { id startdatum } } } }`,
      { r: [{ __typename: "Persoon", id: kind }, { __typename: "Persoon", id: randomUUID() }] },
    );
    expect(response.errors).toBeUndefined();
    const [metOnderzoek, zonder] = response.data!._entities;
    expect(metOnderzoek.beschermingsonderzoeken).toEqual([
      { id: demoUuid(`rvdk-beschermingsonderzoek-${rood.nummer}`), startdatum: rood.mijlpalen.raadsonderzoekVanaf },
    ]);
    expect(zonder.beschermingsonderzoeken).toEqual([]);
  });

  it("answers the raadsdossier query and lists only the RvdK's own staff", async () => {
    const response = await subgraph.request(
      `query($id: ID!) { raadsdossier(gezinId: $id) { id beschermingsonderzoeken { status } } medewerkersRaad { id organisatie } }`,
      { id: rood.id },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.raadsdossier.beschermingsonderzoeken).toEqual([{ status: "AFGEROND" }]);
    const raad = scenario.medewerkers.filter((m) => m.organisatie === Organisatie.RVDK);
    expect(response.data!.medewerkersRaad.map((m: { id: string }) => m.id).sort()).toEqual(raad.map((m) => m.id).sort());
  });

  it("loads the raadsdossier of many households with as many statements as of one (no N+1)", async () => {
    const metRaad = scenario.gezinnen.filter((g) => g.mijlpalen.raadsonderzoekVanaf);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Gezin { id ${RAADSDOSSIER} } } }
      `.replace("betreft { id }", "betreft { id beschermingsonderzoeken { id } }");
    const tel = async (gezinnen: DemoGezin[]): Promise<number> => {
      subgraph.statements.reset();
      const response = await subgraph.request(query, { r: gezinnen.map((g) => ({ __typename: "Gezin", id: g.id })) });
      expect(response.errors).toBeUndefined();
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
    const gezinId = groenNaarRaad.id;
    const ontvangen = await subgraph.request(ONTVANG, {
      gezinId,
      invoer: { ontvangenOp: "2025-06-02", verzoeker: "VEILIG_THUIS", reden: "  Herhaald geweld in het bijzijn van de kinderen.  " },
    });
    expect(ontvangen.errors).toBeUndefined();
    const verzoekId = ontvangen.data!.ontvangVerzoekTotOnderzoek.id;
    expect(ontvangen.data!.ontvangVerzoekTotOnderzoek).toMatchObject({ status: "ONTVANGEN", gezinGeinformeerdOp: null });

    const geinformeerd = await subgraph.request(
      `mutation($id: ID!) { registreerGezinGeinformeerd(verzoekId: $id, op: "2025-06-03") { gezinGeinformeerdOp } }`,
      { id: verzoekId },
    );
    expect(geinformeerd.data!.registreerGezinGeinformeerd.gezinGeinformeerdOp).toBe("2025-06-03");

    const aangenomen = await subgraph.request(NEEM_AAN, { id: verzoekId, op: "2025-06-04" });
    expect(aangenomen.data!.neemVerzoekTotOnderzoekAan).toMatchObject({ status: "AANGENOMEN", beoordeeldOp: "2025-06-04" });

    const kinderen = kinderenVan(groenNaarRaad);
    const geopend = await subgraph.request(OPEN, {
      id: verzoekId,
      invoer: { startdatum: "2025-06-10", raadsonderzoekerId: "rvdk-hans-vermeulen", betreft: kinderen },
    });
    expect(geopend.errors).toBeUndefined();
    const onderzoekId = geopend.data!.openBeschermingsonderzoek.id;
    expect(geopend.data!.openBeschermingsonderzoek).toMatchObject({ status: "LOPEND", raadsonderzoeker: { id: "rvdk-hans-vermeulen" } });

    const afgerond = await subgraph.request(ROND_AF, {
      id: onderzoekId,
      invoer: { einddatum: "2025-09-01", conclusie: "UITHUISPLAATSING", toelichting: "Thuis is onveilig; plaatsing bij de grootouders is nodig." },
    });
    expect(afgerond.errors).toBeUndefined();
    expect(afgerond.data!.rondBeschermingsonderzoekAf).toMatchObject({ status: "AFGEROND", einddatum: "2025-09-01", conclusie: "UITHUISPLAATSING" });

    const ingediend = await subgraph.request(DIEN_IN, { id: onderzoekId, invoer: { ingediendOp: "2025-09-05", gevraagdeMaatregel: "MACHTIGING_UITHUISPLAATSING" } });
    expect(ingediend.errors).toBeUndefined();
    const verzoekschriftId = ingediend.data!.dienVerzoekschriftIn.id;
    expect(ingediend.data!.dienVerzoekschriftIn.uitspraak).toBeNull();

    const uitspraak = await subgraph.request(
      `mutation($id: ID!) { registreerUitspraakKinderrechter(verzoekschriftId: $id, invoer: { uitspraak: AFGEWEZEN, op: "2025-09-20" }) { uitspraak uitspraakOp } }`,
      { id: verzoekschriftId },
    );
    expect(uitspraak.data!.registreerUitspraakKinderrechter).toEqual({ uitspraak: "AFGEWEZEN", uitspraakOp: "2025-09-20" });

    const dossier = await raadsdossier(gezinId);
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
      gezinId: randomUUID(),
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
      invoer: { startdatum: "2025-04-10", raadsonderzoekerId: "rvdk-hans-vermeulen", betreft: [randomUUID()] },
    });
    expect(geopend.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(geopend.errors?.[0].message).toMatch(/afgewezen/);
    expect(await aantal("beschermingsonderzoek")).toBe(voor);

    const nogmaals = await subgraph.request(NEEM_AAN, { id: verzoekId, op: "2025-04-05" });
    expect(nogmaals.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("opens no investigation on a request that has not been accepted, nor a second one on the same request", async () => {
    const verzoek = await subgraph.request(ONTVANG, {
      gezinId: randomUUID(),
      invoer: { ontvangenOp: "2025-04-01", verzoeker: "VEILIG_THUIS", reden: "Zorgen over de veiligheid." },
    });
    const verzoekId = verzoek.data!.ontvangVerzoekTotOnderzoek.id;
    const invoer = { startdatum: "2025-04-10", raadsonderzoekerId: "rvdk-hans-vermeulen", betreft: [randomUUID()] };
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
    const verzoekschriftId = demoUuid(`rvdk-verzoekschrift-${rood.nummer}`);
    const UITSPRAAK = `mutation($id: ID!, $op: Datum!) { registreerUitspraakKinderrechter(verzoekschriftId: $id, invoer: { uitspraak: AFGEWEZEN, op: $op }) { uitspraak } }`;
    const nogmaals = await subgraph.request(UITSPRAAK, { id: verzoekschriftId, op: "2026-08-01" });
    expect(nogmaals.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const [rij] = await subgraph.db.query(`SELECT uitspraak FROM verzoekschrift WHERE id = $1`, [verzoekschriftId]);
    expect(rij.uitspraak).toBe("TOEGEWEZEN");

    const { onderzoekId } = await lopendOnderzoek();
    await subgraph.request(ROND_AF, { id: onderzoekId, invoer: { einddatum: "2025-05-01", conclusie: "ONDERTOEZICHTSTELLING", toelichting: "OTS nodig." } });
    const ingediend = await subgraph.request(DIEN_IN, { id: onderzoekId, invoer: { ingediendOp: "2025-05-10", gevraagdeMaatregel: "OTS" } });
    const teVroeg = await subgraph.request(UITSPRAAK, { id: ingediend.data!.dienVerzoekschriftIn.id, op: "2025-05-09" });
    expect(teVroeg.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(teVroeg.errors?.[0].extensions?.veld).toBe("op");
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
      gezinId: randomUUID(),
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

  it("answers NOT_FOUND for unknown records", async () => {
    const onbekend = randomUUID();
    const afronding = await subgraph.request(ROND_AF, {
      id: onbekend,
      invoer: { einddatum: "2025-05-01", conclusie: "GEEN_MAATREGEL", toelichting: "x" },
    });
    expect(afronding.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const voor = await aantal("beschermingsonderzoek");
    const opening = await subgraph.request(OPEN, {
      id: "geen-uuid",
      invoer: { startdatum: "2025-04-10", raadsonderzoekerId: "rvdk-hans-vermeulen", betreft: [randomUUID()] },
    });
    expect(opening.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(await aantal("beschermingsonderzoek")).toBe(voor);
    const voorVerzoekschrift = await aantal("verzoekschrift");
    const indiening = await subgraph.request(DIEN_IN, { id: onbekend, invoer: { ingediendOp: "2025-05-01", gevraagdeMaatregel: "OTS" } });
    expect(indiening.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(await aantal("verzoekschrift")).toBe(voorVerzoekschrift);
    const query = await subgraph.request(`query($id: ID!) { beschermingsonderzoek(id: $id) { id } }`, { id: onbekend });
    expect(query.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("refuses a request from the RvdK itself, a household id that is no UUID, and a date in the future", async () => {
    const voor = await aantal("verzoek_tot_onderzoek");
    const invoer = { ontvangenOp: "2025-04-01", verzoeker: "LOKAAL_TEAM", reden: "Zorgen." };
    const cases = [
      { gezinId: randomUUID(), invoer: { ...invoer, verzoeker: "RVDK" }, veld: "verzoeker" },
      { gezinId: "gezin-1", invoer, veld: "gezinId" },
      { gezinId: randomUUID(), invoer: { ...invoer, ontvangenOp: "2999-01-01" }, veld: "ontvangenOp" },
      { gezinId: randomUUID(), invoer: { ...invoer, reden: "   " }, veld: "reden" },
    ];
    for (const { gezinId, invoer: i, veld } of cases) {
      const response = await subgraph.request(ONTVANG, { gezinId, invoer: i });
      expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", veld });
    }
    expect(await aantal("verzoek_tot_onderzoek")).toBe(voor);
  });

  it("refuses an investigation by someone who is not a raadsonderzoeker, or without children", async () => {
    const verzoek = await subgraph.request(ONTVANG, {
      gezinId: randomUUID(),
      invoer: { ontvangenOp: "2025-04-01", verzoeker: "VEILIG_THUIS", reden: "Zorgen." },
    });
    const verzoekId = verzoek.data!.ontvangVerzoekTotOnderzoek.id;
    await subgraph.request(NEEM_AAN, { id: verzoekId, op: "2025-04-02" });
    const voor = await aantal("beschermingsonderzoek");
    const kind = randomUUID();
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
    expect(await aantal("beschermingsonderzoek")).toBe(voor);
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
