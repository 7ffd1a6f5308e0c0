import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { aankondigingSleutel, developmentKeys, keyEnvironment } from "@gezinsbeeld/shared-schema";
import { demoScenario } from "@gezinsbeeld/demo";
import { leesBenchOpties } from "./benchOpties";
import {
  alleenEigenSubgraphs,
  basisOmgeving,
  belastGateway,
  benchVragen,
  type BenchProces,
  controleer,
  cpuMs,
  percentiel,
  postgresCpuMs,
  postmasterPid,
  RUIM,
  slaap,
  startProces,
  VRAGEN,
  type VraagNaam,
  opruiming,
  SETS,
  type SetNaam,
  zaaiDatabases,
} from "./benchProcessen";
import { SERVICE_NODE_FLAGS } from "./nodeVlaggen";
import { freePort, redact, startPostgres } from "./postgres";
import { subgraphs } from "./subgraphs";
import { subgraphUrlVariabele } from "@gezinsbeeld/gateway";

const REPO = path.join(__dirname, "..", "..");

/** Seconds of the same load before the profiled stretch: JIT, caches and connection pools warm. */
const OPWARMEN_S = 5;

const USAGE = `npm run bench:profiel [-- --query q1 --concurrency 10 --seconds 20 --top 15 --households 60 --set vol --out <dir>]

Where the hub's CPU goes, per process, under one query's load. Embedded
PostgreSQL in a temporary directory, five fresh databases seeded with
--households demo households, and one hub as \`npm run bench\`'s "vol" set
(or --set zonder-log, onbewaakt: the same switches as there):
the five subgraphs and the hub's gateway (gateway/dist/main.js), every one a
process of its own with the access log and enforcement on and the same rate
limit and timeouts, each started with Node's --cpu-prof. After a check and
${OPWARMEN_S} s of warm-up, --seconds of --query (q1, q2 or q3 as \`npm run
bench\` defines them, the same principals) at --concurrency connections
(autocannon); then every process is stopped with SIGTERM, so that Node writes
its profile, and the profiles are read. Per process, for the load alone: the
busy share of its main thread (GC and "(program)" apart), the top --top
functions and packages by self time, the inclusive share of a few named
packages, and its CPU per request from /proc. The .cpuprofile files (open them
in Chrome DevTools or speedscope), the logs and summary.json stay in --out
(default: a new temporary directory, printed). The profiler costs some CPU
itself: compare runs of this script with each other, not with \`npm run bench\`.
Not a test: nothing here asserts, it prints.`;

/** How long a process may take to stop and write its profile before it is killed (and its profile lost). */
const STOP_TIMEOUT_MS = 60_000;

/**
 * The packages whose inclusive share is printed: a sample counts for one when
 * any frame on its stack is the package's. `pg` takes its own helpers along
 * (pg-protocol parses the wire, pg-pool hands out the connections).
 */
const INCLUSIEF: ReadonlyArray<{ naam: string; past: (pakket: string) => boolean }> = [
  { naam: "jose", past: (p) => p === "jose" },
  { naam: "@opentelemetry/*", past: (p) => p.startsWith("@opentelemetry/") },
  { naam: "pino", past: (p) => p === "pino" },
  { naam: "prom-client", past: (p) => p === "prom-client" },
  { naam: "typeorm", past: (p) => p === "typeorm" },
  { naam: "pg (+pg-protocol, pg-pool)", past: (p) => p === "pg" || p === "pg-protocol" || p === "pg-pool" },
  { naam: "graphql", past: (p) => p === "graphql" },
  { naam: "@apollo/gateway", past: (p) => p === "@apollo/gateway" },
  { naam: "@apollo/query-planner", past: (p) => p === "@apollo/query-planner" },
  { naam: "express", past: (p) => p === "express" },
  { naam: "helmet", past: (p) => p === "helmet" },
];

/** The frames V8 puts in a profile for what is not JavaScript: never busy, counted apart. */
const IDLE = "(idle)";
const PROGRAM = "(program)";
const GC = "(garbage collector)";

