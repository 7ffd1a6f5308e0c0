import { execFile, spawn } from "node:child_process";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { startGateway, type RunningGateway } from "@gezinsbeeld/gateway";
import {
  DEVELOPMENT_KID_PREFIX,
  developmentKeys,
  GATEWAY_ISSUER,
  generateDevelopmentKeySet,
  KeyConfigurationError,
  loadKeys,
  type Principal,
  publicJwk,
  Rol,
  signSubgraphToken,
  verifySubgraphToken,
  verifyUserToken,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { decodeJwt, exportJWK, exportPKCS8, exportSPKI, generateKeyPair, type JWTPayload, type KeyLike, SignJWT, UnsecuredJWT } from "jose";
import { startHubForTest, type HubUnderTest } from "./support/hub";

const REPO = path.join(__dirname, "..");
const run = promisify(execFile);

const KARIN: Principal = { userId: "lt-karin-smits", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER };
const ANOUK: Principal = { userId: "gi-anouk-schouten", organisatie: DemoOrganisatie.GI, rol: Rol.TEAMLEIDER };
/** Planned as a fetch from lokaal-team (the household) and one from the GI (its own measures). */
const QUERY = `query($id: ID!) { gezin(id: $id) { aangemeldOp maatregelen { id } } }`;

/** A subgraph seen through a proxy that records what the gateway sends it. */
interface RecordedSubgraph {
  name: string;
  url: string;
  requests: IncomingHttpHeaders[];
  close(): Promise<void>;
}

let hub: HubUnderTest;
let gateway: RunningGateway;
let recorded: RecordedSubgraph[];
let gezinId: string;
let scratch: string;

beforeAll(async () => {
  hub = await startHubForTest(4);
  recorded = await Promise.all(hub.subgraphs.map((subgraph) => recordingProxy(subgraph.name, subgraph.url)));
  gateway = await startGateway({ port: 0, keys: hub.keys, subgraphs: recorded });
  gezinId = hub.scenario.gezinnen[0]!.id;
  scratch = await mkdtemp(path.join(tmpdir(), "gezinsbeeld-identity-"));
});

afterAll(async () => {
  await gateway?.stop();
  await Promise.all((recorded ?? []).map((proxy) => proxy.close()));
  await hub?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

beforeEach(() => {
  hub.resetStatements();
  for (const proxy of recorded) proxy.requests.length = 0;
});

/** POST to the recording gateway; the raw HTTP answer. */
async function post(url: string, headers: Record<string, string>, body: unknown = { query: QUERY, variables: { id: gezinId } }): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

/** A token signed with the hub's own user-token key, with the claims and header given (defaults: a valid one). */
async function userToken(overrides: { payload?: JWTPayload; issuer?: string; audience?: string; expires?: number | null; issuedAt?: number; key?: KeyLike } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ sub: KARIN.userId, org: KARIN.organisatie, rol: KARIN.rol, ...overrides.payload })
    .setProtectedHeader({ alg: "EdDSA", kid: hub.keys.userTokenSigningKey?.kid })
    .setIssuer(overrides.issuer ?? hub.keys.issuer)
    .setAudience(overrides.audience ?? hub.keys.audience)
    .setIssuedAt(overrides.issuedAt ?? now);
  if (overrides.expires !== null) jwt.setExpirationTime(overrides.expires ?? now + 600);
  return jwt.sign(overrides.key ?? hub.keys.userTokenSigningKey!.key);
}

function expectUnauthenticated(response: Response, body: Answer): void {
  expect(response.status).toBe(401);
  expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
  expect(body.data).toBeUndefined();
  expect(body.errors).toEqual([{ message: expect.any(String), extensions: { code: "UNAUTHENTICATED" } }]);
}

/** A GraphQL answer as these tests read it. */
interface Answer {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

const read = async (response: Response): Promise<Answer> => (await response.json()) as Answer;

const subgraphRequests = (): number => recorded.reduce((total, proxy) => total + proxy.requests.length, 0);

describe("the gateway serves only requests with a valid user token", () => {
  it("refuses a request without a token with 401 and a Dutch error, and no subgraph is asked anything", async () => {
    const response = await post(gateway.url, {});
    const body = await read(response);
    expectUnauthenticated(response, body);
    expect(body.errors![0]!.message).toMatch(/Niet ingelogd.*Authorization: Bearer/);
    expect(subgraphRequests()).toBe(0);
    expect(hub.statementCount()).toBe(0);
  });

  it("refuses a GET operation without a token too", async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent("{ gezinnen(first: 1) { totalCount } }")}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true" },
    });
    expectUnauthenticated(response, await read(response));
    expect(subgraphRequests()).toBe(0);
  });

  const now = (): number => Math.floor(Date.now() / 1000);
  const refused: Array<[string, () => Promise<string>, RegExp]> = [
    ["a token that is no JWT", async () => "Bearer dit-is-geen-token", /geen geldig ondertekend JWT/],
    ["another authorization scheme", async () => `Basic ${Buffer.from("karin:geheim").toString("base64")}`, /Bearer <token>/],
    ["an expired token", async () => `Bearer ${await userToken({ issuedAt: now() - 3600, expires: now() - 600 })}`, /verlopen/],
    ["a token issued longer ago than 12 hours", async () => `Bearer ${await userToken({ issuedAt: now() - 13 * 3600, expires: now() + 3600 })}`, /verlopen/],
    ["a token without exp", async () => `Bearer ${await userToken({ expires: null })}`, /vervaltijd/],
    ["a token of another issuer", async () => `Bearer ${await userToken({ issuer: "https://idp.elders.example" })}`, /uitgever/],
    ["a token for another audience", async () => `Bearer ${await userToken({ audience: "ander-systeem" })}`, /niet bestemd/],
    [
      "an HS256 token",
      async () =>
        `Bearer ${await new SignJWT({ sub: KARIN.userId, org: KARIN.organisatie, rol: KARIN.rol })
          .setProtectedHeader({ alg: "HS256" })
          .setIssuer(hub.keys.issuer)
          .setAudience(hub.keys.audience)
          .setIssuedAt()
          .setExpirationTime("10m")
          .sign(new TextEncoder().encode("een-gedeeld-geheim-van-32-tekens!"))}`,
      /algoritme/,
    ],
    [
      "an unsigned token (alg none)",
      async () =>
        `Bearer ${new UnsecuredJWT({ sub: KARIN.userId, org: KARIN.organisatie, rol: KARIN.rol })
          .setIssuer(hub.keys.issuer)
          .setAudience(hub.keys.audience)
          .setIssuedAt()
          .setExpirationTime("10m")
          .encode()}`,
      /algoritme/,
    ],
    [
      "a token signed with a key the hub does not trust",
      async () => `Bearer ${await userToken({ key: (await generateKeyPair("EdDSA", { crv: "Ed25519" })).privateKey })}`,
      /handtekening/,
    ],
    ["a token with an unknown role", async () => `Bearer ${await userToken({ payload: { rol: "BEHEERDER" } })}`, /rol/],
    ["a professional's token without an organisation", async () => `Bearer ${await userToken({ payload: { org: undefined } })}`, /organisatie/],
    ["an inwoner's token without a valid BSN", async () => `Bearer ${await userToken({ payload: { org: undefined, rol: Rol.INWONER, bsn: "123456789" } })}`, /burgerservicenummer/],
  ];

  it.each(refused)("refuses %s with 401, and runs nothing", async (_case, authorization, message) => {
    const response = await post(gateway.url, { authorization: await authorization() });
    const body = await read(response);
    expectUnauthenticated(response, body);
    expect(body.errors![0]!.message).toMatch(message);
    expect(subgraphRequests()).toBe(0);
    expect(hub.statementCount()).toBe(0);
  });

  it("answers a valid token, sending each subgraph a token of its own for the same person and request", async () => {
    const token = await hub.userToken(ANOUK);
    // A client's own x-request-id is ignored: the gateway chooses the id every subgraph logs under.
    const response = await post(gateway.url, { authorization: `Bearer ${token}`, "x-request-id": "identity-test-1" });
    expect(response.status).toBe(200);
    const requestId = response.headers.get("x-request-id");
    // The request's trace id (issue 11): 32 hex digits, the same in every subgraph's token and log.
    expect(requestId).toMatch(/^[0-9a-f]{32}$/);
    const body = await read(response);
    expect(body.errors?.filter((error) => error.extensions?.code === "UNAUTHENTICATED") ?? []).toEqual([]);
    expect(body.data?.gezin).toBeDefined();

    const asked = recorded.filter((proxy) => proxy.requests.length > 0);
    expect(asked.map((proxy) => proxy.name)).toEqual(expect.arrayContaining(["lokaal-team", "gi"]));
    for (const proxy of asked) {
      for (const headers of proxy.requests) {
        const sent = /^Bearer (.+)$/.exec(headers.authorization ?? "")?.[1];
        expect(sent).toBeDefined();
        // Never the user's own token, and the user id travels only inside the signed token.
        expect(sent).not.toBe(token);
        expect(Object.values(headers)).not.toContain(ANOUK.userId);
        const verified = await verifySubgraphToken(sent!, { subgraph: proxy.name, gatewayPublicKey: hub.keys.gatewayPublicKey! });
        // A partner's call may carry the decisions the register holder handed out: its token then vouches for exactly that text.
        expect(verified).toEqual({ principal: ANOUK, requestId, ...(verified.besluitenHash !== undefined ? { besluitenHash: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) } : {}) });
        expect(headers["x-request-id"]).toBe(requestId);
        const claims = decodeJwt(sent!);
        expect(claims.iss).toBe(GATEWAY_ISSUER);
        // Exactly the subgraph it is for: a token for one subgraph opens no other, the access register included.
        expect(claims.aud).toBe(proxy.name);
        // And it names the subgraph's owner, for the decision service.
        expect(claims.eig).toBe({ "lokaal-team": "LOKAAL_TEAM", "veilig-thuis": "VEILIG_THUIS", rvdk: "RVDK", gi: "GI", ervaringsdeskundigen: "ERVARINGSDESKUNDIGEN" }[proxy.name]);
        expect(claims.exp! - claims.iat!).toBe(60);
      }
    }
    // A token for the GI opens the GI, no other subgraph: not the local team either.
    const voorGi = /^Bearer (.+)$/.exec(recorded.find((proxy) => proxy.name === "gi")!.requests[0]!.authorization!)![1]!;
    await expect(verifySubgraphToken(voorGi, { subgraph: "veilig-thuis", gatewayPublicKey: hub.keys.gatewayPublicKey! })).rejects.toMatchObject({
      reason: "WRONG_AUDIENCE",
    });
    await expect(verifySubgraphToken(voorGi, { subgraph: "lokaal-team", gatewayPublicKey: hub.keys.gatewayPublicKey! })).rejects.toMatchObject({
      reason: "WRONG_AUDIENCE",
    });
  });

  it("serves the query UI page, its assets and /health without a token", async () => {
    const page = await fetch(gateway.url, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("/ui/graphiql.min.js");
    expect(html).toContain("Authorization");
    expect((await fetch(gateway.url.replace("/graphql", "/ui/graphiql.min.css"))).status).toBe(200);
    expect((await fetch(gateway.url.replace("/graphql", "/health"))).status).toBe(200);
    expect(subgraphRequests()).toBe(0);
  });
});

