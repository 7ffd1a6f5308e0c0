import { openbareHuishoudens } from "@gezinsbeeld/infra";
import { volgVerlopenEinden } from "@gezinsbeeld/lokaal-team/dist/register/verwerkAankondiging";
import { databaseUrlFor, Organisatie, type Principal, PROFESSIONELE_ROLLEN, Rol, vandaag } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie, plusDagen } from "@gezinsbeeld/demo";
import { startHubForTest, type HubUnderTest } from "../support/hub";
import { testDatabaseServer, type SubgraphUnderTest } from "../support/subgraph";

// The register follows the work (issue 8), end to end through the gateway, as each organisation's professional.

let hub: HubUnderTest;
const sub = (naam: string): SubgraphUnderTest => hub.subgraphs.find((s) => s.name === naam)!;
const als = (m: { id: string; organisatie: Organisatie; rol: Rol }): Principal => ({ userId: m.id, organisatie: m.organisatie, rol: m.rol });

beforeAll(async () => {
  hub = await startHubForTest(12);
});
afterAll(() => hub?.close());

const medewerkerVan = (organisatie: Organisatie) => hub.scenario.medewerkers.find((m) => m.organisatie === organisatie && m.rol === Rol.MEDEWERKER)!;

describe("Veilig Thuis registers a melding", () => {
  it("reads it back at once, and the household's fixed contact and the other involved organisations get a notice: who, since when, never why", async () => {
    // A household Veilig Thuis does not work with yet, where the GI acts together with the local team (product 2a).
    const gezin = hub.scenario.gezinnen.find((g) => !g.mijlpalen.meldingOp && g.mijlpalen.adviesDoor === DemoOrganisatie.GI && g.mijlpalen.samenOptrekkenVanaf && !g.mijlpalen.maatregelVanaf)!;
    expect(gezin).toBeDefined();
    const vt = als(medewerkerVan(DemoOrganisatie.VEILIG_THUIS));
    const geregistreerd = await hub.requestAs(vt, `mutation($g: ID!) { registreerMelding(gezinId: $g, invoer: { datum: "${vandaag()}", aard: VERWAARLOZING, omschrijving: "Kinderen komen zonder eten naar school." }) { id status } }`, { g: gezin.id });
    expect(geregistreerd.errors).toBeUndefined();
    const id = geregistreerd.data!.registreerMelding.id as string;
    const gelezen = await hub.requestAs(vt, `query($id: ID!, $g: ID!) { melding(id: $id) { aard status } meldingenVanGezin(gezinId: $g) { id } }`, { id, g: gezin.id });
    expect(gelezen.errors).toBeUndefined();
    expect(gelezen.data?.melding).toEqual({ aard: "VERWAARLOZING", status: "ONTVANGEN" });
    expect(gelezen.data?.meldingenVanGezin.map((m: { id: string }) => m.id)).toContain(id);

    const contact = als(hub.scenario.toegewezen(gezin, DemoOrganisatie.LOKAAL_TEAM));
    const SIGNALEN = `{ signalen { id gezinId organisatie soort regime datum contactpersoonId gelezen } }`;
    const bijLokaalTeam = await hub.requestAs(contact, SIGNALEN);
    expect(bijLokaalTeam.errors).toBeUndefined();
    const signaal = bijLokaalTeam.data?.signalen.find((s: { gezinId: string; organisatie: string }) => s.gezinId === gezin.id && s.organisatie === "VEILIG_THUIS");
    expect(signaal).toMatchObject({ soort: "BETROKKEN", regime: "ORANJE", datum: vandaag(), contactpersoonId: vt.userId, gelezen: false });
    // Nothing of the melding travels with it.
    expect(JSON.stringify(bijLokaalTeam.data)).not.toMatch(/eten|VERWAARLOZING/);
    // The GI, acting together with the local team, is told too; Veilig Thuis learns who is there already.
    const gi = als(hub.scenario.collega(hub.scenario.toegewezen(gezin, DemoOrganisatie.GI)));
    const bijGi = await hub.requestAs({ ...gi, rol: Rol.TEAMLEIDER, userId: "gi-test-teamleider" }, SIGNALEN);
    expect(bijGi.data?.signalen).toContainEqual(expect.objectContaining({ gezinId: gezin.id, organisatie: "VEILIG_THUIS", soort: "BETROKKEN" }));
    const bijVt = await hub.requestAs(vt, SIGNALEN);
    expect(bijVt.data?.signalen.filter((s: { gezinId: string }) => s.gezinId === gezin.id).map((s: { organisatie: string }) => s.organisatie).sort()).toEqual(["GI", "LOKAAL_TEAM"]);

    // Read, it goes below the unread ones for this professional only; reading the notices is in the local team's log.
    const markeer = await hub.requestAs(contact, `mutation($s: ID!) { markeerSignaalGelezen(signaalId: $s) { gelezen } }`, { s: signaal.id });
    expect(markeer.data?.markeerSignaalGelezen).toEqual({ gelezen: true });
    const daarna = await hub.requestAs(contact, SIGNALEN);
    const gelezenIndex = daarna.data?.signalen.findIndex((s: { id: string }) => s.id === signaal.id);
    expect(daarna.data?.signalen.slice(gelezenIndex).every((s: { gelezen: boolean }) => s.gelezen)).toBe(true);
    const [{ n }] = (await sub("lokaal-team").db.query(`SELECT count(*)::int AS n FROM toegangslog WHERE gebruiker = $1 AND gezin_id = $2 AND 'Query.signalen' = ANY(veldpaden)`, [contact.userId, gezin.id])) as [{ n: number }];
    expect(n).toBeGreaterThan(0);

    // A notice is for the organisation it names: another organisation's professional cannot mark it.
    const ander = await hub.requestAs(als(medewerkerVan(DemoOrganisatie.RVDK)), `mutation($s: ID!) { markeerSignaalGelezen(signaalId: $s) { id } }`, { s: signaal.id });
    expect(ander.data?.markeerSignaalGelezen ?? null).toBeNull();

    // When the melding is closed, Veilig Thuis' involvement ends that day, and the others are told.
    const gesloten = await hub.requestAs(vt, `mutation($id: ID!) { sluitMeldingAf(meldingId: $id, datum: "${vandaag()}", status: AFGESLOTEN) { status } }`, { id });
    expect(gesloten.errors).toBeUndefined();
    const einde = await hub.requestAs(contact, SIGNALEN);
    expect(einde.data?.signalen).toContainEqual(expect.objectContaining({ gezinId: gezin.id, organisatie: "VEILIG_THUIS", soort: "BEEINDIGD", datum: vandaag() }));
  });
});

