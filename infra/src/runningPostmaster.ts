import { readFileSync, unlinkSync } from "node:fs";
import path from "node:path";
import { localProcess, stopProcess } from "./localProcesses";

/** A PostgreSQL server that runs now on a data directory, as its `postmaster.pid` says. */
export interface RunningPostmaster {
  pid: number;
  port: number;
}

/**
 * The postmaster running on `dataDir`, e.g. one a launcher killed with -9 left
 * behind; undefined when none runs. A `postmaster.pid` that names a dead
 * process, or a live one that is not a postgres on this data directory (its
 * pid reused after a reboot), is stale: it is removed, since PostgreSQL itself
 * refuses to start while the pid it names is alive.
 */
export function runningPostmaster(dataDir: string): RunningPostmaster | undefined {
  const file = path.join(dataDir, "postmaster.pid");
  let lines: string[];
  try {
    lines = readFileSync(file, "utf8").split("\n");
  } catch {
    return undefined;
  }
  // Line 1 the pid, line 2 the data directory, line 4 the port (PostgreSQL's own layout).
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  const found = localProcess(pid);
  const ours = found !== undefined && (found.command.length === 0 ? path.resolve(lines[1] ?? "") === dataDir : isPostmasterOf(found.command, dataDir));
  if (ours && Number.isInteger(port)) return { pid, port };
  try {
    unlinkSync(file);
  } catch {
    // Gone already.
  }
  return undefined;
}

/**
 * Stop a postmaster this process did not start and wait until it is gone:
 * SIGINT is PostgreSQL's fast shutdown (clients disconnected, a clean
 * checkpoint); SIGTERM would wait for every client, such as subgraphs a killed
 * launcher left behind. SIGQUIT after 30 s: an immediate stop, recovered at the
 * next start.
 */
export async function stopPostmaster(pid: number): Promise<void> {
  await stopProcess(pid, { signal: "SIGINT", graceMs: 30_000, then: "SIGQUIT" });
}

function isPostmasterOf(command: string[], dataDir: string): boolean {
  const [executable, ...args] = command;
  const dataArg = args.indexOf("-D");
  return path.basename(executable ?? "") === "postgres" && dataArg >= 0 && path.resolve(args[dataArg + 1] ?? "") === dataDir;
}