interface Opties {
  vraag: VraagNaam;
  gelijktijdig: number;
  seconden: number;
  top: number;
  huishoudens: number;
  uit?: string;
  /** Which of bench.ts's sets to profile: its switches go to every process. */
  set: SetNaam;
}


function opties(): Opties {
  const { values, getal } = leesBenchOpties(
    {
      query: { type: "string", default: "q1" },
      concurrency: { type: "string", default: "10" },
      seconds: { type: "string", default: "20" },
      top: { type: "string", default: "15" },
      households: { type: "string", default: "60" },
      out: { type: "string", default: "" },
      set: { type: "string", default: "vol" },
    },
    USAGE,
  );
  if (!(VRAGEN as readonly string[]).includes(values.query)) throw new Error(`--query takes one of ${VRAGEN.join(", ")}, got '${values.query}'\n\n${USAGE}`);
  const geheel = (naam: "concurrency" | "top", minimum: number): number => {
    const waarde = getal(naam, minimum);
    if (!Number.isInteger(waarde)) throw new Error(`--${naam} takes a whole number, got '${values[naam]}'\n\n${USAGE}`);
    return waarde;
  };
  return {
    vraag: values.query as VraagNaam,
    gelijktijdig: geheel("concurrency", 1),
    seconden: getal("seconds", 1),
    top: geheel("top", 1),
    huishoudens: getal("households", 25),
    uit: values.out || undefined,
    set: leesSet(values.set),
  };
}

function leesSet(waarde: string): SetNaam {
  if (!(waarde in SETS)) throw new Error(`--set takes one of ${Object.keys(SETS).join(", ")}, got '${waarde}'\n\n${USAGE}`);
  return waarde as SetNaam;
}

/** A profiled service: the process, and the directory its Node writes its profile to. */
interface Geprofileerd {
  proces: BenchProces;
  /** `<out>/<naam>`, e.g. `<out>/gateway`. */
  map: string;
}

/** What this run started, stopped at its end or on Ctrl-C; `onderbroken()`: whether a failure is that stopping. */
const { opruimen, ruimOp, onderbroken } = opruiming();

/**
 * `npm run bench:profiel`: one hub as `npm run bench`'s "vol" set, every
 * process under Node's sampling profiler, one query's load, and per process
 * where its CPU went while the load ran.
 */