describe("regie moves with the measure", () => {
  it("goes to the GI when an ondertoezichtstelling starts, shows per child where children differ, and returns to the local team when it ends", async () => {
    const gezin = hub.scenario.gezinnen.find((g) => g.mijlpalen.samenOptrekkenVanaf && !g.mijlpalen.maatregelVanaf && g.leden.filter((l) => l.gezinsrol === "KIND").length >= 2)!;
    expect(gezin).toBeDefined();
    const kind = gezin.leden.find((l) => l.gezinsrol === "KIND")!;
    const gi: Principal = { userId: "gi-test-teamleider", organisatie: DemoOrganisatie.GI, rol: Rol.TEAMLEIDER };
    const contact = als(hub.scenario.toegewezen(gezin, DemoOrganisatie.LOKAAL_TEAM));
    const REGIE = `query($g: ID!) { gezin(id: $g) { regie { organisatie vanaf reden oorzaakType } regiehistorie { organisatie vanaf tot } regiePerKind { organisatie kind { id } } } }`;
    const maatregel = await hub.requestAs(
      gi,
      `mutation($g: ID!, $p: ID!) { registreerMaatregel(gezinId: $g, invoer: { persoonId: $p, soort: ONDERTOEZICHTSTELLING, startdatum: "${vandaag()}", einddatum: "${Number(vandaag().slice(0, 4)) + 1}${vandaag().slice(4)}", beschikkingsnummer: "C/13/424242" }) { id } }`,
      { g: gezin.id, p: kind.id },
    );
    expect(maatregel.errors).toBeUndefined();
    const onder = await hub.requestAs(contact, REGIE, { g: gezin.id });
    expect(onder.errors).toBeUndefined();
    expect(onder.data?.gezin.regie).toEqual({ organisatie: "GI", vanaf: vandaag(), reden: "Ondertoezichtstelling gestart", oorzaakType: "Maatregel" });
    const perKind = onder.data?.gezin.regiePerKind as Array<{ organisatie: string; kind: { id: string } }>;
    expect(perKind.find((k) => k.kind.id === kind.id)?.organisatie).toBe("GI");
    expect(perKind.filter((k) => k.organisatie === "LOKAAL_TEAM").length).toBeGreaterThan(0);

    const beeindigd = await hub.requestAs(gi, `mutation($m: ID!) { beeindigMaatregel(maatregelId: $m, einddatum: "${vandaag()}", reden: "Veiligheid is geborgd.") { id } }`, { m: maatregel.data!.registreerMaatregel.id });
    expect(beeindigd.errors).toBeUndefined();
    const terug = await hub.requestAs(contact, REGIE, { g: gezin.id });
    expect(terug.data?.gezin.regie).toMatchObject({ organisatie: "LOKAAL_TEAM", vanaf: vandaag(), reden: "Ondertoezichtstelling beëindigd" });
    expect(terug.data?.gezin.regiehistorie.slice(-2).map((p: { organisatie: string }) => p.organisatie)).toEqual(["GI", "LOKAAL_TEAM"]);
    expect(terug.data?.gezin.regiePerKind).toEqual([]);
  });
});

