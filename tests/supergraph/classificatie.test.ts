import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { composeSupergraph, readGegevenscategorieen, startGateway, type SubgraphSchema } from "@gezinsbeeld/gateway";
import { developmentKeys } from "@gezinsbeeld/shared-schema";

const REPO = path.join(__dirname, "..", "..");
const SUBGRAPHS_JSON = path.join(REPO, "gateway", "subgraphs.json");

interface ConfigEntry {
  name: string;
  organisatie?: string;
  url: string;
  schema: string;
}

/** The five own subgraphs exactly as they are checked in: a partner composes with these. */
const OWN: ConfigEntry[] = (JSON.parse(readFileSync(SUBGRAPHS_JSON, "utf8")) as { subgraphs: ConfigEntry[] }).subgraphs;
const ownSchemas: SubgraphSchema[] = OWN.map((entry) => ({
  name: entry.name,
  url: entry.url,
  organisatie: entry.organisatie,
  typeDefs: readFileSync(path.resolve(path.dirname(SUBGRAPHS_JSON), entry.schema), "utf8"),
}));

/**
 * A partner that does not build on shared-schema: plain SDL linking the
 * classification spec, every field classified. `{{…}}` marks where a test
 * puts a defect in.
 */
function partnerSdl(parts: { datum?: string; gezinVeld?: string; query?: string; extra?: string } = {}): string {
  return `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@composeDirective"])
  @link(url: "https://specs.gezinsbeeld.nl/privacy/v0.1", import: ["@gegevens"])
  @composeDirective(name: "@gegevens")

directive @gegevens(categorie: String!) on FIELD_DEFINITION

type Query {
  verzuimVanGezin(gezinId: ID!): [Verzuimmelding!]!
  ${parts.query ?? ""}
}

type Gezin @key(fields: "id") {
  id: ID! @gegevens(categorie: "GEEN")
  ${parts.gezinVeld ?? 'verzuim: [Verzuimmelding!] @gegevens(categorie: "ZORGEN")'}
}

type Verzuimmelding {
  id: ID @gegevens(categorie: "ZORGEN")
  datum: String ${parts.datum ?? '@gegevens(categorie: "ZORGEN")'}
  soort: Verzuimsoort @gegevens(categorie: "ZORGEN")
}

enum Verzuimsoort {
  GEOORLOOFD
  ONGEOORLOOFD
}
${parts.extra ?? ""}
`;
}

// Until an organisation register exists, a partner's owner is one of the hub's organisations.
const partner = (typeDefs: string, organisatie: string | null = "LOKAAL_TEAM"): SubgraphSchema => ({
  name: "leerplicht",
  url: "http://127.0.0.1:4010/graphql",
  organisatie: organisatie ?? undefined,
  typeDefs,
});

const composeWith = (extra: SubgraphSchema): string => composeSupergraph([...ownSchemas, extra]);