async function main(): Promise<void> {
  const o = opties();
  try {
    if (process.env.GEZINSBEELD_DATABASE_URL) {
      console.log("GEZINSBEELD_DATABASE_URL is ignored: the profile run seeds its own embedded PostgreSQL");
      delete process.env.GEZINSBEELD_DATABASE_URL;
    }
    // What is kept (profiles, logs, summary) apart from what is not (PostgreSQL's data, the keys).
    const uit = path.resolve(o.uit ?? mkdtempSync(path.join(tmpdir(), "gezinsbeeld-profiel-")));
    mkdirSync(path.join(uit, "logs"), { recursive: true });
    const werk = path.join(tmpdir(), `gezinsbeeld-profiel-werk-${process.pid}-${randomBytes(3).toString("hex")}`);
    mkdirSync(werk, { recursive: true });
    opruimen.push(async () => rmSync(werk, { recursive: true, force: true }));
    // A directory that does not exist yet: the embedded server creates it and, not persistent, removes it when it stops.
    const dataDir = path.join(werk, "postgres");
    const postgres = await startPostgres({ port: 0, persistent: false, dataDir, processHooks: false });
    const postmaster = postmasterPid(dataDir);
    // A postmaster already gone (Ctrl-C reaches it too) would leave stop() waiting for an exit that happened.
    opruimen.push(() => Promise.race([postgres.stop(), slaap(10_000)]));
    console.log(`PostgreSQL: embedded (temporary, pid ${postmaster}) at ${redact(postgres.baseUrl)}; profiles, logs and summary in ${uit}`);

    const scenario = demoScenario(o.huishoudens);
    const voorvoegsel = `profiel_${randomBytes(3).toString("hex")}`;
    // The seed's involvements reach the register before the first request, as `npm start` does.
    const { databases } = await zaaiDatabases(postgres.baseUrl, scenario, voorvoegsel, opruimen);
    console.log(`5 databases (${voorvoegsel}_*) migrated and seeded with ${scenario.gezinnen.length} households`);

    const keys = await developmentKeys();
    const sleutelOmgeving = await keyEnvironment(keys);
    const basis = basisOmgeving({ GEZINSBEELD_KEYS_DIR: path.join(werk, "keys"), ...(await alleenEigenSubgraphs(werk)), ...RUIM });
    // Each partner's delivery key, made once here (as npm start does), not by three processes at once.
    for (const definition of subgraphs) if (!definition.toegangsregister) await aankondigingSleutel(definition.organisatie, basis);
    const { vragen } = await benchVragen(scenario, keys);
    const vraag = vragen[o.vraag];

    // The processes: the five subgraphs, then the gateway; each with the profiler on and a directory of its own for its profile.
    const gestart: Geprofileerd[] = [];
    opruimen.push(() => Promise.all(gestart.map((g) => g.proces.stop())).then(() => undefined));
    const start = async (naam: string, script: string, env: NodeJS.ProcessEnv, port: number): Promise<Geprofileerd> => {
      if (onderbroken()) throw new Error("interrupted");
      const map = path.join(uit, naam);
      mkdirSync(map, { recursive: true });
      const proces = await startProces({ naam, script, env, port, logDir: path.join(uit, "logs"), nodeArgs: [...SERVICE_NODE_FLAGS, "--cpu-prof", `--cpu-prof-dir=${map}`] });
      const g = { proces, map };
      gestart.push(g);
      return g;
    };
    const begin = performance.now();
    const poorten = new Map<string, number>();
    for (const definition of subgraphs) poorten.set(definition.name, await freePort());
    const register = `http://127.0.0.1:${poorten.get("lokaal-team")}/graphql`;
    // The environment of one of bench.ts's sets: "vol" (default) has no switches, so the access log and enforcement are on.
    const schakelaars = SETS[o.set];
    const subgraafProcessen = await Promise.all(
      subgraphs.map((definition) =>
        start(definition.name, path.join(REPO, "subgraphs", definition.name, "dist", "main.js"), {
          ...basis,
          ...sleutelOmgeving.subgraph,
          ...schakelaars,
          GEZINSBEELD_TOEGANGSREGISTER_URL: register,
          DATABASE_URL: databases.get(definition.name) ?? "",
          PORT: String(poorten.get(definition.name)),
        }, poorten.get(definition.name)!),
      ),
    );
    const gatewayPoort = await freePort();
    const subgraphUrls = Object.fromEntries(subgraafProcessen.map((g) => [subgraphUrlVariabele(g.proces.naam), g.proces.url]));
    const gateway = await start("gateway", path.join(REPO, "gateway", "dist", "main.js"), { ...basis, ...sleutelOmgeving.gateway, ...schakelaars, ...subgraphUrls, PORT: String(gatewayPoort) }, gatewayPoort);
    console.log(`${gestart.length} processes started with --cpu-prof in ${((performance.now() - begin) / 1000).toFixed(1)} s`);

    // The query answers, with data and no error but FORBIDDEN: else the profile would be of error paths.
    console.log(`  check ${o.vraag}: ${await controleer({ naam: "gateway", gateway: gateway.proces }, vraag)}`);
    console.log(`  ${o.vraag}: ${vraag.wat}`);
    console.log(`\n${OPWARMEN_S} s warm-up, then ${o.seconden} s of ${o.vraag} at c=${o.gelijktijdig} on the gateway (${cpus().length} CPUs, load ${loadavg()[0]!.toFixed(2)})…`);
    await belastGateway(gateway.proces.url, [vraag], o.gelijktijdig, OPWARMEN_S);
    await rust(gestart.map((g) => g.proces.pid));

    // The window: from the start of the load until the servers are idle again (requests still open at its end finish inside it).
    const pids = gestart.map((g) => g.proces.pid);
    const cpuVoor = pids.map((pid) => cpuMs([pid]));
    const pgVoor = postgresCpuMs(postmaster);
    const vensterBegin = monotoonMicros();
    const b = await belastGateway(gateway.proces.url, [vraag], o.gelijktijdig, o.seconden);
    await rust(pids);
    const vensterEinde = monotoonMicros();
    const cpuNa = pids.map((pid) => cpuMs([pid]));
    const pgNa = postgresCpuMs(postmaster);
    const latenties = [...b.latenties].sort((x, y) => x - y);
    const per = Math.max(1, b.verstuurd);
    const belasting = {
      requests: b.verzoeken,
      sent: b.verstuurd,
      seconds: b.seconden,
      reqPerSecond: b.verzoeken / b.seconden,
      p50: percentiel(latenties, 0.5),
      p95: percentiel(latenties, 0.95),
      p99: percentiel(latenties, 0.99),
      errors: b.fouten,
      ...(b.eersteFout ? { firstError: b.eersteFout.slice(0, 500) } : {}),
      postgresCpuMsPerRequest: (pgNa - pgVoor) / per,
    };

    // Gateway first: it holds connections to the subgraphs. SIGTERM, as the services expect; Node writes the profile as it exits.
    console.log(`\nstopping the processes (SIGTERM) so that each writes its profile…`);
    await stopVoorProfiel(gateway);
    await Promise.all(subgraafProcessen.map(stopVoorProfiel));

    const resultaten = [gateway, ...subgraafProcessen].map((g) => {
      const i = gestart.indexOf(g);
      return leesProfielen(g, { begin: vensterBegin, einde: vensterEinde }, o.top, (cpuNa[i]! - cpuVoor[i]!) / per, per);
    });

    console.log(`
Load: ${o.vraag} at c=${o.gelijktijdig} for ${b.seconden.toFixed(1)} s: ${belasting.reqPerSecond.toFixed(1)} req/s, p50 ${belasting.p50.toFixed(1)} ms, p95 ${belasting.p95.toFixed(1)} ms, p99 ${belasting.p99.toFixed(1)} ms, ${b.fouten} errors${b.eersteFout ? ` (the first: ${b.eersteFout.slice(0, 200)})` : ""}
CPU ms per request sent (/proc, all threads of the process): ${resultaten.map((r) => `${r.name} ${getal(r.cpuMsPerRequest, 2)}`).join(" · ")} · PostgreSQL ${getal(belasting.postgresCpuMsPerRequest, 2)}
Shares below are of the main thread's samples in the load window (${((vensterEinde - vensterBegin) / 1e6).toFixed(1)} s: the load and the idle tail until the servers were quiet);
functions and areas by self time as % of busy samples, native code (V8 builtins, C++ bindings) counted for the area of its JavaScript caller.
A sample is taken every interval of wall time: "busy ms/req" (busy samples × interval ÷ requests sent) includes time a thread waited for a core,
so it exceeds the /proc CPU when the machine is saturated; the shares stay comparable within a process.`);
    for (const r of resultaten) console.log(`\n${tekstVan(r, o.top)}`);

    const samenvatting = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: cpus().length, loadAverageAtEnd: loadavg() },
      options: { ...o, warmupSeconds: OPWARMEN_S, out: uit },
      query: vraag.wat,
      load: belasting,
      window: { startMicros: vensterBegin, endMicros: vensterEinde },
      processes: resultaten,
    };
    const samenvattingBestand = path.join(uit, "summary.json");
    writeFileSync(samenvattingBestand, `${JSON.stringify(samenvatting, null, 2)}\n`);
    console.log(`\nprofiles: ${resultaten.flatMap((r) => r.profiles.map((p) => path.relative(uit, p.file))).join(", ")}
summary: ${samenvattingBestand}; logs: ${path.join(uit, "logs")} (all in ${uit}, kept)`);
  } finally {
    await ruimOp();
  }
}

