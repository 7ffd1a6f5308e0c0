import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { leesOrganisatieRegister } from "@gezinsbeeld/shared-schema";

const REPO = path.join(__dirname, "..", "..");
const SCAFFOLDER = path.join(REPO, "infra", "dist", "partnerNieuw.js");
const TSC = require.resolve("typescript/bin/tsc");

/**
 * A stand-in repository in a temporary directory: the two files the scaffolder
 * edits copied, the kit and the installed packages linked, so the generated
 * subgraph compiles against the repository's own packages and nothing is
 * written into the repository.
 */
function tijdelijkeRepo(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "gezinsbeeld-partner-"));
  for (const bestand of ["gateway/organisaties.json", "gateway/subgraphs.json", "tsconfig.base.json"]) {
    mkdirSync(path.dirname(path.join(root, bestand)), { recursive: true });
    copyFileSync(path.join(REPO, bestand), path.join(root, bestand));
  }
  mkdirSync(path.join(root, "subgraphs"));
  symlinkSync(path.join(REPO, "shared-schema"), path.join(root, "shared-schema"), "dir");
  symlinkSync(path.join(REPO, "node_modules"), path.join(root, "node_modules"), "dir");
  return root;
}

/** Every file under `root` (links not followed) with its content, to prove a refusal wrote nothing. */
function inhoud(root: string, onder = ""): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const naam of readdirSync(path.join(root, onder))) {
    const relatief = path.join(onder, naam);
    if (naam === "node_modules" || naam === "shared-schema") continue;
    if (statSync(path.join(root, relatief)).isDirectory()) Object.assign(uit, inhoud(root, relatief));
    else uit[relatief] = readFileSync(path.join(root, relatief), "utf8");
  }
  return uit;
}

