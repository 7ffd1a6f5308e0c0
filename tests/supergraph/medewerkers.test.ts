import { Kind, type ObjectTypeDefinitionNode } from "graphql";
import { benoemdType, categorie, SUPERGRAPH } from "../support/supergraph";

/**
 * What the household sees of professionals (docs/toegangslog.md, "Wat het
 * huishouden ziet"): a field that names a professional is MEDEWERKER, which the
 * household never reads, except the household's designated contacts, whom it
 * needs to know and reach. Read from the composed supergraph.
 */

/** Fields holding a professional's user id, by name. */
const GEBRUIKERS_ID_VELDEN = new Set(["vastgelegdDoor", "beoordeeldDoor", "medewerkerId", "userId", "gebruiker"]);

/** The fields naming a professional the household may read, and why: its designated contacts. */
const AANGEWEZEN_CONTACTEN: Readonly<Record<string, string>> = {
  "Gezin.vasteContactpersoon": "the local team's fixed contact: who is responsible and how to reach them (DOMAIN rule 7)",
  "Gezin.jeugdbeschermer": "the GI's assigned jeugdbeschermer during a measure",
  "JeugdbeschermerToewijzing.medewerker": "who was and is the household's jeugdbeschermer",
  "Jeugdreclassering.jeugdreclasseerder": "the young person's assigned worker under youth probation",
  "ErvaringsdeskundigeKoppeling.ervaringsdeskundige": "the expert by experience linked to the household as its bridge to the professionals",
};

/** Categories the household never reads: who made a melding, and staff. */
const NOOIT_VOOR_HUISHOUDEN = ["MEDEWERKER", "MELDER"];

const velden = SUPERGRAPH.definitions
  .filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && !["Query", "Mutation"].includes(d.name.value) && !d.name.value.startsWith("join__") && !d.name.value.startsWith("link__"))
  .flatMap((type) => (type.fields ?? []).map((field) => ({ veld: `${type.name.value}.${field.name.value}`, field })));

describe("fields naming professionals", () => {
  it("classify every professional's user id as MEDEWERKER", () => {
    const ids = velden.filter(({ field }) => GEBRUIKERS_ID_VELDEN.has(field.name.value));
    expect(ids.filter(({ field }) => categorie(field) !== "MEDEWERKER").map(({ veld, field }) => `${veld}: ${categorie(field)}`)).toEqual([]);
    // Every dossier record's vastgelegdDoor, and the log's and break-glass' user ids.
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.map(({ veld }) => veld)).toEqual(expect.arrayContaining(["Melding.vastgelegdDoor", "Persoon.vastgelegdDoor", "Betrokkenheid.medewerkerId", "Noodtoegang.userId", "ToegangslogRegel.gebruiker"]));
  });

  it("classify every link to a professional as MEDEWERKER, except the household's designated contacts, which it may read", () => {
    const naarMedewerker = velden.filter(({ field }) => benoemdType(field.type) === "Medewerker");
    const anders = naarMedewerker.filter(({ veld, field }) => categorie(field) !== "MEDEWERKER" && !(veld in AANGEWEZEN_CONTACTEN));
    expect(anders.map(({ veld, field }) => `${veld}: ${categorie(field)}`)).toEqual([]);
    for (const veld of Object.keys(AANGEWEZEN_CONTACTEN)) {
      const contact = naarMedewerker.find((v) => v.veld === veld);
      expect({ veld, categorie: contact && categorie(contact.field) }).toEqual({ veld, categorie: expect.any(String) });
      expect(NOOIT_VOOR_HUISHOUDEN).not.toContain(contact && categorie(contact.field));
    }
    // Investigators, advisers, behavioural scientists and confidential doctors are MEDEWERKER.
    expect(naarMedewerker.filter(({ field }) => categorie(field) === "MEDEWERKER").map(({ veld }) => veld)).toEqual(
      expect.arrayContaining(["Beschermingsonderzoek.raadsonderzoeker", "VeiligThuisOnderzoek.onderzoeker", "Kernbesluit.gedragswetenschapper", "AdviesConsult.adviseur", "VertrouwensartsAdvies.vertrouwensarts", "GiInzet.medewerker"]),
    );
  });

  it("show the household who looked by organisation and role, never by user id", () => {
    const regel = (veld: string) => velden.find((v) => v.veld === `ToegangslogRegel.${veld}`)!.field;
    expect(categorie(regel("gebruiker"))).toBe("MEDEWERKER");
    for (const veld of ["organisatie", "rol"]) expect(NOOIT_VOOR_HUISHOUDEN).not.toContain(categorie(regel(veld)));
  });
});