/** Now on the clock V8's profiler stamps its samples with (CLOCK_MONOTONIC, as process.hrtime), in µs. */
function monotoonMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/**
 * Wait until the processes are idle (less than 20 ms of CPU per 100 ms, twice
 * in a row; at most 15 s): the requests still open when the load stopped are
 * finished, as bench.ts waits between slices.
 */
async function rust(pids: readonly number[]): Promise<void> {
  const tot = Date.now() + 15_000;
  let vorige = cpuMs(pids);
  let stil = 0;
  while (stil < 2 && Date.now() < tot) {
    await slaap(100);
    const nu = cpuMs(pids);
    stil = nu - vorige <= 20 ? stil + 1 : 0;
    vorige = nu;
  }
}

/**
 * SIGTERM, once, and wait for the process to be gone: the services stop their
 * server and call process.exit, and Node writes the profile on the way out.
 * Not BenchProces.stop(): its SIGKILL after 5 s would lose the profile of a
 * slow stop, and a second SIGTERM (its handlers are `once`) would kill it too.
 * Only past STOP_TIMEOUT_MS does stop() finish the job.
 */
async function stopVoorProfiel(g: Geprofileerd): Promise<void> {
  const { pid } = g.proces;
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return; // gone already
  }
  const tot = Date.now() + STOP_TIMEOUT_MS;
  while (leeft(pid) && Date.now() < tot) await slaap(50);
  if (leeft(pid)) console.error(`  ${g.proces.naam} did not stop within ${STOP_TIMEOUT_MS / 1000} s: killed, its profile is lost`);
  await g.proces.stop();
}

