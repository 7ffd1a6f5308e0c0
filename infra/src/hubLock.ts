import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { localProcess, type LocalProcess } from "./localProcesses";
import { StartFailure } from "./StartFailure";

/** A launcher (`npm start`) that runs now, as its pid file names it. */
export interface RunningHub {
  pid: number;
  /** Its gateway endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
}

/** This launcher's claim on its gateway port, held until it exits. */
export interface HubLock {
  /** The pid file, `<data directory>/gezinsbeeld-<gateway port>.pid`. */
  file: string;
  /** Remove the pid file (also done when the process exits). */
  release(): void;
}

const PID_FILE = /^gezinsbeeld-(\d+)\.pid$/;

/**
 * Claim the hub on `gatewayPort` for this process: a pid file in `dataDir`,
 * created only if no live launcher holds it. A file naming a dead process (a
 * launcher killed with -9, a reboot) is stale and taken over.
 *
 * @throws StartFailure when a live launcher holds it: "already running at …".
 */
export function claimHubLock(dataDir: string, gatewayPort: number, url: string): HubLock {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, `gezinsbeeld-${gatewayPort}.pid`);
  const content = `${process.pid}\n${url}\n`;
  for (let attempt = 1; ; attempt++) {
    try {
      // wx: exclusive create, so of two launchers starting at once only one gets it.
      writeFileSync(file, content, { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt === 3) throw error;
    }
    const holder = readHub(file);
    if (holder) {
      throw new StartFailure(`gezinsbeeld is already running at ${holder.url} (pid ${holder.pid}); stop it first or use GEZINSBEELD_PORT_OFFSET`);
    }
    try {
      unlinkSync(file);
    } catch {
      // Another launcher took the stale file over first; the next attempt sees its claim.
    }
  }
  const release = (): void => {
    try {
      if (readFileSync(file, "utf8") === content) unlinkSync(file);
    } catch {
      // Already gone.
    }
  };
  process.once("exit", release);
  return { file, release };
}

/** The other launchers that run now with `dataDir` (on other gateway ports). */
export function otherRunningHubs(dataDir: string): RunningHub[] {
  let entries: string[];
  try {
    entries = readdirSync(dataDir);
  } catch {
    return [];
  }
  return entries
    .filter((entry) => PID_FILE.test(entry))
    .map((entry) => readHub(path.join(dataDir, entry)))
    .filter((hub): hub is RunningHub => hub !== undefined && hub.pid !== process.pid);
}

/** The launcher a pid file names, if it still runs. */
function readHub(file: string): RunningHub | undefined {
  let pid: number;
  let url: string;
  try {
    const [pidLine, urlLine] = readFileSync(file, "utf8").split("\n");
    pid = Number(pidLine);
    url = urlLine ?? "";
  } catch {
    return undefined;
  }
  const found = localProcess(pid);
  // After a reboot the pid may belong to something else: only a launcher counts (or any live pid, where /proc cannot tell).
  if (!found || (found.command.length > 0 && !isLauncher(found))) return undefined;
  return { pid, url };
}

/** Whether `candidate` runs the launcher, `infra/dist/start.js` (`npm start`). */
export function isLauncher(candidate: LocalProcess): boolean {
  return candidate.command.some((arg) => arg.endsWith(path.join("infra", "dist", "start.js")));
}
