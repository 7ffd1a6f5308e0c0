import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const REPO = path.join(__dirname, "..", "..");

/** A hub started the way a user starts it: `npm start` runs this script after `tsc -b`. */
export interface GestarteHub {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  /** The seconds it reported in "ready in … s". */
  startSeconds: number;
}

/** Start `infra/dist/start.js` with `env` and wait until it is ready (or fail with what it printed). */
export async function startNpmStart(env: NodeJS.ProcessEnv, timeoutMs = 90_000): Promise<GestarteHub> {
  let output = "";
  const child = spawn(process.execPath, [path.join(REPO, "infra", "dist", "start.js")], { env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const startSeconds = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub not ready within ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
    const check = setInterval(() => {
      const ready = /ready in ([\d.]+) s/.exec(output);
      if (ready) {
        clearInterval(check);
        clearTimeout(timer);
        resolve(Number(ready[1]));
      } else if (child.exitCode !== null) {
        clearInterval(check);
        clearTimeout(timer);
        reject(new Error(`hub exited with ${child.exitCode}:\n${output}`));
      }
    }, 100);
  });
  return { child, output: () => output, startSeconds };
}
