import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Principal, Rol } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { print } from "graphql";
import type { Browser, Page } from "playwright-core";
import { GezinsbeeldDocument } from "../../web/src/gql/graphql";
import { REDENEN } from "../../web/src/lib/afscherming";
import { startHubForTest, type HubUnderTest } from "../support/hub";
import { metBrowser, nieuwePagina, startBrowser, verwachtToegankelijk } from "./support/browser";

/**
 * The app in Chromium against the real hub, as its three kinds of users use
 * it: what each sees is compared with what the hub's policy releases to them
 * (the same query asked of the API as the same person), every page passes
 * axe-core's WCAG 2.1 A/AA check, and the README's screenshots are made here
 * (`npm run screenshots` writes them to docs/screenshots).
 */
metBrowser("the gezinsbeeld app in Chromium", () => {
  const SCHERMAFDRUKKEN = process.env.GEZINSBEELD_SCREENSHOTS ?? path.join(tmpdir(), "gezinsbeeld-screenshots");
  let hub: HubUnderTest;
  let chromium: { browser: Browser; close(): Promise<void> };
  let origin: string;

  beforeAll(async () => {
    hub = await startHubForTest(12);
    origin = new URL(hub.gateway.url).origin;
    chromium = await startBrowser();
    mkdirSync(SCHERMAFDRUKKEN, { recursive: true });
  });
  afterAll(async () => {
    await chromium?.close();
    await hub?.close();
  });

  const medewerker = (id: string) => hub.scenario.medewerkers.find((m) => m.id === id)!;
  const principaal = (id: string): Principal => {
    const m = medewerker(id);
    return { userId: m.id, organisatie: m.organisatie, rol: m.rol };
  };

  /** Through the sign-in page, as a person would: the button with their name. */
  async function meldAan(page: Page, naam: string): Promise<void> {
    await page.goto(`${origin}/`);
    await page.getByRole("heading", { level: 1, name: "Aanmelden" }).waitFor();
    await page.getByRole("button", { name: naam, exact: true }).click();
    await page.getByText("Aangemeld als").waitFor();
  }

  async function schermafdruk(page: Page, naam: string): Promise<void> {
    await page.screenshot({ path: path.join(SCHERMAFDRUKKEN, `${naam}.png`) });
  }

  /** The withheld markers on the page: the hub's reason code of each. */
  const markeringen = (page: Page) => page.locator("[data-afgeschermd]").evaluateAll((els) => els.map((el) => el.getAttribute("data-afgeschermd")));

  /** The gezinsbeeld as the API gives it to `principal`: the page's own query. */
  async function gezinsbeeldVanApi(principal: Principal, id: string) {
    return hub.requestAs(principal, print(GezinsbeeldDocument), { id, tijdlijnPagina: 50 });
  }

  test("the sign-in page offers the demo professionals by organisation and household members, and passes axe", async () => {
    const { context, page, consolefouten } = await nieuwePagina(chromium.browser);
    await page.goto(`${origin}/`);
    await page.getByRole("heading", { level: 1, name: "Aanmelden" }).waitFor();
    for (const organisatie of ["Lokaal team", "Veilig Thuis", "Raad voor de Kinderbescherming", "Jeugdbescherming (GI)", "Ervaringsdeskundigen", "Gezinsleden"]) {
      await page.getByRole("heading", { level: 3, name: organisatie }).waitFor();
    }
    await verwachtToegankelijk(page, "aanmelden");
    expect(consolefouten).toEqual([]);
    await context.close();
  });

  test("the local team's fixed contact finds a household, opens its gezinsbeeld from all five organisations and follows its timeline", async () => {
    const rood = hub.scenario.gezinnen.find((g) => g.fase === "ROOD")!;
    const contact = hub.scenario.toegewezen(rood, DemoOrganisatie.LOKAAL_TEAM);
    const { context, page, consolefouten } = await nieuwePagina(chromium.browser);
    await meldAan(page, contact.naam);
    expect(new URL(page.url()).pathname).toBe("/gezinnen");
    await page.getByRole("heading", { level: 1, name: "Mijn gezinnen" }).waitFor();
    const api = await hub.requestAs(principaal(contact.id), "{ gezinnen(first: 100) { totalCount } }");
    await page.getByText(`${api.data!.gezinnen.totalCount} gezinnen in totaal`).waitFor();
    await verwachtToegankelijk(page, "mijn gezinnen");

    // Search by name, then open the household.
    await page.getByLabel("Zoek op naam van het gezin").fill(rood.naam.replace(/^Gezin /, ""));
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.getByRole("status").filter({ hasText: "gevonden" }).waitFor();
    await page.locator(`a[href="/gezinnen/${rood.id}"]`).click();
    await page.getByRole("heading", { level: 1, name: `Gezinsbeeld: ${rood.naam}` }).waitFor();
    for (const sectie of ["Gezinsleden en genogram", "Betrokkenheden", "Regie", "Gezinstijdlijn", "Meldingen (Veilig Thuis)", "Onderzoeken", "Maatregelen", "Ervaringsdeskundigen"]) {
      await page.getByRole("heading", { level: 2, name: sectie, exact: true }).waitFor();
    }
    // Every member the API gives this professional is on the page, and every timeline entry.
    const antwoord = await gezinsbeeldVanApi(principaal(contact.id), rood.id);
    for (const lid of antwoord.data!.gezin.leden ?? []) await page.getByText(lid.voornamen, { exact: false }).first().waitFor();
    const tijdlijn = antwoord.data!.gezin.gezinstijdlijn;
    expect(tijdlijn.nodes.length).toBeGreaterThan(0);
    await page.getByText(`(${tijdlijn.nodes.length} van ${tijdlijn.totalCount})`).waitFor();
    expect(await page.locator("#sectie-tijdlijn").locator("xpath=..").locator("tbody tr").count()).toBe(tijdlijn.nodes.length);
    // What the policy withholds from this professional is marked, with the reason the hub gave.
    const redenenApi = new Set((antwoord.errors ?? []).filter((e) => e.extensions?.code === "FORBIDDEN").map((e) => e.extensions!.reden as string));
    const opPagina = await markeringen(page);
    expect(new Set(opPagina)).toEqual(redenenApi);
    await verwachtToegankelijk(page, "gezinsbeeld (vaste contactpersoon)");

    // The signals of this professional's organisation, as the API gives them.
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Signalen" }).click();
    await page.getByRole("heading", { level: 1, name: "Signalen" }).waitFor();
    const signalen = await hub.requestAs(principaal(contact.id), "{ signalen(first: 100) { id } }");
    if (signalen.data!.signalen.length > 0) await page.locator("tbody tr").first().waitFor();
    await verwachtToegankelijk(page, "signalen");
    expect(consolefouten).toEqual([]);
    await context.close();
  });

  test("an expert by experience sees the contact counts and everything else marked as withheld, with the reason in plain Dutch", async () => {
    const ed = hub.scenario.medewerkers.find((m) => m.organisatie === DemoOrganisatie.ERVARINGSDESKUNDIGEN && m.rol === Rol.MEDEWERKER)!;
    const eigen = await hub.requestAs(principaal(ed.id), "{ gezinnen(first: 5) { nodes { id naam } } }");
    const gezin = eigen.data!.gezinnen.nodes[0];
    expect(gezin).toBeDefined();
    const antwoord = await gezinsbeeldVanApi(principaal(ed.id), gezin.id);
    const geweigerd = (antwoord.errors ?? []).filter((e) => e.extensions?.code === "FORBIDDEN");
    expect(geweigerd.length).toBeGreaterThan(5);

    const { context, page, consolefouten } = await nieuwePagina(chromium.browser);
    await meldAan(page, ed.naam);
    await page.goto(`${origin}/gezinnen/${gezin.id}`);
    await page.getByRole("heading", { level: 1, name: /^Gezinsbeeld/ }).waitFor();
    await page.getByText(/gegevens zijn voor u afgeschermd/).waitFor();
    const opPagina = await markeringen(page);
    // Each refusal of the API is visible; none is shown as empty ("Niet vastgelegd").
    expect(opPagina.length).toBeGreaterThanOrEqual(new Set(geweigerd.map((e) => JSON.stringify(e.path))).size);
    expect(new Set(opPagina)).toEqual(new Set(geweigerd.map((e) => e.extensions!.reden as string)));
    for (const reden of new Set(opPagina)) await page.getByText(REDENEN[reden!]!).first().waitFor();
    await page.getByRole("heading", { level: 2, name: "Ervaringsdeskundigen" }).waitFor();
    await verwachtToegankelijk(page, "gezinsbeeld (ervaringsdeskundige)");
    await page.setViewportSize({ width: 1280, height: 1400 });
    await schermafdruk(page, "gezinsbeeld-professional");
    expect(consolefouten).toEqual([]);
    await context.close();
  });

  test("break-glass: an uninvolved professional must justify it, sees the banner while it runs, and the privacy officer reviews it and what was looked at", async () => {
    const groen = hub.scenario.gezinnen.find((g) => g.fase === "GROEN")!;
    const raad = hub.scenario.medewerkers.find((m) => m.organisatie === DemoOrganisatie.RVDK && m.rol === Rol.MEDEWERKER)!;
    const voor = await hub.requestAs(principaal(raad.id), "query($id: ID!) { gezin(id: $id) { naam } }", { id: groen.id });
    expect(voor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN"); // not involved: nothing to see

    const { context, page, consolefouten } = await nieuwePagina(chromium.browser);
    await meldAan(page, raad.naam);
    await page.goto(`${origin}/gezinnen/${groen.id}`);
    await page.getByRole("heading", { level: 2, name: "Noodtoegang", exact: true }).waitFor();
    await page.getByRole("button", { name: "Noodtoegang nemen" }).click();
    await page.getByText(/Leg in ten minste 20 tekens uit/).waitFor(); // the justification is mandatory
    expect(await page.locator(".gb-noodtoegang").count()).toBe(0);
    await page.getByLabel(/Waarom is de situatie levensbedreigend/).fill("Kind meldt acuut geweld in huis; ouders onbereikbaar, politie onderweg.");
    await page.getByLabel("Wettelijke grondslag (verplicht)").fill("art. 6 lid 1 sub d AVG (vitaal belang)");
    await page.getByRole("button", { name: "Noodtoegang nemen" }).click();
    await page.locator(".gb-noodtoegang").getByText("Noodtoegang actief").waitFor();
    await page.getByRole("heading", { level: 1, name: `Gezinsbeeld: ${groen.naam}` }).waitFor(); // the dossier opened
    await verwachtToegankelijk(page, "gezinsbeeld met noodtoegang");
    expect(consolefouten).toEqual([]);
    await context.close();

    const fg = hub.scenario.medewerkers.find((m) => m.organisatie === DemoOrganisatie.LOKAAL_TEAM && m.rol === Rol.PRIVACY_OFFICER)!;
    const officer = await nieuwePagina(chromium.browser);
    await meldAan(officer.page, fg.naam);
    await officer.page.waitForURL((url) => url.pathname === "/privacy/toegangslog");
    await verwachtToegankelijk(officer.page, "toegangslog");
    await officer.page.getByRole("link", { name: "Noodtoegangen" }).click();
    const kaart = officer.page.locator("section.gb-kaart").filter({ hasText: raad.id }).filter({ hasText: groen.id });
    await kaart.waitFor();
    await kaart.getByText("Kind meldt acuut geweld in huis").waitFor();
    await verwachtToegankelijk(officer.page, "noodtoegangen");
    await officer.page.setViewportSize({ width: 1280, height: 1000 });
    await schermafdruk(officer.page, "privacy-console");

    // What was looked at under it: the access log, filtered on this claim.
    await kaart.getByRole("link", { name: "Wat is onder deze noodtoegang ingezien" }).click();
    await officer.page.getByRole("heading", { level: 1, name: "Toegangslog" }).waitFor();
    await officer.page.getByRole("status").filter({ hasText: "regels gevonden" }).waitFor();
    const rijen = officer.page.locator("table tbody tr");
    expect(await rijen.count()).toBeGreaterThan(0);
    expect(await rijen.filter({ hasText: raad.id }).filter({ hasText: "Noodtoegang." }).count()).toBe(await rijen.count());
    const csv = await officer.page.getByRole("link", { name: /Download als CSV/ }).getAttribute("href");
    const download = await officer.context.request.get(`${origin}${csv}`);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toMatch(/text\/csv/);
    expect((await download.text()).split("\n").filter((regel) => regel.includes(raad.id)).length).toBeGreaterThan(0);

    // The review: required, then recorded, and the claim leaves the list of those to review.
    await officer.page.getByRole("link", { name: "Noodtoegangen" }).click();
    await kaart.waitFor();
    await kaart.getByRole("button", { name: "Beoordeling vastleggen" }).click();
    await kaart.getByText(/ten minste 10 tekens/).waitFor();
    await kaart.getByLabel("Uw beoordeling (verplicht)").fill("Terecht: acute onveiligheid, alleen het veiligheidsplan ingezien.");
    await kaart.getByRole("button", { name: "Beoordeling vastleggen" }).click();
    await officer.page.getByRole("status").filter({ hasText: "Beoordeling vastgelegd." }).waitFor();
    await kaart.waitFor({ state: "detached" });
    const api = await hub.requestAs(principaal(fg.id), "{ noodtoegangen(first: 20, teBeoordelen: false) { nodes { userId beoordeling beoordeeldDoor } } }");
    expect(api.data!.noodtoegangen.nodes).toEqual(expect.arrayContaining([{ userId: raad.id, beoordeling: "Terecht: acute onveiligheid, alleen het veiligheidsplan ingezien.", beoordeeldDoor: fg.id }]));

    // The chain of this organisation's log holds.
    await officer.page.getByRole("link", { name: "Ketens" }).click();
    await officer.page.getByRole("status").filter({ hasText: "Controle klaar." }).waitFor();
    await officer.page.locator("tbody tr").filter({ hasText: "Lokaal team" }).getByText("Heel").waitFor();
    await verwachtToegankelijk(officer.page, "ketens");
    expect(officer.consolefouten).toEqual([]);
    await officer.context.close();
  });

  test("a household member sees in plain language what was recorded (the reporter protected), who looked and why, and their consents", async () => {
    const rood = hub.scenario.gezinnen.find((g) => g.fase === "ROOD")!;
    const ouder = rood.leden.find((lid) => lid.gezinsrol === "OUDER")!;
    const contact = hub.scenario.toegewezen(rood, DemoOrganisatie.LOKAAL_TEAM);
    // The fixed contact looks at the household's picture first: that look is what the household should find.
    await gezinsbeeldVanApi(principaal(contact.id), rood.id);
    const { context, page, consolefouten } = await nieuwePagina(chromium.browser);
    await meldAan(page, `${ouder.voornamen} ${ouder.achternaam}`);
    expect(new URL(page.url()).pathname).toBe("/mijn-gezin");
    await page.getByRole("heading", { level: 1, name: "Ons dossier" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Wat over ons is vastgelegd" }).waitFor();
    await page.getByText(rood.naam).first().waitFor();
    // Who made a melding is protected from the household: withheld, with the reason.
    await page.locator('[data-afgeschermd="protected-reporter"]').first().waitFor();

    // The fixed contact looked earlier in this run: the household sees that, by organisation and role.
    const wieKeek = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Wie keek in ons dossier" }) });
    await wieKeek.locator("tbody tr").first().waitFor();
    expect(await wieKeek.locator("tbody tr").filter({ hasText: "medewerker van Lokaal team" }).count()).toBeGreaterThan(0);
    expect(await wieKeek.getByText(contact.id).count()).toBe(0); // a household member sees organisation and role, not the user id
    const api = await hub.requestAs({ userId: `inwoner-${ouder.bsn}`, organisatie: null, rol: Rol.INWONER, bsn: ouder.bsn }, "query($id: ID!) { toegangslogLokaalTeam(first: 1, filter: { gezinId: $id, alleenProfessionals: true }) { totalCount } }", { id: rood.id });
    expect(api.data!.toegangslogLokaalTeam.totalCount).toBeGreaterThan(0);

    await page.getByRole("heading", { level: 2, name: "Onze toestemmingen" }).waitFor();
    await verwachtToegankelijk(page, "ons dossier");
    await page.setViewportSize({ width: 1280, height: 1000 });
    await schermafdruk(page, "huishouden");
    expect(consolefouten).toEqual([]);
    await context.close();
  });
});
