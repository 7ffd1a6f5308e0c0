import { Grondslag, Rol, Toegangslog, Weigerreden, type Beslissing, type RequestContext } from "@gezinsbeeld/shared-schema";

/**
 * One request's access facts, aggregated to one entry per (household or
 * person, category, action, decision, basis) with every field it covers, as
 * the guard notes them field by field (consecutive notes of one fact share
 * their entry without a lookup; any change of fact starts or finds its own).
 */
describe("noting the accesses of one request", () => {
  const context = { requestId: "r1", principal: { userId: "u1", organisatie: "LOKAAL_TEAM", rol: Rol.MEDEWERKER }, subgraph: "lokaal-team" } as unknown as RequestContext;
  const A = "11111111-1111-4111-8111-111111111111";
  const B = "22222222-2222-4222-8222-222222222222";
  const ja: Beslissing = { toegestaan: true, grondslag: Grondslag.EIGEN_GEGEVENS };
  const nee: Beslissing = { toegestaan: false, reden: Weigerreden.GEEN_TOESTEMMING };

  it("gives each fact its own entry with each field once, however the notes interleave", () => {
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
    const regels = log.alleRegels().map((r) => ({ gezinId: r.gezinId, persoonId: r.persoonId, categorie: r.categorie, beslissing: r.beslissing, veldpaden: r.veldpaden }));
    expect(regels).toHaveLength(5);
    expect(regels).toEqual(
      expect.arrayContaining([
        { gezinId: A, persoonId: null, categorie: "ZORGEN", beslissing: "TOEGESTAAN", veldpaden: ["Doel.status", "Doel.wat", "Doel.wie"] },
        { gezinId: A, persoonId: null, categorie: "IDENTIFICATIE", beslissing: "TOEGESTAAN", veldpaden: ["Gezin.naam"] },
        { gezinId: B, persoonId: null, categorie: "ZORGEN", beslissing: "TOEGESTAAN", veldpaden: ["Doel.wat"] },
        { gezinId: A, persoonId: null, categorie: "ZORGEN", beslissing: "GEWEIGERD", veldpaden: ["Doel.wat"] },
        { gezinId: A, persoonId: B, categorie: "ZORGEN", beslissing: "TOEGESTAAN", veldpaden: ["Doel.wat"] },
      ]),
    );
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
