import { Client } from "pg";
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import path from "node:path";
import { startGateway, type RunningGateway } from "@gezinsbeeld/gateway";
import { subgraphFetcherOptionsFromEnvironment } from "@gezinsbeeld/gateway";
import { gi } from "@gezinsbeeld/gi";
import { dropDatabase, freePort, prepareDatabase } from "@gezinsbeeld/infra";
import { subgraphs } from "@gezinsbeeld/infra/dist/subgraphs";
import { createDevToken, createLogger, databaseUrlFor, developmentKeys, type IdentityKeys, keyEnvironment } from "@gezinsbeeld/shared-schema";
import { type DemoGezin, demoScenario } from "@gezinsbeeld/demo";
import { GEZINSBEELD_QUERY } from "../supergraph/gezinsbeeldQuery";
import { DEFAULT_HUB_PRINCIPAL } from "../support/hub";
import { type GraphQLResponse, postGraphQL, startSubgraphForTest, type SubgraphUnderTest, testDatabaseServer } from "../support/subgraph";

/**
 * The hub with the GI as a process of its own, so that it can be stopped
 * (SIGSTOP: a subgraph that hangs) and killed (SIGKILL: one that is gone); the
 * other four subgraphs and the gateway run in this process. The gateway has its
 * default timeout (5 s).
 */
const REPO = path.join(__dirname, "..", "..");
const GI_FIELDS = ["giInzet", "maatregelen", "jeugdbeschermer"] as const;
const scenario = demoScenario(24);

let keys: IdentityKeys;
let inProcess: SubgraphUnderTest[] = [];
let giDatabase: string;
let giPort: number;
let giUrl: string;
let giProcess: ChildProcess | undefined;
let gateway: RunningGateway;
let token: string;
let gezin: DemoGezin;
const gateways: RunningGateway[] = [];

/** A red household with children, a melding, an investigation and an expert by experience: every organisation has data on it. */
function gezinMetAlleOrganisaties(): DemoGezin {
  const found = scenario.gezinnen.find(
    (g) => g.fase === "ROOD" && g.mijlpalen.ervaringsdeskundigeVanaf && g.mijlpalen.meldingOp && g.mijlpalen.raadsonderzoekVanaf && g.leden.some((l) => l.gezinsrol === "KIND"),
  );
  if (!found) throw new Error("the demo scenario has no red household with data at every organisation");
  return found;
}

/** `node subgraphs/gi/dist/main.js`, as `npm start` runs it, on {@link giPort}; resolves once it is healthy. */
async function startGi(toegangsregister: string): Promise<ChildProcess> {
  const env = (await keyEnvironment(keys)).subgraph;
  const child = spawn(process.execPath, [path.join(REPO, "subgraphs", "gi", "dist", "main.js")], {
    env: { ...process.env, ...env, DATABASE_URL: databaseUrlFor(testDatabaseServer(), giDatabase), PORT: String(giPort), GEZINSBEELD_TOEGANGSREGISTER_URL: toegangsregister },
    // The IPC channel makes it stop when this test process dies.
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`gi exited with ${child.exitCode} during start:\n${output}`);
    const healthy = await fetch(`http://127.0.0.1:${giPort}/health`).then((r) => r.ok, () => false);
    if (healthy) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`gi did not become healthy within 30 s:\n${output}`);
}

