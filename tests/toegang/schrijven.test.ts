import { Organisatie, type Principal, Rol } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { startHubForTest, type HubUnderTest } from "../support/hub";
import type { SubgraphUnderTest } from "../support/subgraph";

// Writes are guarded by declaration (issue 7, classes 2, 6 and 9): every mutation says how its household
// is found; the check, the change and the log entry share one transaction.

let hub: HubUnderTest;
const sub = (naam: string): SubgraphUnderTest => hub.subgraphs.find((s) => s.name === naam)!;

beforeAll(async () => {
  hub = await startHubForTest(24);
});
afterAll(() => hub?.close());

const als = (m: { id: string; organisatie: Organisatie; rol: Rol }): Principal => ({ userId: m.id, organisatie: m.organisatie, rol: m.rol });

describe("a mutation by record id is guarded on the record's household", () => {
  it("refuses an RvdK professional who is not on the household's request, changes nothing and reads nothing back", async () => {
    const rvdk = sub("rvdk");
    const [verzoek] = (await rvdk.db.query(`SELECT id, "gezinId", "gezinGeinformeerdOp" FROM verzoek_tot_onderzoek ORDER BY id LIMIT 1`)) as Array<{ id: string; gezinId: string; gezinGeinformeerdOp: string | null }>;
    expect(verzoek).toBeDefined();
    const gezin = hub.scenario.gezinnen.find((g) => g.id === verzoek!.gezinId)!;
    const toegewezen = hub.scenario.toegewezen(gezin, DemoOrganisatie.RVDK);
    const ander = hub.scenario.collega(toegewezen);
    expect(ander.id).not.toBe(toegewezen.id);
    const [{ voor }] = (await rvdk.db.query(`SELECT count(*)::int AS voor FROM toegangslog`)) as [{ voor: number }];
    const response = await hub.requestAs(
      als(ander),
      `mutation($v: ID!) { registreerGezinGeinformeerd(verzoekId: $v, op: "2026-01-02") { id gezinGeinformeerdOp } }`,
      { v: verzoek!.id },
    );
    expect(response.data?.registreerGezinGeinformeerd ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "no-involvement" });
    const [na] = (await rvdk.db.query(`SELECT "gezinGeinformeerdOp" FROM verzoek_tot_onderzoek WHERE id = $1`, [verzoek!.id])) as Array<{ gezinGeinformeerdOp: string | null }>;
    expect(na!.gezinGeinformeerdOp).toEqual(verzoek!.gezinGeinformeerdOp);
    // The refusal is in the RvdK's chain with the household, as an UPDATE refused.
    const rijen = (await rvdk.db.query(`SELECT handeling, beslissing, gezin_id, reden FROM toegangslog WHERE volgnummer > $1 AND gebruiker = $2`, [voor, ander.id])) as Array<Record<string, string>>;
    expect(rijen).toContainEqual({ handeling: "UPDATE", beslissing: "GEWEIGERD", gezin_id: verzoek!.gezinId, reden: "no-involvement" });
  });

  it("answers an unknown record id exactly as a forbidden one", async () => {
    const rvdk = sub("rvdk");
    const [verzoek] = (await rvdk.db.query(`SELECT id, "gezinId" FROM verzoek_tot_onderzoek ORDER BY id LIMIT 1`)) as Array<{ id: string; gezinId: string }>;
    const gezin = hub.scenario.gezinnen.find((g) => g.id === verzoek!.gezinId)!;
    const ander = hub.scenario.collega(hub.scenario.toegewezen(gezin, DemoOrganisatie.RVDK));
    const MUTATIE = `mutation($v: ID!) { registreerGezinGeinformeerd(verzoekId: $v, op: "2026-01-02") { id } }`;
    const verboden = await hub.requestAs(als(ander), MUTATIE, { v: verzoek!.id });
    const onbekend = await hub.requestAs(als(ander), MUTATIE, { v: "7d3c1a52-0000-4000-8000-000000000001" });
    expect(onbekend.errors?.map((e) => [e.message, e.extensions])).toEqual(verboden.errors?.map((e) => [e.message, e.extensions]));
  });
});

