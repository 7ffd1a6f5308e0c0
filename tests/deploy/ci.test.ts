import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * .ci/run, the CI entry point, run in a scratch clone with a stand-in `npm`
 * that records how it was called and writes what a real install might leave.
 */
const CI_RUN = path.join(__dirname, "..", "..", ".ci", "run");
/** Where npm's standard input comes from: nothing to answer prompts with (Linux shows it; elsewhere unknown). */
const NO_INPUT = existsSync("/proc/self/fd") ? "/dev/null" : "unknown";

interface Run {
  status: number | null;
  stderr: string;
  npmCalls: string[];
}

function runCi(options: { installWrites?: string; notARepository?: boolean } = {}): Run {
  const scratch = mkdtempSync(path.join(tmpdir(), "gezinsbeeld-ci-"));
  try {
    const clone = path.join(scratch, "clone");
    mkdirSync(path.join(clone, ".ci"), { recursive: true });
    copyFileSync(CI_RUN, path.join(clone, ".ci", "run"));
    if (!options.notARepository) {
      spawnSync("git", ["init", "-q", clone]);
      // Everything present is ignored, so the clone starts clean; package-lock.json and stray files are not.
      writeFileSync(path.join(clone, ".gitignore"), "/*\n!/package-lock.json\n!/stray.txt\n");
    }
    const bin = path.join(scratch, "bin");
    mkdirSync(bin);
    const log = path.join(scratch, "npm.log");
    writeFileSync(
      path.join(bin, "npm"),
      `#!/usr/bin/env bash\necho "$* CI=$CI stdin=$(readlink /proc/self/fd/0 2>/dev/null || echo unknown)" >> "${log}"\nif [ "$1" = install ] && [ -n "\${INSTALL_WRITES:-}" ]; then echo '{}' > "$INSTALL_WRITES"; fi\n`,
    );
    chmodSync(path.join(bin, "npm"), 0o755);
    const result = spawnSync("bash", [path.join(clone, ".ci", "run")], {
      encoding: "utf8",
      env: {
        PATH: `${bin}:${process.env.PATH ?? ""}`,
        HOME: scratch,
        GIT_CEILING_DIRECTORIES: scratch,
        ...(options.installWrites ? { INSTALL_WRITES: path.join(clone, options.installWrites) } : {}),
      },
    });
    return { status: result.status, stderr: result.stderr, npmCalls: existsSync(log) ? readFileSync(log, "utf8").trim().split("\n") : [] };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

describe(".ci/run", () => {
  it("installs, then tests, with CI=true and no input, when the install leaves the clone clean", () => {
    const run = runCi();
    expect(run).toEqual({ status: 0, stderr: "", npmCalls: [`install CI=true stdin=${NO_INPUT}`, `test CI=true stdin=${NO_INPUT}`] });
  });

  it("fails before testing when npm install changes the clone, naming what changed", () => {
    const lockfile = runCi({ installWrites: "package-lock.json" });
    expect(lockfile.status).toBe(1);
    expect(lockfile.stderr).toContain("?? package-lock.json");
    expect(lockfile.stderr).toMatch(/not clean after npm install/);
    expect(lockfile.npmCalls).toEqual([`install CI=true stdin=${NO_INPUT}`]);

    const stray = runCi({ installWrites: "stray.txt" });
    expect(stray.status).toBe(1);
    expect(stray.stderr).toContain("?? stray.txt");
  });

  it("refuses to run outside a git work tree, where it could not tell", () => {
    const run = runCi({ notARepository: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/not a git work tree/);
    expect(run.npmCalls).toEqual([]);
  });
});
