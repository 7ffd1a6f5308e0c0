import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { leesOrganisatieRegister, toegangslogKetenQueryNaam, toegangslogQueryNaam } from "@gezinsbeeld/shared-schema";
import { DefaultNamingStrategy } from "typeorm";

const USAGE = `npm run partner:new -- <CODE> [options]

Scaffolds a partner subgraph on the partner kit in subgraphs/<code-in-kebab-case>/ and prints how to join it to the hub.

  <CODE>, --code <CODE>   the organisation's code in the register, UPPER_SNAKE (e.g. JEUGD_GGZ)
  --naam <text>           its name (default: the code in words, e.g. "Jeugd Ggz")
  --omschrijving <text>   one line on what it is (default: "<naam>: partner van het gezinsbeeld.")
  --soort <text>          what kind of organisation (default: zorgaanbieder)
  --port <n>              its port (default: the next after the highest in gateway/subgraphs.json)
  --join                  also add its entries to gateway/organisaties.json and gateway/subgraphs.json
  --root <dir>            the repository to write into (default: this one)`;

const TEMPLATES = path.join(__dirname, "..", "templates", "partner");
/** The register's own rule for a code (organisatieRegister.ts). */
const CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/**
 * Households of the demo scenario (`npm start` seeds them at the local team)
 * that a new partner's demo seed works with: one in each of three phases, all
 * among the first the local team lists, so the conformance check finds them.
 */
const DEMO_GEZINNEN = [
  "858de37c-7a60-5a87-ac7f-67865dcd03f6", // Gezin Visser, ROOD (the README's example household)
  "53a0eec9-3884-5948-ad4f-bcaca9fe6eb8", // Gezin de Vries, GROEN
  "d730c991-78ac-5ecf-a091-985a4313a20b", // Gezin Bakker, ORANJE
];

/** Why the scaffolder will not write: each reason, in Dutch and English. */
class Weigering extends Error {
  constructor(readonly redenen: string[]) {
    super(redenen.join("\n"));
  }
}

interface Opties {
  code: string;
  naam: string;
  omschrijving: string;
  soort: string;
  port?: number;
  join: boolean;
  root: string;
}

/** The names one code gives the new subgraph, everywhere they appear. */
interface Namen {
  CODE: string;
  kebab: string;
  snake: string;
  Pascal: string;
  camel: string;
}

function namenVan(code: string): Namen {
  const delen = code.toLowerCase().split("_");
  const Pascal = delen.map((deel) => deel.charAt(0).toUpperCase() + deel.slice(1)).join("");
  return { CODE: code, kebab: delen.join("-"), snake: delen.join("_"), Pascal, camel: Pascal.charAt(0).toLowerCase() + Pascal.slice(1) };
}

function leesOpties(argv: readonly string[]): Opties | "help" {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      code: { type: "string" },
      naam: { type: "string" },
      omschrijving: { type: "string" },
      soort: { type: "string" },
      port: { type: "string" },
      join: { type: "boolean", default: false },
      root: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return "help";
  const codes = [...(values.code !== undefined ? [values.code] : []), ...positionals];
  if (codes.length !== 1) {
    throw new Weigering([codes.length === 0 ? "Geef de code van de organisatie / give the organisation's code, e.g. npm run partner:new -- JEUGD_GGZ" : `Eén code, niet ${codes.length} / one code, not ${codes.length}: ${codes.join(", ")}`]);
  }
  const code = codes[0]!.trim();
  const naam = values.naam?.trim() || code.split("_").map((deel) => deel.charAt(0) + deel.slice(1).toLowerCase()).join(" ");
  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Weigering([`--port ${values.port} is geen poort / is no port (1024-65535)`]);
  }
  return {
    code,
    naam,
    omschrijving: values.omschrijving?.trim() || `${naam}: partner van het gezinsbeeld.`,
    soort: values.soort?.trim() || "zorgaanbieder",
    port,
    join: values.join ?? false,
    root: path.resolve(values.root ?? path.join(__dirname, "..", "..")),
  };
}

interface SubgraphLijst {
  subgraphs: Array<{ name: string; organisatie?: string; url: string; proces?: { port: number } }>;
}

function leesJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch (error) {
    throw new Weigering([`${file} is niet te lezen / cannot be read: ${(error as Error).message}`]);
  }
}

function poortVan(url: string): number | undefined {
  try {
    const port = new URL(url).port;
    return port ? Number(port) : undefined;
  } catch {
    return undefined;
  }
}