describe("composing a partner's schema refuses what the gateway would refuse", () => {
  it("composes a plain-SDL partner whose every field is classified, and the gateway reads its categories", () => {
    const supergraph = composeWith(partner(partnerSdl()));
    const categorieen = readGegevenscategorieen(supergraph);
    expect(categorieen.get("Verzuimmelding.datum")).toBe("ZORGEN");
    expect(categorieen.get("Gezin.verzuim")).toBe("ZORGEN");
    expect(supergraph).toMatch(/type Verzuimmelding\s+@join__type\(graph: LEERPLICHT\)/);
  });

  it("composes the five own subgraphs unchanged", () => {
    expect(`${composeSupergraph(ownSchemas)}\n`).toBe(readFileSync(path.join(REPO, "gateway", "supergraph.graphql"), "utf8"));
  });

  it("refuses a field without a data category, naming the subgraph, the type and the field", () => {
    expect(() => composeWith(partner(partnerSdl({ datum: "" })))).toThrow(/^- leerplicht: Verzuimmelding\.datum has no data category; add @gegevens/m);
  });

  it("refuses an unclassified field the partner adds to Gezin, an entity other subgraphs classify", () => {
    expect(() => composeWith(partner(partnerSdl({ gezinVeld: "verzuim: [Verzuimmelding!]" })))).toThrow(/^- leerplicht: Gezin\.verzuim has no data category/m);
  });

  it("refuses a data category the policy does not know, listing the known ones", () => {
    expect(() => composeWith(partner(partnerSdl({ datum: '@gegevens(categorie: "GEHEIM")' })))).toThrow(
      /^- leerplicht: Verzuimmelding\.datum has an unknown data category "GEHEIM"; known are GEEN, MEDEWERKER, IDENTIFICATIE/m,
    );
  });

  it("refuses a subgraph whose organisation is not one of the hub's, or that names none", () => {
    expect(() => composeWith(partner(partnerSdl(), "LEERPLICHT"))).toThrow(/^- leerplicht: names organisation "LEERPLICHT", which is not an organisation of the hub; known are LOKAAL_TEAM, /m);
    expect(() => composeWith(partner(partnerSdl(), null))).toThrow(/^- leerplicht: names no organisation that owns its data/m);
  });

  it("lets a root field that returns an object go without a category, but not one that returns a scalar", () => {
    expect(() => composeWith(partner(partnerSdl({ query: "naamVanLeerling(persoonId: ID!): String" })))).toThrow(
      /^- leerplicht: Query\.naamVanLeerling returns String, data itself, without a data category/m,
    );
    // Classified, the gateway enforces its category like any other field's.
    const supergraph = composeWith(partner(partnerSdl({ query: 'naamVanLeerling(persoonId: ID!): String @gegevens(categorie: "IDENTIFICATIE")' })));
    expect(readGegevenscategorieen(supergraph).get("Query.naamVanLeerling")).toBe("IDENTIFICATIE");
  });

  it("refuses @gegevens on an input field, where it would protect nothing", () => {
    const sdl = partnerSdl({ extra: 'input VerzuimInvoer {\n  datum: String @gegevens(categorie: "ZORGEN")\n}' }).replace(
      "directive @gegevens(categorie: String!) on FIELD_DEFINITION",
      "directive @gegevens(categorie: String!) on FIELD_DEFINITION | INPUT_FIELD_DEFINITION",
    );
    expect(() => composeWith(partner(sdl))).toThrow(/^- leerplicht: VerzuimInvoer\.datum carries @gegevens on an input field/m);
  });

  it("refuses a partner whose categories composition drops, because it does not compose the directive", () => {
    const sdl = partnerSdl().replace('  @composeDirective(name: "@gegevens")\n', "").replace('import: ["@key", "@composeDirective"]', 'import: ["@key"]');
    expect(() => composeWith(partner(sdl))).toThrow(/^- leerplicht: Verzuimmelding\.datum has no data category[\s\S]*does every subgraph declare `@composeDirective\(name: "@gegevens"\)`\?$/m);
  });

  it("lists every defect at once", () => {
    let message = "";
    try {
      composeWith(partner(partnerSdl({ datum: "", gezinVeld: 'verzuim: [Verzuimmelding!] @gegevens(categorie: "SCHOOL")' }), "LEERPLICHT"));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split("\n").filter((line) => line.startsWith("- ")).map((line) => line.replace(/ (has|names|returns) .*/, ""))).toEqual([
      "- leerplicht:",
      "- leerplicht: Gezin.verzuim",
      "- leerplicht: Verzuimmelding.datum",
    ]);
  });

  it("is the check the gateway runs at its start: a subgraph of an unknown organisation stops it, in the same words", async () => {
    const supergraph = composeWith(partner(partnerSdl()));
    const subgraphs = [...OWN, { name: "leerplicht", organisatie: "LEERPLICHT", url: "http://127.0.0.1:4010/graphql" }];
    await expect(startGateway({ port: 0, supergraphSdl: supergraph, subgraphs, keys: await developmentKeys() })).rejects.toThrow(
      /^- leerplicht: names organisation "LEERPLICHT", which is not an organisation of the hub/m,
    );
  });
});

/** Each file's modification time and content, or that it is absent. */
function snapshot(files: readonly string[]): Map<string, string> {
  return new Map(files.map((file) => [file, existsSync(file) ? `${statSync(file).mtimeMs}|${readFileSync(file, "utf8")}` : "absent"]));
}

