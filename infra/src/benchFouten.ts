import { type ChildProcess, spawn } from "node:child_process";
import { terminate } from "./superviseProcess";
import { leesBenchOpties } from "./benchOpties";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { subgraphFetcherOptionsFromEnvironment, subgraphUrlVariabele } from "@gezinsbeeld/gateway";
import { createDevToken, databaseUrlFor, developmentKeys, keyEnvironment, Rol } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie, demoScenario } from "@gezinsbeeld/demo";
import { GEZINSBEELD_QUERY } from "./gezinsbeeldQuery";
import { SERVICE_NODE_FLAGS } from "./nodeVlaggen";
import { freePort, redact, startPostgres } from "./postgres";
import { prepareDatabase } from "./prepareDatabase";
import { subgraphs } from "./subgraphs";

const USAGE = `npm run bench:fouten [-- --concurrency 200 --healthy 10 --stall 30 --resumed 10 --after 10 --households 60 --subgraph gi --query light]

Measures, on this machine, what a hanging subgraph costs the gateway. Starts
embedded PostgreSQL in a temporary directory (or uses GEZINSBEELD_DATABASE_URL),
the five subgraphs and the gateway as separate processes, as \`npm start\` does,
then sends one household's gezinsbeeld from --concurrency clients (--query
light: its name, members, meldingen and the GI's measures, from three subgraphs;
whole: every field of every subgraph, which saturates a small machine by itself):
  1. --healthy seconds with every subgraph up;
  2. --stall seconds with --subgraph stopped (SIGSTOP);
  3. --resumed seconds after SIGCONT, load still on;
  4. --after seconds without load.
Prints the gateway's resident memory and open sockets (all, and those to the
stopped subgraph) per phase, the answers by error code, and how long after
SIGCONT the first complete answer came. The gateway's bounds come from its
environment (GEZINSBEELD_SUBGRAPH_TIMEOUT_MS, …); its per-user rate limit is
lifted (GEZINSBEELD_RATE_LIMIT, unless set), as every client asks as one user.
Linux only (reads /proc).`;

const REPO = path.join(__dirname, "..", "..");

interface Opties {
  gelijktijdig: number;
  gezond: number;
  stil: number;
  hervat: number;
  daarna: number;
  huishoudens: number;
  subgraph: string;
  query: string;
}

/** Three subgraphs, the GI among them: light enough that the healthy hub keeps up with many clients. */
const LICHTE_QUERY = `query GezinMetMaatregelen($id: ID!) {
  gezin(id: $id) { naam leden { voornamen } meldingen { datum aard } maatregelen { soort startdatum einddatum } jeugdbeschermer { naam } }
}`;

function opties(): Opties {
  const { values, getal } = leesBenchOpties(
    {
      concurrency: { type: "string", default: "200" },
      healthy: { type: "string", default: "10" },
      stall: { type: "string", default: "30" },
      resumed: { type: "string", default: "10" },
      after: { type: "string", default: "10" },
      households: { type: "string", default: "60" },
      subgraph: { type: "string", default: "gi" },
      query: { type: "string", default: "light" },
    },
    USAGE,
  );
  if (!subgraphs.some((s) => s.name === values.subgraph) || values.subgraph === "lokaal-team") {
    throw new Error(`--subgraph must be a partner subgraph (${subgraphs.slice(1).map((s) => s.name).join(", ")}), got '${values.subgraph}'`);
  }
  if (values.query !== "light" && values.query !== "whole") throw new Error(`--query must be light or whole, got '${values.query}'\n\n${USAGE}`);
  return {
    gelijktijdig: getal("concurrency", 1),
    gezond: getal("healthy", 1),
    stil: getal("stall", 1),
    hervat: getal("resumed", 1),
    daarna: getal("after", 0),
    huishoudens: getal("households", 12),
    subgraph: values.subgraph,
    query: values.query,
  };
}

/** One answer as a client saw it. */
interface Antwoord {
  start: number;
  eind: number;
  /** `compleet`, or the error codes of the answer (with the subgraph, where given) joined with `+`, or `HTTP <status>` / `geen antwoord`. */
  soort: string;
}

/** What the gateway process held at one moment. */
interface Meting {
  rssMb: number;
  sockets: number;
  naarSubgraph: number;
}

/** Set by Ctrl-C: what fails after it is the stopping, not the benchmark. */
let onderbroken = false;

/**
 * `npm run bench:fouten`: the gateway's memory, sockets and answers while one
 * subgraph hangs, and its recovery. Not a test: nothing here asserts, it prints.
 */