describe("a mutation that names a person checks the person belongs to the household", () => {
  const MAATREGEL = `mutation($g: ID!, $p: ID!) { registreerMaatregel(gezinId: $g, invoer: {
    persoonId: $p, soort: ONDERTOEZICHTSTELLING, startdatum: "2026-01-05", einddatum: "2026-12-31", beschikkingsnummer: "C/13/000001" }) { id kind { voornamen } } }`;

  it("refuses a child of another household, or a person that does not exist, before anything is written", async () => {
    const gi = sub("gi");
    const gezin = hub.scenario.gezinnen.find((g) => g.fase === "ROOD" && g.leden.some((l) => l.gezinsrol === "KIND"))!;
    const ander = hub.scenario.gezinnen.find((g) => g.id !== gezin.id && g.leden.some((l) => l.gezinsrol === "KIND"))!;
    const jeugdbeschermer = als(hub.scenario.toegewezen(gezin, DemoOrganisatie.GI));
    const [{ voor }] = (await gi.db.query(`SELECT count(*)::int AS voor FROM maatregel`)) as [{ voor: number }];
    const vreemdKind = ander.leden.find((l) => l.gezinsrol === "KIND")!.id;
    for (const persoonId of [vreemdKind, "7d3c1a52-0000-4000-8000-000000000002"]) {
      const response = await hub.requestAs(jeugdbeschermer, MAATREGEL, { g: gezin.id, p: persoonId });
      expect(response.data?.registreerMaatregel ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "persoonId" });
      expect(response.errors?.[0]?.message).toMatch(/geen lid van dit huishouden/);
    }
    const [{ na }] = (await gi.db.query(`SELECT count(*)::int AS na FROM maatregel`)) as [{ na: number }];
    expect(na).toBe(voor);
  });
});

describe("no log, no change", () => {
  it("commits a mutation with its log entry in one transaction: when the log cannot be written, the change is not there", async () => {
    const lt = sub("lokaal-team");
    const gezin = hub.scenario.gezinnen.find((g) => g.fase === "GROEN")!;
    const karin: Principal = { userId: "lt-karin-smits", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER };
    const [{ voor }] = (await lt.db.query(`SELECT count(*)::int AS voor FROM zorg_of_kracht`)) as [{ voor: number }];
    await lt.db.query(`CREATE FUNCTION pas_op_log() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'log stuk'; END $$`);
    await lt.db.query(`CREATE TRIGGER pas_op_log BEFORE INSERT ON toegangslog FOR EACH ROW EXECUTE FUNCTION pas_op_log()`);
    const fouten = jest.spyOn(console, "error").mockImplementation(() => {});
    try {
      const response = await hub.requestAs(karin, `mutation($g: ID!) { legZorgOfKrachtVast(gezinId: $g, invoer: { soort: ZORG, omschrijving: "Zonder log", vastgesteldOp: "2026-01-05" }) { id } }`, { g: gezin.id });
      expect(response.data?.legZorgOfKrachtVast ?? null).toBeNull();
      expect(response.errors?.length).toBeGreaterThan(0);
    } finally {
      fouten.mockRestore();
      await lt.db.query(`DROP TRIGGER pas_op_log ON toegangslog`);
      await lt.db.query(`DROP FUNCTION pas_op_log`);
    }
    const [{ na }] = (await lt.db.query(`SELECT count(*)::int AS na FROM zorg_of_kracht`)) as [{ na: number }];
    expect(na).toBe(voor);
    // And with the log back, the same mutation lands with its entry.
    const [{ kop }] = (await lt.db.query(`SELECT volgnummer::int AS kop FROM toegangslog_kop`)) as [{ kop: number }];
    const gelukt = await hub.requestAs(karin, `mutation($g: ID!) { legZorgOfKrachtVast(gezinId: $g, invoer: { soort: ZORG, omschrijving: "Met log", vastgesteldOp: "2026-01-05" }) { id } }`, { g: gezin.id });
    expect(gelukt.errors).toBeUndefined();
    const entries = (await lt.db.query(`SELECT handeling, gezin_id, veldpaden FROM toegangslog WHERE volgnummer > $1 AND handeling = 'CREATE'`, [kop])) as Array<{ handeling: string; gezin_id: string; veldpaden: string[] }>;
    expect(entries).toEqual([{ handeling: "CREATE", gezin_id: gezin.id, veldpaden: ["Mutation.legZorgOfKrachtVast"] }]);
  });
});

