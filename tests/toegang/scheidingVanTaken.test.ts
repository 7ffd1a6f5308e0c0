import {
  benoembaar,
  beslis,
  type BetrokkenheidFeit,
  Gegevenscategorie,
  Organisatie,
  type Principal,
  Regime,
  Rol,
  type Toegangsbasis,
  vandaag,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { startHubForTest, type HubUnderTest } from "../support/hub";
import type { SubgraphUnderTest } from "../support/subgraph";

// DOMAIN rule 5 (seed 001, "Juridische kanttekeningen"): "Wanneer gedwongen inzet niet te voorkomen is, dient een
// andere medewerker dan degene die in de Toekomsttuin betrokken is de zaak te behandelen." Whoever advised a household
// in the voluntary phase (ADVIES, GROEN) is not named on its forced phase (ORANJE, ROOD), whichever organisation names
// them and whichever mutation does it, unless a gedragswetenschapper or teamleider records a documented exception.

const als = (m: { id: string; organisatie: Organisatie; rol: Rol }): Principal => ({ userId: m.id, organisatie: m.organisatie, rol: m.rol });

describe("who may be named on a household's forced phase, from the seed's wording", () => {
  const x = "gi-x";
  const betrokken = (organisatie: Organisatie, regime: Regime, medewerkerId: string, einddatum: string | null = null): BetrokkenheidFeit => ({
    organisatie,
    regime,
    anoniem: regime === Regime.ADVIES,
    startdatum: "2026-01-05",
    einddatum,
    medewerkerId,
    geinformeerdOp: "2026-01-05",
  });
  const basis = (betrokkenheden: BetrokkenheidFeit[], uitzonderingen?: string[]): Toegangsbasis => ({
    gezinId: "858de37c-7a60-5a87-ac7f-67865dcd03f6",
    bestaat: true,
    afgeslotenOp: null,
    vasteContactpersoonId: "lt-fatima-bakker",
    ledenBsn: [],
    betrokkenheden,
    toestemmingen: [],
    noodtoegangen: [],
    ...(uitzonderingen ? { uitzonderingenScheidingVanTaken: uitzonderingen } : {}),
  });

  // [situation, register, nomination regime, may X be named]
  const tabel: Array<[string, Toegangsbasis, Regime, boolean]> = [
    ["never involved", basis([]), Regime.ROOD, true],
    ["advised anonymously for the GI, ended long ago", basis([betrokken(DemoOrganisatie.GI, Regime.ADVIES, x, "2026-02-01")]), Regime.ROOD, false],
    ["worked with consent (GROEN), named by the local team", basis([betrokken(DemoOrganisatie.GI, Regime.GROEN, x)]), Regime.ROOD, false],
    ["advised for another organisation than the one naming them now", basis([betrokken(DemoOrganisatie.VEILIG_THUIS, Regime.ADVIES, x)]), Regime.ORANJE, false],
    ["advised, and a documented exception was recorded for them", basis([betrokken(DemoOrganisatie.GI, Regime.GROEN, x)], [x]), Regime.ROOD, true],
    ["advised, an exception recorded for someone else", basis([betrokken(DemoOrganisatie.GI, Regime.GROEN, x)], ["gi-y"]), Regime.ROOD, false],
    ["advised, and named on the voluntary phase again", basis([betrokken(DemoOrganisatie.GI, Regime.ADVIES, x)]), Regime.GROEN, true],
    ["worked the orange phase, now named on red", basis([betrokken(DemoOrganisatie.VEILIG_THUIS, Regime.ORANJE, x)]), Regime.ROOD, true],
    ["a colleague advised", basis([betrokken(DemoOrganisatie.GI, Regime.ADVIES, "gi-y")]), Regime.ROOD, true],
  ];
  it.each(tabel)("%s", (_situatie, register, regime, verwacht) => {
    expect(benoembaar(register, x, regime)).toBe(verwacht);
  });

  it("lifts the read refusal on separation of duties once an exception is recorded: what remains is need to know", () => {
    const register = [betrokken(DemoOrganisatie.GI, Regime.ADVIES, x, "2026-02-01"), betrokken(DemoOrganisatie.GI, Regime.ROOD, "gi-y")];
    const vraag = { principal: { userId: x, organisatie: DemoOrganisatie.GI, rol: Rol.MEDEWERKER }, categorie: Gegevenscategorie.GEEN, eigenaar: DemoOrganisatie.GI };
    expect(beslis({ ...vraag, basis: basis(register) })).toEqual({ toegestaan: false, reden: "separation-of-duties" });
    expect(beslis({ ...vraag, basis: basis(register, [x]) })).toEqual({ toegestaan: false, reden: "no-involvement" });
  });
});

describe("separation of duties in every write (rule 5)", () => {
  let hub: HubUnderTest;
  const sub = (naam: string): SubgraphUnderTest => hub.subgraphs.find((s) => s.name === naam)!;
  const karin: Principal = { userId: "lt-karin-smits", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER };
  const gedragswetenschapperGi: Principal = { userId: "gi-jan-prins", organisatie: DemoOrganisatie.GI, rol: Rol.GEDRAGSWETENSCHAPPER };
  const teamleiderGi: Principal = { userId: "gi-anouk-schouten", organisatie: DemoOrganisatie.GI, rol: Rol.TEAMLEIDER };
  const privacyOfficer: Principal = { userId: "lt-paul-verhoef", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.PRIVACY_OFFICER };

  const REGISTREER = `mutation($g: ID!, $i: BetrokkenheidInvoer!) { registreerBetrokkenheid(gezinId: $g, invoer: $i) { id regime medewerkerId } }`;
  const TOEWIJZEN = `mutation($g: ID!, $m: ID!, $v: Datum!) { wijsJeugdbeschermerToe(gezinId: $g, medewerkerId: $m, vanaf: $v) { id } }`;
  // A partner's gedragswetenschapper reads back who the exception is for (MEDEWERKER); its content is the local team's supervision data (TOEZICHT).
  const UITZONDERING = `mutation($g: ID!, $i: UitzonderingScheidingVanTakenInvoer!) { legUitzonderingScheidingVanTakenVast(gezinId: $g, invoer: $i) { medewerkerId } }`;
  const REDEN = "Vast gezicht voor het gezin; besproken in het MDO, de moeder werkt alleen met deze jeugdbeschermer samen.";
  const betrokkenheid = (regime: Regime, medewerkerId: string) => ({ organisatie: "GI", regime, intensiteit: "MIDDEL", startdatum: vandaag(), medewerkerId });

  beforeAll(async () => {
    hub = await startHubForTest(24);
  });
  afterAll(() => hub?.close());

  const kop = async (subgraph: SubgraphUnderTest): Promise<number> =>
    ((await subgraph.db.query(`SELECT volgnummer::int AS kop FROM toegangslog_kop`)) as [{ kop: number }])[0].kop;
  const logSinds = async (subgraph: SubgraphUnderTest, sinds: number, gebruiker: string) =>
    (await subgraph.db.query(`SELECT handeling, beslissing, gezin_id, reden, veldpaden FROM toegangslog WHERE volgnummer > $1 AND gebruiker = $2`, [sinds, gebruiker])) as Array<Record<string, unknown>>;
  const tel = async (subgraph: SubgraphUnderTest, tabel: string, gezinId: string): Promise<number> =>
    ((await subgraph.db.query(`SELECT count(*)::int AS n FROM ${tabel} WHERE "gezinId" = $1`, [gezinId])) as [{ n: number }])[0].n;
  /** GI professionals (executive) that no involvement of the household names yet. */
  const nietGenoemd = async (gezinId: string): Promise<Principal[]> => {
    const genoemd = ((await sub("lokaal-team").db.query(`SELECT "medewerkerId" FROM betrokkenheid WHERE "gezinId" = $1`, [gezinId])) as Array<{ medewerkerId: string }>).map((r) => r.medewerkerId);
    return hub.scenario.medewerkers.filter((m) => m.organisatie === DemoOrganisatie.GI && m.rol === Rol.MEDEWERKER && !genoemd.includes(m.id)).map(als);
  };

  it("refuses the local team naming on red the worker it named on green: nothing written, the refusal logged; a colleague is named", async () => {
    const lt = sub("lokaal-team");
    const gezin = hub.scenario.gezinnen.find((g) => g.fase === "GROEN")!;
    const [x, y] = await nietGenoemd(gezin.id);
    expect(y).toBeDefined();
    const groen = await hub.requestAs(karin, REGISTREER, { g: gezin.id, i: betrokkenheid(Regime.GROEN, x!.userId) });
    expect(groen.errors).toBeUndefined();

    const voor = await tel(lt, "betrokkenheid", gezin.id);
    const sinds = await kop(lt);
    const rood = await hub.requestAs(karin, REGISTREER, { g: gezin.id, i: betrokkenheid(Regime.ROOD, x!.userId) });
    expect(rood.data?.registreerBetrokkenheid ?? null).toBeNull();
    expect(rood.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "separation-of-duties", veld: "medewerkerId" });
    expect(rood.errors?.[0]?.message).toMatch(/adviseerde dit huishouden in de vrijwillige fase/);
    expect(await tel(lt, "betrokkenheid", gezin.id)).toBe(voor);
    expect(await logSinds(lt, sinds, karin.userId)).toContainEqual({
      handeling: "CREATE",
      beslissing: "GEWEIGERD",
      gezin_id: gezin.id,
      reden: "separation-of-duties",
      veldpaden: ["Mutation.registreerBetrokkenheid"],
    });

    // Not a blanket refusal: a colleague who did not advise takes the red phase.
    const collega = await hub.requestAs(karin, REGISTREER, { g: gezin.id, i: betrokkenheid(Regime.ROOD, y!.userId) });
    expect(collega.errors).toBeUndefined();
    expect(collega.data?.registreerBetrokkenheid).toMatchObject({ regime: "ROOD", medewerkerId: y!.userId });
  });

  it("refuses the GI assigning as jeugdbeschermer whom the local team named on green: whichever organisation named them, decided by the decision service", async () => {
    const [gi, lt] = [sub("gi"), sub("lokaal-team")];
    const gezin = hub.scenario.gezinnen.filter((g) => g.fase === "GROEN")[1]!;
    const [x] = await nietGenoemd(gezin.id);
    expect((await hub.requestAs(karin, REGISTREER, { g: gezin.id, i: betrokkenheid(Regime.GROEN, x!.userId) })).errors).toBeUndefined();

    const [sindsGi, sindsLt] = [await kop(gi), await kop(lt)];
    const toegewezen = await hub.requestAs(teamleiderGi, TOEWIJZEN, { g: gezin.id, m: x!.userId, v: vandaag() });
    expect(toegewezen.data?.wijsJeugdbeschermerToe ?? null).toBeNull();
    expect(toegewezen.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "separation-of-duties", veld: "medewerkerId" });
    expect(await tel(gi, "jeugdbeschermer_toewijzing", gezin.id)).toBe(0);
    expect(await logSinds(gi, sindsGi, teamleiderGi.userId)).toContainEqual(expect.objectContaining({ handeling: "CREATE", beslissing: "GEWEIGERD", reden: "separation-of-duties" }));
    // The GI asked the register holder a yes or no, and the register holder recorded the question.
    expect(await logSinds(lt, sindsLt, teamleiderGi.userId)).toContainEqual(
      expect.objectContaining({ beslissing: "GEWEIGERD", gezin_id: gezin.id, reden: "separation-of-duties", veldpaden: ["Toegangsbeslisser.benoemingen(gi)"] }),
    );
  });

  describe("a GI worker who advised assigns themself as jeugdbeschermer", () => {
    let gezinId: string;
    let adviseur: Principal;

    beforeAll(async () => {
      const gezin = hub.scenario.gezinnen.find((g) => g.fase === "ADVIES" && g.mijlpalen.adviesDoor === DemoOrganisatie.GI)!;
      gezinId = gezin.id;
      // Whoever advised for the GI never executes the measure: the seed names a colleague of the jeugdbeschermer.
      adviseur = als(hub.scenario.collega(hub.scenario.toegewezen(gezin, DemoOrganisatie.GI)));
      const register = (await sub("lokaal-team").db.query(`SELECT regime FROM betrokkenheid WHERE "gezinId" = $1 AND organisatie = 'GI' AND "medewerkerId" = $2`, [gezinId, adviseur.userId])) as Array<{ regime: string }>;
      expect(register).toEqual([{ regime: "ADVIES" }]);
    });

    it("is refused with separation-of-duties, and nothing is assigned", async () => {
      const gi = sub("gi");
      const sinds = await kop(gi);
      const zelf = await hub.requestAs(adviseur, TOEWIJZEN, { g: gezinId, m: adviseur.userId, v: vandaag() });
      expect(zelf.data?.wijsJeugdbeschermerToe ?? null).toBeNull();
      expect(zelf.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "separation-of-duties" });
      expect(zelf.errors?.[0]?.message).toMatch(/u adviseerde dit huishouden in de vrijwillige fase/);
      expect(await tel(gi, "jeugdbeschermer_toewijzing", gezinId)).toBe(0);
      expect(await logSinds(gi, sinds, adviseur.userId)).toContainEqual({
        handeling: "CREATE",
        beslissing: "GEWEIGERD",
        gezin_id: gezinId,
        reden: "separation-of-duties",
        veldpaden: ["Mutation.wijsJeugdbeschermerToe"],
      });
    });

    it("lets no MEDEWERKER record an exception, nor anyone of an organisation not involved, nor anyone for themself", async () => {
      const lt = sub("lokaal-team");
      const gedragswetenschapperVt = als(hub.scenario.medewerkers.find((m) => m.organisatie === DemoOrganisatie.VEILIG_THUIS && m.rol === Rol.GEDRAGSWETENSCHAPPER)!);
      const sinds = await kop(lt);
      const medewerker = await hub.requestAs(adviseur, UITZONDERING, { g: gezinId, i: { medewerkerId: adviseur.userId, reden: REDEN } });
      expect(medewerker.data?.legUitzonderingScheidingVanTakenVast ?? null).toBeNull();
      expect(medewerker.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "category-not-allowed" });
      // Veilig Thuis has nothing to do with this household: its gedragswetenschapper may not decide here (need to know).
      const vreemd = await hub.requestAs(gedragswetenschapperVt, UITZONDERING, { g: gezinId, i: { medewerkerId: adviseur.userId, reden: REDEN } });
      expect(vreemd.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "no-involvement" });
      const zelf = await hub.requestAs(gedragswetenschapperGi, UITZONDERING, { g: gezinId, i: { medewerkerId: gedragswetenschapperGi.userId, reden: REDEN } });
      expect(zelf.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "medewerkerId" });
      const kaal = await hub.requestAs(gedragswetenschapperGi, UITZONDERING, { g: gezinId, i: { medewerkerId: adviseur.userId, reden: "Omdat het kan." } });
      expect(kaal.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "reden" });
      expect(await tel(lt, "uitzondering_scheiding_van_taken", gezinId)).toBe(0);
      // Refused on who asks, before the household is looked at: logged like every refused mutation.
      expect(await logSinds(lt, sinds, adviseur.userId)).toContainEqual(
        expect.objectContaining({ handeling: "CREATE", beslissing: "GEWEIGERD", reden: "category-not-allowed", veldpaden: ["Mutation.legUitzonderingScheidingVanTakenVast"] }),
      );
    });

    it("is allowed once a gedragswetenschapper recorded a documented exception, which is logged and listed for the privacy officer", async () => {
      const [gi, lt] = [sub("gi"), sub("lokaal-team")];
      const sinds = await kop(lt);
      const vastgelegd = await hub.requestAs(gedragswetenschapperGi, UITZONDERING, { g: gezinId, i: { medewerkerId: adviseur.userId, reden: REDEN } });
      expect(vastgelegd.errors).toBeUndefined();
      expect(vastgelegd.data?.legUitzonderingScheidingVanTakenVast).toEqual({ medewerkerId: adviseur.userId });
      const [{ id }] = (await lt.db.query(`SELECT id FROM uitzondering_scheiding_van_taken WHERE "gezinId" = $1`, [gezinId])) as [{ id: string }];
      expect(await logSinds(lt, sinds, gedragswetenschapperGi.userId)).toContainEqual({
        handeling: "CREATE",
        beslissing: "TOEGESTAAN",
        gezin_id: gezinId,
        reden: null,
        veldpaden: ["Mutation.legUitzonderingScheidingVanTakenVast"],
      });

      const zelf = await hub.requestAs(adviseur, TOEWIJZEN, { g: gezinId, m: adviseur.userId, v: vandaag() });
      expect(zelf.errors).toBeUndefined();
      const toewijzingen = (await gi.db.query(`SELECT "medewerkerId", tot FROM jeugdbeschermer_toewijzing WHERE "gezinId" = $1`, [gezinId])) as Array<{ medewerkerId: string; tot: string | null }>;
      expect(toewijzingen).toEqual([{ medewerkerId: adviseur.userId, tot: null }]);

      const lijst = await hub.requestAs(
        privacyOfficer,
        `query($g: ID) { uitzonderingenScheidingVanTaken(gezinId: $g, first: 10) { totalCount nodes { id medewerkerId reden organisatie rol vastgelegdDoor } } }`,
        { g: gezinId },
      );
      expect(lijst.errors).toBeUndefined();
      expect(lijst.data?.uitzonderingenScheidingVanTaken).toEqual({
        totalCount: 1,
        nodes: [{ id, medewerkerId: adviseur.userId, reden: REDEN, organisatie: "GI", rol: "GEDRAGSWETENSCHAPPER", vastgelegdDoor: gedragswetenschapperGi.userId }],
      });
      // Over all households too (the privacy officer's review list).
      const alles = await hub.requestAs(privacyOfficer, `{ uitzonderingenScheidingVanTaken(first: 10) { nodes { id } } }`);
      expect(alles.data?.uitzonderingenScheidingVanTaken.nodes).toContainEqual({ id });
    });
  });
});