async function main(): Promise<void> {
  const o = opties();
  const belastingBijStart = loadavg()[0]!;
  const kinderen: ChildProcess[] = [];
  const opruimen: Array<() => Promise<void>> = [];
  const ruimOp = async (): Promise<void> => {
    // A stopped child would ignore SIGTERM until continued.
    for (const kind of kinderen) kind.kill("SIGCONT");
    await Promise.all(kinderen.map(terminate));
    for (const stap of opruimen.reverse().splice(0)) await stap().catch((error: unknown) => onderbroken || console.error(`cleanup: ${String(error)}`));
  };
  process.on("SIGINT", () => {
    if (onderbroken) return;
    onderbroken = true;
    console.error("\ninterrupted: cleaning up…");
    void ruimOp().finally(() => process.exit(130));
  });

  try {
    const dataDir = path.join(tmpdir(), `gezinsbeeld-bench-fouten-${process.pid}-${randomBytes(3).toString("hex")}`);
    opruimen.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const postgres = await startPostgres({ port: 0, persistent: false, dataDir });
    opruimen.push(() => postgres.stop());
    console.log(`PostgreSQL: ${postgres.embedded ? "embedded (temporary)" : "configured"} at ${redact(postgres.baseUrl)}`);

    const scenario = demoScenario(o.huishoudens);
    const voorvoegsel = `bench_${randomBytes(3).toString("hex")}`;
    const keys = await developmentKeys();
    const omgeving = await keyEnvironment(keys);
    const poorten = new Map<string, number>();
    for (const definition of subgraphs) {
      const naam = `${voorvoegsel}_${definition.databaseName}`;
      await prepareDatabase(postgres.baseUrl, { ...definition, databaseName: naam }, scenario);
      poorten.set(definition.name, await freePort());
    }
    console.log(`5 databases (${voorvoegsel}_*) migrated and seeded with ${scenario.gezinnen.length} households`);

    const url = (naam: string): string => `http://127.0.0.1:${poorten.get(naam)}/graphql`;
    for (const definition of subgraphs) {
      const kind = start(definition.name, path.join(REPO, "subgraphs", definition.name, "dist", "main.js"), {
        ...omgeving.subgraph,
        GEZINSBEELD_TOEGANGSREGISTER_URL: url("lokaal-team"),
        DATABASE_URL: databaseUrlFor(postgres.baseUrl, `${voorvoegsel}_${definition.databaseName}`),
        PORT: String(poorten.get(definition.name)),
      });
      kinderen.push(kind);
      await gezond(`http://127.0.0.1:${poorten.get(definition.name)}/health`, definition.name, kind);
    }
    const gatewayPoort = await freePort();
    const subgraphUrls = Object.fromEntries(subgraphs.map((s) => [subgraphUrlVariabele(s.name), url(s.name)]));
    const gateway = start("gateway", path.join(REPO, "gateway", "dist", "main.js"), {
      ...omgeving.gateway,
      ...subgraphUrls,
      PORT: String(gatewayPoort),
      // Every client asks as the same user: the per-user rate limit would measure itself, not the subgraph's stall.
      GEZINSBEELD_RATE_LIMIT: process.env.GEZINSBEELD_RATE_LIMIT ?? "100000000",
    });
    kinderen.push(gateway);
    await gezond(`http://127.0.0.1:${gatewayPoort}/health`, "gateway", gateway);
    const doel = kinderen[subgraphs.findIndex((s) => s.name === o.subgraph)]!;
    const doelPoort = poorten.get(o.subgraph)!;
    const bounds = subgraphFetcherOptionsFromEnvironment();

    const gezin =
      scenario.gezinnen.find((g) => g.fase === "ROOD" && g.mijlpalen.ervaringsdeskundigeVanaf && g.mijlpalen.meldingOp && g.leden.some((l) => l.gezinsrol === "KIND")) ??
      scenario.gezinnen[0]!;
    const token = await createDevToken({ org: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER, user: "lt-karin-smits" }, keys);
    const vraag = { url: `http://127.0.0.1:${gatewayPoort}/graphql`, token, body: JSON.stringify({ query: o.query === "whole" ? GEZINSBEELD_QUERY : LICHTE_QUERY, variables: { id: gezin.id } }) };

    // Warm up, and make sure a healthy hub answers completely: otherwise the figures below mean nothing.
    const opwarmen = await belast(vraag, 4, Date.now() + 3000);
    const onvolledig = opwarmen.find((a) => a.soort !== "compleet");
    if (onvolledig) throw new Error(`the healthy hub did not answer completely: ${onvolledig.soort}`);

    const meter = meet(gateway.pid!, doelPoort);
    const rust = await fase(meter, 2000, async () => []);
    const gezondeFase = await fase(meter, o.gezond * 1000, () => belast(vraag, o.gelijktijdig, Date.now() + o.gezond * 1000));
    process.stdout.write(`  healthy load done; stopping ${o.subgraph} (SIGSTOP) for ${o.stil} s…\n`);
    doel.kill("SIGSTOP");
    // One load across both phases, so the clients go on while the subgraph resumes.
    const alles = belast(vraag, o.gelijktijdig, Date.now() + (o.stil + o.hervat) * 1000);
    const stilFase = await fase(meter, o.stil * 1000, async () => []);
    doel.kill("SIGCONT");
    const hervatOp = Date.now();
    process.stdout.write(`  ${o.subgraph} resumed (SIGCONT); load goes on for ${o.hervat} s…\n`);
    const hervatFase = await fase(meter, o.hervat * 1000, async () => []);
    const antwoorden = await alles;
    const naFase = await fase(meter, o.daarna * 1000, async () => []);
    meter.stop();

    const stil = antwoorden.filter((a) => a.start < hervatOp);
    const hervat = antwoorden.filter((a) => a.start >= hervatOp);
    const eersteCompleet = Math.min(...antwoorden.filter((a) => a.soort === "compleet" && a.eind >= hervatOp).map((a) => a.eind)) - hervatOp;
    const laatsteOnvolledig = Math.max(0, ...hervat.filter((a) => a.soort !== "compleet").map((a) => a.start - hervatOp));

    console.log(`
Load average of the machine (1 min) at start ${belastingBijStart.toFixed(2)}, at the end ${loadavg()[0]!.toFixed(2)} (${cpus().length} CPUs): anything else running shares them.
Gateway (pid ${gateway.pid}) bounds per subgraph: timeout ${bounds.timeoutMs} ms, connect ${bounds.connectTimeoutMs} ms, ${bounds.maxSockets} sockets + ${bounds.maxQueued} queued, idle ${bounds.idleTimeoutMs} ms.
${o.gelijktijdig} clients, one household's ${o.query === "whole" ? "whole gezinsbeeld" : "name, members, meldingen and measures"} (${o.subgraph} among its subgraphs); ${o.subgraph} stopped with SIGSTOP for ${o.stil} s.

${rij("phase", "RSS MB start/max/end", "sockets max/end", `to ${o.subgraph} max/end`, "answers (complete: no error at all)")}
${rij("idle, before", mb(rust.metingen), max(rust.metingen, "sockets"), max(rust.metingen, "naarSubgraph"), "")}
${rij(`healthy, ${o.gezond} s`, mb(gezondeFase.metingen), max(gezondeFase.metingen, "sockets"), max(gezondeFase.metingen, "naarSubgraph"), telling(gezondeFase.antwoorden))}
${rij(`${o.subgraph} stopped, ${o.stil} s`, mb(stilFase.metingen), max(stilFase.metingen, "sockets"), max(stilFase.metingen, "naarSubgraph"), telling(stil))}
${rij(`resumed, ${o.hervat} s`, mb(hervatFase.metingen), max(hervatFase.metingen, "sockets"), max(hervatFase.metingen, "naarSubgraph"), telling(hervat))}
${rij(`idle, ${o.daarna} s after`, mb(naFase.metingen), max(naFase.metingen, "sockets"), max(naFase.metingen, "naarSubgraph"), "")}

Latency while stopped: ${latenties(stil)}; healthy: ${latenties(gezondeFase.antwoorden)}; resumed: ${latenties(hervat)}.
Recovery: first complete answer ${Number.isFinite(eersteCompleet) ? `${eersteCompleet} ms` : "never"} after SIGCONT; the last incomplete answer was asked ${laatsteOnvolledig} ms after it.`);
  } finally {
    await ruimOp();
  }
}