/** Every reason not to scaffold `code` into `root`, all at once; none means go. */
function controleer(opties: Opties, namen: Namen): { port: number } {
  const { root } = opties;
  const redenen: string[] = [];
  if (!CODE.test(opties.code)) {
    throw new Weigering([
      `'${opties.code}' is geen code in HOOFDLETTERS_MET_LIGGENDE_STREEPJES / is not an UPPER_SNAKE code (letters, digits and single underscores, starting with a letter), e.g. JEUGD_GGZ`,
    ]);
  }
  for (const nodig of ["gateway/organisaties.json", "gateway/subgraphs.json", "subgraphs", "tsconfig.base.json", "shared-schema"]) {
    if (!existsSync(path.join(root, nodig))) redenen.push(`${path.join(root, nodig)} ontbreekt / is missing: --root must name the gezinsbeeld repository`);
  }
  if (redenen.length > 0) throw new Weigering(redenen);
  const map = path.join(root, "subgraphs", namen.kebab);
  if (existsSync(map)) redenen.push(`subgraphs/${namen.kebab} bestaat al / already exists`);
  const register = leesJson<{ organisaties?: Array<{ code?: string; subgraph?: string }> }>(path.join(root, "gateway", "organisaties.json"));
  for (const rij of register.organisaties ?? []) {
    if (rij.code === namen.CODE) redenen.push(`gateway/organisaties.json kent organisatie ${namen.CODE} al / already lists organisation ${namen.CODE}`);
    else if (rij.subgraph === namen.kebab) redenen.push(`gateway/organisaties.json geeft subgraph ${namen.kebab} al aan ${rij.code} / already gives subgraph ${namen.kebab} to ${rij.code}`);
  }
  const lijst = leesJson<SubgraphLijst>(path.join(root, "gateway", "subgraphs.json"));
  const poorten = new Set<number>();
  for (const subgraph of lijst.subgraphs ?? []) {
    if (subgraph.name === namen.kebab) redenen.push(`gateway/subgraphs.json heeft subgraph ${namen.kebab} al / already has subgraph ${namen.kebab}`);
    if (subgraph.organisatie === namen.CODE) redenen.push(`gateway/subgraphs.json heeft een subgraph van ${namen.CODE} al (${subgraph.name}) / already has a subgraph of ${namen.CODE}`);
    const port = poortVan(subgraph.url);
    if (port) poorten.add(port);
    if (subgraph.proces?.port) poorten.add(subgraph.proces.port);
  }
  const port = opties.port ?? Math.max(4000, ...poorten) + 1;
  if (poorten.has(port)) redenen.push(`poort ${port} is in gebruik in gateway/subgraphs.json / port ${port} is taken in gateway/subgraphs.json`);
  if (redenen.length > 0) throw new Weigering(redenen);
  return { port };
}

/** The organisation's row for `gateway/organisaties.json`, in its format (see organisatieRegister.ts). */
function registerRij(opties: Opties, namen: Namen): Record<string, unknown> {
  return {
    code: namen.CODE,
    naam: opties.naam,
    omschrijving: opties.omschrijving,
    soort: opties.soort,
    subgraph: namen.kebab,
    sleutels: { aankondiging: "ontwikkeling" },
    taken: [],
    magOoitLezen: {
      categorieen: ["IDENTIFICATIE", "CONTACT", "HULPVERLENING", "TOEZICHT"],
      bron: "in te vullen: de wet of afspraak waarop de organisatie deze categorieën mag lezen (ten minste die van haar eigen velden; TOEZICHT voor haar privacy officer)",
    },
    wettelijkeTaak: [],
    tandem: false,
    bewaartermijn: { dossierJaren: 20, toegangslogJaren: 5, bron: "in te vullen: de eigen bewaartermijn van de organisatie; NEN 7513 (logging, ten minste 5 jaar)" },
  };
}

/** The subgraph's entry for `gateway/subgraphs.json`, with the `proces` by which `npm start` runs it. */
function subgraphRegel(namen: Namen, port: number): Record<string, unknown> {
  return {
    name: namen.kebab,
    organisatie: namen.CODE,
    url: `http://127.0.0.1:${port}/graphql`,
    schema: `../subgraphs/${namen.kebab}/schema.graphql`,
    proces: { script: `../subgraphs/${namen.kebab}/dist/main.js`, database: `gezinsbeeld_${namen.snake}`, port },
  };
}

/** JSON on one line, spaced as the repository's lists are: `{ "a": ["x", "y"], "b": { "c": 1 } }`. */
function opEenRegel(waarde: unknown): string {
  if (Array.isArray(waarde)) return `[${waarde.map(opEenRegel).join(", ")}]`;
  if (waarde !== null && typeof waarde === "object") {
    const velden = Object.entries(waarde);
    return velden.length === 0 ? "{}" : `{ ${velden.map(([k, v]) => `${JSON.stringify(k)}: ${opEenRegel(v)}`).join(", ")} }`;
  }
  return JSON.stringify(waarde);
}

