import { spawn, type ChildProcess } from "node:child_process";
import { SERVICE_NODE_FLAGS } from "./nodeVlaggen";

/** Options of {@link superviseProcess}. */
export interface SupervisedProcessOptions {
  /** Names it in every line about it and prefixes its output, e.g. `gi`. */
  name: string;
  /** The Node script it runs. */
  script: string;
  /** Added to this process's environment. */
  env: Record<string, string>;
  /** Answers 2xx once it serves, e.g. `http://127.0.0.1:4004/health`. */
  healthUrl: string;
  /** Wait before the first restart after a crash; doubled after every further crash in a row. Default 500 ms. */
  firstDelayMs?: number;
  /** Longest wait before a restart. Default 30 s. */
  maxDelayMs?: number;
  /** How long it must run healthy before a crash counts as the first in a row again. Default 60 s. */
  healthyAfterMs?: number;
  /** Crashes in a row after which it is left stopped. Default 10. */
  maxCrashes?: number;
  /** How long a start may take to answer `healthUrl`; longer counts as a crash. Default 60 s. */
  startTimeoutMs?: number;
}

/** A child process that is restarted when it crashes. */
export interface SupervisedProcess {
  readonly name: string;
  /** Pid of the process running now; undefined while it waits for a restart, or after it was given up. */
  readonly pid: number | undefined;
  /**
   * Resolves once it first answers its health URL; rejects with a one-line
   * reason when that first start fails. Only a process that started once is
   * restarted: a first start that fails is a configuration to fix.
   */
  readonly started: Promise<void>;
  /** Stop it (SIGTERM, SIGKILL after 5 s) and restart it no more. */
  stop(): Promise<void>;
}

/**
 * Run `options.script` as a child process under this Node with the services'
 * flags ({@link SERVICE_NODE_FLAGS}; with an IPC channel, so it stops
 * when this process dies, even by SIGKILL) and restart it when it crashes,
 * with exponential backoff; every crash, restart and giving up is one line on
 * the console naming it and why. Its output is relayed with `[name] ` before
 * every line.
 */
export function superviseProcess(options: SupervisedProcessOptions): SupervisedProcess {
  const firstDelayMs = options.firstDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const healthyAfterMs = options.healthyAfterMs ?? 60_000;
  const maxCrashes = options.maxCrashes ?? 10;
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  const { name } = options;

  let child: ChildProcess | undefined;
  let lastStderr = "";
  let stopped = false;
  let crashes = 0;
  let healthySince: number | undefined;
  let downSince: number | undefined;
  let restartTimer: NodeJS.Timeout | undefined;

  /** Start once; resolves with undefined when healthy, or why it is not. */
  const launch = async (): Promise<string | undefined> => {
    lastStderr = "";
    const launched = spawn(process.execPath, [...SERVICE_NODE_FLAGS, options.script], { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe", "ipc"] });
    child = launched;
    relay(launched.stdout, process.stdout, `[${name}] `);
    relay(launched.stderr, process.stderr, `[${name}] `, (line) => {
      if (!STACK_NOISE.test(line)) lastStderr = line;
    });
    // "close", not "exit": only then has the last of its stderr been read.
    const exited = new Promise<string>((resolve) => launched.once("close", (code, signal) => resolve(describeExit(code, signal, lastStderr))));
    const gone = (): boolean => launched.exitCode !== null || launched.signalCode !== null;
    const failure = await Promise.race([waitForHealth(options.healthUrl, startTimeoutMs, gone), exited]);
    if (failure === "timeout") {
      launched.kill("SIGKILL");
      await exited;
      return `did not answer ${options.healthUrl} within ${startTimeoutMs / 1000} s`;
    }
    if (failure === "gone") return exited;
    if (failure !== undefined) return failure;
    healthySince = Date.now();
    void exited.then((reason) => {
      if (!stopped) crashed(reason);
    });
    return undefined;
  };

  const crashed = (reason: string): void => {
    child = undefined;
    if (healthySince !== undefined && Date.now() - healthySince >= healthyAfterMs) crashes = 0;
    healthySince = undefined;
    crashes += 1;
    downSince ??= Date.now();
    if (crashes >= maxCrashes) {
      console.error(`${name} stopped unexpectedly (${reason}); it crashed ${crashes} times in a row, so it is not restarted again; the other processes keep serving (restart gezinsbeeld once it is fixed)`);
      return;
    }
    const delayMs = Math.min(firstDelayMs * 2 ** (crashes - 1), maxDelayMs);
    const inARow = crashes > 1 ? ` (crash ${crashes} in a row)` : "";
    console.error(`${name} stopped unexpectedly (${reason}); restarting it in ${delayMs / 1000} s${inARow}; the other processes keep serving`);
    restartTimer = setTimeout(() => void restart(), delayMs);
  };

  const restart = async (): Promise<void> => {
    if (stopped) return;
    const failure = await launch();
    if (stopped) return;
    if (failure !== undefined) {
      crashed(failure);
      return;
    }
    const seconds = downSince === undefined ? "" : `, ${((Date.now() - downSince) / 1000).toFixed(1)} s after it stopped`;
    downSince = undefined;
    console.log(`${name} is back (pid ${child?.pid})${seconds}`);
  };

  const started = launch().then((failure) => {
    if (failure !== undefined) throw new Error(`${name} could not start (${failure})`);
  });

  return {
    name,
    get pid() {
      return child?.exitCode === null && child.signalCode === null ? child.pid : undefined;
    },
    started,
    stop: async () => {
      stopped = true;
      clearTimeout(restartTimer);
      if (child) await terminate(child);
    },
  };
}

/** What Node prints around an error on stderr: stack frames, the caret under the source line, its version. The error is the line before. */
const STACK_NOISE = /^(at .*|\^+|Node\.js v[\d.]+)$/;

/** `killed by SIGKILL` or `exit code 1; last stderr line: …`. */
function describeExit(code: number | null, signal: NodeJS.Signals | null, lastStderr: string): string {
  const how = signal ? `killed by ${signal}` : `exit code ${code}`;
  const line = lastStderr.length > 200 ? `${lastStderr.slice(0, 200)}…` : lastStderr;
  return line ? `${how}; last stderr line: ${line}` : how;
}

/** Resolves with undefined once `url` answers 2xx, or with "timeout"; gives up early once `gone()`. */
async function waitForHealth(url: string, timeoutMs: number, gone: () => boolean): Promise<"timeout" | "gone" | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone()) return "gone";
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return undefined;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return "timeout";
}

/** Copy `stream` to `out` line by line, each line after `prefix`. */
function relay(stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream, prefix: string, onLine?: (line: string) => void): void {
  let partial = "";
  const write = (line: string): void => {
    if (!line.trim()) return;
    out.write(`${prefix}${line}\n`);
    onLine?.(line.trim());
  };
  stream?.on("data", (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop() ?? "";
    lines.forEach(write);
  });
  stream?.on("end", () => write(partial));
}

/** Stop a child process: SIGTERM, and SIGKILL when it has not exited within 5 s. */
export function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
