import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import {
  aankondigingSleutel,
  developmentKeys,
  keyEnvironment,
  BESLUITEN_GEVRAAGD,
  BESLUITEN_MEEGEGEVEN,
  BESLUITEN_UITGEDEELD,
  bundelHash,
  bundelVoorOproep,
  type Besluitenbundel,
  isBundelVoor,
  signSubgraphToken,
} from "@gezinsbeeld/shared-schema";
import { demoScenario } from "@gezinsbeeld/demo";
import { Client } from "pg";
import { leesBenchOpties } from "./benchOpties";
import { mintSubgraphHeaders } from "./benchPlainGateway";
import {
  alleenEigenSubgraphs,
  basisOmgeving,
  type Belasting,
  belastGateway,
  benchVragen,
  type BenchProces,
  opruiming,
  zaaiDatabases,
  controleer,
  cpuMs,
  foutIn,
  KLOKTIKKEN,
  percentiel,
  postgresCpuMs,
  postgresCpuMsPerSoortLezer,
  postgresPids,
  postmasterPid,
  RUIM,
  rssMiB,
  SETS,
  type SetNaam,
  slaap,
  startProces,
  type Vraag,
  VRAGEN,
  type VraagNaam,
} from "./benchProcessen";
import { SERVICE_NODE_FLAGS } from "./nodeVlaggen";
import { somVan } from "./prometheusTekst";
import { freePort, redact, startPostgres } from "./postgres";
import { subgraphs } from "./subgraphs";
import { subgraphUrlVariabele } from "@gezinsbeeld/gateway";

const REPO = path.join(__dirname, "..", "..");

/** The subgraph that keeps the access register, and the owner of every other: the replay asks and passes decisions as the hub does. */
const REGISTERHOUDER = subgraphs.find((d) => d.toegangsregister)?.name;
const EIGENAAR = new Map(subgraphs.filter((d) => !d.toegangsregister).map((d) => [d.name, d.organisatie as string]));

const USAGE = `npm run bench [-- --households 60 --slice 5 --rounds 3 --warmup 2 --warmup-start 10 --queries q1,q2,q3 --concurrency 1,10,50 --memory-minutes 5 --json results.json --aa]

Compares, in one run on this machine, the hub's gateway with a plain Apollo
Gateway (infra/dist/benchPlainGateway.js) over the same running subgraphs, and
what each guarantee costs. Embedded PostgreSQL (with pg_stat_statements) in a
temporary directory, five fresh databases seeded with --households demo
households; three sets of the five subgraphs on them, every service a process
of its own:
  vol          access log and enforcement on (the defaults)
  zonder-log   GEZINSBEELD_TOEGANGSLOG=uit
  onbewaakt    GEZINSBEELD_TOEGANGSLOG=uit, GEZINSBEELD_HANDHAVING=uit
Targets: hub/vol, apollo/vol, hub/zonder-log, hub/onbewaakt, apollo/onbewaakt,
and for q1 "replay": q1's query plan (as the plain gateway runs it) sent
straight to the vol subgraphs, stage after stage: the latency floor.
Queries: q1 one ROOD household's EXAMPLE_QUERY as its lokaal-team contact;
q2 a page of 25 gezinsbeelden and q3 { gezinnen(first: 1) { totalCount } },
both as lokaal-team teamleider lt-karin-smits.
First --warmup-start seconds of all the queries at c=8 on every target, so
that no set of processes is measured colder than another (vol serves three
targets, zonder-log one). Then load (autocannon) in interleaved slices: per
query and concurrency, --rounds rounds of --slice seconds per target, in a
rotating order (backwards every other round, so no target always follows the
same one), after --warmup seconds per target. Per slice: req/s, latency, errors, CPU per request of the
gateway, of its set's subgraphs and of PostgreSQL (/proc), SQL statements per
request (pg_stat_statements). Then --memory-minutes of mixed load on hub/vol
(0 skips) with each process's RSS. --json writes the results to a file.
--aa (an A/A control): the zonder-log set runs as vol, log on; the log ratio
then compares two identical sets, and is the bench's own bias between them.
Not a test: nothing here asserts, it prints.`;

type DoelNaam = "hub/vol" | "apollo/vol" | "hub/zonder-log" | "hub/onbewaakt" | "apollo/onbewaakt" | "replay";


const GATEWAY_DOELEN: ReadonlyArray<{ naam: Exclude<DoelNaam, "replay">; soort: "hub" | "apollo"; set: SetNaam }> = [
  { naam: "hub/vol", soort: "hub", set: "vol" },
  { naam: "apollo/vol", soort: "apollo", set: "vol" },
  { naam: "hub/zonder-log", soort: "hub", set: "zonder-log" },
  { naam: "hub/onbewaakt", soort: "hub", set: "onbewaakt" },
  { naam: "apollo/onbewaakt", soort: "apollo", set: "onbewaakt" },
];

interface Opties {
  huishoudens: number;
  schijf: number;
  rondes: number;
  opwarmen: number;
  /** Seconds of mixed load on every target before anything is measured. */
  opwarmenStart: number;
  vragen: VraagNaam[];
  gelijktijdig: number[];
  geheugenMinuten: number;
  json?: string;
  /** The A/A control: the zonder-log set configured as vol. */
  aa: boolean;
}