/** Run `werk` for `ms` (at least), sampling the gateway every 250 ms. */
async function fase(meter: ReturnType<typeof meet>, ms: number, werk: () => Promise<Antwoord[]>): Promise<{ metingen: Meting[]; antwoorden: Antwoord[] }> {
  const metingen: Meting[] = [];
  meter.naar(metingen);
  const [antwoorden] = await Promise.all([werk(), new Promise((resolve) => setTimeout(resolve, ms))]);
  return { metingen, antwoorden };
}

/** Samples of the gateway process every 250 ms into the list last given to `naar`. */
function meet(pid: number, poort: number): { naar(lijst: Meting[]): void; stop(): void } {
  let lijst: Meting[] = [];
  const neem = (): void => {
    lijst.push(meting(pid, poort));
  };
  const timer = setInterval(neem, 250);
  return {
    naar: (nieuw) => {
      lijst = nieuw;
      neem();
    },
    stop: () => clearInterval(timer),
  };
}

/** The process's resident memory, its open sockets, and those of them connected to `poort`, from /proc. */
function meting(pid: number, poort: number): Meting {
  const rss = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? Number.NaN);
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const doel = readlinkSync(`/proc/${pid}/fd/${fd}`);
      if (doel.startsWith("socket:[")) inodes.add(doel.slice(8, -1));
    } catch {
      // closed between listing and reading
    }
  }
  const hex = `:${poort.toString(16).toUpperCase().padStart(4, "0")}`;
  let naarSubgraph = 0;
  for (const bestand of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const regel of readFileSync(bestand, "utf8").split("\n").slice(1)) {
      const velden = regel.trim().split(/\s+/);
      if (velden[2]?.endsWith(hex) && inodes.has(velden[9] ?? "")) naarSubgraph++;
    }
  }
  return { rssMb: rss / 1024, sockets: inodes.size, naarSubgraph };
}