describe("a subgraph serves only what the gateway signed for it", () => {
  const lokaalTeam = (): HubUnderTest["subgraphs"][number] => hub.subgraphs.find((subgraph) => subgraph.name === "lokaal-team")!;
  const veiligThuis = (): HubUnderTest["subgraphs"][number] => hub.subgraphs.find((subgraph) => subgraph.name === "veilig-thuis")!;
  const QUERY_LT = { query: "{ gezinnen(first: 1) { totalCount } }" };

  it("refuses a call without a token with 401, before any SQL", async () => {
    const response = await post(lokaalTeam().url, {}, QUERY_LT);
    expectUnauthenticated(response, await read(response));
    expect(hub.statementCount()).toBe(0);
  });

  it("refuses a user token: only the gateway's signature counts", async () => {
    const response = await post(lokaalTeam().url, { authorization: `Bearer ${await hub.userToken(KARIN)}` }, QUERY_LT);
    expectUnauthenticated(response, await read(response));
    expect(hub.statementCount()).toBe(0);
  });

  it("refuses a gateway token meant for another subgraph", async () => {
    const token = await veiligThuis().gatewayToken(undefined, { audience: "gi" });
    const response = await post(veiligThuis().url, { authorization: `Bearer ${token}` }, { query: "{ __typename }" });
    const body = await read(response);
    expectUnauthenticated(response, body);
    expect(body.errors![0]!.message).toMatch(/veilig-thuis/);
  });

  it("refuses a token that claims to be the gateway's but is signed with another key", async () => {
    const other = await developmentKeys(await generateDevelopmentKeySet());
    const token = await signSubgraphToken(KARIN, { requestId: "vervalst", audience: "lokaal-team" }, other.gatewayPrivateKey!);
    const response = await post(lokaalTeam().url, { authorization: `Bearer ${token}` }, QUERY_LT);
    expectUnauthenticated(response, await read(response));
    expect(hub.statementCount()).toBe(0);
  });

  it("refuses an expired gateway token", async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ sub: KARIN.userId, org: KARIN.organisatie, rol: KARIN.rol, rid: "oud" })
      .setProtectedHeader({ alg: "EdDSA" })
      .setIssuer(GATEWAY_ISSUER)
      .setAudience(["lokaal-team"])
      .setIssuedAt(now - 200)
      .setExpirationTime(now - 140)
      .sign(hub.keys.gatewayPrivateKey!.key);
    const response = await post(lokaalTeam().url, { authorization: `Bearer ${token}` }, QUERY_LT);
    expectUnauthenticated(response, await read(response));
  });

  it("answers a valid gateway token", async () => {
    const response = await post(lokaalTeam().url, { authorization: `Bearer ${await lokaalTeam().gatewayToken()}` }, QUERY_LT);
    expect(response.status).toBe(200);
    const body = await read(response);
    expect(body.errors?.filter((error) => error.extensions?.code === "UNAUTHENTICATED") ?? []).toEqual([]);
    expect(hub.statementCount()).toBeGreaterThan(0);
  });

  it("signs a token for one subgraph, one request and one minute, with the key's id, and only with an Ed25519 private key", async () => {
    const voor = Math.floor(Date.now() / 1000);
    const token = await signSubgraphToken(KARIN, { requestId: "r-vorm", audience: "gi", eigenaar: DemoOrganisatie.GI }, hub.keys.gatewayPrivateKey!);
    const [header] = token.split(".");
    expect(JSON.parse(Buffer.from(header!, "base64url").toString())).toEqual({ alg: "EdDSA", typ: "JWT", ...(hub.keys.gatewayPrivateKey!.kid ? { kid: hub.keys.gatewayPrivateKey!.kid } : {}) });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ iss: GATEWAY_ISSUER, aud: "gi", sub: KARIN.userId, rid: "r-vorm", eig: DemoOrganisatie.GI });
    expect(claims.iat).toBeGreaterThanOrEqual(voor);
    expect(claims.exp! - claims.iat!).toBe(60);
    expect(claims.jti).not.toEqual(decodeJwt(await signSubgraphToken(KARIN, { requestId: "r-vorm", audience: "gi" }, hub.keys.gatewayPrivateKey!)).jti);
    await expect(verifySubgraphToken(token, { subgraph: "gi", gatewayPublicKey: hub.keys.gatewayPublicKey! })).resolves.toEqual({ principal: KARIN, requestId: "r-vorm" });
    await expect(verifySubgraphToken(token, { subgraph: "rvdk", gatewayPublicKey: hub.keys.gatewayPublicKey! })).rejects.toThrow();
    // The public half, or a key of another kind, signs nothing.
    await expect(signSubgraphToken(KARIN, { requestId: "r", audience: "gi" }, { key: hub.keys.gatewayPublicKey! })).rejects.toThrow(/Ed25519 private key/);
    const rsa = await generateKeyPair("RS256", { extractable: true });
    await expect(signSubgraphToken(KARIN, { requestId: "r", audience: "gi" }, { key: rsa.privateKey })).rejects.toThrow(/Ed25519 private key/);
  });
});