/** Whether `pid` still runs: a zombie (exited, not yet reaped by this process) does not. */
function leeft(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

// ---- The profiles ----------------------------------------------------------

/** A .cpuprofile as Node writes it (the Chrome DevTools protocol's Profiler.Profile). */
interface CpuProfiel {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    hitCount?: number;
    children?: number[];
  }>;
  /** µs, on the monotonic clock. */
  startTime: number;
  endTime: number;
  /** The node id of each sample's top frame. */
  samples: number[];
  /** µs from the previous sample (the first: from startTime). */
  timeDeltas: number[];
}

/** Where a frame's code lives, read from its URL. */
interface Plaats {
  /** What self time is grouped by: a package, a workspace, one of three kinds of Node internals, or "(native)". */
  gebied: string;
  /** The node_modules package, when it is in one. */
  pakket?: string;
  /** As printed: `jose/dist/…/verify.js`, `gateway/dist/…`, `node:internal/…`, or `native ← <its caller's file>`. */
  bestand: string;
  /** V8's builtins and Node's C++ bindings: no URL, no line of their own. */
  native?: boolean;
}

/** Node's own HTTP, sockets and streams (undici is Node's fetch: HTTP too). */
const NODE_HTTP = /^node:(?:_http_|https?$|net$|stream|_stream_|tls$|_tls_|dns$|internal\/(?:http|net$|streams\/|stream_base_commons|js_stream_socket|tls|dns|webstreams\/|deps\/undici\/))/;
const NODE_CRYPTO = /^node:(?:crypto$|internal\/crypto\/)/;