/** `gelijktijdig` clients, each asking again as soon as its answer is in, until `totMs`. */
async function belast(vraag: { url: string; token: string; body: string }, gelijktijdig: number, totMs: number): Promise<Antwoord[]> {
  const antwoorden: Antwoord[] = [];
  const client = async (): Promise<void> => {
    while (Date.now() < totMs && !onderbroken) {
      const start = Date.now();
      let soort: string;
      try {
        const response = await fetch(vraag.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${vraag.token}` },
          body: vraag.body,
          signal: AbortSignal.timeout(120_000),
        });
        const antwoord = (await response.json()) as { errors?: Array<{ extensions?: { code?: string; subgraph?: string } }> };
        // Which subgraph an error is about, where the gateway says so: a hanging GI also slows the decision service others wait for.
        const codes = antwoord.errors?.map((e) => `${e.extensions?.code ?? "?"}${e.extensions?.subgraph ? `(${e.extensions.subgraph})` : ""}`) ?? [];
        soort = !response.ok ? `HTTP ${response.status}` : codes.length ? [...new Set(codes)].sort().join("+") : "compleet";
      } catch (error) {
        soort = `geen antwoord (${error instanceof Error ? error.message : String(error)})`;
      }
      antwoorden.push({ start, eind: Date.now(), soort });
    }
  };
  await Promise.all(Array.from({ length: gelijktijdig }, client));
  return antwoorden;
}

function rij(...kolommen: string[]): string {
  const breedtes = [22, 22, 16, 14];
  return kolommen.map((k, i) => k.padEnd(breedtes[i] ?? 0)).join(" ").trimEnd();
}

function mb(metingen: Meting[]): string {
  if (metingen.length === 0) return "-";
  const rss = metingen.map((m) => m.rssMb);
  return `${rss[0]!.toFixed(0)}/${Math.max(...rss).toFixed(0)}/${rss.at(-1)!.toFixed(0)}`;
}

function max(metingen: Meting[], veld: "sockets" | "naarSubgraph"): string {
  return metingen.length === 0 ? "-" : `${Math.max(...metingen.map((m) => m[veld]))}/${metingen.at(-1)![veld]}`;
}

function telling(antwoorden: Antwoord[]): string {
  const per = new Map<string, number>();
  for (const a of antwoorden) per.set(a.soort, (per.get(a.soort) ?? 0) + 1);
  return `${antwoorden.length}: ${[...per].sort((a, b) => b[1] - a[1]).map(([soort, aantal]) => `${soort} ${aantal}`).join(", ")}`;
}

function latenties(antwoorden: Antwoord[]): string {
  const ms = antwoorden.map((a) => a.eind - a.start).sort((a, b) => a - b);
  if (ms.length === 0) return "-";
  const p = (q: number): number => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)]!;
  return `p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, max ${ms.at(-1)} ms`;
}

/** A service as a child process under the services' Node flags, with an IPC channel (it stops when this process dies); its output only when it fails to start. */
function start(naam: string, script: string, env: Record<string, string>): ChildProcess {
  const kind = spawn(process.execPath, [...SERVICE_NODE_FLAGS, script], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe", "ipc"] });
  let uitvoer = "";
  const bewaar = (chunk: Buffer): void => {
    // The gateway logs every failed subgraph call: keep the start, not the flood.
    if (uitvoer.length < 20_000) uitvoer += chunk.toString();
  };
  kind.stdout?.on("data", bewaar);
  kind.stderr?.on("data", bewaar);
  kind.once("exit", (code, signal) => {
    if (!onderbroken && code !== 0 && signal !== "SIGTERM" && signal !== "SIGKILL") console.error(`[${naam}] exited (${code ?? signal}):\n${uitvoer.slice(0, 4000)}`);
  });
  return kind;
}

async function gezond(url: string, naam: string, kind: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (kind.exitCode !== null) throw new Error(`${naam} exited with code ${kind.exitCode} during start`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${naam} did not become healthy within ${timeoutMs / 1000} s (${url})`);
}


main().catch((error: unknown) => {
  console.error("bench:fouten failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
