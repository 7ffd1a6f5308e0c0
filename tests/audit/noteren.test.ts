import { canoniek, Grondslag, Rol, Toegangslog, Weigerreden, type Beslissing, type RequestContext } from "@gezinsbeeld/shared-schema";

/**
 * One request's access facts, aggregated to one entry per (household or
 * person, action, decision, basis) with every category and field it covers
 * (a category kept apart, MELDER, in an entry of its own), as
 * the guard notes them field by field (consecutive notes of one fact share
 * their entry without a lookup; any change of fact starts or finds its own).
 */
describe("noting the accesses of one request", () => {
  const context = { requestId: "r1", principal: { userId: "u1", organisatie: "LOKAAL_TEAM", rol: Rol.MEDEWERKER }, subgraph: "lokaal-team" } as unknown as RequestContext;
  const A = "11111111-1111-4111-8111-111111111111";
  const B = "22222222-2222-4222-8222-222222222222";
  const ja: Beslissing = { toegestaan: true, grondslag: Grondslag.EIGEN_GEGEVENS };
  const nee: Beslissing = { toegestaan: false, reden: Weigerreden.GEEN_TOESTEMMING };

  it("gives each fact its own entry with each category and field once, however the notes interleave", () => {
    const log = new Toegangslog(context);
    const noteer = (gezinId: string, categorie: string, veld: string, besluit: Beslissing, persoonId: string | null = null) =>
      log.noteer({ gezinId, persoonId, categorie, veld, handeling: "READ", besluit });
    noteer(A, "ZORGEN", "Doel.wat", ja);
    noteer(A, "ZORGEN", "Doel.wie", ja);
    noteer(A, "ZORGEN", "Doel.wat", ja); // the next item of the list: the same fact, the same field
    noteer(A, "IDENTIFICATIE", "Gezin.naam", ja);
    noteer(A, "ZORGEN", "Doel.status", ja); // back to an earlier fact after another
    noteer(B, "ZORGEN", "Doel.wat", ja); // another household
    noteer(A, "ZORGEN", "Doel.wat", nee); // another decision
    noteer(A, "ZORGEN", "Doel.wat", ja, B); // about a person
    noteer(A, "MELDER", "Melding.melder", ja); // kept apart: the household's view withholds it
    noteer(A, "IDENTIFICATIE", "Gezin.adres", nee); // the refused entry takes a second category
    const regels = log.alleRegels().map((r) => ({ gezinId: r.gezinId, persoonId: r.persoonId, categorieen: r.categorieen, beslissing: r.beslissing, veldpaden: r.veldpaden }));
    expect(regels).toHaveLength(5);
    expect(regels).toEqual(
      expect.arrayContaining([
        { gezinId: A, persoonId: null, categorieen: ["IDENTIFICATIE", "ZORGEN"], beslissing: "TOEGESTAAN", veldpaden: ["Doel.status", "Doel.wat", "Doel.wie", "Gezin.naam"] },
        { gezinId: A, persoonId: null, categorieen: ["MELDER"], beslissing: "TOEGESTAAN", veldpaden: ["Melding.melder"] },
        { gezinId: B, persoonId: null, categorieen: ["ZORGEN"], beslissing: "TOEGESTAAN", veldpaden: ["Doel.wat"] },
        { gezinId: A, persoonId: null, categorieen: ["IDENTIFICATIE", "ZORGEN"], beslissing: "GEWEIGERD", veldpaden: ["Doel.wat", "Gezin.adres"] },
        { gezinId: A, persoonId: B, categorieen: ["ZORGEN"], beslissing: "TOEGESTAAN", veldpaden: ["Doel.wat"] },
      ]),
    );
  });

  it("hashes an entry of one category as the entry of that category was hashed before entries held several", () => {
    const regel = { tijdstip: new Date(0), requestId: "r1", handeling: "READ" as const, gebruiker: "u1", organisatie: "LOKAAL_TEAM", rol: "MEDEWERKER",
      gezinId: A, persoonId: null, categorieen: ["ZORGEN"], veldpaden: ["Doel.wat"], beslissing: "TOEGESTAAN" as const, reden: null, grondslag: "EIGEN_GEGEVENS", bron: null, noodprocedure: false, doel: null, operatie: null, subgraph: "lokaal-team" };
    // The canonical text of such an entry as written before this change: the category as a string in the ninth place.
    expect(canoniek(regel)).toBe(JSON.stringify(["1970-01-01T00:00:00.000Z", "r1", "READ", "u1", "LOKAAL_TEAM", "MEDEWERKER", A, null, "ZORGEN", ["Doel.wat"], "TOEGESTAAN", null, "EIGEN_GEGEVENS", null, false, null, null, "lokaal-team"]));
    expect(canoniek({ ...regel, categorieen: ["IDENTIFICATIE", "ZORGEN"] })).toContain(`null,["IDENTIFICATIE","ZORGEN"],["Doel.wat"]`);
  });

  it("keys on the fact as noted, not on an object the caller changes afterwards", () => {
    const log = new Toegangslog(context);
    const feit = { gezinId: A, persoonId: null, categorie: "ZORGEN", veld: "Doel.wat", handeling: "READ" as const, besluit: ja };
    log.noteer(feit);
    feit.gezinId = B;
    feit.veld = "Doel.wie";
    log.noteer(feit);
    expect(log.alleRegels().map((r) => [r.gezinId, r.veldpaden])).toEqual(expect.arrayContaining([[A, ["Doel.wat"]], [B, ["Doel.wie"]]]));
    expect(log.alleRegels()).toHaveLength(2);
  });
});
