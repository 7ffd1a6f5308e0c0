import { type Principal, Rol } from "@gezinsbeeld/shared-schema";
import { type DemoGezin, DemoOrganisatie } from "@gezinsbeeld/demo";
import { startHubForTest, type HubUnderTest } from "../support/hub";

/**
 * What the household (role INWONER) sees of professionals, through the gateway
 * (docs/toegangslog.md, "Wat het huishouden ziet"): the organisation and role
 * of who recorded or looked, and the names of its designated contacts; never the
 * professionals' user ids, the names of other staff, nor how they work (operation
 * names, stated purposes, request ids) in its access log.
 */
let hub: HubUnderTest;
let gezin: DemoGezin;
let inwoner: Principal;
let jeugdbeschermer: Principal;

type Fout = { path?: Array<string | number>; extensions?: Record<string, any> };

const DOSSIER = `query($id: ID!) {
  gezin(id: $id) {
    vasteContactpersoon { naam }
    jeugdbeschermer { naam }
    leden { voornamen vastgelegdDoor }
    betrokkenheden { organisatie regime medewerkerId }
    kernbesluiten { besluit gedragswetenschapper { naam } }
    maatregelen { soort vastgelegdDoor }
    beschermingsonderzoeken { status raadsonderzoeker { naam } }
    onderzoeken { status onderzoeker { naam } }
  }
}`;

/** Fields naming staff other than the designated contacts, with one value each in the demo household. */
const STAF = ["leden.vastgelegdDoor", "betrokkenheden.medewerkerId", "kernbesluiten.gedragswetenschapper", "maatregelen.vastgelegdDoor", "beschermingsonderzoeken.raadsonderzoeker", "onderzoeken.onderzoeker"];

/** The values of `veld` ("lijst.veld") in the household's answer, one per record. */
function waarden(gezinData: Record<string, any>, veld: string): unknown[] {
  const [lijst, naam] = veld.split(".") as [string, string];
  return (gezinData[lijst] as Array<Record<string, unknown>>).map((record) => record[naam]);
}

function weigering(errors: Fout[] | undefined, veld: string): Fout | undefined {
  const [lijst, naam] = veld.split(".");
  return errors?.find((e) => e.path?.[1] === lijst && e.path?.[3] === naam && e.extensions?.code === "FORBIDDEN");
}

beforeAll(async () => {
  hub = await startHubForTest(12);
  // Red: a measure with an assigned jeugdbeschermer, an RvdK investigation, a VT investigation, core decisions.
  const gevonden = hub.scenario.gezinnen.find((g) => g.fase === "ROOD" && !!g.mijlpalen.maatregelVanaf && !!g.mijlpalen.raadGeinformeerdOp && !!g.mijlpalen.meldingOp);
  if (!gevonden) throw new Error("the demo scenario has no red household");
  gezin = gevonden;
  const ouder = gezin.leden.find((lid) => lid.gezinsrol === "OUDER")!;
  inwoner = { userId: `inwoner-${ouder.bsn}`, organisatie: null, rol: Rol.INWONER, bsn: ouder.bsn };
  jeugdbeschermer = { userId: hub.scenario.toegewezen(gezin, DemoOrganisatie.GI).id, organisatie: DemoOrganisatie.GI, rol: Rol.MEDEWERKER };
});

afterAll(async () => {
  await hub?.close();
});

