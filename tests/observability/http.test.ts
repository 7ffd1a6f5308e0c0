import { startGateway, type RunningGateway } from "@gezinsbeeld/gateway";
import { lokaalTeam } from "@gezinsbeeld/lokaal-team";
import { createDevToken, type Principal, Rol } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie, demoScenario } from "@gezinsbeeld/demo";
import { startSubgraphForTest, type SubgraphUnderTest } from "../support/subgraph";

const PORTAAL = "https://portaal.gemeente.example";
const LIMIET = 3;
const KARIN: Principal = { userId: "lt-karin-smits", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER };

let subgraph: SubgraphUnderTest;
let gateway: RunningGateway;

beforeAll(async () => {
  subgraph = await startSubgraphForTest(lokaalTeam, { seed: demoScenario(3) });
  gateway = await startGateway({
    port: 0,
    keys: subgraph.keys,
    subgraphs: [{ name: "lokaal-team", url: subgraph.url }],
    corsOrigins: [PORTAAL],
    rateLimit: { limit: LIMIET, windowSeconds: 60 },
  });
});

afterAll(async () => {
  await gateway?.stop();
  await subgraph?.close();
});

const token = (principal: Principal): Promise<string> =>
  createDevToken({ org: principal.organisatie, rol: principal.rol, user: principal.userId }, subgraph.keys);

const post = async (principal: Principal, query = "{ gezinnen(first: 1) { totalCount } }"): Promise<Response> =>
  fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${await token(principal)}` }, body: JSON.stringify({ query }) });

const pagina = (): Promise<Response> => fetch(gateway.url, { headers: { accept: "text/html" } });

function nonceUit(csp: string | null): string {
  const match = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? "");
  if (!match) throw new Error(`no script nonce in the policy: ${csp}`);
  return match[1]!;
}

describe("security headers", () => {
  it("are on the query UI page, on /graphql's answers and on a subgraph's", async () => {
    const antwoorden = [await pagina(), await post({ userId: "lt-headers", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER }), await fetch(gateway.url, { method: "POST" })];
    for (const response of antwoorden) {
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src-attr 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
      expect(response.headers.get("x-powered-by")).toBeNull();
    }
    const direct = await fetch(subgraph.url, { method: "POST" });
    expect(direct.status).toBe(401);
    expect(direct.headers.get("content-security-policy")).toBe("default-src 'none';frame-ancestors 'none'");
    expect(direct.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("give the page a fresh nonce each time, the one on every script and style it holds, and no inline handlers", async () => {
    const [eerste, tweede] = [await pagina(), await pagina()];
    const nonce = nonceUit(eerste.headers.get("content-security-policy"));
    expect(nonceUit(tweede.headers.get("content-security-policy"))).not.toBe(nonce);
    expect(eerste.headers.get("content-security-policy")).toContain(`style-src 'self' 'nonce-${nonce}'`);
    const html = await eerste.text();
    const tags = [...html.matchAll(/<(script|style)\b[^>]*>/g)].map((m) => m[0]);
    expect(tags.filter((tag) => tag.startsWith("<script"))).toHaveLength(4);
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
    // The inline one is the script that starts GraphiQL.
    expect(html).toMatch(new RegExp(`<script nonce="${nonce.replace(/[+/=]/g, "\\$&")}">\\s*const fetcher = GraphiQL\\.createFetcher`));
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });
});

describe("CORS", () => {
  const preflight = (origin: string): Promise<Response> =>
    fetch(gateway.url, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" } });

  it("answers a preflight from a configured origin 204 with the CORS headers, before any token check", async () => {
    const response = await preflight(PORTAAL);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(PORTAAL);
    expect(response.headers.get("access-control-allow-methods")).toBe("GET,POST");
    expect(response.headers.get("access-control-allow-headers")).toContain("authorization");
    expect(response.headers.get("access-control-max-age")).toBe("600");
    expect(response.headers.get("www-authenticate")).toBeNull();
  });

  it("gives a preflight from any other origin no CORS header at all", async () => {
    const response = await preflight("https://elders.example");
    expect(response.status).toBe(204);
    expect([...response.headers.keys()].filter((name) => name.startsWith("access-control-"))).toEqual([]);
  });

  it("lets a configured origin's page read the answer and its request id, and no other origin's", async () => {
    const vanPortaal = await fetch(gateway.url, {
      method: "POST",
      headers: { origin: PORTAAL, "content-type": "application/json", authorization: `Bearer ${await token({ ...KARIN, userId: "lt-cors" })}` },
      body: JSON.stringify({ query: "{ gezinnen(first: 1) { totalCount } }" }),
    });
    expect(vanPortaal.status).toBe(200);
    expect(vanPortaal.headers.get("access-control-allow-origin")).toBe(PORTAAL);
    expect(vanPortaal.headers.get("access-control-expose-headers")).toContain("x-request-id");
    const vanElders = await fetch(gateway.url, { method: "POST", headers: { origin: "https://elders.example" } });
    expect(vanElders.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("the per-user rate limit", () => {
  it(`answers the request after ${LIMIET} in a minute with 429 RATE_LIMITED, Retry-After and nothing run, and leaves other users alone`, async () => {
    for (let i = 0; i < LIMIET; i++) expect((await post(KARIN)).status).toBe(200);
    subgraph.statements.reset();
    const teVeel = await post(KARIN);
    expect(teVeel.status).toBe(429);
    expect(Number(teVeel.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(teVeel.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(teVeel.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await teVeel.json()) as { data?: unknown; errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([{ message: expect.stringMatching(/^Te veel verzoeken/), extensions: { code: "RATE_LIMITED" } }]);
    expect(subgraph.statements.count).toBe(0);
    // Per user: someone else still gets through.
    expect((await post({ ...KARIN, userId: "lt-fatima-bakker", rol: Rol.MEDEWERKER })).status).toBe(200);
    const metrics = await (await fetch(new URL("/metrics", gateway.url))).text();
    expect(metrics).toMatch(/^gezinsbeeld_rate_limited_total 1$/m);
  });

  it("keeps the 1 MB body limit: a larger body gets 413 before it is read", async () => {
    const response = await fetch(gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await token({ ...KARIN, userId: "lt-groot" })}` },
      body: JSON.stringify({ query: `{ __typename }`, variables: { vulling: "x".repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe("BAD_REQUEST");
  });
});