/** The registry row as the file writes its rows: one field per line, each value on one line. */
function alsRegisterBlok(rij: Record<string, unknown>, inspringing: string): string {
  const velden = Object.entries(rij).map(([k, v]) => `${inspringing}  ${JSON.stringify(k)}: ${opEenRegel(v)}`);
  return `${inspringing}{\n${velden.join(",\n")}\n${inspringing}}`;
}

/**
 * `tekst` with `blok` appended to the list its top-level `lijst` holds, the
 * file's own layout kept: inserted after the list's last entry, at that entry's
 * indentation. Falls back to two-space JSON when the file is laid out otherwise.
 */
function voegToe(tekst: string, lijst: string, blok: (inspringing: string) => string, nieuw: unknown): string {
  const verwacht = JSON.parse(tekst) as Record<string, unknown[]>;
  verwacht[lijst] = [...(verwacht[lijst] ?? []), nieuw];
  const sluit = tekst.lastIndexOf("]");
  const laatste = tekst.slice(0, sluit).search(/\}\s*$/);
  if (sluit !== -1 && laatste !== -1) {
    const regelBegin = tekst.lastIndexOf("\n", laatste) + 1;
    const eersteTeken = tekst.slice(regelBegin).search(/\S/);
    // A multi-line entry closes on its own line: indent as that line; a one-line entry: as the line it is on.
    const inspringing = tekst.slice(regelBegin, regelBegin + Math.max(eersteTeken, 0));
    const resultaat = `${tekst.slice(0, laatste + 1)},\n${blok(inspringing)}${tekst.slice(laatste + 1)}`;
    try {
      if (JSON.stringify(JSON.parse(resultaat)) === JSON.stringify(verwacht)) return resultaat;
    } catch {
      // fall through to the plain layout
    }
  }
  return `${JSON.stringify(verwacht, null, 2)}\n`;
}

/** Every template file, with its path relative to the template root. */
function sjablonen(map: string, onder = ""): string[] {
  return readdirSync(path.join(map, onder)).flatMap((naam) => {
    const relatief = path.join(onder, naam);
    return statSync(path.join(map, relatief)).isDirectory() ? sjablonen(map, relatief) : [relatief];
  });
}

function vul(tekst: string, waarden: Record<string, string>): string {
  return tekst.replace(/\{\{(\w+)\}\}/g, (geheel, sleutel: string) => {
    const waarde = waarden[sleutel];
    if (waarde === undefined) throw new Error(`template placeholder ${geheel} has no value`);
    return waarde;
  });
}

/** The values the templates are filled with. */
function waardenVoor(opties: Opties, namen: Namen, port: number): Record<string, string> {
  const naming = new DefaultNamingStrategy();
  const timestamp = String(Date.now());
  return {
    ...namen,
    naam: opties.naam,
    port: String(port),
    timestamp,
    toegangslogQuery: toegangslogQueryNaam(namen.CODE),
    toegangslogKetenQuery: toegangslogKetenQueryNaam(namen.CODE),
    // The names TypeORM gives them, so `npm run migration:generate` finds the migration in step with the entity.
    pkTraject: naming.primaryKeyName("traject", ["id"]),
    idxTrajectGezin: naming.indexName("traject", ["gezinId"]),
    demoTrajecten: DEMO_GEZINNEN.map((gezinId) => `  { gezinId: "${gezinId}", trajectId: "${randomUUID()}" },`).join("\n"),
  };
}

