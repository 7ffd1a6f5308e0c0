import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "@gezinsbeeld/infra";
import { SERVICE_NODE_FLAGS } from "@gezinsbeeld/infra/dist/nodeVlaggen";
import { superviseProcess, type SupervisedProcess } from "@gezinsbeeld/infra/dist/superviseProcess";

/** A process that serves /health, then dies after `CRASH_AFTER_MS` with exit code 3 and a last word on stderr. */
const CRASHING = `
const server = require("node:http").createServer((req, res) => res.end("ok"));
server.listen(Number(process.env.PORT), "127.0.0.1");
setTimeout(() => { process.stderr.write("boom: the disk is full\\n"); process.exit(3); }, Number(process.env.CRASH_AFTER_MS));
`;

let dir: string;
let script: string;
let supervised: SupervisedProcess | undefined;
let lines: string[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "gezinsbeeld-supervise-"));
  script = path.join(dir, "crashing.js");
  await writeFile(script, CRASHING);
});

beforeEach(() => {
  lines = [];
  jest.spyOn(console, "error").mockImplementation((line: string) => void lines.push(line));
  jest.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
});

afterEach(async () => {
  await supervised?.stop();
  jest.restoreAllMocks();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function until(predicate: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out; lines so far:\n${lines.join("\n")}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("a supervised process", () => {
  it("is restarted after each crash with a doubling delay, and given up after the crashes in a row allowed", async () => {
    const port = await freePort();
    supervised = superviseProcess({
      name: "wankel",
      script,
      env: { PORT: String(port), CRASH_AFTER_MS: "150" },
      healthUrl: `http://127.0.0.1:${port}/health`,
      firstDelayMs: 20,
      maxDelayMs: 50,
      maxCrashes: 4,
    });
    await supervised.started;
    await until(() => lines.some((line) => line.includes("not restarted again")));
    const crashes = lines.filter((line) => line.startsWith("wankel stopped unexpectedly"));
    expect(crashes).toEqual([
      "wankel stopped unexpectedly (exit code 3; last stderr line: boom: the disk is full); restarting it in 0.02 s; the other processes keep serving",
      "wankel stopped unexpectedly (exit code 3; last stderr line: boom: the disk is full); restarting it in 0.04 s (crash 2 in a row); the other processes keep serving",
      // Doubling stops at maxDelayMs.
      "wankel stopped unexpectedly (exit code 3; last stderr line: boom: the disk is full); restarting it in 0.05 s (crash 3 in a row); the other processes keep serving",
      "wankel stopped unexpectedly (exit code 3; last stderr line: boom: the disk is full); it crashed 4 times in a row, so it is not restarted again; the other processes keep serving (restart gezinsbeeld once it is fixed)",
    ]);
    expect(lines.filter((line) => line.startsWith("wankel is back"))).toHaveLength(3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(supervised.pid).toBeUndefined();
  });

  it("counts crashes in a row afresh once it ran healthy long enough", async () => {
    const port = await freePort();
    supervised = superviseProcess({
      name: "wankel",
      script,
      env: { PORT: String(port), CRASH_AFTER_MS: "300" },
      healthUrl: `http://127.0.0.1:${port}/health`,
      firstDelayMs: 20,
      healthyAfterMs: 100,
      maxCrashes: 2,
    });
    await supervised.started;
    await until(() => lines.filter((line) => line.startsWith("wankel is back")).length === 3);
    // Every crash came after a healthy stretch: each is the first in a row, none is the last.
    const crashes = lines.filter((line) => line.startsWith("wankel stopped unexpectedly"));
    expect(crashes.length).toBeGreaterThanOrEqual(3);
    for (const line of crashes) expect(line).toContain("restarting it in 0.02 s; ");
  });

  it("names the error of a process that died of an uncaught exception, not Node's stack around it", async () => {
    const port = await freePort();
    const throwing = path.join(dir, "throwing.js");
    await writeFile(throwing, `${CRASHING.replace(/setTimeout[^\n]*/, "")}\nsetTimeout(() => { throw new Error("the register is unreachable"); }, 150);\n`);
    supervised = superviseProcess({ name: "wankel", script: throwing, env: { PORT: String(port) }, healthUrl: `http://127.0.0.1:${port}/health`, firstDelayMs: 5000 });
    await supervised.started;
    await until(() => lines.some((line) => line.startsWith("wankel stopped unexpectedly")));
    expect(lines).toContain("wankel stopped unexpectedly (exit code 1; last stderr line: Error: the register is unreachable); restarting it in 5 s; the other processes keep serving");
  });

  it("runs it under the services' Node flags: its young generation is full-sized before any load, and grows past Node's default of 2 × 16 MB", async () => {
    const port = await freePort();
    const churning = path.join(dir, "churning.js");
    // Allocates short-lived objects in bulk and reports the largest young generation it reached.
    await writeFile(
      churning,
      `const v8 = require("node:v8");
require("node:http").createServer((req, res) => {
  if (req.url !== "/heap") return res.end("ok");
  const atStart = v8.getHeapSpaceStatistics().find((space) => space.space_name === "new_space").space_size;
  let held = [], largest = 0;
  for (let i = 0; i < 3e6; i++) {
    held.push({ i, text: "x" + i });
    if (held.length > 200000) held = [];
    if (i % 10000 === 0) largest = Math.max(largest, v8.getHeapSpaceStatistics().find((space) => space.space_name === "new_space").space_size);
  }
  res.end(JSON.stringify({ execArgv: process.execArgv, youngAtStartMb: atStart / 2 ** 20, youngMb: largest / 2 ** 20 }));
}).listen(Number(process.env.PORT), "127.0.0.1");
`,
    );
    supervised = superviseProcess({ name: "jong", script: churning, env: { PORT: String(port) }, healthUrl: `http://127.0.0.1:${port}/health` });
    await supervised.started;
    const heap = (await (await fetch(`http://127.0.0.1:${port}/heap`)).json()) as { execArgv: string[]; youngAtStartMb: number; youngMb: number };
    expect(heap.execArgv).toEqual(expect.arrayContaining([...SERVICE_NODE_FLAGS]));
    // Node 20 starts the young generation at 1 MB and shrinks it back there after a quiet spell; the floor keeps a semi-space of 32 MB.
    expect(heap.youngAtStartMb).toBeGreaterThanOrEqual(32);
    expect(heap.youngMb).toBeGreaterThan(32);
  });

  it("does not restart a process whose first start fails, and says why", async () => {
    const port = await freePort();
    supervised = superviseProcess({
      name: "wankel",
      script,
      // Dies before it listens: a configuration to fix, not a crash to retry.
      env: { PORT: String(port), CRASH_AFTER_MS: "0" },
      healthUrl: `http://127.0.0.1:${port + 1}/health`,
      firstDelayMs: 20,
    });
    await expect(supervised.started).rejects.toThrow("wankel could not start (exit code 3; last stderr line: boom: the disk is full)");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lines.filter((line) => line.startsWith("wankel"))).toEqual([]);
  });
});
