import { startGateway, type RunningGateway, veiligTerug } from "@gezinsbeeld/gateway";
import { KeyConfigurationError, loadKeys } from "@gezinsbeeld/shared-schema";
import { startHubForTest, type HubUnderTest } from "../support/hub";

/**
 * The app's sessions at the gateway, over HTTP as a browser (or an attacker
 * with a browser) speaks it: the token stays at the gateway, the cookie is
 * httpOnly and SameSite=strict, a session ends for good when its owner signs
 * out, and nothing but the app's own page can sign anyone in.
 */
describe("the app's sign-in at the gateway", () => {
  let hub: HubUnderTest;
  let origin: string;

  beforeAll(async () => {
    hub = await startHubForTest(4);
    origin = new URL(hub.gateway.url).origin;
  });
  afterAll(() => hub?.close());

  const meldAan = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${origin}/auth/demo`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const cookieVan = (antwoord: Response): string | undefined => /gezinsbeeld-sessie=([^;]*)/.exec(antwoord.headers.getSetCookie().join("\n"))?.[1];
  const vraag = (query: string, headers: Record<string, string>) =>
    fetch(`${origin}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });

  test("a demo professional gets a session cookie (httpOnly, SameSite=strict, a random id, no token) that opens their households", async () => {
    const antwoord = await meldAan({ userId: "lt-karin-smits" });
    expect(antwoord.status).toBe(204);
    const setCookie = antwoord.headers.getSetCookie().find((c) => c.startsWith("gezinsbeeld-sessie="))!;
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Strict/i);
    expect(setCookie).toMatch(/; Path=\//);
    const id = cookieVan(antwoord)!;
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const sessie = await (await fetch(`${origin}/auth/sessie`, { headers: { cookie: `gezinsbeeld-sessie=${id}` } })).json();
    expect(sessie).toMatchObject({ aangemeld: true, wijze: "demo", gebruiker: { userId: "lt-karin-smits", naam: "Karin Smits", organisatie: "LOKAAL_TEAM", rol: "TEAMLEIDER" } });
    expect(JSON.stringify(sessie)).not.toMatch(/eyJ/);

    const metCookie = await (await vraag("{ gezinnen(first: 50) { totalCount } }", { cookie: `gezinsbeeld-sessie=${id}` })).json();
    const metToken = await (await vraag("{ gezinnen(first: 50) { totalCount } }", { authorization: `Bearer ${await hub.userToken()}` })).json();
    expect(metCookie).toEqual(metToken);
    expect(metCookie.data.gezinnen.totalCount).toBeGreaterThan(0);
  });

  test("an Authorization header of its own wins over a session cookie", async () => {
    const id = cookieVan(await meldAan({ userId: "lt-karin-smits" }))!;
    const antwoord = await vraag("{ gezinnen(first: 1) { totalCount } }", { cookie: `gezinsbeeld-sessie=${id}`, authorization: "Bearer vervalst" });
    expect(antwoord.status).toBe(401);
  });

  test("a household member signs in with one of the offered BSNs only; anyone else is refused in Dutch, and no cookie is set", async () => {
    const demo = await (await fetch(`${origin}/auth/demo`)).json();
    expect(demo.inwoners.length).toBeGreaterThan(0);
    const inwoner = await meldAan({ bsn: demo.inwoners[0].bsn });
    expect(inwoner.status).toBe(204);
    const sessie = await (await fetch(`${origin}/auth/sessie`, { headers: { cookie: `gezinsbeeld-sessie=${cookieVan(inwoner)}` } })).json();
    expect(sessie.gebruiker).toMatchObject({ rol: "INWONER", organisatie: null });

    for (const body of [{ userId: "niet-bestaand" }, { bsn: "123456782" }, { userId: 12 }, {}]) {
      const geweigerd = await meldAan(body);
      expect(geweigerd.status).toBe(400);
      expect(await geweigerd.json()).toEqual({ errors: [{ message: "Kies een demo-professional of een gezinslid uit de lijst.", extensions: { code: "BAD_USER_INPUT" } }] });
      expect(cookieVan(geweigerd)).toBeUndefined();
    }
  });

  test("another site cannot sign someone in or out: a foreign Origin is refused, and so is a form post", async () => {
    const vreemd = await meldAan({ userId: "lt-karin-smits" }, { origin: "https://kwaadwillend.example" });
    expect(vreemd.status).toBe(403);
    expect((await vreemd.json()).errors[0].extensions.code).toBe("FORBIDDEN");
    expect(cookieVan(vreemd)).toBeUndefined();

    const formulier = await fetch(`${origin}/auth/demo`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "userId=lt-karin-smits" });
    expect(formulier.status).toBe(415);
    expect(cookieVan(formulier)).toBeUndefined();

    const id = cookieVan(await meldAan({ userId: "lt-karin-smits" }))!;
    const uit = await fetch(`${origin}/auth/afmelden`, { method: "POST", headers: { "content-type": "application/json", origin: "https://kwaadwillend.example", cookie: `gezinsbeeld-sessie=${id}` }, body: "{}" });
    expect(uit.status).toBe(403);
    expect((await vraag("{ gezinnen(first: 1) { totalCount } }", { cookie: `gezinsbeeld-sessie=${id}` })).status).toBe(200);
  });

  test("signing out ends the session for good: the copied cookie opens nothing afterwards", async () => {
    const id = cookieVan(await meldAan({ userId: "lt-karin-smits" }))!;
    const uit = await fetch(`${origin}/auth/afmelden`, { method: "POST", headers: { "content-type": "application/json", cookie: `gezinsbeeld-sessie=${id}`, origin }, body: "{}" });
    expect(uit.status).toBe(200);
    expect(await uit.json()).toEqual({ naar: null });
    expect(uit.headers.getSetCookie().join("\n")).toMatch(/gezinsbeeld-sessie=; Max-Age=0/);
    expect((await vraag("{ gezinnen(first: 1) { totalCount } }", { cookie: `gezinsbeeld-sessie=${id}` })).status).toBe(401);
    expect((await (await fetch(`${origin}/auth/sessie`, { headers: { cookie: `gezinsbeeld-sessie=${id}` } })).json()).aangemeld).toBe(false);
  });

  test("signing in again gives a new session id and ends the old one (no session fixation)", async () => {
    const eerste = cookieVan(await meldAan({ userId: "lt-karin-smits" }))!;
    const tweede = cookieVan(await meldAan({ userId: "lt-fatima-bakker" }, { cookie: `gezinsbeeld-sessie=${eerste}` }))!;
    expect(tweede).not.toBe(eerste);
    expect((await vraag("{ gezinnen(first: 1) { totalCount } }", { cookie: `gezinsbeeld-sessie=${eerste}` })).status).toBe(401);
    expect((await vraag("{ gezinnen(first: 1) { totalCount } }", { cookie: `gezinsbeeld-sessie=${tweede}` })).status).toBe(200);
  });

  test("the app is served from the gateway's own origin: its pages, hashed assets and the gateway's own paths apart", async () => {
    for (const pad of ["/", "/gezinnen/858de37c-7a60-5a87-ac7f-67865dcd03f6", "/privacy/toegangslog"]) {
      const pagina = await fetch(`${origin}${pad}`, { headers: { accept: "text/html" } });
      expect({ pad, status: pagina.status, type: pagina.headers.get("content-type") }).toEqual({ pad, status: 200, type: "text/html; charset=utf-8" });
      expect(pagina.headers.get("cache-control")).toBe("no-store");
      expect(pagina.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
      const html = await pagina.text();
      expect(html).toContain('<div id="app">');
      expect(html).toContain('lang="nl"');
      const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
      const script = await fetch(`${origin}${asset}`);
      expect(script.status).toBe(200);
      expect(script.headers.get("cache-control")).toMatch(/immutable/);
    }
    // The query UI stays where it was; unknown gateway paths stay JSON errors, never the app.
    expect(await (await fetch(`${origin}/graphql`, { headers: { accept: "text/html" } })).text()).toContain("graphiql");
    const onbekend = await fetch(`${origin}/auth/bestaat-niet`, { headers: { accept: "text/html" } });
    expect(onbekend.headers.get("content-type")).toMatch(/application\/json/);
    expect((await fetch(`${origin}/assets/bestaat-niet.js`)).status).toBe(404);
  });

  test("a signed-in page carries who is signed in (never the token), so the app needs no round trip; a page without a session carries nothing", async () => {
    const id = cookieVan(await meldAan({ userId: "lt-karin-smits" }))!;
    const metSessie = await (await fetch(`${origin}/gezinnen`, { headers: { accept: "text/html", cookie: `gezinsbeeld-sessie=${id}` } })).text();
    const blok = /<script id="gezinsbeeld-sessie" type="application\/json">(.*?)<\/script>/.exec(metSessie)?.[1];
    expect(JSON.parse(blok!)).toMatchObject({ aangemeld: true, gebruiker: { userId: "lt-karin-smits" } });
    expect(blok).not.toMatch(/eyJ|</);
    const zonder = await (await fetch(`${origin}/gezinnen`, { headers: { accept: "text/html" } })).text();
    expect(zonder).not.toContain("gezinsbeeld-sessie");
  });

  test("only app paths are returned to after signing in (no open redirect)", () => {
    expect(veiligTerug("/gezinnen/1?x=2")).toBe("/gezinnen/1?x=2");
    for (const kwaad of ["//kwaadwillend.example", "https://kwaadwillend.example", "/\\kwaadwillend.example", "javascript:alert(1)", "", undefined, ["/a"]]) {
      expect(veiligTerug(kwaad)).toBe("/");
    }
  });

  describe("where the gateway cannot sign development tokens", () => {
    let gateway: RunningGateway;
    beforeAll(async () => {
      const { userTokenSigningKey: _weg, ...zonderSleutel } = hub.keys;
      gateway = await startGateway({ port: 0, keys: zonderSleutel, subgraphs: hub.subgraphs.map((s) => ({ name: s.name, url: s.url })) });
    });
    afterAll(() => gateway?.stop());

    test("there is no demo sign-in at all", async () => {
      const eigen = new URL(gateway.url).origin;
      expect((await (await fetch(`${eigen}/auth/sessie`)).json()).aanmeldwijzen).toEqual({ demo: false, oidc: false });
      expect((await fetch(`${eigen}/auth/demo`)).status).toBe(404);
      const poging = await fetch(`${eigen}/auth/demo`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ userId: "lt-karin-smits" }) });
      expect(poging.status).toBe(404);
      expect(poging.headers.getSetCookie()).toEqual([]);
    });
  });

  test("the development sign-in key is refused under NODE_ENV=production", async () => {
    const key = JSON.stringify(hub.keys.development!.userToken);
    await expect(loadKeys({ env: { NODE_ENV: "production", GEZINSBEELD_JWT_DEMO_PRIVATE_KEY: key } })).rejects.toThrow(KeyConfigurationError);
    await expect(loadKeys({ env: { NODE_ENV: "production", GEZINSBEELD_JWT_DEMO_PRIVATE_KEY: key } })).rejects.toThrow(/refused under NODE_ENV=production/);
  });
});