/** Where the code at `url` lives; "(native)" for no URL (see {@link analyseer} for who such a frame counts for). */
function plaatsVan(url: string): Plaats {
  if (url === "") return { gebied: "(native)", bestand: "native", native: true };
  if (url.startsWith("node:")) {
    const gebied = NODE_HTTP.test(url) ? "node:http/net/stream" : NODE_CRYPTO.test(url) ? "node:crypto" : "node:other";
    return { gebied, bestand: url };
  }
  let bestand = url;
  if (url.startsWith("file://")) {
    try {
      bestand = fileURLToPath(url);
    } catch {
      // kept as it is
    }
  }
  const nm = bestand.lastIndexOf("/node_modules/");
  if (nm >= 0) {
    const rest = bestand.slice(nm + "/node_modules/".length).split("/");
    const pakket = rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
    return { gebied: pakket, pakket, bestand: rest.join("/") };
  }
  const relatief = path.relative(REPO, bestand);
  if (!relatief.startsWith("..") && !path.isAbsolute(relatief)) {
    const delen = relatief.split(path.sep);
    const gebied = delen[0] === "subgraphs" && delen.length > 2 ? `subgraphs/${delen[1]}` : delen[0]!;
    return { gebied, bestand: delen.join("/") };
  }
  return { gebied: "(other files)", bestand };
}

/** One row of a top list. */
interface Rij {
  name: string;
  samples: number;
  /** % of the busy samples. */
  percentOfBusy: number;
}

/** One profile (one thread of a process), analysed for the window. */
interface ProfielResultaat {
  file: string;
  /** 0 is the main thread; others are worker threads. */
  thread: number;
  /** "window": only the samples inside the load window; "whole profile" when none fell in it (other clock). */
  range: "window" | "whole profile";
  samples: number;
  /** Mean µs between samples in the range. */
  intervalMicros: number;
  /** Shares of all samples in the range, in %. */
  shares: { busy: number; gc: number; program: number; idle: number };
  busySamples: number;
  topFunctions: Array<Rij & { functionName: string; file: string; line: number; package?: string }>;
  topAreas: Rij[];
  /** The named packages: samples with a frame of theirs on the stack, and (selfPercentOfBusy) with theirs on top. */
  inclusive: Array<Rij & { selfPercentOfBusy: number }>;
}

/** Everything about one process. */
interface ProcesResultaat {
  name: string;
  pid: number;
  /** /proc: user + system time of all its threads in the window ÷ requests sent. */
  cpuMsPerRequest: number;
  /**
   * The main thread's busy samples × interval ÷ requests sent: wall time in
   * which it was not idle, so also time it waited for a core; above
   * cpuMsPerRequest when the machine is saturated.
   */
  busyMsPerRequest: number | null;
  profiles: ProfielResultaat[];
  problem?: string;
}

/**
 * Read the process's profiles from its directory: the main thread's file and
 * one per worker thread, all named `CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile`.
 * Only the files of this pid count: --out may hold an earlier run's.
 */
function leesProfielen(g: Geprofileerd, venster: { begin: number; einde: number }, top: number, cpuMsPerRequest: number, verzoeken: number): ProcesResultaat {
  const { naam, pid } = g.proces;
  const bestanden = existsSync(g.map)
    ? readdirSync(g.map).flatMap((f) => {
        const m = /^CPU\.\d+\.\d+\.(\d+)\.(\d+)\.\d+\.cpuprofile$/.exec(f);
        return m && Number(m[1]) === pid ? [{ file: path.join(g.map, f), thread: Number(m[2]) }] : [];
      })
    : [];
  bestanden.sort((a, b) => a.thread - b.thread);
  if (bestanden.length === 0) {
    return { name: naam, pid, cpuMsPerRequest, busyMsPerRequest: null, profiles: [], problem: `no .cpuprofile of pid ${pid} in ${g.map} (did it exit normally? see ${g.proces.logbestand})` };
  }
  const profiles = bestanden.map(({ file, thread }) => analyseer(file, thread, JSON.parse(readFileSync(file, "utf8")) as CpuProfiel, venster, top));
  const hoofd = profiles.find((p) => p.thread === 0);
  return {
    name: naam,
    pid,
    cpuMsPerRequest,
    busyMsPerRequest: hoofd ? (hoofd.busySamples * hoofd.intervalMicros) / 1000 / verzoeken : null,
    profiles,
  };
}