describe("the register follows the calendar", () => {
  it("returns regie to the local team when the last measure ran to its planned end date, once, and tells the others the GI left", async () => {
    const register = sub("lokaal-team");
    const [lopend] = (await register.db.query(
      `SELECT r."gezinId" AS id, max(b.einddatum)::text AS einde FROM regieperiode r JOIN betrokkenheid b ON b."gezinId" = r."gezinId" AND b.organisatie = 'GI' AND b."regieOorzaak" IS NOT NULL
        WHERE r.tot IS NULL AND r.organisatie = 'GI' GROUP BY r."gezinId" HAVING bool_and(b.einddatum IS NOT NULL) LIMIT 1`,
    )) as Array<{ id: string; einde: string }>;
    expect(lopend).toBeDefined();
    // Nothing has ended today: nothing moves.
    expect(await volgVerlopenEinden(register.db)).toBe(0);
    const daarna = plusDagen(lopend!.einde, 1);
    expect(await volgVerlopenEinden(register.db, daarna)).toBeGreaterThan(0);
    expect(await volgVerlopenEinden(register.db, daarna)).toBe(0);
    const [regie] = (await register.db.query(`SELECT organisatie, vanaf::text, reden, "oorzaakType" FROM regieperiode WHERE "gezinId" = $1 AND tot IS NULL`, [lopend!.id])) as Array<Record<string, string>>;
    expect(regie).toEqual({ organisatie: "LOKAAL_TEAM", vanaf: lopend!.einde, reden: "Ondertoezichtstelling afgelopen op de einddatum", oorzaakType: "Maatregel" });
    const signalen = (await register.db.query(`SELECT "aanOrganisatie" FROM signaal WHERE "gezinId" = $1 AND organisatie = 'GI' AND soort = 'BEEINDIGD' AND datum = $2`, [lopend!.id, lopend!.einde])) as unknown[];
    expect(signalen.length).toBeGreaterThan(0);
  });
});

describe("npm run token -- --list", () => {
  it("names for each professional a household they can open right now through the hub", async () => {
    const principals = hub.scenario.medewerkers.filter((m) => PROFESSIONELE_ROLLEN.includes(m.rol)).map(als);
    const { perGebruiker } = await openbareHuishoudens(hub.scenario, principals, databaseUrlFor(testDatabaseServer(), sub("lokaal-team").databaseName));
    let geopend = 0;
    for (const principal of principals) {
      const gezin = perGebruiker.get(principal.userId)?.gezinnen[0];
      if (!gezin) continue;
      const antwoord = await hub.requestAs(principal, `query($g: ID!) { gezin(id: $g) { id } }`, { g: gezin.id });
      expect([principal.userId, antwoord.data?.gezin?.id ?? antwoord.errors]).toEqual([principal.userId, gezin.id]);
      geopend += 1;
    }
    // Every professional with a role that works with households has one, in every organisation.
    expect(geopend).toBeGreaterThanOrEqual(principals.filter((p) => p.rol === Rol.MEDEWERKER).length);
  });
});