function opties(): Opties {
  const { values, getal } = leesBenchOpties(
    {
      households: { type: "string", default: "60" },
      slice: { type: "string", default: "5" },
      rounds: { type: "string", default: "3" },
      warmup: { type: "string", default: "2" },
      "warmup-start": { type: "string", default: "10" },
      queries: { type: "string", default: "q1,q2,q3" },
      concurrency: { type: "string", default: "1,10,50" },
      "memory-minutes": { type: "string", default: "5" },
      json: { type: "string", default: "" },
      aa: { type: "boolean", default: false },
    },
    USAGE,
  );
  const vragen = values.queries.split(",").map((q) => q.trim());
  const onbekend = vragen.find((q) => !(VRAGEN as readonly string[]).includes(q));
  if (onbekend !== undefined || vragen.length === 0) throw new Error(`--queries takes a list of ${VRAGEN.join(", ")}, got '${values.queries}'\n\n${USAGE}`);
  const gelijktijdig = values.concurrency.split(",").map(Number);
  if (gelijktijdig.some((c) => !Number.isInteger(c) || c < 1)) throw new Error(`--concurrency takes a list of whole numbers ≥ 1, got '${values.concurrency}'\n\n${USAGE}`);
  return {
    huishoudens: getal("households", 25),
    schijf: getal("slice", 1),
    rondes: getal("rounds", 1),
    opwarmen: getal("warmup", 0),
    opwarmenStart: getal("warmup-start", 0),
    vragen: vragen as VraagNaam[],
    gelijktijdig,
    geheugenMinuten: getal("memory-minutes", 0),
    json: values.json || undefined,
    aa: values.aa,
  };
}

interface Doel {
  naam: DoelNaam;
  set: SetNaam;
  /** Absent for the replay, which has no gateway. */
  gateway?: BenchProces;
}

/** One subgraph call of the recorded plan, as benchPlainGateway wrote it. */
interface Oproep {
  subgraph: string;
  url: string;
  body: string;
  start: number;
  end: number;
}

/** The plan in stages: each stage's calls run at once, a stage begins when the one before has ended. */
type Plan = Oproep[][];

/** One slice of load on one target. */
interface Meting {
  query: VraagNaam;
  concurrency: number;
  /** 1, 2, …: in each round every target has one slice. */
  round: number;
  target: DoelNaam;
  /** Answers received. */
  requests: number;
  /** Requests sent, also those still open when the slice ended: their work is in the CPU and SQL figures. */
  sent: number;
  seconds: number;
  reqPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers, answers with an error other than FORBIDDEN, socket errors and timeouts. */
  errors: number;
  firstError?: string;
  cpuMsPerRequest: { gateway: number | null; subgraphs: number; postgres: number };
  cpuMsPerRequestBySubgraph: Record<string, number>;
  /** PostgreSQL's CPU per request by what spent it: each subgraph's backends, its autovacuum, each background process, the postmaster and what no reading saw. */
  postgresCpuMsPerRequestByKind: Record<string, number>;
  sqlPerRequest: number;
  sqlPerRequestBySubgraph: Record<string, number>;
  /** The set's subgraphs together: scavenges and milliseconds of GC pauses per request. */
  subgraphGcPerRequest: GcStand;
}

/** What this run started, stopped at its end or on Ctrl-C; `onderbroken()`: whether a failure is that stopping. */
const { opruimen, ruimOp, onderbroken } = opruiming();

/**
 * `npm run bench`: the hub's gateway against a plain Apollo Gateway, and the
 * cost of the access log and of enforcement, on this machine, in one run.
 * Every service is a process of its own, so CPU is read per process; the
 * targets take turns in short slices, so that whatever else the machine does
 * weighs on all of them alike. Figures compare; they are no capacity.
 */