describe("the household (role inwoner) reading its own dossier", () => {
  it("sees the names of its vaste contactpersoon and its jeugdbeschermer", async () => {
    const response = await hub.requestAs(inwoner, DOSSIER, { id: gezin.id });
    expect(response.data?.gezin.vasteContactpersoon).toEqual({ naam: hub.scenario.toegewezen(gezin, DemoOrganisatie.LOKAAL_TEAM).naam });
    expect(response.data?.gezin.jeugdbeschermer).toEqual({ naam: hub.scenario.toegewezen(gezin, DemoOrganisatie.GI).naam });
    expect(response.errors?.some((e) => ["vasteContactpersoon", "jeugdbeschermer"].includes(String(e.path?.[1])))).toBe(false);
  });

  it("gets null and FORBIDDEN for every user id and every other professional's name, and still its dossier", async () => {
    const response = await hub.requestAs(inwoner, DOSSIER, { id: gezin.id });
    const data = response.data?.gezin as Record<string, any>;
    for (const veld of STAF) {
      const gevonden = waarden(data, veld);
      expect({ veld, aantal: gevonden.length > 0 }).toEqual({ veld, aantal: true });
      expect({ veld, waarden: gevonden.filter((w) => w !== null) }).toEqual({ veld, waarden: [] });
      expect({ veld, weigering: weigering(response.errors, veld)?.extensions }).toEqual({
        veld,
        weigering: expect.objectContaining({ code: "FORBIDDEN", categorie: "MEDEWERKER", reden: "category-not-allowed" }),
      });
    }
    // What was recorded and by which organisation stays the household's to see.
    expect(data.maatregelen.every((m: { soort: unknown }) => m.soort !== null)).toBe(true);
    expect(data.betrokkenheden.map((b: { organisatie: string }) => b.organisatie)).toContain("GI");
    expect(data.beschermingsonderzoeken.every((o: { status: unknown }) => o.status !== null)).toBe(true);
    expect(data.kernbesluiten.every((k: { besluit: unknown }) => typeof k.besluit === "string")).toBe(true);
  });

  it("is refused exactly what a professional of the household does see", async () => {
    const teamleider: Principal = { userId: "lt-karin-smits", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER };
    const professioneel = await hub.requestAs(teamleider, `query($id: ID!) { gezin(id: $id) { leden { vastgelegdDoor } kernbesluiten { gedragswetenschapper { naam } } } }`, { id: gezin.id });
    expect(professioneel.errors).toBeUndefined();
    expect(professioneel.data?.gezin.leden.every((l: { vastgelegdDoor: unknown }) => typeof l.vastgelegdDoor === "string")).toBe(true);
    expect(professioneel.data?.gezin.kernbesluiten[0].gedragswetenschapper.naam).toEqual(expect.any(String));
    const gi = await hub.requestAs(jeugdbeschermer, `query($id: ID!) { gezin(id: $id) { maatregelen { vastgelegdDoor } } }`, { id: gezin.id });
    expect(gi.data?.gezin.maatregelen[0].vastgelegdDoor).toBe(jeugdbeschermer.userId);
  });
});

describe("the household reading its own access log", () => {
  it("sees which organisation and role looked, and no user id, operation name, stated purpose or request id", async () => {
    const professioneel = await hub.requestAs(jeugdbeschermer, `query GezinsbeeldJeugdbescherming($id: ID!) { gezin(id: $id) { maatregelen { soort } } }`, { id: gezin.id }, { "x-doel": "Voorbereiding zitting kinderrechter" });
    expect(professioneel.errors).toBeUndefined();
    const velden = "volgnummer requestId gebruiker organisatie rol categorieen veldpaden doel operatie";
    const query = `query($filter: ToegangslogFilter) { toegangslogGi(filter: $filter, first: 200) { nodes { ${velden} } } }`;

    // The GI's privacy officer sees who, with which operation and purpose.
    const fg: Principal = { userId: "gi-ruben-kuiper", organisatie: DemoOrganisatie.GI, rol: Rol.PRIVACY_OFFICER };
    const volledig = await hub.requestAs(fg, query, { filter: { gezinId: gezin.id, gebruiker: jeugdbeschermer.userId } });
    const regel = volledig.data?.toegangslogGi.nodes.find((r: { operatie: string | null; categorieen: string[] }) => r.operatie === "GezinsbeeldJeugdbescherming" && r.categorieen.includes("JUSTITIEEL"));
    expect(regel).toMatchObject({ gebruiker: jeugdbeschermer.userId, doel: "Voorbereiding zitting kinderrechter", requestId: expect.any(String), organisatie: "GI", rol: "MEDEWERKER" });

    const eigen = await hub.requestAs(inwoner, query, { filter: { gezinId: gezin.id } });
    const regels = eigen.data?.toegangslogGi.nodes as Array<Record<string, unknown>>;
    expect(regels.find((r) => r.volgnummer === regel.volgnummer)).toEqual({
      volgnummer: regel.volgnummer,
      requestId: null,
      gebruiker: null,
      organisatie: "GI",
      rol: "MEDEWERKER",
      categorieen: regel.categorieen,
      veldpaden: regel.veldpaden,
      doel: null,
      operatie: null,
    });
    expect(regels.every((r) => r.requestId === null && r.gebruiker === null && r.doel === null && r.operatie === null)).toBe(true);
    // The user id is refused by the policy (MEDEWERKER), the rest is left empty by the log.
    const fouten = (eigen.errors ?? []) as Fout[];
    expect(fouten.length).toBeGreaterThan(0);
    expect(fouten.every((e) => e.path?.[e.path.length - 1] === "gebruiker" && e.extensions?.categorie === "MEDEWERKER")).toBe(true);
  });
});