/** Self time by function and by area, and the inclusive share of the named packages, of the samples in the window. */
function analyseer(file: string, thread: number, profiel: CpuProfiel, venster: { begin: number; einde: number }, top: number): ProfielResultaat {
  const knopen = new Map(profiel.nodes.map((n) => [n.id, n]));
  const ouder = new Map<number, number>();
  for (const n of profiel.nodes) for (const kind of n.children ?? []) ouder.set(kind, n.id);

  // Each sample's time: startTime plus the deltas so far. Only those inside the window count, unless none does.
  const tijden: number[] = [];
  let t = profiel.startTime;
  for (const delta of profiel.timeDeltas) tijden.push((t += delta));
  let indices = profiel.samples.map((_, i) => i).filter((i) => tijden[i]! >= venster.begin && tijden[i]! <= venster.einde);
  const range: ProfielResultaat["range"] = indices.length > 0 ? "window" : "whole profile";
  if (indices.length === 0) indices = profiel.samples.map((_, i) => i);
  const duur = indices.length > 1 ? tijden[indices.at(-1)!]! - tijden[indices[0]!]! : 0;
  const intervalMicros = indices.length > 1 ? duur / (indices.length - 1) : 1000;

  // Per node, once: where its code lives, and which of the named packages are on its stack (a bit each).
  // V8's builtins (JSON.parse, Array.prototype.sort…) and Node's C++ bindings (writev, the crypto calls) have no URL:
  // they count for the area of the nearest JavaScript caller (writev, the socket write, for node:http/net/stream).
  const plaatsen = new Map<number, Plaats>();
  const plaats = (id: number): Plaats => {
    let p = plaatsen.get(id);
    if (p) return p;
    p = plaatsVan(knopen.get(id)!.callFrame.url);
    const o = ouder.get(id);
    if (p.native && o !== undefined && knopen.get(o)!.callFrame.functionName !== "(root)") {
      const beller = plaats(o);
      p = { ...beller, bestand: beller.native ? beller.bestand : `native ← ${beller.bestand}`, native: true };
    }
    plaatsen.set(id, p);
    return p;
  };
  const stapels = new Map<number, number>();
  const opStapel = (id: number): number => {
    const bekend = stapels.get(id);
    if (bekend !== undefined) return bekend;
    const pakket = plaats(id).pakket;
    let bits = 0;
    if (pakket) INCLUSIEF.forEach((gebied, i) => (bits |= gebied.past(pakket) ? 1 << i : 0));
    const o = ouder.get(id);
    bits |= o === undefined ? 0 : opStapel(o);
    stapels.set(id, bits);
    return bits;
  };

  let idle = 0;
  let program = 0;
  let gc = 0;
  const perFunctie = new Map<string, { functionName: string; file: string; line: number; package?: string; samples: number }>();
  const perGebied = new Map<string, number>();
  const inclusief = INCLUSIEF.map(() => 0);
  const eigenBenoemd = INCLUSIEF.map(() => 0);
  for (const i of indices) {
    const id = profiel.samples[i]!;
    const { functionName, lineNumber } = knopen.get(id)!.callFrame;
    if (functionName === IDLE) idle++;
    else if (functionName === PROGRAM) program++;
    else if (functionName === GC) gc++;
    else {
      const p = plaats(id);
      // The callFrame's lineNumber counts from 0; editors from 1. A native frame has none (-1).
      const regel = p.native ? 0 : lineNumber + 1;
      const sleutel = `${functionName}\0${p.bestand}\0${regel}`;
      const f = perFunctie.get(sleutel) ?? { functionName: functionName || "(anonymous)", file: p.bestand, line: regel, ...(p.pakket ? { package: p.pakket } : {}), samples: 0 };
      f.samples++;
      perFunctie.set(sleutel, f);
      perGebied.set(p.gebied, (perGebied.get(p.gebied) ?? 0) + 1);
      const bits = opStapel(id);
      INCLUSIEF.forEach((gebied, j) => {
        if (bits & (1 << j)) inclusief[j]!++;
        if (p.pakket && gebied.past(p.pakket)) eigenBenoemd[j]!++;
      });
    }
  }
  const totaal = indices.length;
  const bezig = totaal - idle - program - gc;
  const procent = (n: number, van: number): number => (van > 0 ? (100 * n) / van : Number.NaN);
  const rij = (name: string, samples: number): Rij => ({ name, samples, percentOfBusy: procent(samples, bezig) });
  return {
    file,
    thread,
    range,
    samples: totaal,
    intervalMicros,
    shares: { busy: procent(bezig, totaal), gc: procent(gc, totaal), program: procent(program, totaal), idle: procent(idle, totaal) },
    busySamples: bezig,
    topFunctions: [...perFunctie.values()]
      .sort((a, b) => b.samples - a.samples)
      .slice(0, top)
      .map((f) => ({ ...rij(`${f.functionName} (${f.line ? `${f.file}:${f.line}` : f.file})`, f.samples), functionName: f.functionName, file: f.file, line: f.line, ...(f.package ? { package: f.package } : {}) })),
    topAreas: [...perGebied].sort((a, b) => b[1] - a[1]).slice(0, top).map(([naam, n]) => rij(naam, n)),
    inclusive: INCLUSIEF.map((gebied, j) => ({ ...rij(gebied.naam, inclusief[j]!), selfPercentOfBusy: procent(eigenBenoemd[j]!, bezig) })),
  };
}