async function main(): Promise<void> {
  const o = opties();
  const belastingBijStart = loadavg();
  try {
    if (process.env.GEZINSBEELD_DATABASE_URL) {
      console.log("GEZINSBEELD_DATABASE_URL is ignored: the bench reads its own PostgreSQL's processes and pg_stat_statements");
      delete process.env.GEZINSBEELD_DATABASE_URL;
    }
    const map = path.join(tmpdir(), `gezinsbeeld-bench-${process.pid}-${randomBytes(3).toString("hex")}`);
    mkdirSync(path.join(map, "logs"), { recursive: true });
    opruimen.push(async () => rmSync(map, { recursive: true, force: true }));
    // A directory that does not exist yet: the embedded server creates it and, not persistent, removes it when it stops.
    const dataDir = path.join(map, "postgres");
    const postgres = await startPostgres({
      port: 0,
      persistent: false,
      dataDir,
      processHooks: false,
      extraFlags: ["-c", "shared_preload_libraries=pg_stat_statements", "-c", "pg_stat_statements.track=top"],
    });
    const postmaster = postmasterPid(dataDir);
    // A postmaster already gone (Ctrl-C reaches it too) would leave stop() waiting for an exit that happened.
    opruimen.push(() => Promise.race([postgres.stop(), slaap(10_000)]));
    console.log(`PostgreSQL: embedded (temporary, pid ${postmaster}) at ${redact(postgres.baseUrl)}; logs of every process in ${path.join(map, "logs")}`);

    const scenario = demoScenario(o.huishoudens);
    const voorvoegsel = `bench_${randomBytes(3).toString("hex")}`;
    // The seed's involvements reach the register before the first request, as `npm start` does.
    const { databases, subgraphVanDatabase } = await zaaiDatabases(postgres.baseUrl, scenario, voorvoegsel, opruimen);
    const statistiek = new Client({ connectionString: postgres.baseUrl });
    // A lost connection shows in the next query; unheard, the 'error' event would end the process (after Ctrl-C PostgreSQL stops on its own) before the cleanup.
    statistiek.on("error", () => {});
    await statistiek.connect();
    opruimen.push(() => statistiek.end());
    await statistiek.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    console.log(`5 databases (${voorvoegsel}_*) migrated and seeded with ${scenario.gezinnen.length} households; pg_stat_statements on`);

    const keys = await developmentKeys();
    const sleutelOmgeving = await keyEnvironment(keys);
    const keysDir = path.join(map, "keys");
    const basis = basisOmgeving({ GEZINSBEELD_KEYS_DIR: keysDir, ...(await alleenEigenSubgraphs(map)), ...RUIM });
    // Each partner's delivery key, made once here (as npm start does), not by three processes at once.
    for (const definition of subgraphs) if (!definition.toegangsregister) await aankondigingSleutel(definition.organisatie, basis);

    const { vragen, medewerker, teamleider } = await benchVragen(scenario, keys);

    // The processes: three sets of five subgraphs, then the five gateways.
    const processen: BenchProces[] = [];
    opruimen.push(() => Promise.all(processen.map((p) => p.stop())).then(() => undefined));
    // The hub's services run with the flags they run with everywhere; the plain gateway with Node's defaults, as it comes.
    const start = async (naam: string, script: string, env: NodeJS.ProcessEnv, port: number, nodeArgs = SERVICE_NODE_FLAGS): Promise<BenchProces> => {
      if (onderbroken()) throw new Error("interrupted");
      const proces = await startProces({ naam, script, env, port, logDir: path.join(map, "logs"), nodeArgs });
      processen.push(proces);
      return proces;
    };
    const sets = new Map<SetNaam, Map<string, BenchProces>>();
    // The A/A control: zonder-log as vol, so that the log ratio shows what the bench itself makes of two identical sets.
    const omgevingVan = (set: SetNaam): Record<string, string> => (o.aa && set === "zonder-log" ? SETS.vol : SETS[set]);
    if (o.aa) console.log("A/A control (--aa): the zonder-log set runs as vol, log on; its log ratio is the bench's own bias between two identical sets");
    const begin = performance.now();
    for (const set of Object.keys(SETS) as SetNaam[]) {
      const poorten = new Map<string, number>();
      for (const definition of subgraphs) poorten.set(definition.name, await freePort());
      const register = `http://127.0.0.1:${poorten.get("lokaal-team")}/graphql`;
      const gestart = await Promise.all(
        subgraphs.map((definition) =>
          start(`${set}/${definition.name}`, path.join(REPO, "subgraphs", definition.name, "dist", "main.js"), {
            ...basis,
            ...sleutelOmgeving.subgraph,
            ...omgevingVan(set),
            GEZINSBEELD_TOEGANGSREGISTER_URL: register,
            DATABASE_URL: databases.get(definition.name) ?? "",
            PORT: String(poorten.get(definition.name)),
          }, poorten.get(definition.name)!),
        ),
      );
      sets.set(set, new Map(gestart.map((p, i) => [subgraphs[i]!.name, p])));
    }
    const planBestand = path.join(map, "plan-q1.jsonl");
    const doelen: Doel[] = await Promise.all(
      GATEWAY_DOELEN.map(async ({ naam, soort, set }) => {
        const port = await freePort();
        const subgraphUrls = Object.fromEntries([...sets.get(set)!].map(([s, p]) => [subgraphUrlVariabele(s), p.url]));
        const env = { ...basis, ...sleutelOmgeving.gateway, ...omgevingVan(set), ...subgraphUrls, PORT: String(port) };
        const gateway =
          soort === "hub"
            ? await start(naam, path.join(REPO, "gateway", "dist", "main.js"), env, port)
            : await start(naam, path.join(__dirname, "benchPlainGateway.js"), {
                ...env,
                BENCH_PRINCIPAL: JSON.stringify([medewerker, teamleider]),
                ...(set === "vol" ? { BENCH_RECORD: planBestand } : {}),
              }, port, []);
        return { naam, set, gateway };
      }),
    );
    console.log(`${processen.length} processes started in ${((performance.now() - begin) / 1000).toFixed(1)} s (3 sets of 5 subgraphs, 3 hub gateways, 2 plain ones)`);

    // q1's plan as the plain gateway runs it: its first request, recorded; the replay goes to the vol set.
    const apolloVol = doelen.find((d) => d.naam === "apollo/vol")!;
    await controleer(apolloVol, vragen.q1);
    const plan = inStappen(readFileSync(planBestand, "utf8").trim().split("\n").filter(Boolean).map((regel) => JSON.parse(regel) as Oproep));
    const replayKopjes = new Map<string, Record<string, string>>();
    const muntReplay = async (): Promise<void> => {
      for (const d of subgraphs) replayKopjes.set(d.name, await mintSubgraphHeaders(medewerker, { name: d.name, organisatie: d.organisatie }, keys));
    };
    await muntReplay();
    // Tokens live 60 s and are refused past 120 s: renewed as the plain gateway renews its own.
    const muntTimer = setInterval(() => void muntReplay().catch((error: unknown) => console.error(`renewing the replay's tokens failed: ${String(error)}`)), 30_000);
    muntTimer.unref();
    opruimen.push(async () => clearInterval(muntTimer));
    // A call carrying decisions needs a token vouching for exactly them: minted for it, as the hub's gateway does.
    const kopjes: Kopjes = async (subgraph, bundel) => {
      if (!bundel) return replayKopjes.get(subgraph) ?? {};
      const token = await signSubgraphToken(medewerker, { requestId: randomBytes(16).toString("hex"), audience: subgraph, eigenaar: EIGENAAR.get(subgraph), besluiten: bundelHash(bundel) }, keys.gatewayPrivateKey!);
      return { authorization: `Bearer ${token}` };
    };
    const replayFout = await speelPlanAf(plan, kopjes);
    if (replayFout) throw new Error(`the replay of q1's plan failed: ${replayFout}`);
    console.log(`q1's plan (recorded at the plain gateway, replayed with the hub's decisions): ${plan.map((stap) => `[${stap.map((c) => c.subgraph).join(", ")}]`).join(" → ")}`);
    const replay: Doel = { naam: "replay", set: "vol" };

    // Every target answers every query, with data and no error but FORBIDDEN: else the figures would mean nothing.
    for (const doel of doelen) for (const naam of o.vragen) console.log(`  check ${doel.naam.padEnd(17)} ${naam}: ${await controleer(doel, vragen[naam])}`);

    const meter = meterVoor(statistiek, postmaster, sets, subgraphVanDatabase);
    const metingen: Meting[] = [];
    const latenties = new Map<string, number[]>();
    const schijven = o.vragen.length * o.gelijktijdig.length * o.rondes * doelen.length + (o.vragen.includes("q1") ? o.gelijktijdig.length * o.rondes : 0);
    console.log(
      `\n${o.opwarmenStart} s of mixed warm-up per target, then ${schijven} slices of ${o.schijf} s (+ ${o.opwarmen} s warm-up per target, query and concurrency)${o.geheugenMinuten ? `, then ${o.geheugenMinuten} min of memory` : ""}: about ${Math.ceil((schijven * (o.schijf + 1) + (schijven / o.rondes) * o.opwarmen + (doelen.length + 1) * (o.opwarmenStart + 1)) / 60 + (o.geheugenMinuten ? o.geheugenMinuten + 0.5 : 0))} min`,
    );
    // First every target under all the queries for a while: the vol set serves three targets and zonder-log one, so
    // without this the first query's slices met processes warmed (JIT, heap sizes) unequally.
    if (o.opwarmenStart > 0) {
      const alle = o.vragen.map((naam) => vragen[naam]);
      for (const doel of [...doelen, ...(o.vragen.includes("q1") ? [replay] : [])]) {
        await (doel.gateway ? belastGateway(doel.gateway.url, alle, 8, o.opwarmenStart) : belastReplay(plan, kopjes, 8, o.opwarmenStart));
        await meter.rust(doel);
      }
    }
    for (const naam of o.vragen) {
      const v = vragen[naam];
      const deze = naam === "q1" ? [...doelen, replay] : doelen;
      for (const c of o.gelijktijdig) {
        const belast = (doel: Doel, seconden: number): Promise<Belasting> =>
          doel.gateway ? belastGateway(doel.gateway.url, [v], c, seconden) : belastReplay(plan, kopjes, c, seconden);
        // Each warm-up waits until its processes are idle again, so no slice starts on another's queued work.
        if (o.opwarmen > 0) {
          for (const doel of deze) {
            await belast(doel, o.opwarmen);
            await meter.rust(doel);
          }
        }
        for (let ronde = 0; ronde < o.rondes; ronde++) {
          // Rotating, and every other round backwards: a rotation alone keeps each target behind the same one
          // (hub/zonder-log always came right after apollo/vol, whose decision-service traffic writes the most).
          const gedraaid = deze.map((_, i) => deze[(i + ronde) % deze.length]!);
          const volgorde = ronde % 2 === 1 ? gedraaid.reverse() : gedraaid;
          for (const doel of volgorde) {
            const gcVoor = await meter.gc(doel);
            const voor = await meter.stand(doel);
            const b = await belast(doel, o.schijf);
            await meter.rust(doel);
            const na = await meter.stand(doel);
            const gcNa = await meter.gc(doel);
            metingen.push(meting(naam, c, ronde + 1, doel, b, voor, na, gcVoor, gcNa));
            latenties.set(`${naam}|${c}|${ronde + 1}|${doel.naam}`, b.latenties);
            if (b.fouten > 0) console.log(`    ${doel.naam} ${naam} c=${c}: ${b.fouten} errors, the first: ${b.eersteFout?.slice(0, 300)}`);
          }
          const deRonde = metingen.filter((m) => m.query === naam && m.concurrency === c && m.round === ronde + 1);
          console.log(`  ${naam} c=${c} round ${ronde + 1}/${o.rondes}: ${deRonde.map((m) => `${m.target} ${m.reqPerSecond.toFixed(1)}`).join(" · ")} req/s`);
        }
      }
    }

    const samenvattingen = o.vragen.flatMap((naam) => o.gelijktijdig.map((c) => samenvatting(naam, c, metingen, latenties, o.rondes, o.aa)));
    console.log(`
Load average (1/5/15 min) at start ${belastingBijStart.map((l) => l.toFixed(2)).join("/")}, after the throughput part ${loadavg().map((l) => l.toFixed(2)).join("/")} (${cpus().length} CPUs): every process here and anything else running shares them.
${scenario.gezinnen.length} households; ${o.rondes} rounds of ${o.schijf} s per target; req/s and CPU/SQL figures are medians of the rounds, latencies over all their requests; CPU and SQL per request sent (requests still open at a slice's end finish before it is read).`);
    for (const naam of o.vragen) console.log(`  ${naam}: ${vragen[naam].wat}`);
    for (const s of samenvattingen) console.log(`\n${tabel(s)}`);

    const geheugen = o.geheugenMinuten > 0 ? await meetGeheugen(doelen.find((d) => d.naam === "hub/vol")!, sets.get("vol")!, postmaster, [vragen.q1, vragen.q2, vragen.q3], o.geheugenMinuten) : undefined;
    if (geheugen) console.log(`\n${geheugen.tekst}`);
    const belastingAanEind = loadavg();
    console.log(`\nLoad average (1/5/15 min) at the end ${belastingAanEind.map((l) => l.toFixed(2)).join("/")} (${cpus().length} CPUs)`);
    if (o.json) {
      const resultaat = {
        measuredAt: new Date().toISOString(),
        machine: { cpus: cpus().length, loadAverageAtStart: belastingBijStart, loadAverageAtEnd: belastingAanEind, clockTicks: KLOKTIKKEN },
        options: o,
        queries: Object.fromEntries(o.vragen.map((naam) => [naam, vragen[naam].wat])),
        q1Plan: plan.map((stap) => stap.map((c) => c.subgraph)),
        slices: metingen,
        summaries: samenvattingen,
        memory: geheugen?.json,
      };
      writeFileSync(o.json, `${JSON.stringify(resultaat, null, 2)}\n`);
      console.log(`\nresults written to ${o.json}`);
    }
  } finally {
    await ruimOp();
  }
}