function partnerNew(root: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [SCAFFOLDER, ...args, "--root", root], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run partner:new", () => {
  let root: string;

  beforeAll(() => {
    root = tijdelijkeRepo();
  });

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it.each([
    ["a code in lower case", ["jeugd-ggz"], "is not an UPPER_SNAKE code"],
    ["a code with a double underscore", ["JEUGD__GGZ"], "is not an UPPER_SNAKE code"],
    ["no code at all", [], "give the organisation's code"],
    ["a code the register already lists", ["GI"], "already lists organisation GI"],
    ["a subgraph directory that exists", ["RVDK", "--join"], "subgraphs/rvdk bestaat al"],
    ["a port the subgraph list already uses", ["NIEUW", "--port", "4003"], "port 4003 is taken"],
  ])("refuses %s, exits 1 and writes nothing", (_, args, melding) => {
    if (args[0] === "RVDK") mkdirSync(path.join(root, "subgraphs", "rvdk"), { recursive: true });
    const voor = inhoud(root);
    const { status, stderr, stdout } = partnerNew(root, ...args);
    expect(status).toBe(1);
    expect(stderr).toContain("nothing written");
    expect(stderr).toContain(melding);
    expect(stdout).toBe("");
    expect(inhoud(root)).toEqual(voor);
    rmSync(path.join(root, "subgraphs", "rvdk"), { recursive: true, force: true });
  });

  it("scaffolds a subgraph that type-checks against the repository's packages, and joins it keeping both files' layout", () => {
    const lijstVoor = readFileSync(path.join(root, "gateway", "subgraphs.json"), "utf8").split("\n");
    const registerVoor = readFileSync(path.join(root, "gateway", "organisaties.json"), "utf8");
    // The next port after the highest the list uses (the hub's five, and any partner already joined).
    const lijst = JSON.parse(lijstVoor.join("\n")) as { subgraphs: Array<{ url: string; proces?: { port: number } }> };
    const poort = 1 + Math.max(...lijst.subgraphs.map((s) => s.proces?.port ?? Number(new URL(s.url).port)));

    const { status, stdout, stderr } = partnerNew(root, "JEUGD_GGZ", "--naam", "Jeugd-GGZ Noord", "--join");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toContain(`npm run conformance -- --url http://127.0.0.1:${poort}/graphql --org JEUGD_GGZ`);

    const map = path.join(root, "subgraphs", "jeugd-ggz");
    for (const bestand of ["package.json", "tsconfig.json", "README.md", "schema.graphql", "src/index.ts", "src/main.ts", "src/demo.ts", "src/gezin/GezinResolver.ts", "src/traject/JeugdGgzTraject.ts"]) {
      expect(existsSync(path.join(map, bestand))).toBe(true);
    }
    // Built only to write its schema: no build output or half-done work folder is left behind.
    expect(existsSync(path.join(map, "dist"))).toBe(false);
    expect(readdirSync(path.join(root, "subgraphs"))).toEqual(["jeugd-ggz"]);
    expect(readFileSync(path.join(map, "src", "index.ts"), "utf8")).toContain('export const ORGANISATIE = "JEUGD_GGZ";');

    const schema = readFileSync(path.join(map, "schema.graphql"), "utf8");
    expect(schema).toContain('type Gezin @key(fields: "id")');
    expect(schema).toContain('jeugdGgzTrajecten: [JeugdGgzTraject!] @gegevens(categorie: "HULPVERLENING")');
    expect(schema).toContain("toegangslogJeugdGgz(");

    // gateway/subgraphs.json: the old lines as they were, one new line with the entry.
    const lijstNa = readFileSync(path.join(root, "gateway", "subgraphs.json"), "utf8").split("\n");
    expect(lijstNa).toHaveLength(lijstVoor.length + 1);
    const nieuw = lijstNa.find((regel) => regel.includes('"jeugd-ggz"'))!;
    expect(JSON.parse(nieuw.trim())).toEqual({
      name: "jeugd-ggz",
      organisatie: "JEUGD_GGZ",
      url: `http://127.0.0.1:${poort}/graphql`,
      schema: "../subgraphs/jeugd-ggz/schema.graphql",
      proces: { script: "../subgraphs/jeugd-ggz/dist/main.js", database: "gezinsbeeld_jeugd_ggz", port: poort },
    });
    expect(lijstNa.filter((regel) => regel !== nieuw).map((regel) => regel.replace(/,$/, ""))).toEqual(lijstVoor.map((regel) => regel.replace(/,$/, "")));

    // gateway/organisaties.json: the old text kept, a row the register accepts.
    const registerNa = readFileSync(path.join(root, "gateway", "organisaties.json"), "utf8");
    expect(registerNa.startsWith(registerVoor.slice(0, registerVoor.lastIndexOf("}", registerVoor.lastIndexOf("]"))))).toBe(true);
    const rij = leesOrganisatieRegister(registerNa, "organisaties.json").get("JEUGD_GGZ");
    expect(rij).toMatchObject({ subgraph: "jeugd-ggz", naam: "Jeugd-GGZ Noord", magOoitLezen: expect.arrayContaining(["HULPVERLENING", "TOEZICHT"]) });

    // The generated code type-checks as it stands (tsc --noEmit against the kit's declarations).
    expect(() => execFileSync(process.execPath, [TSC, "--noEmit", "-p", path.join(map, "tsconfig.json")], { encoding: "utf8", stdio: "pipe" })).not.toThrow();

    // Once there, the same code is refused, naming the directory and both entries, and nothing changes.
    const voor = inhoud(root);
    const tweede = partnerNew(root, "JEUGD_GGZ", "--join");
    expect(tweede.status).toBe(1);
    expect(tweede.stderr).toContain("subgraphs/jeugd-ggz bestaat al");
    expect(tweede.stderr).toContain("already lists organisation JEUGD_GGZ");
    expect(tweede.stderr).toContain("already has subgraph jeugd-ggz");
    expect(inhoud(root)).toEqual(voor);
  });
});