const GENERATED = [path.join(REPO, "gateway", "supergraph.graphql"), ...OWN.map((entry) => path.resolve(path.dirname(SUBGRAPHS_JSON), entry.schema))];

describe("`node infra/dist/compose.js --subgraphs <file>` with a partner", () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), "gezinsbeeld-classificatie-"));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  /** A copy of the subgraph list in `scratch`, the own subgraphs' SDL copied beside it, plus the partner. */
  function layOut(partnerTypeDefs: string, organisatie = "LOKAAL_TEAM"): void {
    const entries = OWN.map((entry) => {
      const schema = path.join(scratch, `${entry.name}.graphql`);
      writeFileSync(schema, readFileSync(path.resolve(path.dirname(SUBGRAPHS_JSON), entry.schema)));
      return { ...entry, schema: path.basename(schema) };
    });
    writeFileSync(path.join(scratch, "leerplicht.graphql"), partnerTypeDefs);
    entries.push({ name: "leerplicht", organisatie, url: "http://127.0.0.1:4010/graphql", schema: "leerplicht.graphql" });
    writeFileSync(path.join(scratch, "subgraphs.json"), JSON.stringify({ subgraphs: entries }, null, 2));
  }

  /** Compose the list in `scratch` the way `npm run compose -- --subgraphs <file>` does. */
  function compose(): { status: number | null; stderr: string; stdout: string } {
    const result = spawnSync(process.execPath, [path.join(REPO, "infra", "dist", "compose.js"), "--subgraphs", path.join(scratch, "subgraphs.json")], {
      cwd: REPO,
      encoding: "utf8",
    });
    return { status: result.status, stderr: result.stderr, stdout: result.stdout };
  }

  function run(partnerTypeDefs: string, organisatie?: string): ReturnType<typeof compose> {
    layOut(partnerTypeDefs, organisatie);
    return compose();
  }

  const scratchFiles = (): string[] => readdirSync(scratch).map((name) => path.join(scratch, name));

  it("exits 1 on a field without a category, names subgraph, type and field, and writes nothing", () => {
    const repoBefore = snapshot(GENERATED);
    layOut(partnerSdl({ datum: "" }));
    const before = snapshot(scratchFiles());
    const result = compose();
    expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 1, stdout: "" });
    expect(result.stderr).toMatch(/^npm run compose: nothing written\.$/m);
    expect(result.stderr).toMatch(/^- leerplicht: Verzuimmelding\.datum has no data category/m);
    expect(snapshot(scratchFiles())).toEqual(before);
    expect(existsSync(path.join(scratch, "supergraph.graphql"))).toBe(false);
    expect(snapshot(GENERATED)).toEqual(repoBefore);
  });

  it("exits 1 on an unknown category and on an unknown organisation, writing nothing", () => {
    const repoBefore = snapshot(GENERATED);
    const categorie = run(partnerSdl({ datum: '@gegevens(categorie: "GEHEIM")' }));
    expect(categorie.status).toBe(1);
    expect(categorie.stderr).toMatch(/^- leerplicht: Verzuimmelding\.datum has an unknown data category "GEHEIM"/m);
    const organisatie = run(partnerSdl(), "LEERPLICHT");
    expect(organisatie.status).toBe(1);
    expect(organisatie.stderr).toMatch(/^- leerplicht: names organisation "LEERPLICHT", which is not an organisation of the hub/m);
    expect(scratchFiles().filter((file) => /supergraph|compose-tmp/.test(file))).toEqual([]);
    expect(snapshot(GENERATED)).toEqual(repoBefore);
  });

  it("composes a fully classified plain-SDL partner, writing the supergraph beside the list and nothing in the repository", () => {
    const repoBefore = snapshot(GENERATED);
    const result = run(partnerSdl());
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
    const supergraph = readFileSync(path.join(scratch, "supergraph.graphql"), "utf8");
    expect(readGegevenscategorieen(supergraph).get("Verzuimmelding.datum")).toBe("ZORGEN");
    expect(scratchFiles().filter((file) => file.endsWith(".compose-tmp"))).toEqual([]);
    expect(snapshot(GENERATED)).toEqual(repoBefore);
  });
});