function run(bestand: string, args: string[], cwd: string, wat: string): void {
  try {
    execFileSync(process.execPath, [bestand, ...args], { cwd, stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${wat} failed:\n${(e.stdout ?? "") + (e.stderr ?? "") || e.message}`);
  }
}

/**
 * Write the subgraph into a hidden folder beside its place, compile it and
 * write its `schema.graphql` there, then move it into place whole: a failure
 * leaves nothing behind.
 */
function schrijfSubgraph(opties: Opties, namen: Namen, port: number): string {
  const doel = path.join(opties.root, "subgraphs", namen.kebab);
  // Same depth as the target, so the template's relative paths (../../shared-schema) hold while it is built.
  const werk = path.join(opties.root, "subgraphs", `.${namen.kebab}.partner-new-${process.pid}`);
  const waarden = waardenVoor(opties, namen, port);
  try {
    for (const sjabloon of sjablonen(TEMPLATES)) {
      const bestand = path.join(werk, vul(sjabloon, waarden).replace(/\.tmpl$/, ""));
      mkdirSync(path.dirname(bestand), { recursive: true });
      writeFileSync(bestand, vul(readFileSync(path.join(TEMPLATES, sjabloon), "utf8"), waarden));
    }
    run(require.resolve("typescript/bin/tsc"), ["-p", path.join(werk, "tsconfig.json")], opties.root, `compiling subgraphs/${namen.kebab}`);
    run(path.join(werk, "dist", "schema.js"), [], werk, `writing subgraphs/${namen.kebab}/schema.graphql`);
    // `npm run build` compiles it afresh in its place.
    rmSync(path.join(werk, "dist"), { recursive: true, force: true });
    rmSync(path.join(werk, "tsconfig.tsbuildinfo"), { force: true });
    renameSync(werk, doel);
    return doel;
  } catch (error) {
    rmSync(werk, { recursive: true, force: true });
    throw error;
  }
}

function volgendeStappen(opties: Opties, namen: Namen, port: number, rij: unknown, regel: unknown, joined: boolean): string {
  const url = `http://127.0.0.1:${port}/graphql`;
  const join = joined
    ? `1. Joined: gateway/organisaties.json and gateway/subgraphs.json have their entries (review magOoitLezen and bewaartermijn, and their "bron").`
    : `1. Add to gateway/organisaties.json, in "organisaties" (review magOoitLezen and bewaartermijn, and their "bron"):

${alsRegisterBlok(rij as Record<string, unknown>, "    ")}

2. Add to gateway/subgraphs.json, in "subgraphs" (one entry per line):

    ${opEenRegel(regel)}

   (npm run partner:new -- <CODE> --join writes both itself)`;
  return `
wrote subgraphs/${namen.kebab}/ (${opties.naam}, ${namen.CODE}): port ${port}, database gezinsbeeld_${namen.snake}, schema.graphql generated

Next steps:

${join}

${joined ? "2" : "3"}. Then, in ${opties.root}:

    npm install            # the new workspace @gezinsbeeld/${namen.kebab}
    npm run compose        # the supergraph with ${namen.kebab}
    npm start              # creates gezinsbeeld_${namen.snake} and starts ${namen.kebab} with the hub

${joined ? "3" : "4"}. In a second terminal, once the hub is up:

    npm run conformance -- --url ${url} --org ${namen.CODE}

See subgraphs/${namen.kebab}/README.md and docs/partners.md.`;
}

/** Scaffold as `argv` says; returns the exit code. Exported for the test. */
export function partnerNieuw(argv: readonly string[], uit: (tekst: string) => void = console.log, fout: (tekst: string) => void = console.error): number {
  try {
    const opties = leesOpties(argv);
    if (opties === "help") {
      uit(USAGE);
      return 0;
    }
    const namen = namenVan(opties.code);
    const { port } = controleer(opties, namen);
    const rij = registerRij(opties, namen);
    const regel = subgraphRegel(namen, port);
    let nieuweBestanden: Array<[string, string]> = [];
    if (opties.join) {
      const registerBestand = path.join(opties.root, "gateway", "organisaties.json");
      const lijstBestand = path.join(opties.root, "gateway", "subgraphs.json");
      const register = voegToe(readFileSync(registerBestand, "utf8"), "organisaties", (inspringing) => alsRegisterBlok(rij, inspringing), rij);
      // The register checks the new row as every process will at its start: a bad row is refused here, not there.
      leesOrganisatieRegister(register, "gateway/organisaties.json");
      const lijst = voegToe(readFileSync(lijstBestand, "utf8"), "subgraphs", (inspringing) => `${inspringing}${opEenRegel(regel)}`, regel);
      nieuweBestanden = [
        [registerBestand, register],
        [lijstBestand, lijst],
      ];
    }
    const tijdelijk = nieuweBestanden.map(([bestand, tekst]) => {
      writeFileSync(`${bestand}.partner-new-tmp`, tekst);
      return bestand;
    });
    try {
      schrijfSubgraph(opties, namen, port);
    } catch (error) {
      for (const bestand of tijdelijk) rmSync(`${bestand}.partner-new-tmp`, { force: true });
      throw error;
    }
    for (const bestand of tijdelijk) renameSync(`${bestand}.partner-new-tmp`, bestand);
    uit(volgendeStappen(opties, namen, port, rij, regel, opties.join));
    return 0;
  } catch (error) {
    if (error instanceof Weigering) fout(`npm run partner:new: niets geschreven / nothing written.\n${error.redenen.map((r) => `  - ${r}`).join("\n")}\n\n${USAGE}`);
    else fout(`npm run partner:new: niets geschreven / nothing written.\n${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (require.main === module) process.exit(partnerNieuw(process.argv.slice(2)));