/** Recorded calls into stages: a call that starts after every earlier call has ended begins a new stage. */
function inStappen(oproepen: Oproep[]): Plan {
  const stappen: Plan = [];
  let eindeTotNu = Number.NEGATIVE_INFINITY;
  for (const oproep of [...oproepen].sort((a, b) => a.start - b.start)) {
    if (stappen.length === 0 || oproep.start >= eindeTotNu) stappen.push([]);
    stappen.at(-1)!.push(oproep);
    eindeTotNu = Math.max(eindeTotNu, oproep.end);
  }
  if (stappen.length === 0) throw new Error("the plain gateway recorded no subgraph calls for q1");
  return stappen;
}

/** The headers of a replayed call to `subgraph`; with `bundel`, a token vouching for that decision text (`bsl`). */
type Kopjes = (subgraph: string, bundel?: string) => Promise<Record<string, string>>;

/**
 * One run of the plan straight at the subgraphs, stage after stage, each
 * stage's calls at once, with the recorded bodies and freshly minted headers:
 * what a gateway cannot do faster. It speaks the hub's protocol, so it is a
 * floor for the hub and not for another protocol: the register holder is asked
 * for the decisions the later stages' partners need, and each partner gets its
 * owner's with a token vouching for them (see besluitenbundel), as the hub's
 * gateway does. Resolves with why it failed, or undefined.
 */