describe("key material", () => {
  it("generates the development key set once, readable by the user only, every kid marked as development", async () => {
    const said = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const keysDir = path.join(scratch, "dev-keys");
    const first = await loadKeys({ env: {}, keysDir });
    const second = await loadKeys({ env: {}, keysDir });
    expect(first.development?.userToken?.kid).toMatch(new RegExp(`^${DEVELOPMENT_KID_PREFIX}`));
    expect(first.development?.gateway?.kid).toMatch(new RegExp(`^${DEVELOPMENT_KID_PREFIX}`));
    expect(second.development).toEqual(first.development);
    expect(said).toHaveBeenCalledTimes(2);
    said.mockRestore();
    expect((await stat(keysDir)).mode & 0o777).toBe(0o700);
    for (const file of await readdir(keysDir)) expect((await stat(path.join(keysDir, file))).mode & 0o777).toBe(0o600);
    expect(first.issuer).toBe("gezinsbeeld-dev");
    expect(first.audience).toBe("gezinsbeeld");
  });

  it("verifies with an organisation's own PEM keys from the environment, without touching the development key set", async () => {
    const user = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
    const gatewayPair = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
    const keysDir = path.join(scratch, "never-made");
    const keys = await loadKeys({
      production: true,
      keysDir,
      env: {
        GEZINSBEELD_JWT_PUBLIC_KEY: await exportSPKI(user.publicKey),
        GEZINSBEELD_JWT_ISSUER: "https://login.gemeente.example",
        GEZINSBEELD_JWT_AUDIENCE: "gezinsbeeld-productie",
        // One-line environments carry PEM with literal \n.
        GEZINSBEELD_GATEWAY_PRIVATE_KEY: (await exportPKCS8(gatewayPair.privateKey)).replace(/\n/g, "\\n"),
      },
    });
    expect(keys.development).toBeUndefined();
    expect(keys.userTokenSigningKey).toBeUndefined();
    await expect(stat(keysDir)).rejects.toThrow();
    const token = await new SignJWT({ sub: "medewerker-1", org: "GI", rol: "MEDEWERKER" })
      .setProtectedHeader({ alg: "EdDSA" })
      .setIssuer("https://login.gemeente.example")
      .setAudience("gezinsbeeld-productie")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(user.privateKey);
    await expect(verifyUserToken(token, keys)).resolves.toEqual({ userId: "medewerker-1", organisatie: DemoOrganisatie.GI, rol: Rol.MEDEWERKER });
    const subgraphToken = await signSubgraphToken(KARIN, { requestId: "r1", audience: "gi" }, keys.gatewayPrivateKey!);
    await expect(verifySubgraphToken(subgraphToken, { subgraph: "gi", gatewayPublicKey: keys.gatewayPublicKey! })).resolves.toEqual({ principal: KARIN, requestId: "r1" });
  });

  it("verifies with the issuer's key set from GEZINSBEELD_JWKS_URL", async () => {
    const user = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
    const jwk = { ...(await exportJWK(user.publicKey)), kid: "idp-2025", alg: "EdDSA", use: "sig" };
    const server = await listen(createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] }))));
    try {
      const keys = await loadKeys({
        production: true,
        env: { GEZINSBEELD_JWKS_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`, GEZINSBEELD_JWT_ISSUER: "idp" },
      });
      const token = await new SignJWT({ sub: "rvdk-1", org: "RVDK", rol: "MEDEWERKER" })
        .setProtectedHeader({ alg: "EdDSA", kid: "idp-2025" })
        .setIssuer("idp")
        .setAudience("gezinsbeeld")
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(user.privateKey);
      await expect(verifyUserToken(token, keys)).resolves.toMatchObject({ userId: "rvdk-1", organisatie: DemoOrganisatie.RVDK });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("refuses development keys and the development issuer under NODE_ENV=production", async () => {
    const set = await generateDevelopmentKeySet();
    const own = await exportSPKI((await generateKeyPair("EdDSA", { crv: "Ed25519" })).publicKey);
    await expect(loadKeys({ production: true, env: { GEZINSBEELD_JWT_PUBLIC_KEY: JSON.stringify(publicJwk(set.userToken)), GEZINSBEELD_JWT_ISSUER: "idp" } })).rejects.toThrow(
      /development key/,
    );
    await expect(loadKeys({ production: true, env: { GEZINSBEELD_GATEWAY_PRIVATE_KEY: JSON.stringify(set.gateway) } })).rejects.toThrow(KeyConfigurationError);
    await expect(loadKeys({ production: true, env: { GEZINSBEELD_JWT_PUBLIC_KEY: own } })).rejects.toThrow(/development issuer/);
    // Nothing configured: no development keys are made or used, so a service needing keys cannot start.
    const keysDir = path.join(scratch, "production");
    const keys = await loadKeys({ production: true, env: {}, keysDir });
    expect(keys.userTokenKey).toBeUndefined();
    expect(keys.gatewayPrivateKey).toBeUndefined();
    await expect(stat(keysDir)).rejects.toThrow();
  });

  it("stops a production gateway or subgraph without keys of its own or with development keys, saying why", async () => {
    const set = await generateDevelopmentKeySet();
    const production = { ...process.env, NODE_ENV: "production", GEZINSBEELD_KEYS_DIR: path.join(scratch, "unused"), PORT: "0" };
    const withoutKeys = await runNode(path.join(REPO, "gateway", "dist", "main.js"), production);
    expect(withoutKeys.code).toBe(1);
    expect(withoutKeys.stderr).toMatch(/no key to verify user tokens; set GEZINSBEELD_JWT_PUBLIC_KEY/);
    const withDevelopmentKey = await runNode(path.join(REPO, "gateway", "dist", "main.js"), {
      ...production,
      GEZINSBEELD_JWT_PUBLIC_KEY: JSON.stringify(publicJwk(set.userToken)),
      GEZINSBEELD_JWT_ISSUER: "https://login.gemeente.example",
    });
    expect(withDevelopmentKey.code).toBe(1);
    expect(withDevelopmentKey.stderr).toMatch(/development key \(kid gezinsbeeld-dev-user-/);
    const subgraphRun = await runNode(path.join(REPO, "subgraphs", "lokaal-team", "dist", "main.js"), {
      ...production,
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/none",
      GEZINSBEELD_GATEWAY_PUBLIC_KEY: JSON.stringify(publicJwk(set.gateway)),
    });
    expect(subgraphRun.code).toBe(1);
    expect(subgraphRun.stderr).toMatch(/development key/);
  });
});

describe("npm run token", () => {
  const token = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    run(process.execPath, [path.join(REPO, "infra", "dist", "token.js"), ...args], { env: { ...process.env, GEZINSBEELD_KEYS_DIR: path.join(scratch, "cli"), ...env } });

  it("prints only a token, which verifies with the development keys npm start uses", async () => {
    const { stdout } = await token(["--org", "GI", "--role", "Medewerker", "--user", "gi-tom-hoekstra", "--ttl", "30m"]);
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const keys = await loadKeys({ env: {}, keysDir: path.join(scratch, "cli") });
    await expect(verifyUserToken(stdout.trim(), keys)).resolves.toEqual({ userId: "gi-tom-hoekstra", organisatie: DemoOrganisatie.GI, rol: Rol.MEDEWERKER });
    const claims = decodeJwt(stdout.trim());
    expect(claims.exp! - claims.iat!).toBe(30 * 60);
  });

  it("reads organisations and roles in any case, with or without dashes", async () => {
    const keys = await loadKeys({ env: {}, keysDir: path.join(scratch, "cli") });
    const { stdout } = await token(["--org", "veilig-thuis", "--role", "privacy-officer", "--user", "vt-sophie-lambert"]);
    await expect(verifyUserToken(stdout.trim(), keys)).resolves.toMatchObject({ organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.PRIVACY_OFFICER });
    const second = await token(["--org", "Lokaal_Team", "--role", "TEAMLEIDER", "--user", "lt-karin-smits"]);
    await expect(verifyUserToken(second.stdout.trim(), keys)).resolves.toEqual(KARIN);
  });

  it("lists the demo professionals with their households, and household members whose token verifies", async () => {
    const { stdout } = await token(["--list"]);
    expect(stdout).toMatch(/^lokaal-team\s+medewerker\s+lt-fatima-bakker\s+Fatima Bakker, vaste contactpersoon, \d+ gezinnen, bv\. [0-9a-f-]{36}/m);
    expect(stdout).toMatch(/^lokaal-team\s+teamleider\s+lt-karin-smits\s+Karin Smits, teamleider, \d+ gezinnen, bv\. [0-9a-f-]{36}/m);
    // Roles that open no household: just who they are.
    expect(stdout).toMatch(/^lokaal-team\s+privacy-officer\s+lt-paul-verhoef\s+Paul Verhoef, functionaris gegevensbescherming$/m);
    expect(stdout).toMatch(/^rvdk\s+medewerker\s+rvdk-hans-vermeulen\s+/m);
    const bsn = /^inwoner\s+-\s+(\d{9})\s+.+gezin [0-9a-f-]{36}/m.exec(stdout)?.[1];
    expect(bsn).toBeDefined();
    const inwoner = await token(["--role", "inwoner", "--bsn", bsn!]);
    const keys = await loadKeys({ env: {}, keysDir: path.join(scratch, "cli") });
    await expect(verifyUserToken(inwoner.stdout.trim(), keys)).resolves.toEqual({ userId: `inwoner-${bsn}`, organisatie: null, rol: Rol.INWONER, bsn });
  });

  it("refuses an unknown organisation, and refuses to run at all in production", async () => {
    await expect(token(["--org", "politie", "--role", "medewerker", "--user", "x"])).rejects.toMatchObject({ code: 2, stdout: "", stderr: expect.stringMatching(/politie/) });
    await expect(token(["--org", "gi", "--role", "medewerker", "--user", "x"], { NODE_ENV: "production" })).rejects.toMatchObject({
      code: 2,
      stdout: "",
      stderr: expect.stringMatching(/production/),
    });
  });

  it("prints nothing but the token through `npm run -s token`, so $(…) works", async () => {
    const { stdout } = await run("npm", ["run", "-s", "token", "--", "--org", "lokaal-team", "--role", "medewerker", "--user", "lt-fatima-bakker"], {
      cwd: REPO,
      env: { ...process.env, GEZINSBEELD_KEYS_DIR: path.join(scratch, "cli") },
    });
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
  }, 60_000);
});

async function recordingProxy(name: string, target: string): Promise<RecordedSubgraph> {
  const requests: IncomingHttpHeaders[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    requests.push(req.headers);
    const forwarded: Record<string, string> = {};
    for (const header of ["content-type", "authorization", "x-request-id"]) {
      const value = req.headers[header];
      if (typeof value === "string") forwarded[header] = value;
    }
    const upstream = await fetch(target, { method: req.method, headers: forwarded, body: chunks.length > 0 ? Buffer.concat(chunks) : undefined });
    res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await listen(server);
  return {
    name,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server): Promise<Server> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function runNode(script: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}
