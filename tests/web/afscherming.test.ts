import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MetFouten, Veld, VoorHetGezin } from "../../web/src/components/Afgeschermd";
import { afscherming, foutVoor, type HubFout } from "../../web/src/lib/afscherming";

/**
 * How the app decides that a value is withheld: one rule, used by every page
 * (components/Afgeschermd). A null the hub refused must never read as "nothing recorded".
 */
describe("withheld fields in the app", () => {
  const verboden = (path: (string | number)[], reden = "no-consent", categorie = "ZORGEN"): HubFout => ({
    message: "Geen toegang",
    path,
    extensions: { code: "FORBIDDEN", reden, categorie },
  });

  test("a subgraph's refusal (with list indices) withholds that field at that index only", () => {
    const fouten = [verboden(["gezin", "meldingen", 1, "melder"], "protected-reporter", "MELDER")];
    expect(foutVoor(fouten, ["gezin", "meldingen", 1, "melder"])).toBe(fouten[0]);
    expect(foutVoor(fouten, ["gezin", "meldingen", 0, "melder"])).toBeUndefined();
    expect(foutVoor(fouten, ["gezin", "meldingen", 1, "datum"])).toBeUndefined();
    expect(foutVoor(fouten, ["gezin", "meldingen"])).toBeUndefined(); // the list itself is there
  });

  test("a field the gateway removed (its path has no indices) is withheld at every index", () => {
    const fouten = [verboden(["gezin", "meldingen", "melder"], "category-not-allowed", "MELDER")];
    expect(foutVoor(fouten, ["gezin", "meldingen", 0, "melder"])).toBe(fouten[0]);
    expect(foutVoor(fouten, ["gezin", "meldingen", 7, "melder"])).toBe(fouten[0]);
    expect(foutVoor(fouten, ["gezin", "meldingen", 0, "datum"])).toBeUndefined();
  });

  test("a refused object withholds everything in it; the nearest refusal is the one explained", () => {
    const gezin = verboden(["gezin", "veiligheidsplan"], "regime", "VEILIGHEID");
    const dieper = verboden(["gezin", "veiligheidsplan", "afspraken"], "no-consent", "VEILIGHEID");
    expect(foutVoor([gezin], ["gezin", "veiligheidsplan", "afspraken", 0])).toBe(gezin);
    expect(foutVoor([gezin, dieper], ["gezin", "veiligheidsplan", "afspraken"])).toBe(dieper);
    expect(foutVoor([verboden(["gezinnen"])], ["gezin", "naam"])).toBeUndefined(); // another root field
    expect(foutVoor([{ message: "zonder pad" }], ["gezin"])).toBeUndefined();
  });

  test("every reason the hub gives has its own plain-Dutch sentence; an unknown one still says it is withheld", () => {
    const redenen = ["unauthenticated", "no-involvement", "no-consent", "consent-withdrawn", "regime", "category-not-allowed", "separation-of-duties", "protected-reporter", "household-not-informed", "not-own-household", "not-data-owner"];
    const zinnen = redenen.map((reden) => afscherming(verboden(["x"], reden)).uitleg);
    expect(new Set(zinnen).size).toBe(redenen.length);
    expect(afscherming(verboden(["x"], "iets-nieuws")).uitleg).toBe("U heeft geen toegang tot deze gegevens.");
    expect(afscherming(verboden(["x"], "no-consent", "MEDISCH"))).toMatchObject({ soort: "FORBIDDEN", categorie: "medische gegevens", reden: "no-consent" });
    expect(afscherming({ message: "x", extensions: { code: "TOEGANG_ONBEKEND" } }).soort).toBe("TOEGANG_ONBEKEND");
    expect(afscherming({ message: "connect ECONNREFUSED", extensions: { code: "INTERNAL_SERVER_ERROR" } }).uitleg).not.toMatch(/ECONNREFUSED/);
  });

  test("Veld shows a withheld null as withheld with its reason, a plain null as not recorded, and a value as itself", () => {
    const fouten = [verboden(["gezin", "aanleiding"], "no-consent", "ZORGEN")];
    const toon = (waarde: string | null, pad: string[]) => renderToStaticMarkup(createElement(MetFouten, { fouten }, createElement(Veld<string>, { waarde, pad })));
    const afgeschermd = toon(null, ["gezin", "aanleiding"]);
    expect(afgeschermd).toContain("Afgeschermd");
    expect(afgeschermd).toContain("Het gezin heeft uw organisatie hiervoor geen toestemming gegeven.");
    expect(afgeschermd).toContain("zorgen en krachten");
    expect(afgeschermd).toContain('data-afgeschermd="no-consent"');
    expect(toon(null, ["gezin", "patroon"])).toContain("Niet vastgelegd");
    expect(toon(null, ["gezin", "patroon"])).not.toContain("Afgeschermd");
    expect(toon("Zorgen om school", ["gezin", "aanleiding"])).toBe("Zorgen om school");
  });

  test("on the household's own pages a refusal explains itself in the household's words, not the professional's", () => {
    const fouten = [verboden(["gezin", "aanleiding"], "category-not-allowed", "ZORGEN")];
    const veld = createElement(MetFouten, { fouten }, createElement(Veld<string>, { waarde: null, pad: ["gezin", "aanleiding"] }));
    const voorProfessional = renderToStaticMarkup(veld);
    const voorGezin = renderToStaticMarkup(createElement(VoorHetGezin, null, veld));
    expect(voorProfessional).toContain("Uw organisatie of rol mag dit soort gegevens nooit inzien.");
    expect(voorGezin).toContain("Deze gegevens zijn niet voor het gezin zelf. De wet beschermt ze.");
    expect(voorGezin).not.toContain("Uw organisatie of rol");
    expect(voorGezin).toContain("Afgeschermd");
  });
});