async function speelPlanAf(plan: Plan, kopjes: Kopjes): Promise<string | undefined> {
  const besluiten = new Map<string, Besluitenbundel[]>();
  try {
    for (const [i, stap] of plan.entries()) {
      const later = [...new Set(plan.slice(i + 1).flat().flatMap((o) => (EIGENAAR.has(o.subgraph) ? [EIGENAAR.get(o.subgraph)!] : [])))];
      await Promise.all(
        stap.map(async (oproep) => {
          let body = oproep.body;
          let bundel: string | undefined;
          const eigenaar = EIGENAAR.get(oproep.subgraph);
          if (oproep.subgraph === REGISTERHOUDER && later.length > 0) {
            const verzoek = JSON.parse(body) as Record<string, any>;
            body = JSON.stringify({ ...verzoek, extensions: { ...verzoek.extensions, [BESLUITEN_GEVRAAGD]: later } });
          } else if (eigenaar) {
            const verzoek = JSON.parse(body) as Record<string, any>;
            bundel = bundelVoorOproep(besluiten.get(eigenaar), eigenaar, verzoek.variables?.representations);
            if (bundel) body = JSON.stringify({ ...verzoek, extensions: { ...verzoek.extensions, [BESLUITEN_MEEGEGEVEN]: bundel } });
          }
          const response = await fetch(oproep.url, { method: "POST", headers: { "content-type": "application/json", ...(await kopjes(oproep.subgraph, bundel)) }, body });
          const tekst = await response.text();
          const fout = foutIn(response.status, tekst);
          if (fout) throw new Error(`${oproep.subgraph}: ${fout}`);
          if (oproep.subgraph !== REGISTERHOUDER) return;
          const uitgedeeld = (JSON.parse(tekst) as { extensions?: Record<string, Record<string, unknown>> }).extensions?.[BESLUITEN_UITGEDEELD] ?? {};
          for (const [wie, gebundeld] of Object.entries(uitgedeeld)) if (isBundelVoor(gebundeld, wie)) besluiten.set(wie, [...(besluiten.get(wie) ?? []), gebundeld]);
        }),
      );
    }
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}

/** `c` clients each running the plan again as soon as it is done, for `seconden` s. */
async function belastReplay(plan: Plan, kopjes: Kopjes, c: number, seconden: number): Promise<Belasting> {
  const latenties: number[] = [];
  let fouten = 0;
  let eersteFout: string | undefined;
  const begin = performance.now();
  const tot = begin + seconden * 1000;
  const client = async (): Promise<void> => {
    while (performance.now() < tot) {
      const start = performance.now();
      const fout = await speelPlanAf(plan, kopjes).catch((error: unknown) => String(error));
      latenties.push(performance.now() - start);
      if (fout !== undefined) {
        fouten++;
        eersteFout ??= fout;
      }
    }
  };
  await Promise.all(Array.from({ length: c }, client));
  return { latenties, verzoeken: latenties.length, verstuurd: latenties.length, seconden: (performance.now() - begin) / 1000, fouten, eersteFout };
}

/** CPU times (ms) and pg_stat_statements calls per database at one moment. */
interface Stand {
  gateway: number;
  subgraphs: number;
  /** Per subgraph of the target's set, by name. */
  perSubgraph: Map<string, number>;
  postgres: number;
  /** PostgreSQL's CPU by kind of process ({@link postgresCpuMsPerSoortLezer}), databases named by their subgraph. */
  postgresPerSoort: Map<string, number>;
  sql: Map<string, number>;
}

/** The young generation's collections (scavenges) of a set's five subgraphs together, and all their GC pauses in ms. */
interface GcStand {
  scavenges: number;
  ms: number;
}

/**
 * A service's collections so far, from its `/metrics` (prom-client's
 * `nodejs_gc_duration_seconds`, which Node's GC performance entries feed):
 * how many scavenges, and the milliseconds of every kind of pause.
 */
async function gcVan(proces: BenchProces): Promise<GcStand> {
  const tekst = await (await fetch(new URL("/metrics", proces.url))).text();
  return { scavenges: somVan(tekst, "nodejs_gc_duration_seconds_count", { kind: "minor" }), ms: somVan(tekst, "nodejs_gc_duration_seconds_sum") * 1000 };
}

function meterVoor(statistiek: Client, postmaster: number, sets: Map<SetNaam, Map<string, BenchProces>>, subgraphVanDatabase: Map<string, string>) {
  const subgraphPids = (doel: Doel): number[] => [...sets.get(doel.set)!.values()].map((p) => p.pid);
  const cpu = (doel: Doel): Omit<Stand, "sql" | "perSubgraph" | "postgresPerSoort"> => ({
    gateway: doel.gateway ? cpuMs([doel.gateway.pid]) : 0,
    subgraphs: cpuMs(subgraphPids(doel)),
    postgres: postgresCpuMs(postmaster),
  });
  const perSubgraph = (doel: Doel): Map<string, number> => new Map([...sets.get(doel.set)!].map(([naam, p]) => [naam, cpuMs([p.pid])]));
  // A database named by its subgraph. The sets share the databases, and only the target's set is under load in its slice.
  const leesPostgresPerSoort = postgresCpuMsPerSoortLezer(postmaster);
  // Read every second too, so that a backend's work is seen under its database before it exits.
  setInterval(leesPostgresPerSoort, 1000).unref();
  const postgresPerSoort = (): Map<string, number> => {
    const perSoort = new Map<string, number>();
    for (const [soort, ms] of leesPostgresPerSoort()) {
      const database = /^(backend|autovacuum) (\S+)$/.exec(soort);
      const naam = database ? `${database[1]} ${subgraphVanDatabase.get(database[2]!) ?? database[2]}` : soort;
      perSoort.set(naam, (perSoort.get(naam) ?? 0) + ms);
    }
    return perSoort;
  };
  return {
    async stand(doel: Doel): Promise<Stand> {
      const { rows } = await statistiek.query<{ datname: string; calls: string }>(
        // Not its own: every statement that names pg_stat_statements is the bench's.
        `SELECT d.datname, sum(s.calls)::bigint AS calls FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
         WHERE s.query NOT LIKE '%pg_stat_statements%' GROUP BY d.datname`,
      );
      const sql = new Map<string, number>();
      for (const r of rows) {
        const subgraph = subgraphVanDatabase.get(r.datname);
        if (subgraph) sql.set(subgraph, Number(r.calls));
      }
      return { ...cpu(doel), perSubgraph: perSubgraph(doel), postgresPerSoort: postgresPerSoort(), sql };
    },
    /**
     * The set's GC so far. Read before `stand` ahead of a slice and after it at
     * the end, so that the services' work answering /metrics stays out of the
     * slice's CPU figures.
     */
    async gc(doel: Doel): Promise<GcStand> {
      const standen = await Promise.all([...sets.get(doel.set)!.values()].map(gcVan));
      return standen.reduce((a, b) => ({ scavenges: a.scavenges + b.scavenges, ms: a.ms + b.ms }));
    },
    /**
     * Wait until the target's processes are idle: the requests still open when
     * the load stopped are finished by the servers, and their work belongs to
     * this slice, not to the next target's (PostgreSQL and a set are shared).
     */
    async rust(doel: Doel): Promise<void> {
      const totaal = (): number => Object.values(cpu(doel)).reduce((a, b) => a + b, 0);
      const tot = Date.now() + 15_000;
      let vorige = totaal();
      let stil = 0;
      while (stil < 2 && Date.now() < tot) {
        await slaap(100);
        const nu = totaal();
        stil = nu - vorige <= 20 ? stil + 1 : 0;
        vorige = nu;
      }
    },
  };
}

function meting(query: VraagNaam, concurrency: number, round: number, doel: Doel, b: Belasting, voor: Stand, na: Stand, gcVoor: GcStand, gcNa: GcStand): Meting {
  const gesorteerd = [...b.latenties].sort((x, y) => x - y);
  const per = Math.max(1, b.verstuurd);
  const sqlPerSubgraph = Object.fromEntries(subgraphs.map((s) => [s.name, ((na.sql.get(s.name) ?? 0) - (voor.sql.get(s.name) ?? 0)) / per]));
  const cpuPerSubgraph = Object.fromEntries(subgraphs.map((s) => [s.name, ((na.perSubgraph.get(s.name) ?? 0) - (voor.perSubgraph.get(s.name) ?? 0)) / per]));
  return {
    query,
    concurrency,
    round,
    target: doel.naam,
    requests: b.verzoeken,
    sent: b.verstuurd,
    seconds: b.seconden,
    reqPerSecond: b.verzoeken / b.seconden,
    p50: percentiel(gesorteerd, 0.5),
    p95: percentiel(gesorteerd, 0.95),
    p99: percentiel(gesorteerd, 0.99),
    errors: b.fouten,
    ...(b.eersteFout ? { firstError: b.eersteFout.slice(0, 500) } : {}),
    cpuMsPerRequest: {
      gateway: doel.gateway ? (na.gateway - voor.gateway) / per : null,
      subgraphs: (na.subgraphs - voor.subgraphs) / per,
      postgres: (na.postgres - voor.postgres) / per,
    },
    cpuMsPerRequestBySubgraph: cpuPerSubgraph,
    postgresCpuMsPerRequestByKind: Object.fromEntries(
      [...na.postgresPerSoort].map(([soort, ms]) => [soort, (ms - (voor.postgresPerSoort.get(soort) ?? 0)) / per] as const).filter(([, ms]) => Math.abs(ms) >= 0.005),
    ),
    sqlPerRequest: Object.values(sqlPerSubgraph).reduce((a, c) => a + c, 0),
    sqlPerRequestBySubgraph: sqlPerSubgraph,
    subgraphGcPerRequest: { scavenges: (gcNa.scavenges - gcVoor.scavenges) / per, ms: (gcNa.ms - gcVoor.ms) / per },
  };
}

function mediaan(waarden: number[]): number {
  const s = waarden.filter((w) => !Number.isNaN(w)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** One target's row: medians of the rounds, latencies over all their requests. */
interface Rij {
  reqPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  cpuMsPerRequest: { gateway: number | null; subgraphs: number; postgres: number };
  cpuMsPerRequestBySubgraph: Record<string, number>;
  postgresCpuMsPerRequestByKind: Record<string, number>;
  sqlPerRequest: number;
  sqlPerRequestBySubgraph: Record<string, number>;
  /** The set's subgraphs together: scavenges and milliseconds of GC pauses per request. */
  subgraphGcPerRequest: GcStand;
}

/** A ratio, the median over the rounds of each round's ratio, and its target where it has one. */
interface Verhouding {
  name: string;
  value: number;
  perRound: number[];
  target?: { atLeast?: number; atMost?: number };
}

interface Samenvatting {
  query: VraagNaam;
  concurrency: number;
  targets: Partial<Record<DoelNaam, Rij>>;
  ratios: Verhouding[];
}

function samenvatting(query: VraagNaam, concurrency: number, metingen: Meting[], latenties: Map<string, number[]>, rondes: number, aa: boolean): Samenvatting {
  const deze = metingen.filter((m) => m.query === query && m.concurrency === concurrency);
  const van = (doel: DoelNaam): Meting[] => deze.filter((m) => m.target === doel);
  const targets: Partial<Record<DoelNaam, Rij>> = {};
  for (const doel of [...GATEWAY_DOELEN.map((d) => d.naam), "replay"] as DoelNaam[]) {
    const ms = van(doel);
    if (ms.length === 0) continue;
    const alle = ms.flatMap((m) => latenties.get(`${query}|${concurrency}|${m.round}|${doel}`) ?? []).sort((a, b) => a - b);
    targets[doel] = {
      reqPerSecond: mediaan(ms.map((m) => m.reqPerSecond)),
      p50: percentiel(alle, 0.5),
      p95: percentiel(alle, 0.95),
      p99: percentiel(alle, 0.99),
      errors: ms.reduce((som, m) => som + m.errors, 0),
      cpuMsPerRequest: {
        gateway: doel === "replay" ? null : mediaan(ms.map((m) => m.cpuMsPerRequest.gateway ?? Number.NaN)),
        subgraphs: mediaan(ms.map((m) => m.cpuMsPerRequest.subgraphs)),
        postgres: mediaan(ms.map((m) => m.cpuMsPerRequest.postgres)),
      },
      cpuMsPerRequestBySubgraph: Object.fromEntries(subgraphs.map((s) => [s.name, mediaan(ms.map((m) => m.cpuMsPerRequestBySubgraph[s.name] ?? Number.NaN))])),
      postgresCpuMsPerRequestByKind: Object.fromEntries(
        [...new Set(ms.flatMap((m) => Object.keys(m.postgresCpuMsPerRequestByKind)))].map((soort) => [soort, mediaan(ms.map((m) => m.postgresCpuMsPerRequestByKind[soort] ?? 0))]),
      ),
      sqlPerRequest: mediaan(ms.map((m) => m.sqlPerRequest)),
      sqlPerRequestBySubgraph: Object.fromEntries(subgraphs.map((s) => [s.name, mediaan(ms.map((m) => m.sqlPerRequestBySubgraph[s.name] ?? Number.NaN))])),
      subgraphGcPerRequest: { scavenges: mediaan(ms.map((m) => m.subgraphGcPerRequest.scavenges)), ms: mediaan(ms.map((m) => m.subgraphGcPerRequest.ms)) },
    };
  }
  const perRonde = (teller: DoelNaam, noemer: DoelNaam, waarde: (m: Meting) => number): number[] =>
    Array.from({ length: rondes }, (_, i) => {
      const r = i + 1;
      const t = van(teller).find((m) => m.round === r);
      const n = van(noemer).find((m) => m.round === r);
      return t && n ? waarde(t) / waarde(n) : Number.NaN;
    });
  const verhouding = (name: string, teller: DoelNaam, noemer: DoelNaam, waarde: (m: Meting) => number, target?: Verhouding["target"]): Verhouding => {
    const rij = perRonde(teller, noemer, waarde);
    return { name, value: mediaan(rij), perRound: rij, ...(target ? { target } : {}) };
  };
  const rps = (m: Meting): number => m.reqPerSecond;
  const kern = (query === "q1" || query === "q2") && concurrency === 10;
  const ratios = [
    verhouding("req/s hub ÷ apollo, on vol", "hub/vol", "apollo/vol", rps),
    verhouding("gateway CPU/req hub ÷ apollo, on vol", "hub/vol", "apollo/vol", (m) => m.cpuMsPerRequest.gateway ?? Number.NaN, { atMost: 1 }),
    ...(aa
      ? [verhouding("A/A, two identical sets (hub/vol ÷ hub/zonder-log run as vol): the bench's own bias, 1.00 if none", "hub/vol", "hub/zonder-log", rps)]
      : [
          verhouding("log on/off (hub/vol ÷ hub/zonder-log)", "hub/vol", "hub/zonder-log", rps, kern ? { atLeast: 0.9 } : undefined),
          verhouding("enforcement on/off (hub/zonder-log ÷ hub/onbewaakt)", "hub/zonder-log", "hub/onbewaakt", rps, { atLeast: 0.9 }),
        ]),
    verhouding("all guarantees (hub/vol ÷ apollo/onbewaakt)", "hub/vol", "apollo/onbewaakt", rps, kern ? { atLeast: 0.9 } : undefined),
  ];
  if (query === "q1" && concurrency === 1 && targets.replay) ratios.push(verhouding("latency p50 hub/vol ÷ replay", "hub/vol", "replay", (m) => m.p50, { atMost: 1.1 }));
  return { query, concurrency, targets, ratios };
}

function getal(waarde: number | null, cijfers: number, breedte: number): string {
  return (waarde === null || Number.isNaN(waarde) ? "–" : waarde.toFixed(cijfers)).padStart(breedte);
}

/** The (query, concurrency) table and its ratios, as printed. */
function tabel(s: Samenvatting): string {
  const kop = `${s.query}, concurrency ${s.concurrency}:
  ${"target".padEnd(17)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"p99 ms".padStart(9)}${"errors".padStart(8)}   CPU ms/req: ${"gateway".padStart(7)}${"subgraphs".padStart(10)}${"PG".padStart(7)}${"SQL/req".padStart(9)}  (CPU; SQL of ${subgraphs.map((d) => d.name).join(" + ")})`;
  const rijen = Object.entries(s.targets).map(([doel, r]) => {
    const cpuPerSubgraph = subgraphs.map((d) => getal(r.cpuMsPerRequestBySubgraph[d.name] ?? Number.NaN, 1, 0)).join(" + ");
    const perSubgraph = subgraphs.map((d) => getal(r.sqlPerRequestBySubgraph[d.name] ?? Number.NaN, 1, 0)).join(" + ");
    return `  ${doel.padEnd(17)}${getal(r.reqPerSecond, 1, 9)}${getal(r.p50, 1, 9)}${getal(r.p95, 1, 9)}${getal(r.p99, 1, 9)}${String(r.errors).padStart(8)}               ${getal(r.cpuMsPerRequest.gateway, 2, 7)}${getal(r.cpuMsPerRequest.subgraphs, 2, 10)}${getal(r.cpuMsPerRequest.postgres, 2, 7)}${getal(r.sqlPerRequest, 1, 9)}  (${cpuPerSubgraph}; ${perSubgraph})`;
  });
  const verhoudingen = s.ratios.map((v) => {
    const doel = v.target?.atLeast !== undefined ? ` (target ≥ ${v.target.atLeast.toFixed(2)})` : v.target?.atMost !== undefined ? ` (target ≤ ${v.target.atMost.toFixed(2)})` : "";
    const mis =
      Number.isNaN(v.value) ? "" : v.target?.atLeast !== undefined && v.value < v.target.atLeast ? "  ← below target" : v.target?.atMost !== undefined && v.value > v.target.atMost ? "  ← above target" : "";
    return `    ${v.name}: ${getal(v.value, 2, 0)}${doel}${mis}; per round ${v.perRound.map((w) => getal(w, 2, 0)).join(" ")}`;
  });
  const postgres = Object.entries(s.targets).map(([doel, r]) => {
    const delen = Object.entries(r.postgresCpuMsPerRequestByKind).filter(([, ms]) => ms >= 0.05).sort((a, b) => b[1] - a[1]);
    return `    ${doel.padEnd(17)}${delen.map(([soort, ms]) => `${soort} ${getal(ms, 2, 0)}`).join(" · ")}`;
  });
  // A set loaded seldom would show here first: more scavenges per request than a set alike that is loaded often.
  const gc = Object.entries(s.targets).map(([doel, r]) => `    ${doel.padEnd(17)}${getal(r.subgraphGcPerRequest.scavenges, 2, 6)} scavenges, ${getal(r.subgraphGcPerRequest.ms, 2, 6)} ms of GC pauses`);
  return [
    kop,
    ...rijen,
    "  PostgreSQL CPU ms/req by process (medians of the rounds):",
    ...postgres,
    "  GC per request of the set's five subgraphs together (their /metrics, medians of the rounds):",
    ...gc,
    "  ratios (median of the rounds' ratios):",
    ...verhoudingen,
  ].join("\n");
}

/**
 * Mixed load (q1, q2, q3 in turn on every connection) at c=8 on hub/vol for
 * `minuten` minutes after 30 s of the same: each process's RSS after the
 * warm-up and at the end. Growth past the warm-up is what a leak looks like.
 */
async function meetGeheugen(doel: Doel, set: Map<string, BenchProces>, postmaster: number, vragen: Vraag[], minuten: number): Promise<{ tekst: string; json: unknown }> {
  const processen = [doel.gateway!, ...set.values()];
  const pgRss = (): number => postgresPids(postmaster).reduce((som, pid) => som + (rssMiB(pid) || 0), 0);
  console.log(`\nmemory: 30 s warm-up, then ${minuten} min of q1/q2/q3 in turn at c=8 on hub/vol…`);
  await belastGateway(doel.gateway!.url, vragen, 8, 30);
  const voor = processen.map((p) => rssMiB(p.pid));
  const pgVoor = pgRss();
  const b = await belastGateway(doel.gateway!.url, vragen, 8, minuten * 60);
  const na = processen.map((p) => rssMiB(p.pid));
  const pgNa = pgRss();
  const regels = processen.map((p, i) => {
    const verhouding = na[i]! / voor[i]!;
    return `  ${p.naam.padEnd(26)} ${voor[i]!.toFixed(0).padStart(6)} → ${na[i]!.toFixed(0).padStart(6)} MiB  ×${verhouding.toFixed(2)} (target ≤ 1.50)${verhouding > 1.5 ? "  ← above target" : ""}`;
  });
  const tekst = `Memory (RSS, VmRSS) of hub/vol's processes after 30 s of mixed load at c=8, and after ${minuten} min more (${(b.verzoeken / b.seconden).toFixed(1)} req/s, ${b.fouten} errors${b.eersteFout ? `; the first: ${b.eersteFout.slice(0, 200)}` : ""}):
${regels.join("\n")}
  ${"PostgreSQL (all processes)".padEnd(26)} ${pgVoor.toFixed(0).padStart(6)} → ${pgNa.toFixed(0).padStart(6)} MiB  (a sum: the shared buffers count once per process that touched them)`;
  return {
    tekst,
    json: {
      minutes: minuten,
      reqPerSecond: b.verzoeken / b.seconden,
      errors: b.fouten,
      processes: processen.map((p, i) => ({ name: p.naam, rssMiBAfterWarmup: voor[i], rssMiBAtEnd: na[i], ratio: na[i]! / voor[i]! })),
      postgresRssMiB: { afterWarmup: pgVoor, atEnd: pgNa },
    },
  };
}

main().catch((error: unknown) => {
  if (!onderbroken()) console.error(error instanceof Error ? error.message : error);
  process.exitCode = onderbroken() ? 130 : 1;
});
