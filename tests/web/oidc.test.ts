import type { Browser, Page } from "playwright-core";
import { startHubForTest, type HubUnderTest } from "../support/hub";
import { metBrowser, nieuwePagina, startBrowser } from "./support/browser";
import { type Proces, startGatewayProces, startProces, vrijePoort } from "./support/processen";

/**
 * The app signs in through OpenID Connect (authorization code with PKCE)
 * against a real OpenID Provider (node-oidc-provider, OpenID Certified) started
 * here, with the gateway as its own process configured only through the
 * environment, as in production. The provider's access token is the user token.
 */
metBrowser("signing in through OpenID Connect", () => {
  const AUDIENCE = "urn:gezinsbeeld:gateway";
  let hub: HubUnderTest;
  let provider: Proces;
  let gateway: Proces & { origin: string };
  let chromium: { browser: Browser; close(): Promise<void> };
  let issuer: string;

  beforeAll(async () => {
    hub = await startHubForTest(4);
    const [poort, providerPoort] = [await vrijePoort(), await vrijePoort()];
    const origin = `http://localhost:${poort}`;
    const gestart = await startProces(
      [
        "tests/web/support/oidcProvider.mjs",
        JSON.stringify({
          port: providerPoort,
          audience: AUDIENCE,
          clientId: "gezinsbeeld-app",
          redirectUri: `${origin}/auth/oidc/callback`,
          postLogoutRedirectUri: `${origin}/`,
          accounts: {
            "lt-fatima-bakker": { name: "Fatima Bakker", org: "LOKAAL_TEAM", rol: "MEDEWERKER" },
            "zonder-rol": { name: "Iemand Zonder Rol" },
          },
        }),
      ],
      {},
      /ready (\S+)/,
    );
    provider = gestart;
    issuer = gestart.regel[1]!;
    gateway = await startGatewayProces(hub.subgraphs, hub.keys, {
      PORT: String(poort),
      // Only the provider's keys verify user tokens here: no development key, no demo sign-in.
      GEZINSBEELD_JWT_PUBLIC_KEY: "",
      GEZINSBEELD_JWT_DEMO_PRIVATE_KEY: "",
      GEZINSBEELD_JWKS_URL: `${issuer}/jwks`,
      GEZINSBEELD_JWT_ISSUER: issuer,
      GEZINSBEELD_JWT_AUDIENCE: AUDIENCE,
      GEZINSBEELD_OIDC_ISSUER: issuer,
      GEZINSBEELD_OIDC_CLIENT_ID: "gezinsbeeld-app",
      GEZINSBEELD_OIDC_REDIRECT_URI: `${origin}/auth/oidc/callback`,
      GEZINSBEELD_OIDC_ALLOW_HTTP: "1",
    });
    chromium = await startBrowser();
  });

  afterAll(async () => {
    await chromium?.close();
    await gateway?.stop();
    await provider?.stop();
    await hub?.close();
  });

  /** Through the provider's own login and consent pages, as the person would. */
  async function meldAanBijProvider(page: Page, login: string): Promise<void> {
    await page.getByRole("link", { name: "Aanmelden met uw organisatie" }).click();
    await page.waitForURL((url) => url.origin === new URL(issuer).origin);
    await page.fill('input[name="login"]', login);
    await page.fill('input[name="password"]', "geheim");
    await page.click('button[type="submit"]');
    await page.waitForLoadState();
    if (new URL(page.url()).origin === new URL(issuer).origin) await page.click('button[type="submit"]'); // consent
    await page.waitForURL((url) => url.origin === gateway.origin);
  }

  const sessie = (page: Page) => page.evaluate(async () => (await fetch("/auth/sessie")).json() as Promise<Record<string, any>>);

  test("a professional signs in at their provider, lands on the page they asked for, and the token never reaches the page", async () => {
    const { context, page, consolefouten } = await nieuwePagina(chromium.browser);
    await page.goto(`${gateway.origin}/signalen`);
    await expect(page.getByRole("heading", { level: 1, name: "Aanmelden" })).toBeDefined();
    // Production-like: only the provider, no demo people.
    expect(await page.getByRole("heading", { name: "Demo: kies wie u bent" }).count()).toBe(0);
    await meldAanBijProvider(page, "lt-fatima-bakker");

    expect(new URL(page.url()).pathname).toBe("/signalen");
    await page.getByText("Aangemeld als").waitFor();
    expect(await page.getByText("Fatima Bakker").count()).toBeGreaterThan(0);
    const wie = await sessie(page);
    expect(wie).toMatchObject({ aangemeld: true, wijze: "oidc", gebruiker: { userId: "lt-fatima-bakker", organisatie: "LOKAAL_TEAM", rol: "MEDEWERKER" } });
    expect(JSON.stringify(wie)).not.toMatch(/eyJ/); // no JWT in what the page can read

    // The page's GraphQL requests carry the session cookie and get this professional's households.
    const antwoord = await page.evaluate(async () => {
      const r = await fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ gezinnen(first: 5) { totalCount } }" }) });
      return { status: r.status, body: await r.json() };
    });
    expect(antwoord.status).toBe(200);
    expect(antwoord.body.data.gezinnen.totalCount).toBeGreaterThan(0);

    const cookies = await context.cookies(gateway.origin);
    const sessieCookie = cookies.find((c) => c.name === "gezinsbeeld-sessie");
    expect(sessieCookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
    expect(sessieCookie!.value).not.toContain("."); // a random id, not a token
    expect(await page.evaluate(() => document.cookie)).not.toContain("gezinsbeeld-sessie");
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).toBe("{}{}");
    expect(consolefouten).toEqual([]);
    await context.close();
  });

  test("signing out ends the session at the gateway and at the provider: the old cookie opens nothing", async () => {
    const { context, page } = await nieuwePagina(chromium.browser);
    await page.goto(`${gateway.origin}/`);
    await meldAanBijProvider(page, "lt-fatima-bakker");
    await page.getByText("Aangemeld als").waitFor();
    const oud = (await context.cookies(gateway.origin)).find((c) => c.name === "gezinsbeeld-sessie")!.value;

    await page.getByRole("button", { name: "Afmelden" }).click();
    // RP-initiated logout: the provider asks, then sends the browser back to the app.
    await page.waitForURL((url) => url.origin === new URL(issuer).origin);
    await page.click('button[name="logout"][value="yes"]');
    await page.waitForURL((url) => url.origin === gateway.origin);
    await page.getByRole("heading", { level: 1, name: "Aanmelden" }).waitFor();

    const metOudeCookie = await fetch(`${gateway.origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: `gezinsbeeld-sessie=${oud}` },
      body: JSON.stringify({ query: "{ gezinnen(first: 1) { totalCount } }" }),
    });
    expect(metOudeCookie.status).toBe(401);
    await context.close();
  });

  test("an account the provider knows but without organisation and role is not let in, and is told why", async () => {
    const { context, page } = await nieuwePagina(chromium.browser);
    await page.goto(`${gateway.origin}/`);
    await meldAanBijProvider(page, "zonder-rol");
    await page.getByText("de hub kon uw identiteit niet vaststellen").waitFor();
    expect((await sessie(page)).aangemeld).toBe(false);
    await context.close();
  });

  test("a callback this browser did not start (login CSRF) makes no session", async () => {
    const antwoord = await fetch(`${gateway.origin}/auth/oidc/callback?code=gestolen&state=vreemd`, { redirect: "manual" });
    expect(antwoord.status).toBe(302);
    expect(antwoord.headers.get("location")).toBe("/?aanmeldfout=verlopen");
    expect(antwoord.headers.getSetCookie().some((c) => c.startsWith("gezinsbeeld-sessie=") && !c.includes("Max-Age=0"))).toBe(false);
  });
});
