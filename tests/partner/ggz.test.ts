import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { dropDatabase, ensureDatabase } from "@gezinsbeeld/infra";
import { databaseUrlFor, type Principal, Rol, signSubgraphToken, verifieerKeten } from "@gezinsbeeld/shared-schema";
import { exportJWK, generateKeyPair, jwtVerify, type KeyLike, SignJWT } from "jose";
import { Client } from "pg";
import { testDatabaseServer } from "../support/subgraph";

/**
 * The GGZ demo partner (subgraphs/ggz), built as an outside partner would build
 * it, run as its own process against real PostgreSQL. The decision service and
 * the register's intake are a stub here (the whole hub is the conformance
 * run's job): the stub answers as the policy would and records what it is sent.
 */

const REPO = path.resolve(__dirname, "..", "..");
const GGZ = path.join(REPO, "subgraphs", "ggz");
const GEZIN_TOEGESTAAN = "858de37c-7a60-5a87-ac7f-67865dcd03f6"; // seeded: Gezin Visser
const GEZIN_ANDER = "53a0eec9-3884-5948-ad4f-bcaca9fe6eb8"; // seeded: Gezin de Vries
const LOTTE: Principal = { userId: "ggz-lotte-visser", organisatie: "GGZ", rol: Rol.MEDEWERKER };
const FATIMA: Principal = { userId: "lt-fatima-bakker", organisatie: "LOKAAL_TEAM", rol: Rol.MEDEWERKER };
const FG: Principal = { userId: "ggz-wouter-de-haan", organisatie: "GGZ", rol: Rol.PRIVACY_OFFICER };
const CATEGORIEEN = ["GEEN", "MEDEWERKER", "IDENTIFICATIE", "CONTACT", "GEZINSSAMENSTELLING", "ZORGEN", "VEILIGHEID", "MEDISCH", "JUSTITIEEL", "HULPVERLENING", "TOESTEMMING", "ERVARINGSDESKUNDIGE_CONTACT", "TOEZICHT", "MELDER"];

type Beslissing = { toegestaan: true; grondslag: string } | { toegestaan: false; reden: string };

/** The stub policy: Lotte reads her households whole; anyone else knows they exist (GEEN) and nothing more. */
function beslis(userId: string, gezinId: string, categorie: string): Beslissing {
  const bekend = gezinId === GEZIN_TOEGESTAAN || gezinId === GEZIN_ANDER;
  if (!bekend) return { toegestaan: false, reden: "no-involvement" };
  if (userId === LOTTE.userId) return { toegestaan: true, grondslag: "EIGEN_GEGEVENS" };
  return categorie === "GEEN" ? { toegestaan: true, grondslag: "GEEN_PERSOONSGEGEVENS" } : { toegestaan: false, reden: "no-consent" };
}

function gezinsbesluiten(userId: string, gezinId: string) {
  return {
    gezinId,
    lezen: Object.fromEntries(CATEGORIEEN.map((c) => [c, beslis(userId, gezinId, c)])),
    schrijven: beslis(userId, gezinId, "HULPVERLENING"),
    openen: beslis(userId, gezinId, "HULPVERLENING"),
  };
}

interface Stub {
  url: string;
  besluitvragen: Array<{ gezinIds: string[]; token: string }>;
  leveringen: Array<{ volgnummer: string; aankondiging: { gezinId: string; record: { type: string; id: string }; betrokkenheid?: { regime: string; einddatum: string | null } } }>;
  beslisserStuk: boolean;
  registerWeigertNog: number;
  close(): Promise<void>;
}