function getal(waarde: number | null, cijfers: number): string {
  return waarde === null || Number.isNaN(waarde) ? "–" : waarde.toFixed(cijfers);
}

/** A process's part of the output: its main thread in full, worker threads (pino's transports, if any) in a line each. */
function tekstVan(r: ProcesResultaat, top: number): string {
  const kop = `${r.name} (pid ${r.pid}): CPU ${getal(r.cpuMsPerRequest, 2)} ms/req (/proc), busy ${getal(r.busyMsPerRequest, 2)} ms/req (main thread's samples, wall)`;
  if (r.problem) return `${kop}\n  ${r.problem}`;
  const hoofd = r.profiles.find((p) => p.thread === 0) ?? r.profiles[0]!;
  const s = hoofd.shares;
  const procent = (w: number): string => `${getal(w, 1).padStart(5)}%`;
  const regels = [
    kop,
    `  busy ${getal(s.busy, 1)}% · GC ${getal(s.gc, 1)}% · program ${getal(s.program, 1)}% · idle ${getal(s.idle, 1)}% of ${hoofd.samples} samples (${hoofd.range}, every ${getal(hoofd.intervalMicros / 1000, 2)} ms) — ${path.basename(hoofd.file)}`,
    `  top ${top} functions by self time (% of busy):`,
    ...hoofd.topFunctions.map((f) => `    ${procent(f.percentOfBusy)}  ${f.name}`),
    `  top ${top} areas by self time (% of busy):`,
    ...hoofd.topAreas.map((a) => `    ${procent(a.percentOfBusy)}  ${a.name}`),
    `  inclusive, % of busy (a frame of it anywhere on the stack; self in brackets; middleware and instrumentation that wrap a handler hold all it calls):`,
    // Four to a line.
    ...hoofd.inclusive.flatMap((_, i, alle) => (i % 4 === 0 ? [`    ${alle.slice(i, i + 4).map((a) => `${a.name} ${getal(a.percentOfBusy, 1)}% (${getal(a.selfPercentOfBusy, 1)}%)`).join(" · ")}`] : [])),
  ];
  for (const w of r.profiles.filter((p) => p !== hoofd)) {
    regels.push(`  worker thread ${w.thread}: busy ${getal(w.shares.busy, 1)}% of ${w.samples} samples; top: ${w.topFunctions.slice(0, 3).map((f) => `${f.name} ${getal(f.percentOfBusy, 1)}%`).join(", ") || "–"} — ${path.basename(w.file)}`);
  }
  return regels.join("\n");
}

main().catch((error: unknown) => {
  if (!onderbroken()) console.error(error instanceof Error ? error.message : error);
  process.exitCode = onderbroken() ? 130 : 1;
});
