import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { keyEnvironment, type IdentityKeys } from "@gezinsbeeld/shared-schema";
import type { SubgraphUnderTest } from "../../support/subgraph";
import { subgraphUrlVariabele } from "@gezinsbeeld/gateway";

const ROOT = path.resolve(__dirname, "..", "..", "..");

/** A free TCP port on 127.0.0.1 (for a process that must know its own address before it starts). */
export async function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A child process that printed `klaar` on stdout; its output is kept for failure messages. */
export interface Proces {
  proces: ChildProcess;
  uitvoer: () => string;
  stop(): Promise<void>;
}

/** Start `node <args>` and wait until a stdout line matches `klaar` (or fail with its output). */
export async function startProces(args: string[], env: Record<string, string>, klaar: RegExp, timeoutMs = 30_000): Promise<Proces & { regel: RegExpMatchArray }> {
  const proces = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let uitvoer = "";
  const regel = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(" ")} was not ready in ${timeoutMs} ms:\n${uitvoer}`)), timeoutMs);
    const lees = (chunk: Buffer): void => {
      uitvoer += chunk.toString();
      const match = klaar.exec(uitvoer);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    proces.stdout!.on("data", lees);
    proces.stderr!.on("data", (chunk: Buffer) => (uitvoer += chunk.toString()));
    proces.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(" ")} exited (${code}) before it was ready:\n${uitvoer}`));
    });
  });
  return {
    proces,
    regel,
    uitvoer: () => uitvoer,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proces.exitCode !== null || proces.signalCode !== null) return resolve();
        proces.once("exit", () => resolve());
        proces.kill("SIGTERM");
      }),
  };
}

/**
 * The gateway as its own process (`node gateway/dist/main.js`), in front of
 * subgraphs a test started, with this hub's keys and `env` on top (e.g. the
 * OpenID Connect settings). Resolves once it serves.
 */
export async function startGatewayProces(
  subgraphs: readonly SubgraphUnderTest[],
  keys: IdentityKeys,
  env: Record<string, string>,
): Promise<Proces & { url: string; origin: string }> {
  const sleutels = (await keyEnvironment(keys)).gateway;
  const adressen = Object.fromEntries(subgraphs.map((s) => [subgraphUrlVariabele(s.name), s.url]));
  const gestart = await startProces(["gateway/dist/main.js"], { NODE_ENV: "development", ...sleutels, ...adressen, GEZINSBEELD_LOG_LEVEL: "warn", ...env }, /gateway ready at (http:\/\/\S+\/graphql)/);
  const url = gestart.regel[1]!;
  return { ...gestart, url, origin: new URL(url).origin };
}