async function startStub(ggzSleutel: KeyLike): Promise<Stub> {
  const stub = { besluitvragen: [], leveringen: [], beslisserStuk: false, registerWeigertNog: 0 } as unknown as Stub;
  const server = http.createServer((req, res) => {
    const delen: Buffer[] = [];
    req.on("data", (d: Buffer) => delen.push(d));
    req.on("end", () => {
      const body = Buffer.concat(delen).toString("utf8");
      const antwoord = (status: number, json: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
      void (async () => {
        if (req.url === "/.well-known/authzen-configuration") return antwoord(200, {});
        if (req.url === "/toegang/v1/besluiten") {
          if (stub.beslisserStuk) return antwoord(503, { error: { code: "TOEGANG_ONBEKEND" } });
          const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
          const sub = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")).sub as string;
          const { gezinIds } = JSON.parse(body) as { gezinIds: string[] };
          stub.besluitvragen.push({ gezinIds, token });
          return antwoord(200, { besluiten: gezinIds.map((id) => gezinsbesluiten(sub, id)) });
        }
        if (req.url === "/register/v1/aankondigingen") {
          if (stub.registerWeigertNog > 0) {
            stub.registerWeigertNog -= 1;
            return antwoord(503, { errors: [{ message: "later" }] });
          }
          try {
            const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
            const { payload } = await jwtVerify(token, ggzSleutel, { audience: "toegangsregister-aankondigingen", algorithms: ["EdDSA"] });
            if (payload.org !== "GGZ" || payload.sha !== createHash("sha256").update(body).digest("base64url")) throw new Error("other body");
          } catch {
            return antwoord(401, { errors: [{ message: "niet ondertekend" }] });
          }
          stub.leveringen.push(...(JSON.parse(body) as { aankondigingen: Stub["leveringen"] }).aankondigingen);
          return antwoord(200, { nieuw: 1, herhaald: 0 });
        }
        antwoord(404, {});
      })();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  stub.close = () => new Promise<void>((r) => server.close(() => r()));
  return stub;
}

async function vrijePoort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const poort = (server.address() as AddressInfo).port;
  await new Promise<void>((r) => server.close(() => r()));
  return poort;
}

interface Proces {
  kind: ChildProcess;
  uitvoer: string[];
  stop(): Promise<void>;
}

async function startGgz(env: Record<string, string>, poort: number): Promise<Proces> {
  const kind = spawn(process.execPath, [path.join(GGZ, "dist", "main.js")], { env: { PATH: process.env.PATH ?? "", ...env, PORT: String(poort) }, stdio: ["ignore", "pipe", "pipe"] });
  const uitvoer: string[] = [];
  kind.stdout!.on("data", (d: Buffer) => uitvoer.push(...d.toString("utf8").split("\n").filter(Boolean)));
  kind.stderr!.on("data", (d: Buffer) => uitvoer.push(...d.toString("utf8").split("\n").filter(Boolean)));
  const tot = Date.now() + 20_000;
  for (;;) {
    if (kind.exitCode !== null) throw new Error(`ggz stopped: ${uitvoer.join("\n")}`);
    const ok = await fetch(`http://127.0.0.1:${poort}/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > tot) throw new Error(`ggz did not start: ${uitvoer.join("\n")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    kind,
    uitvoer,
    stop: () =>
      new Promise<void>((resolve) => {
        if (kind.exitCode !== null) return resolve();
        const hard = setTimeout(() => kind.kill("SIGKILL"), 10_000);
        kind.once("exit", () => {
          clearTimeout(hard);
          resolve();
        });
        kind.kill("SIGTERM");
      }),
  };
}

async function wachtOp(voorwaarde: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const tot = Date.now() + ms;
  while (!(await voorwaarde())) {
    if (Date.now() > tot) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("the GGZ partner subgraph (plain SDL, its own database)", () => {
  const databaseName = `ggz_test_${process.pid}`;
  let databaseUrl: string;
  let gateway: { privateKey: KeyLike; publicKey: KeyLike; jwk: string };
  let ggzPublicKey: KeyLike;
  let env: Record<string, string>;
  let stub: Stub;
  let poort: number;
  let ggz: Proces;
  let url: string;
  let db: Client;

  const token = (principal: Principal, opties: { requestId?: string; audience?: string; besluiten?: string } = {}) =>
    signSubgraphToken(principal, { requestId: opties.requestId ?? randomUUID(), audience: opties.audience ?? "ggz", eigenaar: "GGZ", ...(opties.besluiten ? { besluiten: opties.besluiten } : {}) }, { key: gateway.privateKey, kid: "test-gateway" });
  const post = async (body: unknown, headers: Record<string, string>) => {
    const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    return { status: r.status, body: (await r.json()) as { data?: any; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, any> }> } };
  };
  const vraag = async (principal: Principal, query: string, variables?: Record<string, unknown>, extra: { requestId?: string; extensions?: unknown; besluiten?: string } = {}) =>
    post({ query, variables, ...(extra.extensions ? { extensions: extra.extensions } : {}) }, { authorization: `Bearer ${await token(principal, extra)}` });
  const ENTITEITEN = "query E($r: [_Any!]!) { _entities(representations: $r) { ... on Gezin { ggzTrajecten { soort startdatum behandelaar diagnose } } } }";
  const rep = (...ids: string[]) => ({ r: ids.map((id) => ({ __typename: "Gezin", id })) });

  beforeAll(async () => {
    // The partner builds itself (its own tsconfig, nothing of the hub's): make sure dist/ is this source.
    execFileSync(process.execPath, [path.join(REPO, "node_modules", "typescript", "bin", "tsc"), "-p", GGZ], { stdio: "pipe" });
    const base = testDatabaseServer();
    await ensureDatabase(base, databaseName);
    databaseUrl = databaseUrlFor(base, databaseName);
    const paar = await generateKeyPair("EdDSA", { extractable: true });
    gateway = { ...paar, jwk: JSON.stringify({ ...(await exportJWK(paar.publicKey)), kid: "test-gateway", alg: "EdDSA" }) } as typeof gateway;
    const ggzPaar = await generateKeyPair("EdDSA", { extractable: true });
    ggzPublicKey = ggzPaar.publicKey;
    stub = await startStub(ggzPublicKey);
    stub.registerWeigertNog = 2; // the first deliveries fail: the relay must retry
    poort = await vrijePoort();
    url = `http://127.0.0.1:${poort}/graphql`;
    env = {
      DATABASE_URL: databaseUrl,
      GEZINSBEELD_GATEWAY_PUBLIC_KEY: gateway.jwk,
      GEZINSBEELD_TOEGANGSREGISTER_URL: stub.url,
      GEZINSBEELD_AANKONDIGING_PRIVATE_KEY: JSON.stringify({ ...(await exportJWK(ggzPaar.privateKey)), kid: "GGZ" }),
      GEZINSBEELD_DEMO: "1",
    };
    ggz = await startGgz(env, poort);
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await ggz?.stop();
    await stub?.close();
    await dropDatabase(testDatabaseServer(), databaseName).catch(() => undefined);
  });

  it("answers /health without a token", async () => {
    const r = await fetch(`http://127.0.0.1:${poort}/health`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: "ok", subgraph: "ggz" });
  });

  it("refuses missing, forged, expired, wrong-audience and other-owner tokens with HTTP 401, UNAUTHENTICATED and no data", async () => {
    const nu = Math.floor(Date.now() / 1000);
    const vreemd = await generateKeyPair("EdDSA");
    const teken = (claims: Record<string, unknown>, sleutel: KeyLike = gateway.privateKey, iat = nu, exp = nu + 60) =>
      new SignJWT({ rol: "MEDEWERKER", org: "GGZ", rid: randomUUID(), eig: "GGZ", ...claims }).setProtectedHeader({ alg: "EdDSA", kid: "test-gateway" })
        .setIssuer("gezinsbeeld-gateway").setSubject("ggz-lotte-visser").setIssuedAt(iat).setExpirationTime(exp).sign(sleutel);
    const gevallen: Record<string, string | undefined> = {
      "no token": undefined,
      forged: await teken({ aud: "ggz" }, vreemd.privateKey),
      expired: await teken({ aud: "ggz" }, gateway.privateKey, nu - 400, nu - 300),
      "another subgraph": await token(LOTTE, { audience: "gi" }),
      "two audiences": await teken({ aud: ["ggz", "gi"] }),
      "another owner": await teken({ aud: "ggz", eig: "GI" }),
      "an hour's life": await teken({ aud: "ggz" }, gateway.privateKey, nu, nu + 3600),
    };
    for (const [wat, t] of Object.entries(gevallen)) {
      const r = await post({ query: "{ __typename }" }, t ? { authorization: `Bearer ${t}` } : {});
      expect({ wat, status: r.status, data: r.body.data, code: r.body.errors?.[0]?.extensions?.code }).toEqual({ wat, status: 401, data: undefined, code: "UNAUTHENTICATED" });
      expect(r.body.errors?.[0]?.message).not.toMatch(/Error|JWT|JWS|jose|\bat\s/);
    }
    const geldig = await vraag(LOTTE, "{ __typename }");
    expect(geldig).toEqual({ status: 200, body: { data: { __typename: "Query" } } });
  });

  it("applies its migrations once, under its own table, and seeds once", async () => {
    const eerst = await db.query("SELECT naam, toegepast_op FROM schema_migraties ORDER BY naam");
    expect(eerst.rows.map((r) => r.naam)).toEqual(["001_trajecten.sql", "002_toegangslog.sql", "003_aankondigingen.sql", "004_toegangslog_categorieen.sql"]);
    const trajecten = (await db.query("SELECT count(*)::int AS n FROM ggz_traject")).rows[0].n;
    expect(trajecten).toBe(5);
    // A second process on the same database (a replica, a restart) finds nothing to do.
    const tweede = await startGgz(env, await vrijePoort());
    await tweede.stop();
    expect(tweede.uitvoer.some((regel) => regel.includes('"event":"gemigreerd","toegepast":[],"alAanwezig":4'))).toBe(true);
    const daarna = await db.query("SELECT naam, toegepast_op FROM schema_migraties ORDER BY naam");
    expect(daarna.rows).toEqual(eerst.rows);
    expect((await db.query("SELECT count(*)::int AS n FROM ggz_traject")).rows[0].n).toBe(5);
  });

  it("announces every seeded trajectory to the register, signed with its own key, after retrying", async () => {
    await wachtOp(() => stub.leveringen.length >= 5);
    expect(stub.leveringen.map((l) => l.volgnummer)).toEqual(["1", "2", "3", "4", "5"]);
    expect(stub.leveringen.every((l) => l.aankondiging.record.type === "GgzTraject" && l.aankondiging.betrokkenheid?.regime === "GROEN")).toBe(true);
    expect(stub.leveringen.filter((l) => l.aankondiging.betrokkenheid?.einddatum).length).toBe(1);
    const open = await db.query("SELECT count(*)::int AS n FROM aankondiging_uit WHERE afgeleverd IS NULL");
    expect(open.rows[0].n).toBe(0);
  });

  it("serves what the decision service allows, refuses the rest as null + FORBIDDEN with a reden, an unknown household alike, in one decision call", async () => {
    const voor = stub.besluitvragen.length;
    const ja = await vraag(LOTTE, ENTITEITEN, rep(GEZIN_TOEGESTAAN, GEZIN_ANDER));
    expect(ja.status).toBe(200);
    expect(ja.body.errors).toBeUndefined();
    expect(ja.body.data._entities[0].ggzTrajecten).toEqual([{ soort: "ambulante behandeling", startdatum: expect.any(String), behandelaar: "Lotte Visser", diagnose: "posttraumatische stressstoornis" }]);
    expect(stub.besluitvragen.length - voor).toBe(1);
    expect(stub.besluitvragen.at(-1)!.gezinIds.sort()).toEqual([GEZIN_TOEGESTAAN, GEZIN_ANDER].sort());

    const nee = await vraag(FATIMA, ENTITEITEN, rep(GEZIN_TOEGESTAAN));
    const onbekend = await vraag(FATIMA, ENTITEITEN, rep("00000000-0000-5000-a000-000000000000"));
    for (const [r, reden] of [[nee, "no-consent"], [onbekend, "no-involvement"]] as const) {
      expect(r.body.data._entities[0].ggzTrajecten).toBeNull();
      expect(r.body.errors).toEqual([expect.objectContaining({ path: ["_entities", 0, "ggzTrajecten"], extensions: { code: "FORBIDDEN", categorie: "HULPVERLENING", reden } })]);
    }
    // Not a household id at all: refused the same way, without asking.
    const geenId = await vraag(FATIMA, ENTITEITEN, rep("x"));
    expect(geenId.body.errors?.[0]?.extensions).toEqual({ code: "FORBIDDEN", categorie: "HULPVERLENING", reden: "no-involvement" });
  });

  it("fails closed when the decision service is down: TOEGANG_ONBEKEND, no data, logged ONBESLIST", async () => {
    stub.beslisserStuk = true;
    try {
      const requestId = randomUUID();
      const r = await vraag(LOTTE, ENTITEITEN, rep(GEZIN_TOEGESTAAN), { requestId });
      expect(r.body.data._entities[0].ggzTrajecten).toBeNull();
      expect(r.body.errors?.[0]?.extensions).toEqual({ code: "TOEGANG_ONBEKEND", categorie: "HULPVERLENING" });
      const log = await db.query("SELECT beslissing, reden FROM toegangslog WHERE request_id = $1", [requestId]);
      expect(log.rows).toEqual([{ beslissing: "ONBESLIST", reden: "undecided" }]);
    } finally {
      stub.beslisserStuk = false;
    }
  });

  it("uses the decisions the gateway passed only when the token vouches for exactly that text", async () => {
    const bundel = JSON.stringify({
      eigenaar: "GGZ",
      beslissingen: [{ toegestaan: true, grondslag: "EIGEN_GEGEVENS" }],
      gezinnen: [{ id: GEZIN_TOEGESTAAN, lezen: Object.fromEntries(CATEGORIEEN.map((c) => [c, 0])), schrijven: 0, openen: 0 }],
    });
    const hash = createHash("sha256").update(bundel).digest("base64url");
    const voor = stub.besluitvragen.length;
    const met = await vraag(LOTTE, ENTITEITEN, rep(GEZIN_TOEGESTAAN), { extensions: { gezinsbeeldBesluiten: bundel }, besluiten: hash });
    expect(met.body.data._entities[0].ggzTrajecten).toHaveLength(1);
    expect(stub.besluitvragen.length).toBe(voor);
    // Another text than the token vouches for (here: one that would let Fatima in) is ignored: the service is asked, and refuses.
    const vervalst = bundel.replace("EIGEN_GEGEVENS", "TOESTEMMING");
    const zonder = await vraag(FATIMA, ENTITEITEN, rep(GEZIN_TOEGESTAAN), { extensions: { gezinsbeeldBesluiten: vervalst }, besluiten: hash });
    expect(zonder.body.errors?.[0]?.extensions?.reden).toBe("no-consent");
    expect(stub.besluitvragen.length).toBe(voor + 1);
  });

  it("logs every access in a hash chain the hub's own verifier accepts, and shows it to its privacy officer only", async () => {
    const requestId = randomUUID();
    await vraag(FATIMA, ENTITEITEN, rep(GEZIN_TOEGESTAAN), { requestId });
    const log = await vraag(FG, "query L($f: ToegangslogFilter) { toegangslogGgz(filter: $f, first: 200) { totalCount nodes { volgnummer requestId beslissing reden veldpaden categorieen gebruiker subgraph } } }", { f: { gezinId: GEZIN_TOEGESTAAN } });
    expect(log.body.errors).toBeUndefined();
    expect(log.body.data.toegangslogGgz.nodes).toContainEqual({
      volgnummer: expect.any(String), requestId, beslissing: "GEWEIGERD", reden: "no-consent", veldpaden: ["Gezin.ggzTrajecten"], categorieen: ["HULPVERLENING"], gebruiker: "lt-fatima-bakker", subgraph: "ggz",
    });
    const geweigerd = await vraag(LOTTE, "{ toegangslogGgz { totalCount } }");
    expect(geweigerd.body.data.toegangslogGgz).toBeNull();
    expect(geweigerd.body.errors?.[0]?.extensions).toEqual({ code: "FORBIDDEN", categorie: "TOEZICHT", reden: "category-not-allowed" });

    const keten = await verifieerKeten(db);
    expect({ intact: keten.intact, breuk: keten.breuk }).toEqual({ intact: true, breuk: null });
    expect(keten.aantal).toBeGreaterThan(5);
    // The log is append-only.
    await expect(db.query("UPDATE toegangslog SET gebruiker = 'x'")).rejects.toThrow(/alleen aan te vullen/);
  });

  it("refuses a too-deep and a too-costly query with HTTP 400 and leaks no internals", async () => {
    let diep = "sdl";
    for (let i = 0; i < 20; i++) diep = `... on _Service { ${diep} }`;
    const teDiep = await vraag(LOTTE, `{ _service { ${diep} } }`);
    expect({ status: teDiep.status, data: teDiep.body.data, limiet: teDiep.body.errors?.[0]?.extensions?.limiet }).toEqual({ status: 400, data: undefined, limiet: "maxDepth" });
    let duur = "__typename";
    for (let i = 0; i < 8; i++) duur = `... { ${duur} }`;
    const reps = Array.from({ length: 1000 }, (_, i) => ({ __typename: "Gezin", id: `00000000-0000-5000-a000-${String(i).padStart(12, "0")}` }));
    const teDuur = await post({ query: `query D($r: [_Any!]!) { _entities(representations: $r) { ${duur} } }`, variables: { r: reps } }, { authorization: `Bearer ${await token(LOTTE)}` });
    expect({ status: teDuur.status, limiet: teDuur.body.errors?.[0]?.extensions?.limiet }).toEqual({ status: 400, limiet: "maxCost" });
    const kapot = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${await token(LOTTE)}` }, body: "{nee" });
    const tekst = await kapot.text();
    expect(kapot.status).toBe(400);
    expect(tekst).not.toMatch(/SyntaxError|\bat\s|node_modules|\.js\b/);
  });
});
