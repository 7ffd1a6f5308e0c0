import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "@gezinsbeeld/infra";
import { readSubgraphConfig } from "@gezinsbeeld/gateway";
import { postGraphQL } from "../support/subgraph";

const REPO = path.join(__dirname, "..", "..");
const LAUNCHER = path.join(REPO, "infra", "dist", "start.js");
// Below start.test.ts's ports (24000 and up), so both may run at once, and below the ephemeral
// ports (32768 and up), which any outgoing connection may hold for a moment.
const OFFSET = 6000 + (process.pid % 400) * 10;
const GATEWAY = `http://127.0.0.1:${4000 + OFFSET}/graphql`;
const GI_HEALTH = `http://127.0.0.1:${4004 + OFFSET}/health`;
/** Needs lokaal-team only: the owner of Gezin, which also keeps the access register. */
const LOKAAL_TEAM_ONLY = "{ gezinnen(first: 5) { totalCount nodes { id naam } } }";
const GI_MAATREGELEN = "query($id: ID!) { gezin(id: $id) { naam maatregelen { soort } } }";

/** A launcher started the way `npm start` starts it, with everything it prints. */
interface Launched {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

const launched: Launched[] = [];
let dir: string;
let dataDir: string;
let env: NodeJS.ProcessEnv;
let hub: Launched;
/** The household of the launcher's example, which lt-karin-smits may see in full. */
let household: string;

function launch(extra: NodeJS.ProcessEnv = {}): Launched {
  const child = spawn(process.execPath, [LAUNCHER], { env: { ...env, ...extra }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const started = { child, output: () => output, exited };
  launched.push(started);
  return started;
}

/** Resolves with the first match of `pattern` in what `launcher` printed. */
async function printed(launcher: Launched, pattern: RegExp, timeoutMs = 60_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = pattern.exec(launcher.output());
    if (match) return match;
    if (launcher.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`no ${pattern} (exit ${launcher.child.exitCode}) in:\n${launcher.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
  } catch {
    return false;
  }
}

async function gone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return !alive(pid);
}

/** Pids of the processes `launcher` started that run `script` (e.g. `subgraphs/gi/dist/main.js`). */
async function childrenOf(launcher: Launched, script = "dist/main.js"): Promise<number[]> {
  const { stdout } = await promisify(execFile)("pgrep", ["-P", String(launcher.child.pid), "-f", script]).catch(() => ({ stdout: "" }));
  return stdout.split("\n").filter(Boolean).map(Number);
}

function postmasterPid(): number {
  return Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
}

async function token(): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(REPO, "infra", "dist", "token.js"), "--org", "lokaal-team", "--role", "teamleider", "--user", "lt-karin-smits"], { env });
  return stdout.trim();
}

/** A plain TCP server holding `port`, as any other program could. */
function occupy(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "gezinsbeeld-e2e-supervisie-"));
  dataDir = path.join(dir, "data");
  env = { ...process.env, GEZINSBEELD_DATA_DIR: dataDir, GEZINSBEELD_KEYS_DIR: path.join(dir, "keys"), GEZINSBEELD_PORT_OFFSET: String(OFFSET), GEZINSBEELD_PG_PORT: String(await freePort()), PORT: "4000" };
  // Its own embedded PostgreSQL, as `npm start` runs it: the orphan it leaves behind is part of the test.
  delete env.GEZINSBEELD_DATABASE_URL;
  hub = launch();
  await printed(hub, /ready in [\d.]+ s/, 90_000);
  household = (await printed(hub, /"id": "([0-9a-f-]{36})"/))[1]!;
}, 100_000);

afterAll(async () => {
  for (const { child } of launched) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  await Promise.all(launched.map(({ exited }) => Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000).unref())])));
  for (const { child } of launched) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  if (existsSync(path.join(dataDir, "postgres", "postmaster.pid"))) {
    const pid = postmasterPid();
    if (alive(pid)) {
      process.kill(pid, "SIGINT");
      await gone(pid, 10_000);
    }
  }
  await rm(dir, { recursive: true, force: true });
}, 30_000);

describe("npm start supervises its processes", () => {
  it("restarts a subgraph killed with -9, saying which and why, while queries for lokaal-team's data keep being answered", async () => {
    const bearer = { authorization: `Bearer ${await token()}` };
    const [gi] = await childrenOf(hub, "subgraphs/gi/dist/main.js");
    expect(gi).toBeDefined();
    const before = await postGraphQL<{ gezin: { maatregelen: unknown[] | null } }>(GATEWAY, GI_MAATREGELEN, { id: household }, bearer);
    expect(before.data?.gezin.maatregelen?.length).toBeGreaterThan(0);
    const killed = Date.now();
    process.kill(gi!, "SIGKILL");

    await printed(hub, /gi stopped unexpectedly \(killed by SIGKILL\); restarting it in 0\.5 s/, 5000);
    // GI's own data is really gone meanwhile, so what keeps answering does so without it.
    const outage = await postGraphQL<{ gezin: { naam: string; maatregelen: unknown[] | null } }>(GATEWAY, GI_MAATREGELEN, { id: household }, bearer);
    expect(outage.data?.gezin.naam).toBeTruthy();
    expect(outage.data?.gezin.maatregelen ?? null).toBeNull();
    expect(outage.errors?.length).toBeGreaterThan(0);
    let answeredDuringOutage = 0;
    while (!/gi is back/.test(hub.output())) {
      const response = await postGraphQL<{ gezinnen: { totalCount: number } }>(GATEWAY, LOKAAL_TEAM_ONLY, {}, bearer);
      expect(response.errors).toBeUndefined();
      expect(response.data?.gezinnen.totalCount).toBeGreaterThan(0);
      if (!/gi is back/.test(hub.output())) answeredDuringOutage += 1;
      if (Date.now() - killed > 10_000) throw new Error(`gi not back within 10 s:\n${hub.output()}`);
    }
    expect(answeredDuringOutage).toBeGreaterThan(0);

    const [, pid, seconds] = await printed(hub, /gi is back \(pid (\d+)\), ([\d.]+) s after it stopped/);
    expect(Number(seconds)).toBeLessThan(10);
    expect(Number(pid)).not.toBe(gi);
    expect((await fetch(GI_HEALTH)).ok).toBe(true);
    const again = await postGraphQL<{ gezin: { maatregelen: unknown[] | null } }>(GATEWAY, GI_MAATREGELEN, { id: household }, bearer);
    expect(again.errors).toBeUndefined();
    expect(again.data?.gezin.maatregelen?.length).toBeGreaterThan(0);
    // The other five were never touched.
    expect(hub.child.exitCode).toBeNull();
  });

  it("refuses a second start in the same directories in one line naming the running hub", async () => {
    const second = launch();
    expect(await second.exited).toBe(1);
    expect(second.output().trim()).toBe(
      `gezinsbeeld is already running at http://localhost:${4000 + OFFSET}/graphql (pid ${hub.child.pid}); stop it first or use GEZINSBEELD_PORT_OFFSET`,
    );
  });

  it("names the PostgreSQL port another process holds, and that process, in one line", async () => {
    const port = await freePort();
    const holder = await occupy(port);
    try {
      const blocked = launch({ GEZINSBEELD_DATA_DIR: path.join(dir, "data-pg-taken"), GEZINSBEELD_PORT_OFFSET: String(OFFSET + 100), GEZINSBEELD_PG_PORT: String(port) });
      expect(await blocked.exited).toBe(1);
      const line = blocked.output().trim();
      expect(line).not.toContain("\n");
      expect(line).toMatch(new RegExp(`^PostgreSQL port ${port} is in use by node \\(pid ${process.pid}\\b.*set GEZINSBEELD_PG_PORT`));
    } finally {
      holder.close();
    }
  });

  it("names a hub port another process holds, in one line", async () => {
    const offset = OFFSET + 200;
    const holder = await occupy(4000 + offset);
    try {
      const blocked = launch({ GEZINSBEELD_DATA_DIR: path.join(dir, "data-port-taken"), GEZINSBEELD_PORT_OFFSET: String(offset) });
      expect(await blocked.exited).toBe(1);
      const line = blocked.output().trim();
      expect(line).not.toContain("\n");
      expect(line).toMatch(new RegExp(`^port ${4000 + offset} \\(gateway\\) is in use by node \\(pid ${process.pid}\\b.*set GEZINSBEELD_PORT_OFFSET`));
    } finally {
      holder.close();
    }
  });

  it("after the launcher is killed with -9 its processes stop, and the next start takes over the PostgreSQL it left", async () => {
    const children = await childrenOf(hub);
    // Every subgraph of the list (the hub's five and the partner it runs from a `proces` entry) and the gateway.
    expect(children).toHaveLength(readSubgraphConfig().length + 1);
    const postgres = postmasterPid();
    hub.child.kill("SIGKILL");
    await hub.exited;
    for (const pid of children) expect(await gone(pid, 10_000)).toBe(true);
    expect(alive(postgres)).toBe(true);

    hub = launch();
    await printed(hub, /ready in [\d.]+ s/);
    expect(hub.output()).toContain(`(pid ${postgres}: left running by a launcher that was killed, taken over)`);
    const response = await postGraphQL<{ gezinnen: { totalCount: number } }>(GATEWAY, LOKAAL_TEAM_ONLY, {}, { authorization: `Bearer ${await token()}` });
    expect(response.data?.gezinnen.totalCount).toBeGreaterThan(0);
  });

  it("stops everything on SIGTERM, PostgreSQL included, and leaves no pid file behind", async () => {
    const children = await childrenOf(hub);
    const postgres = postmasterPid();
    hub.child.kill("SIGTERM");
    expect(await hub.exited).toBe(0);
    for (const pid of [...children, postgres]) expect(alive(pid)).toBe(false);
    expect(existsSync(path.join(dataDir, `gezinsbeeld-${4000 + OFFSET}.pid`))).toBe(false);
  });

  it("starts over a stale postmaster.pid that names a live process other than PostgreSQL", async () => {
    // After a reboot the old pid may well be taken; PostgreSQL itself refuses to start while it lives.
    const file = path.join(dataDir, "postgres", "postmaster.pid");
    writeFileSync(file, `${process.pid}\n${path.join(dataDir, "postgres")}\n1700000000\n${env.GEZINSBEELD_PG_PORT}\n\n127.0.0.1\n  0 0\nready   \n`);
    hub = launch();
    await printed(hub, /ready in [\d.]+ s/);
    expect(hub.output()).not.toContain("taken over");
    expect(postmasterPid()).not.toBe(process.pid);
    hub.child.kill("SIGINT");
    expect(await hub.exited).toBe(0);
  });
});