function killGi(): Promise<void> {
  const child = giProcess;
  giProcess = undefined;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

interface Timed {
  response: GraphQLResponse;
  ms: number;
}

async function gezinsbeeld(via: RunningGateway = gateway, query = GEZINSBEELD_QUERY): Promise<Timed> {
  const start = Date.now();
  const response = await postGraphQL<Record<string, any>>(via.url, query, { id: gezin.id }, { authorization: `Bearer ${token}` });
  return { response, ms: Date.now() - start };
}

/** Two subgraphs only, lokaal-team and the GI: the small gateway's pool of 2 is every subgraph's, and only the GI's may fill. */
const NAAM_EN_MAATREGELEN = `query NaamEnMaatregelen($id: ID!) { gezin(id: $id) { naam maatregelen { soort } } }`;

/** Ask until an answer is complete (no errors, GI's data there); the milliseconds from `since` to that answer. */
async function firstCompleteAnswer(since: number, within = 15_000): Promise<number> {
  while (Date.now() - since < within) {
    const { response } = await gezinsbeeld();
    if (!response.errors && response.data?.gezin?.maatregelen?.length) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no complete answer within ${within} ms`);
}

/** Lokaal-team's data and the other partners' data are there; the GI's fields are null. */
function expectPartialAnswerWithoutGi(response: GraphQLResponse): void {
  const beeld = response.data?.gezin;
  expect(beeld?.naam).toBe(gezin.naam);
  expect(beeld?.leden).toHaveLength(gezin.leden.length);
  expect(beeld?.meldingen.map((m: { datum: string }) => m.datum)).toContain(gezin.mijlpalen.meldingOp);
  expect(beeld?.beschermingsonderzoeken[0].startdatum).toBe(gezin.mijlpalen.raadsonderzoekVanaf);
  expect(beeld?.ervaringsdeskundigen[0].vanaf).toBe(gezin.mijlpalen.ervaringsdeskundigeVanaf);
  for (const field of GI_FIELDS) expect(beeld?.[field]).toBeNull();
}

/** No address of anything inside the hub in what the client reads. */
function expectNoInternals(response: GraphQLResponse): void {
  const text = JSON.stringify(response.errors);
  for (const internal of ["127.0.0.1", "localhost", "http://", `:${giPort}`, "ECONN", "request to"]) expect(text).not.toContain(internal);
}

const codesOf = (response: GraphQLResponse): unknown[] => (response.errors ?? []).map((e) => e.extensions?.code);

/** Connections open to the GI's port right now, as the kernel lists them (Linux); undefined elsewhere. */
function connectionsToGi(): number | undefined {
  if (!existsSync("/proc/net/tcp")) return undefined;
  const port = giPort.toString(16).toUpperCase().padStart(4, "0");
  // Columns: sl local_address rem_address st …; 01 is ESTABLISHED.
  return readFileSync("/proc/net/tcp", "utf8")
    .split("\n")
    .slice(1)
    .filter((line) => {
      const [, , remote, state] = line.trim().split(/\s+/);
      return remote?.endsWith(`:${port}`) && state === "01";
    }).length;
}

/** The main gateway's log lines (JSON, level error and up) since the test began. */
let logged: string[] = [];
let quiet: jest.SpyInstance[];
beforeEach(() => {
  logged = [];
  quiet = [jest.spyOn(console, "warn").mockImplementation(() => undefined), jest.spyOn(console, "error").mockImplementation(() => undefined)];
});
afterEach(() => quiet.forEach((spy) => spy.mockRestore()));

beforeAll(async () => {
  keys = await developmentKeys();
  gezin = gezinMetAlleOrganisaties();
  token = await createDevToken({ org: DEFAULT_HUB_PRINCIPAL.organisatie, rol: DEFAULT_HUB_PRINCIPAL.rol, user: DEFAULT_HUB_PRINCIPAL.userId }, keys);
  const [eigenaar, ...partners] = subgraphs;
  const register = await startSubgraphForTest(eigenaar!, { seed: scenario, keys });
  inProcess = [register];
  inProcess.push(
    ...(await Promise.all(
      partners.filter((definition) => definition.name !== gi.name).map((definition) => startSubgraphForTest(definition, { seed: scenario, keys, toegangsregisterUrl: register.url })),
    )),
  );
  giDatabase = `t_${randomBytes(4).toString("hex")}_${gi.databaseName}`;
  // Migrated and seeded here, so the process itself starts as in production: on a database that is ready.
  await prepareDatabase(testDatabaseServer(), { ...gi, databaseName: giDatabase }, scenario);
  giPort = await freePort();
  giUrl = `http://127.0.0.1:${giPort}/graphql`;
  giProcess = await startGi(register.url);
  // The GI process's relay hands its seed's announcements (its involvements) to the register once it runs: wait for that.
  const giDb = new Client({ connectionString: databaseUrlFor(testDatabaseServer(), giDatabase) });
  await giDb.connect();
  try {
    const tot = Date.now() + 30_000;
    while ((await giDb.query<{ n: number }>(`SELECT count(*)::int AS n FROM aankondiging_uit WHERE afgeleverd IS NULL`)).rows[0]!.n > 0) {
      if (Date.now() > tot) throw new Error("the GI's announcements did not reach the register within 30 s");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await giDb.end();
  }
  const organisatie = new Map(subgraphs.map((definition) => [definition.name, definition.organisatie]));
  const targets = [...inProcess.map((s) => ({ name: s.name, url: s.url })), { name: gi.name, url: giUrl }].map((t) => ({ ...t, organisatie: organisatie.get(t.name) }));
  const logger = createLogger({ service: "gateway", level: "error", destination: { write: (line: string) => void logged.push(line) } });
  gateway = await startGateway({ port: 0, keys, subgraphs: targets, logger });
  gateways.push(gateway);
  // A second gateway with a pool of 2 and room for 2 waiting calls: the bounds made small enough to see.
  gateways.push(await startGateway({ port: 0, keys, subgraphs: targets, subgraphVerbinding: { timeoutMs: 3000, maxSockets: 2, maxQueued: 2 } }));
}, 90_000);

afterAll(async () => {
  if (giProcess?.exitCode === null) giProcess.kill("SIGCONT");
  await killGi();
  await Promise.all(gateways.map((g) => g.stop()));
  await Promise.all(inProcess.map((s) => s.close()));
  if (giDatabase) await dropDatabase(testDatabaseServer(), giDatabase);
});

describe("the gateway when a subgraph hangs or is gone", () => {
  it("answers the whole gezinsbeeld while every subgraph is up", async () => {
    const { response } = await gezinsbeeld();
    expect(response.errors).toBeUndefined();
    expect(response.data?.gezin?.maatregelen.length).toBeGreaterThan(0);
  });

  it("answers within its timeout, with everyone else's data and SUBGRAPH_TIME_OUT for the GI, while the GI hangs; and whole again at once after it resumes", async () => {
    giProcess!.kill("SIGSTOP");
    let stoppedAt = Date.now();
    try {
      const { response, ms } = await gezinsbeeld();
      console.log(`GI stopped: partial answer after ${ms} ms`);
      // Answered because of the 5 s time-out, not after the GI came back: the figures themselves are bench:fouten's.
      expect(ms).toBeGreaterThanOrEqual(4900);
      expect(ms).toBeLessThan(15_000);
      expectPartialAnswerWithoutGi(response);
      expect(codesOf(response)).toEqual(["SUBGRAPH_TIME_OUT"]);
      expect(response.errors?.[0]?.message).toBe(
        "De gegevens van de GI ontbreken: de GI antwoordde niet binnen 5 seconden. De gegevens van de andere organisaties zijn wel opgehaald; probeer het over enkele ogenblikken opnieuw.",
      );
      expect(response.errors?.[0]?.extensions).toEqual({ code: "SUBGRAPH_TIME_OUT", subgraph: "gi", organisatie: "GI" });
      expectNoInternals(response);
      // The cause, with the address, is for the gateway's log.
      expect(logged.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.event === "subgraph-onbereikbaar")).toEqual([
        expect.objectContaining({ subgraph: "gi", code: "SUBGRAPH_TIME_OUT", fout: `no answer from http://127.0.0.1:${giPort} within 5000 ms` }),
      ]);
    } finally {
      giProcess!.kill("SIGCONT");
      stoppedAt = Date.now();
    }
    const recovery = await firstCompleteAnswer(stoppedAt);
    console.log(`GI resumed (SIGCONT): first complete answer after ${recovery} ms`);
    expect(recovery).toBeLessThan(10_000);
  });

  it("fails calls beyond its pool and queue at once (SUBGRAPH_OVERBELAST), holding no more connections than its pool", async () => {
    const small = gateways[1]!;
    const before = connectionsToGi();
    giProcess!.kill("SIGSTOP");
    let during: number | undefined;
    let answers: Timed[];
    try {
      // A little apart, so that lokaal-team's part of each (a few milliseconds) never fills its pool of 2.
      const pending: Promise<Timed>[] = [];
      for (let i = 0; i < 10; i++) {
        pending.push(gezinsbeeld(small, NAAM_EN_MAATREGELEN));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      during = connectionsToGi();
      answers = await Promise.all(pending);
    } finally {
      giProcess!.kill("SIGCONT");
    }
    const overbelast = answers.filter((a) => codesOf(a.response).includes("SUBGRAPH_OVERBELAST"));
    const timedOut = answers.filter((a) => codesOf(a.response).includes("SUBGRAPH_TIME_OUT"));
    console.log(`pool 2 + queue 2, 10 calls to a stopped GI: ${overbelast.length} refused at once (slowest ${Math.max(...overbelast.map((a) => a.ms))} ms), ${timedOut.length} timed out; connections to the GI ${before} before, ${during} during`);
    // At most 2 on a connection and 2 waiting: the other 6 were refused without waiting for the GI.
    expect(timedOut.length).toBeLessThanOrEqual(4);
    expect(overbelast.length + timedOut.length).toBe(10);
    expect(overbelast.length).toBeGreaterThanOrEqual(6);
    for (const answer of [...overbelast, ...timedOut]) expect(answer.response.errors?.map((e) => e.extensions?.subgraph)).toEqual(["gi"]);
    for (const answer of overbelast) {
      // Refused without waiting for this gateway's 3 s time-out.
      expect(answer.ms).toBeLessThan(3000);
      expect(answer.response.data?.gezin).toEqual({ naam: gezin.naam, maatregelen: null });
      expect(answer.response.errors?.[0]?.message).toMatch(/^De gegevens van de GI ontbreken: er wachten al te veel vragen op de GI\./);
      expectNoInternals(answer.response);
    }
    if (before !== undefined && during !== undefined) expect(during - before).toBeLessThanOrEqual(2);
    await firstCompleteAnswer(Date.now());
  });

  it("answers at once with SUBGRAPH_ONBEREIKBAAR for the GI when it is gone, and whole again as soon as it is back", async () => {
    await killGi();
    const { response, ms } = await gezinsbeeld();
    console.log(`GI killed: partial answer after ${ms} ms`);
    // Without waiting for the 5 s time-out.
    expect(ms).toBeLessThan(4500);
    expectPartialAnswerWithoutGi(response);
    expect(codesOf(response)).toEqual(["SUBGRAPH_ONBEREIKBAAR"]);
    expect(response.errors?.[0]?.message).toBe(
      "De gegevens van de GI zijn nu niet bereikbaar. De gegevens van de andere organisaties zijn wel opgehaald; probeer het over enkele ogenblikken opnieuw.",
    );
    expectNoInternals(response);
    // The system's own reason is logged: refused, or reset on a kept-alive connection the GI's end closed just now.
    expect(logged.filter((line) => line.includes('"event":"subgraph-onbereikbaar"'))).toEqual([expect.stringMatching(/ECONNREFUSED|ECONNRESET|socket hang up/)]);

    const register = inProcess.find((s) => s.name === "lokaal-team")!;
    giProcess = await startGi(register.url);
    const recovery = await firstCompleteAnswer(Date.now());
    console.log(`GI restarted: first complete answer ${recovery} ms after it was healthy`);
    expect(recovery).toBeLessThan(10_000);
  });
});

describe("the gateway behind a proxy whose subgraph is gone", () => {
  it("reads a proxy's 502 page as SUBGRAPH_ONBEREIKBAAR, without the page or the address", async () => {
    const proxy = createHttpServer((_req, res) => res.writeHead(502, { "content-type": "text/html" }).end("<html><body>502 Bad Gateway nginx at 10.0.0.7</body></html>"));
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const organisatie = new Map(subgraphs.map((definition) => [definition.name, definition.organisatie]));
    const targets = [...inProcess.map((s) => ({ name: s.name, url: s.url })), { name: gi.name, url: `http://127.0.0.1:${(proxy.address() as { port: number }).port}/graphql` }];
    const viaProxy = await startGateway({ port: 0, keys, subgraphs: targets.map((t) => ({ ...t, organisatie: organisatie.get(t.name) })) });
    try {
      const { response } = await gezinsbeeld(viaProxy);
      expectPartialAnswerWithoutGi(response);
      expect(codesOf(response)).toEqual(["SUBGRAPH_ONBEREIKBAAR"]);
      expectNoInternals(response);
      expect(JSON.stringify(response.errors)).not.toMatch(/502|nginx|10\.0\.0\.7|html/);
    } finally {
      await viaProxy.stop();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });
});

describe("the bounds come from the environment", () => {
  it("reads every bound, and refuses a value that would switch one off", () => {
    expect(subgraphFetcherOptionsFromEnvironment({})).toEqual({ timeoutMs: 5000, connectTimeoutMs: 2000, maxSockets: 50, maxQueued: 200, idleTimeoutMs: 30_000 });
    expect(subgraphFetcherOptionsFromEnvironment({ GEZINSBEELD_SUBGRAPH_TIMEOUT_MS: "1500", GEZINSBEELD_SUBGRAPH_MAX_QUEUED: "0" })).toMatchObject({ timeoutMs: 1500, maxQueued: 0 });
    for (const [name, value] of [
      ["GEZINSBEELD_SUBGRAPH_TIMEOUT_MS", "5s"],
      ["GEZINSBEELD_SUBGRAPH_TIMEOUT_MS", "0"],
      ["GEZINSBEELD_SUBGRAPH_MAX_SOCKETS", "-1"],
      ["GEZINSBEELD_SUBGRAPH_CONNECT_TIMEOUT_MS", "1.5"],
    ] as const) {
      expect(() => subgraphFetcherOptionsFromEnvironment({ [name]: value })).toThrow(`${name}=${value}`);
    }
  });
});