describe("nothing withheld leaks sideways", () => {
  it("finds no household by name for a partner in an anonymous consult, and its cursors carry no name", async () => {
    const lt = sub("lokaal-team");
    const rijen = (await lt.db.query(
      `SELECT b."gezinId", b.organisatie, b."medewerkerId", g.naam FROM betrokkenheid b JOIN gezin g ON g.id = b."gezinId"
       WHERE b.anoniem AND b.einddatum IS NULL AND b."medewerkerId" IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM betrokkenheid o WHERE o."gezinId" = b."gezinId" AND o.organisatie = b.organisatie AND NOT o.anoniem)`,
    )) as Array<{ gezinId: string; organisatie: Organisatie; medewerkerId: string; naam: string }>;
    expect(rijen.length).toBeGreaterThan(0);
    const { gezinId, organisatie, medewerkerId, naam } = rijen[0]!;
    const partner: Principal = { userId: medewerkerId, organisatie, rol: Rol.MEDEWERKER };
    const lijst = await hub.requestAs(partner, `{ gezinnen(first: 100) { totalCount nodes { id naam } pageInfo { endCursor } } }`);
    const node = lijst.data!.gezinnen.nodes.find((n: { id: string }) => n.id === gezinId);
    expect(node).toEqual({ id: gezinId, naam: null });
    const achternaam = naam.replace(/^Gezin /, "");
    const gezocht = await hub.requestAs(partner, `query($z: String!) { gezinnen(first: 100, zoek: $z) { totalCount nodes { id } } }`, { z: achternaam });
    expect(gezocht.data!.gezinnen.nodes.map((n: { id: string }) => n.id)).not.toContain(gezinId);
    // Page one at a time: no cursor decodes to anything but an id.
    let after: string | null = null;
    do {
      const pagina: any = await hub.requestAs(partner, `query($a: String) { gezinnen(first: 1, after: $a) { nodes { id } pageInfo { endCursor hasNextPage } } }`, { a: after });
      after = pagina.data.gezinnen.pageInfo.hasNextPage ? pagina.data.gezinnen.pageInfo.endCursor : null;
      const cursor = pagina.data.gezinnen.pageInfo.endCursor as string | null;
      if (cursor) expect(Buffer.from(cursor, "base64url").toString("utf8")).toBe(pagina.data.gezinnen.nodes[0].id);
      if (cursor) expect(Buffer.from(cursor, "base64url").toString("utf8")).not.toContain(achternaam);
    } while (after);
  });
});

describe("a list shows no record to whom may not read that it exists", () => {
  it("gives an expert by experience linked to a household no melding of it, not even how many, nor who recorded them", async () => {
    const gezin = hub.scenario.gezinnen.find((g) => g.mijlpalen.meldingOp && g.mijlpalen.ervaringsdeskundigeVanaf)!;
    expect(gezin).toBeDefined();
    const ed = als(hub.scenario.toegewezen(gezin, DemoOrganisatie.ERVARINGSDESKUNDIGEN));
    const response = await hub.requestAs(ed, `query($g: ID!) { meldingenVanGezin(gezinId: $g) { id vastgelegdDoor } }`, { g: gezin.id });
    expect(response.data?.meldingenVanGezin ?? []).toEqual([]);
    // Veilig Thuis itself sees them.
    const vt = als(hub.scenario.toegewezen(gezin, DemoOrganisatie.VEILIG_THUIS));
    const eigen = await hub.requestAs({ ...vt, rol: Rol.TEAMLEIDER }, `query($g: ID!) { meldingenVanGezin(gezinId: $g) { id } }`, { g: gezin.id });
    expect(eigen.data?.meldingenVanGezin.length).toBeGreaterThan(0);
    // One melding by id: the same answer as for an id that does not exist.
    const [{ id }] = (await sub("veilig-thuis").db.query(`SELECT id FROM melding WHERE "gezinId" = $1 LIMIT 1`, [gezin.id])) as [{ id: string }];
    const bestaand = await hub.requestAs(ed, `query($m: ID!) { melding(id: $m) { id datum } }`, { m: id });
    const onbekend = await hub.requestAs(ed, `query($m: ID!) { melding(id: $m) { id datum } }`, { m: "7d3c1a52-0000-4000-8000-000000000003" });
    expect(bestaand.data?.melding ?? null).toBeNull();
    expect(bestaand.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.reden])).toEqual(onbekend.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.reden]));
  });

  it("gives the household no staff list: it reaches its data through its own household", async () => {
    const gezin = hub.scenario.gezinnen[0]!;
    const inwoner: Principal = { userId: "inwoner", organisatie: null, rol: Rol.INWONER, bsn: gezin.leden[0]!.bsn };
    const response = await hub.requestAs(inwoner, `{ medewerkers { id naam } }`);
    expect(response.data?.medewerkers ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
