import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { closeSync, openSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The processes `npm run bench` starts, and what Linux's /proc says about
 * their CPU time and memory. Each service runs as a process of its own so
 * that its CPU can be read apart from the others'.
 */

/** A service the bench started: one OS process. */
export interface BenchProces {
  naam: string;
  pid: number;
  /** Its GraphQL endpoint, e.g. `http://127.0.0.1:41234/graphql`. */
  url: string;
  /** Where its stdout and stderr go. */
  logbestand: string;
  /** SIGTERM, SIGKILL after 5 s; resolves once it is gone. */
  stop(): Promise<void>;
}

/** Options of {@link startProces}. */
export interface StartProcesOptions {
  /** Names it in messages and its log file, e.g. `vol/gi`. */
  naam: string;
  /** The Node script it runs. */
  script: string;
  /** Its whole environment (not added to this process's: the bench decides every switch). */
  env: NodeJS.ProcessEnv;
  port: number;
  /** Directory of its log file `<naam>.log` (a `/` in the name becomes `_`). */
  logDir: string;
  /** How long it may take to answer `/health` and `/ready`. Default 90 s. */
  timeoutMs?: number;
}

/**
 * Start `script` under this Node (with an IPC channel, so that it stops when
 * the bench dies, even by SIGKILL) with its output in a log file: read by
 * nobody while it runs, so the access logs cost the service its writes and
 * nothing of the bench. Resolves once `GET /health` answers 200, and `/ready`
 * too where the service has one; rejects with the last lines of its log when
 * it exits or does not answer in time.
 */
export async function startProces(options: StartProcesOptions): Promise<BenchProces> {
  const logbestand = path.join(options.logDir, `${options.naam.replace(/\//g, "_")}.log`);
  const fd = openSync(logbestand, "a");
  let kind: ChildProcess;
  try {
    kind = spawn(process.execPath, [options.script], { env: options.env, stdio: ["ignore", fd, fd, "ipc"] });
  } finally {
    closeSync(fd);
  }
  const basis = `http://127.0.0.1:${options.port}`;
  const proces: BenchProces = { naam: options.naam, pid: kind.pid ?? 0, url: `${basis}/graphql`, logbestand, stop: () => stopKind(kind) };
  try {
    await wachtOpGezond(basis, kind, options.timeoutMs ?? 90_000);
  } catch (error) {
    await proces.stop();
    throw new Error(`${options.naam} did not start: ${(error as Error).message}\n  last lines of ${logbestand}:\n${laatsteRegels(logbestand, 15)}`);
  }
  return proces;
}

async function wachtOpGezond(basis: string, kind: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const status = (pad: string): Promise<number> => fetch(`${basis}${pad}`, { signal: AbortSignal.timeout(3000) }).then((r) => r.status, () => 0);
  for (const pad of ["/health", "/ready"]) {
    for (;;) {
      if (kind.exitCode !== null || kind.signalCode !== null) throw new Error(`it exited (${kind.exitCode ?? kind.signalCode})`);
      const antwoord = await status(pad);
      // A service without /ready answers 404 (the plain gateway): /health is all it has.
      if (antwoord === 200 || (pad === "/ready" && antwoord === 404)) break;
      if (Date.now() > deadline) throw new Error(`${basis}${pad} did not answer 200 within ${timeoutMs / 1000} s (last: ${antwoord || "no answer"})`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

function stopKind(kind: ChildProcess): Promise<void> {
  if (kind.exitCode !== null || kind.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => kind.kill("SIGKILL"), 5000);
    kind.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    kind.kill("SIGTERM");
  });
}

/** The last `aantal` lines of a log file, indented; empty when it cannot be read. */
export function laatsteRegels(bestand: string, aantal: number): string {
  try {
    return readFileSync(bestand, "utf8").trimEnd().split("\n").slice(-aantal).map((r) => `    ${r.length > 400 ? `${r.slice(0, 400)}…` : r}`).join("\n");
  } catch {
    return "";
  }
}

/** Clock ticks per second of /proc's CPU times (`getconf CLK_TCK`; 100 on every Linux we know). */
export const KLOKTIKKEN: number = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface Stat {
  ppid: number;
  /** utime + stime, in ticks. */
  eigen: number;
  /** cutime + cstime: of its children that have exited and been waited for, in ticks. */
  kinderen: number;
}

function leesStat(pid: number): Stat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid …": comm may hold spaces; utime is field 14, so the 12th after state.
    const velden = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const veld = (n: number): number => Number(velden[n - 3]);
    return { ppid: veld(4), eigen: veld(14) + veld(15), kinderen: veld(16) + veld(17) };
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) of these processes together, in ms; a process that is gone counts 0. */
export function cpuMs(pids: readonly number[]): number {
  let tikken = 0;
  for (const pid of pids) tikken += leesStat(pid)?.eigen ?? 0;
  return (tikken * 1000) / KLOKTIKKEN;
}

/**
 * CPU time of a PostgreSQL server in ms: the postmaster, every live child
 * (backends, autovacuum, the writers) and the children that have exited (a
 * closed connection's backend), whose time the postmaster collected when it
 * waited for them.
 */
export function postgresCpuMs(postmaster: number): number {
  const hoofd = leesStat(postmaster);
  if (!hoofd) return 0;
  let tikken = hoofd.eigen + hoofd.kinderen;
  for (const pid of kindPids(postmaster)) tikken += leesStat(pid)?.eigen ?? 0;
  return (tikken * 1000) / KLOKTIKKEN;
}

/** The pids of the postmaster and its live children. */
export function postgresPids(postmaster: number): number[] {
  return [postmaster, ...kindPids(postmaster)];
}

function kindPids(ouder: number): number[] {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  return pids.map(Number).filter((pid) => leesStat(pid)?.ppid === ouder);
}

/** Resident memory of `pid` in MiB (VmRSS in /proc/<pid>/status); NaN when it is gone. */
export function rssMiB(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb === undefined ? Number.NaN : Number(kb) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** The postmaster's pid: the first line of `postmaster.pid` in its data directory. */
export function postmasterPid(dataDir: string): number {
  const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`no postmaster pid in ${dataDir}/postmaster.pid`);
  return pid;
}
