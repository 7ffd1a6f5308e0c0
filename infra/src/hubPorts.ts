import path from "node:path";
import { describeProcess, listenerOn, localProcess, portIsFree, stopProcess, type LocalProcess } from "./localProcesses";
import { isLauncher } from "./hubLock";
import { StartFailure } from "./StartFailure";

/** A port one of the hub's processes will listen on. */
export interface HubPort {
  /** The process, e.g. `lokaal-team` or `gateway`. */
  name: string;
  port: number;
  /** The script that process runs: whoever runs it from this clone's launcher is one of ours. */
  script: string;
}

/**
 * Make sure the hub's ports are free on `host`. A subgraph or gateway of this
 * clone whose launcher is gone (killed with -9 while it was still starting, so
 * it missed the launcher's disconnect) is stopped; any other holder fails the
 * start, naming the port and the process.
 *
 * @throws StartFailure "port 4001 (lokaal-team) is in use by …; set GEZINSBEELD_PORT_OFFSET …".
 */
export async function freeHubPorts(ports: readonly HubPort[], host: string): Promise<void> {
  for (const { name, port, script } of ports) {
    if (await portIsFree(port, host)) continue;
    const holder = listenerOn(port);
    if (holder && isOrphanOf(holder, script)) {
      console.log(`stopping the ${name} a killed launcher left running on port ${port} (pid ${holder.pid})`);
      await stopProcess(holder.pid);
      if (await portIsFree(port, host)) continue;
    }
    throw new StartFailure(
      `port ${port} (${name}) is in use by ${describeProcess(holder)}; stop that or set GEZINSBEELD_PORT_OFFSET to shift all six ports (e.g. GEZINSBEELD_PORT_OFFSET=100)`,
    );
  }
}

/** Runs `script`, and its parent is no launcher (it was reparented when the launcher died). */
function isOrphanOf(holder: LocalProcess, script: string): boolean {
  if (!holder.command.some((arg) => path.resolve(arg) === script)) return false;
  const parent = holder.ppid === undefined ? undefined : localProcess(holder.ppid);
  return parent === undefined || !isLauncher(parent);
}
