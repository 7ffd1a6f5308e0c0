import { type Principal, Rol } from "@gezinsbeeld/shared-schema";
import { type DemoGezin, DemoOrganisatie } from "@gezinsbeeld/demo";
import { startHubForTest, type HubUnderTest } from "../support/hub";

/**
 * "Existence is data", end to end: an expert by experience who is linked to a
 * household (and so has need-to-know access to it) learns nothing of the
 * meldingen, measures and investigations of that household: not their content,
 * not their ids or dates, not even how many there are.
 */
let hub: HubUnderTest;
let gezin: DemoGezin;
let ervaringsdeskundige: Principal;

const QUERY = `query($id: ID!) {
  gezin(id: $id) {
    id
    ervaringsdeskundigen { totaalContacten }
    meldingen { id datum status }
    maatregelen { id startdatum }
    beschermingsonderzoeken { id status }
  }
}`;

const VERWIJDERD: Record<string, string> = { meldingen: "VEILIGHEID", maatregelen: "JUSTITIEEL", beschermingsonderzoeken: "JUSTITIEEL" };

beforeAll(async () => {
  hub = await startHubForTest(12);
  // Red: a melding at Veilig Thuis, an RvdK investigation and a court measure, and an expert by experience linked.
  const gevonden = hub.scenario.gezinnen.find((g) => g.fase === "ROOD" && !!g.mijlpalen.ervaringsdeskundigeVanaf && !!g.mijlpalen.maatregelVanaf && !!g.mijlpalen.meldingOp);
  if (!gevonden) throw new Error("the demo scenario has no red household with an expert by experience");
  gezin = gevonden;
  const gekoppeld = hub.scenario.toegewezen(gezin, DemoOrganisatie.ERVARINGSDESKUNDIGEN);
  ervaringsdeskundige = { userId: gekoppeld.id, organisatie: DemoOrganisatie.ERVARINGSDESKUNDIGEN, rol: Rol.MEDEWERKER };
});

afterAll(async () => {
  await hub?.close();
});

describe("an expert by experience linked to a household", () => {
  it("learns neither that it has meldingen, measures or investigations, nor how many, nor when", async () => {
    // The records are there: the household itself sees them in its own dossier.
    const ouder = gezin.leden.find((lid) => lid.gezinsrol === "OUDER")!;
    const inwoner: Principal = { userId: `inwoner-${ouder.bsn}`, organisatie: null, rol: Rol.INWONER, bsn: ouder.bsn };
    const eigen = await hub.requestAs(inwoner, QUERY, { id: gezin.id });
    for (const veld of Object.keys(VERWIJDERD)) expect({ veld, aantal: eigen.data?.gezin[veld].length > 0 }).toEqual({ veld, aantal: true });

    const response = await hub.requestAs(ervaringsdeskundige, QUERY, { id: gezin.id });
    // Need to know holds: the household and the expert's own contact counts come back.
    expect(response.data?.gezin.id).toBe(gezin.id);
    expect(response.data?.gezin.ervaringsdeskundigen[0].totaalContacten).toEqual(expect.any(Number));
    for (const veld of Object.keys(VERWIJDERD)) expect(response.data?.gezin[veld]).toBeNull();
    // One refusal per field, none per record: a count would show in the paths.
    const weigeringen = (response.errors ?? []).filter((e) => e.extensions?.code === "FORBIDDEN");
    expect(weigeringen.map((e) => e.path)).toEqual(expect.arrayContaining(Object.keys(VERWIJDERD).map((veld) => ["gezin", veld])));
    expect(weigeringen).toHaveLength(Object.keys(VERWIJDERD).length);
    expect(response.errors?.some((e) => e.path?.some((stap) => typeof stap === "number"))).toBe(false);
    // No date of any of them anywhere in the answer.
    const datums = JSON.stringify(response).match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    expect(datums).toEqual([]);
  });

  it("is refused those fields by the gateway, before it plans a fetch from their owners", async () => {
    const response = await hub.requestAs(ervaringsdeskundige, QUERY, { id: gezin.id });
    for (const [veld, categorie] of Object.entries(VERWIJDERD)) {
      expect(response.errors?.find((e) => e.path?.join(".") === `gezin.${veld}`)?.extensions).toMatchObject({
        code: "FORBIDDEN",
        categorie,
        reden: "category-not-allowed",
        verwijderdDoor: "gateway",
      });
    }
    // Every refusal is the gateway's: no owner was asked for a record and refused it field by field.
    expect((response.errors ?? []).filter((e) => e.extensions?.verwijderdDoor !== "gateway")).toEqual([]);
  });
});
