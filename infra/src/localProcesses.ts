import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

/** A process on this machine, as Linux's /proc shows it. */
export interface LocalProcess {
  pid: number;
  /** Its parent's pid; undefined where /proc cannot tell. */
  ppid?: number;
  /** Its command line, e.g. `["/usr/bin/node", "/repo/infra/dist/start.js"]`; empty where unknown. */
  command: string[];
}

/** Whether `pid` is a live process. A zombie counts as dead: nobody reaps orphans in some containers. */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  return readStat(pid)?.state !== "Z";
}

/** The live process `pid`, or undefined when there is none. */
export function localProcess(pid: number): LocalProcess | undefined {
  if (!isAlive(pid)) return undefined;
  let command: string[] = [];
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
  } catch {
    // No /proc (macOS) or not readable: the command stays unknown.
  }
  return { pid, ppid: readStat(pid)?.ppid, command };
}

/**
 * The process listening on TCP `port` (any address), found through
 * /proc/net/tcp and the processes' sockets, else through `ss -ltnp`; undefined
 * when neither can tell (another user's process, or no /proc).
 */
export function listenerOn(port: number): LocalProcess | undefined {
  const pid = listenerFromProc(port) ?? listenerFromSs(port);
  return pid === undefined ? undefined : localProcess(pid);
}

/**
 * `node (pid 123, /repo/gateway/dist/main.js)` or `postgres (pid 45, data
 * directory /repo/.data/postgres)`: a process as a message names it; "another
 * process" when unknown.
 */
export function describeProcess(found: LocalProcess | undefined): string {
  if (!found) return "another process";
  const [executable, ...args] = found.command;
  if (!executable) return `pid ${found.pid}`;
  const name = path.basename(executable).split(" ")[0];
  const dataDir = args.includes("-D") ? args[args.indexOf("-D") + 1] : undefined;
  const script = args.find((arg) => !arg.startsWith("-"));
  const detail = dataDir ? `, data directory ${dataDir}` : script ? `, ${script.length > 80 ? `${script.slice(0, 80)}…` : script}` : "";
  return `${name} (pid ${found.pid}${detail})`;
}

/** Whether this process could listen on `port` at `host` right now. */
export function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", (error: NodeJS.ErrnoException) => (error.code === "EADDRINUSE" ? resolve(false) : reject(error)));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** How {@link stopProcess} stops a process. */
export interface StopOptions {
  /** The signal asking it to stop. Default `SIGTERM`. */
  signal?: NodeJS.Signals;
  /** How long it may take. Default 5 s. */
  graceMs?: number;
  /** Sent when it is still there after `graceMs`. Default `SIGKILL`. */
  then?: NodeJS.Signals;
}

/** Stop `pid` and wait until it is gone (at most 5 s after the second signal). */
export async function stopProcess(pid: number, options: StopOptions = {}): Promise<void> {
  const send = (signal: NodeJS.Signals): void => {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  };
  send(options.signal ?? "SIGTERM");
  if (await waitUntilGone(pid, options.graceMs ?? 5000)) return;
  send(options.then ?? "SIGKILL");
  await waitUntilGone(pid, 5000);
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

function readStat(pid: number): { state: string; ppid: number } | undefined {
  try {
    // "pid (comm) state ppid …"; comm may itself hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state: state ?? "", ppid: Number(ppid) };
  } catch {
    return undefined;
  }
}

function listenerFromProc(port: number): number | undefined {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let lines: string[];
    try {
      lines = readFileSync(table, "utf8").split("\n").slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      const local = fields[1];
      // State 0A is LISTEN; the port is the hexadecimal after the colon.
      if (local && fields[3] === "0A" && parseInt(local.split(":")[1] ?? "", 16) === port && fields[9]) inodes.add(fields[9]);
    }
  }
  if (inodes.size === 0) return undefined;
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return undefined;
  }
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (target.startsWith("socket:[") && inodes.has(target.slice(8, -1))) return Number(pid);
      } catch {
        // Closed while we looked.
      }
    }
  }
  return undefined;
}

function listenerFromSs(port: number): number | undefined {
  try {
    const output = execFileSync("ss", ["-Hltnp", `sport = :${port}`], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 3000 });
    const pid = /pid=(\d+)/.exec(output)?.[1];
    return pid ? Number(pid) : undefined;
  } catch {
    return undefined;
  }
}
