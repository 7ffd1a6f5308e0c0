import { randomBytes } from "node:crypto";
import { leesBenchOpties } from "./benchOpties";
import { rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { startGateway, type RunningGateway } from "@gezinsbeeld/gateway";
import {
  createDevToken,
  databaseUrlFor,
  developmentKeys,
  type IdentityKeys,
  Rol,
  type RunningSubgraph,
  startSubgraph,
  type SubgraphDefinition,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie, demoScenario, type DemoScenario } from "@gezinsbeeld/demo";
import { Client } from "pg";
import { dropDatabase } from "./databases";
import { GEZINSBEELD_PAGE_QUERY } from "./gezinsbeeldQuery";
import { redact, startPostgres } from "./postgres";
import { prepareDatabase } from "./prepareDatabase";
import { subgraphs } from "./subgraphs";

const USAGE = `npm run bench:audit [-- --duration 30 --slice 10 --concurrency 4 --warmup 20 --households 60 --entries 1000000]

Measures, in one run on this machine (embedded PostgreSQL in a temporary
directory, or the server in GEZINSBEELD_DATABASE_URL, on fresh databases):
  1. throughput of the 25-household gezinsbeeld query through the gateway as a
     lokaal-team teamleider, with the access log on and off: two hubs on the
     same databases, one started with recording and one without, loaded in
     turn in slices of --slice seconds until each had --duration seconds; and
     the ratio of the two;
  2. a privacy officer's query for one household in a log of --entries entries.`;

type Modus = "aan" | "uit";

/** One slice of load on one of the two hubs. */
interface Schijf {
  modus: Modus;
  verzoeken: number;
  seconden: number;
  latenties: number[];
}

interface Opties {
  duurSeconden: number;
  schijfSeconden: number;
  gelijktijdig: number;
  opwarmen: number;
  huishoudens: number;
  regels: number;
}

const PAGINA = 25;

/** Set by Ctrl-C: what fails after it is the stopping, not the benchmark. */
let onderbroken = false;

function opties(): Opties {
  const { values, getal } = leesBenchOpties(
    {
      duration: { type: "string", default: "30" },
      slice: { type: "string", default: "10" },
      concurrency: { type: "string", default: "4" },
      warmup: { type: "string", default: "20" },
      households: { type: "string", default: "60" },
      entries: { type: "string", default: "1000000" },
    },
    USAGE,
  );
  return {
    duurSeconden: getal("duration", 1),
    schijfSeconden: getal("slice", 1),
    gelijktijdig: getal("concurrency", 1),
    opwarmen: getal("warmup", 0),
    huishoudens: getal("households", PAGINA),
    regels: getal("entries", 1000),
  };
}

/**
 * `npm run bench:audit`: what the access log costs. Everything runs in this one
 * process (the five subgraphs, the gateway and the load), so on and off are
 * measured alike; the figures are for comparison on one machine, not capacity.
 * Not a test: nothing here asserts, it prints.
 */
async function main(): Promise<void> {
  const o = opties();
  const belastingBijStart = loadavg()[0]!;
  const opruimen: Array<() => Promise<void>> = [];
  const ruimOp = async (): Promise<void> => {
    for (const stap of opruimen.reverse().splice(0)) {
      // After Ctrl-C the servers and embedded PostgreSQL are stopping on their own signal handlers: failures then are expected.
      await stap().catch((error: unknown) => onderbroken || console.error(`cleanup: ${String(error)}`));
    }
  };
  // `on`, not `once`: the Apollo servers re-raise SIGINT after stopping, which must not end the process before the cleanup has.
  process.on("SIGINT", () => {
    if (onderbroken) return;
    onderbroken = true;
    console.error("\ninterrupted: cleaning up…");
    void ruimOp().finally(() => process.exit(130));
  });
  // Every Apollo server (twelve at a time here) listens for SIGINT and SIGTERM: not a leak.
  process.setMaxListeners(40);

  try {
    // A directory that does not exist yet: the embedded server creates it and, not persistent, removes it when it stops.
    const dataDir = path.join(tmpdir(), `gezinsbeeld-bench-${process.pid}-${randomBytes(3).toString("hex")}`);
    opruimen.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const postgres = await startPostgres({ port: 0, persistent: false, dataDir });
    opruimen.push(() => postgres.stop());
    console.log(`PostgreSQL: ${postgres.embedded ? "embedded (temporary)" : "configured"} at ${redact(postgres.baseUrl)}`);

    const scenario = demoScenario(o.huishoudens);
    const voorvoegsel = `bench_${randomBytes(3).toString("hex")}`;
    const databases = new Map<string, string>();
    for (const definition of subgraphs) {
      const naam = `${voorvoegsel}_${definition.databaseName}`;
      opruimen.push(() => dropDatabase(postgres.baseUrl, naam));
      // prepareDatabase names the database after the definition: give it the fresh name.
      await prepareDatabase(postgres.baseUrl, { ...definition, databaseName: naam }, scenario);
      databases.set(definition.name, databaseUrlFor(postgres.baseUrl, naam));
    }
    console.log(`5 databases (${voorvoegsel}_*) migrated and seeded with ${scenario.gezinnen.length} households`);

    const keys = await developmentKeys();
    const teamleider = await createDevToken({ org: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER, user: "lt-karin-smits" }, keys);

    const schijven = await meetAanEnUit(databases, keys, teamleider, o);
    const privacy = await meetPrivacyOfficer(databases, keys, scenario, o.regels);

    const aan = samenvatting(schijven.filter((r) => r.modus === "aan"));
    const uit = samenvatting(schijven.filter((r) => r.modus === "uit"));
    const verhouding = aan.perSeconde / uit.perSeconde;
    console.log(`
Load average of the machine (1 min) at start ${belastingBijStart.toFixed(2)}, at the end ${loadavg()[0]!.toFixed(2)} (${cpus().length} CPUs): anything else running shares them.
Results (${schijven.length / 2} slices of ${o.schijfSeconden} s per mode, on and off in turn, concurrency ${o.gelijktijdig}, ${scenario.gezinnen.length} households seeded):
  gezinsbeeld (${PAGINA} households), recording on:  ${aan.perSeconde.toFixed(2)} req/s (p50 ${aan.p50.toFixed(0)} ms, p95 ${aan.p95.toFixed(0)} ms; ${aan.verzoeken} requests)
  gezinsbeeld (${PAGINA} households), recording off: ${uit.perSeconde.toFixed(2)} req/s (p50 ${uit.p50.toFixed(0)} ms, p95 ${uit.p95.toFixed(0)} ms; ${uit.verzoeken} requests)
  ratio on/off: ${verhouding.toFixed(2)} (target ≥ 0.80)${verhouding >= 0.8 ? "" : "  ← below target"}; per pair of slices: ${aan.perSchijf.map((r, i) => (r / (uit.perSchijf[i] ?? Number.NaN)).toFixed(2)).join(" ")}
  privacy-officer query, 1 household, ${privacy.regels.toLocaleString("en")} entries: ${privacy.mediaan.toFixed(1)} ms median of ${privacy.metingen} (target < 100 ms)${privacy.mediaan < 100 ? "" : "  ← above target"}
    measured: ${privacy.wat}`);
  } finally {
    await ruimOp();
  }
}

/**
 * Two hubs on the same databases, one recording and one not (the log plugin
 * reads GEZINSBEELD_TOEGANGSLOG when a subgraph starts, so each hub starts under
 * its own setting), loaded in turn slice by slice. Alternating in short slices
 * keeps load from anything else on the machine out of the ratio: both modes
 * see the same background.
 */
async function meetAanEnUit(databases: Map<string, string>, keys: IdentityKeys, token: string, o: Opties): Promise<Schijf[]> {
  const hubs = new Map<Modus, Awaited<ReturnType<typeof startHub>>>();
  try {
    for (const modus of ["aan", "uit"] as const) {
      if (modus === "uit") process.env.GEZINSBEELD_TOEGANGSLOG = "uit";
      else delete process.env.GEZINSBEELD_TOEGANGSLOG;
      hubs.set(modus, await startHub(databases, keys));
    }
    delete process.env.GEZINSBEELD_TOEGANGSLOG;
    const body = JSON.stringify({ query: GEZINSBEELD_PAGE_QUERY, variables: { first: PAGINA } });
    const verzoek = (modus: Modus): Verzoek => ({ url: hubs.get(modus)!.gateway.url, token, body });
    // Both at once, so that neither starts its first slice on keep-alive connections idle for about the
    // servers' 5 s keep-alive timeout, when the server may close one just as the gateway reuses it
    // (ECONNRESET). Slices of at least 7 s keep the idle hub's connections clear of that window later on.
    await Promise.all((["aan", "uit"] as const).map((modus) => belast(verzoek(modus), o.gelijktijdig, { aantal: o.opwarmen })));

    const schijven: Schijf[] = [];
    const paren = Math.max(1, Math.round(o.duurSeconden / o.schijfSeconden));
    for (let paar = 0; paar < paren; paar++) {
      // Which mode goes first alternates too, so neither always follows the other.
      const volgorde: Modus[] = paar % 2 === 0 ? ["aan", "uit"] : ["uit", "aan"];
      for (const modus of volgorde) {
        const start = performance.now();
        const latenties = await belast(verzoek(modus), o.gelijktijdig, { totMs: start + o.schijfSeconden * 1000 });
        schijven.push({ modus, verzoeken: latenties.length, seconden: (performance.now() - start) / 1000, latenties });
      }
      const [a, b] = schijven.slice(-2);
      process.stdout.write(`  slices ${paar + 1}/${paren}: ${a!.modus === "aan" ? "on" : "off"} ${(a!.verzoeken / a!.seconden).toFixed(2)}, ${b!.modus === "aan" ? "on" : "off"} ${(b!.verzoeken / b!.seconden).toFixed(2)} req/s\n`);
    }
    return schijven;
  } finally {
    delete process.env.GEZINSBEELD_TOEGANGSLOG;
    for (const hub of hubs.values()) await stopHub(hub);
  }
}

async function stopHub({ gateway, gestart }: { gateway: RunningGateway; gestart: RunningSubgraph[] }): Promise<void> {
  await gateway.stop();
  for (const subgraph of [...gestart].reverse()) await subgraph.stop();
}

async function startHub(databases: Map<string, string>, keys: IdentityKeys): Promise<{ gateway: RunningGateway; gestart: RunningSubgraph[] }> {
  const gestart: RunningSubgraph[] = [];
  try {
    // lokaal-team keeps the access register the partners read, so it starts first.
    const [eigenaar, ...partners] = subgraphs as readonly [SubgraphDefinition, ...SubgraphDefinition[]];
    const start = (definition: SubgraphDefinition, toegangsregisterUrl?: string): Promise<RunningSubgraph> =>
      startSubgraph(definition, { databaseUrl: databases.get(definition.name) ?? "", port: 0, migrate: false, gatewayPublicKey: keys.gatewayPublicKey, toegangsregisterUrl });
    const register = await start(eigenaar);
    gestart.push(register);
    for (const partner of partners) gestart.push(await start(partner, register.url));
    const gateway = await startGateway({ port: 0, keys, subgraphs: gestart.map((s) => ({ name: s.name, url: s.url })) });
    return { gateway, gestart };
  } catch (error) {
    for (const subgraph of gestart) await subgraph.stop();
    throw error;
  }
}

interface Verzoek {
  url: string;
  token: string;
  body: string;
}

/**
 * `gelijktijdig` clients, each sending the next request when its answer is in,
 * until `aantal` requests are done or the clock passes `totMs`. Returns each
 * request's latency in ms. Stops at the first answer that is not a full page:
 * a failing hub would otherwise look fast.
 */
async function belast(verzoek: Verzoek, gelijktijdig: number, tot: { aantal?: number; totMs?: number }): Promise<number[]> {
  const latenties: number[] = [];
  let gestart = 0;
  const nogEen = (): boolean => (tot.aantal !== undefined ? gestart < tot.aantal : performance.now() < (tot.totMs ?? 0));
  const client = async (): Promise<void> => {
    while (nogEen()) {
      gestart++;
      const begin = performance.now();
      const response = await fetch(verzoek.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${verzoek.token}` },
        body: verzoek.body,
      });
      const antwoord = (await response.json()) as { data?: { gezinnen?: { nodes?: unknown[] } } | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
      latenties.push(performance.now() - begin);
      // Refused fields (FORBIDDEN) are part of a teamleider's normal answer; anything else is a failure.
      const fout = antwoord.errors?.find((e) => e.extensions?.code !== "FORBIDDEN");
      if (!response.ok || antwoord.data?.gezinnen?.nodes?.length !== PAGINA || fout) {
        throw new Error(`gezinsbeeld request failed (HTTP ${response.status}): ${fout?.message ?? JSON.stringify(antwoord).slice(0, 300)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: gelijktijdig }, client));
  return latenties;
}

function samenvatting(schijven: Schijf[]): { perSeconde: number; perSchijf: number[]; verzoeken: number; p50: number; p95: number } {
  const alle = schijven.flatMap((r) => r.latenties).sort((a, b) => a - b);
  const perSchijf = schijven.map((r) => r.verzoeken / r.seconden);
  return {
    // The mean of the slices' rates, so each slice weighs the same however the machine's load drifted.
    perSeconde: perSchijf.reduce((som, r) => som + r, 0) / perSchijf.length,
    perSchijf,
    verzoeken: alle.length,
    p50: percentiel(alle, 0.5),
    p95: percentiel(alle, 0.95),
  };
}

function percentiel(gesorteerd: number[], p: number): number {
  if (gesorteerd.length === 0) return Number.NaN;
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.ceil(p * gesorteerd.length) - 1)] ?? Number.NaN;
}

function mediaan(waarden: number[]): number {
  return percentiel([...waarden].sort((a, b) => a - b), 0.5);
}

const PRIVACY_OFFICER_QUERY = `query Toegangslog($gezinId: ID!) {
  toegangslogLokaalTeam(filter: { gezinId: $gezinId }, first: 50) {
    totalCount pageInfo { endCursor hasNextPage }
    nodes { volgnummer tijdstip requestId handeling gebruiker organisatie rol gezinId persoonId categorieen veldpaden beslissing reden grondslag bron noodprocedure doel operatie subgraph }
  }
}`;

const PRIVACY_OFFICER_SQL = `SELECT volgnummer, tijdstip, request_id, handeling, gebruiker, organisatie, rol, gezin_id, persoon_id, categorieen,
  veldpaden, beslissing, reden, grondslag, bron, noodprocedure, doel, operatie, subgraph
FROM toegangslog WHERE gezin_id = $1 ORDER BY tijdstip DESC, volgnummer DESC LIMIT 50`;

/**
 * Fill lokaal-team's log to `regels` entries over the past 12 months and ~2,000
 * households (the seeded ones among them), then time a privacy officer's look at
 * one household: newest first, the first 50. Through the gateway when the
 * privacy officer's query exists, else the same SQL straight at the database.
 */
async function meetPrivacyOfficer(
  databases: Map<string, string>,
  keys: IdentityKeys,
  scenario: DemoScenario,
  regels: number,
): Promise<{ regels: number; mediaan: number; metingen: number; wat: string }> {
  const db = new Client({ connectionString: databases.get("lokaal-team") });
  await db.connect();
  try {
    const gezin = scenario.gezinnen[0]!;
    const totaal = await vulToegangslog(db, scenario, regels);

    const { gateway, gestart } = await startHub(databases, keys);
    try {
      const token = await createDevToken({ org: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.PRIVACY_OFFICER, user: "lt-paul-verhoef" }, keys);
      if (await gatewayKent(gateway.url, token, "toegangslogLokaalTeam")) {
        const body = JSON.stringify({ query: PRIVACY_OFFICER_QUERY, variables: { gezinId: gezin.id } });
        const tijden: number[] = [];
        let rijen = 0;
        for (let i = 0; i < 23; i++) {
          const begin = performance.now();
          const response = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body });
          const antwoord = (await response.json()) as { data?: { toegangslogLokaalTeam?: { nodes?: unknown[] } }; errors?: Array<{ message: string }> };
          const ms = performance.now() - begin;
          if (antwoord.errors?.length || !antwoord.data?.toegangslogLokaalTeam?.nodes) throw new Error(`privacy-officer query failed: ${JSON.stringify(antwoord).slice(0, 300)}`);
          rijen = antwoord.data.toegangslogLokaalTeam.nodes.length;
          // The first three warm the plan caches and connections.
          if (i >= 3) tijden.push(ms);
        }
        const plan = await planVan(db, gezin.id);
        return {
          regels: totaal,
          mediaan: mediaan(tijden),
          metingen: tijden.length,
          wat: `GraphQL toegangslogLokaalTeam(filter: { gezinId }, first: 50) through the gateway as lt-paul-verhoef (PRIVACY_OFFICER), ${rijen} entries returned; the SQL alone: ${plan}`,
        };
      }
    } finally {
      await stopHub({ gateway, gestart });
    }

    const tijden: number[] = [];
    for (let i = 0; i < 23; i++) {
      const begin = performance.now();
      await db.query(PRIVACY_OFFICER_SQL, [gezin.id]);
      if (i >= 3) tijden.push(performance.now() - begin);
    }
    return {
      regels: totaal,
      mediaan: mediaan(tijden),
      metingen: tijden.length,
      wat: `SQL from Node (the GraphQL query toegangslogLokaalTeam is not in the supergraph yet): SELECT … FROM toegangslog WHERE gezin_id = $1 ORDER BY tijdstip DESC, volgnummer DESC LIMIT 50; ${await planVan(db, gezin.id)}`,
    };
  } finally {
    await db.end();
  }
}

/** Whether the gateway's schema has the root query `veld`. */
async function gatewayKent(url: string, token: string, veld: string): Promise<boolean> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `{ __type(name: "Query") { fields { name } } }` }),
  });
  const antwoord = (await response.json()) as { data?: { __type?: { fields?: Array<{ name: string }> } } };
  return antwoord.data?.__type?.fields?.some((f) => f.name === veld) ?? false;
}

/** EXPLAIN ANALYZE of the privacy officer's SQL: execution time and the plan's top node. */
async function planVan(db: Client, gezinId: string): Promise<string> {
  const { rows } = await db.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${PRIVACY_OFFICER_SQL}`, [gezinId]);
  const regels = rows.map((r) => r["QUERY PLAN"]);
  const uitvoering = regels.find((r) => r.startsWith("Execution Time"))?.replace("Execution Time: ", "") ?? "?";
  // Per month partition the same index: count them by their name without the month.
  const indexen = new Map<string, number>();
  for (const m of regels.flatMap((r) => [...r.matchAll(/using (\w+)/g)])) {
    const naam = (m[1] ?? "").replace(/^toegangslog_\d{4}_\d{2}_/, "toegangslog_<month>_");
    indexen.set(naam, (indexen.get(naam) ?? 0) + 1);
  }
  const gebruikt = [...indexen].map(([naam, aantal]) => `${naam} ×${aantal}`).join(", ");
  return `EXPLAIN ANALYZE execution ${uitvoering} (${regels[0]?.trim().split("  ")[0]}; index scans: ${gebruikt || "none"})`;
}

/**
 * Bulk-fill the log with synthetic entries. The hashes are filler (two md5s, the
 * size of a sha256): this measures reading, and a chain over a million entries
 * would only slow the fill. The rows go in past the chain's head, whose number
 * moves on after them, so entries written later keep unique numbers. Months
 * before the migration's first partition get partitions of their own first, as
 * the retention job would have made them while they were still ahead.
 */
async function vulToegangslog(db: Client, scenario: DemoScenario, regels: number): Promise<number> {
  const begin = performance.now();
  await db.query(`DO $$
    DECLARE m date;
    BEGIN
      FOR i IN -12..-2 LOOP
        m := date_trunc('month', now())::date + make_interval(months => i);
        EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF toegangslog FOR VALUES FROM (%L) TO (%L)',
          'toegangslog_' || to_char(m, 'YYYY_MM'), m, (m + interval '1 month')::date);
      END LOOP;
    END $$`);
  const [kop] = (await db.query<{ volgnummer: string }>(`SELECT volgnummer FROM toegangslog_kop WHERE id = 1`)).rows;
  const vanaf = Number(kop?.volgnummer ?? 0);
  const echteGezinnen = scenario.gezinnen.map((g) => g.id);
  // 2,000 households: the seeded ones and made-up ids; each entry picks one at random (~500 entries per household).
  await db.query(
    `INSERT INTO toegangslog (volgnummer, tijdstip, request_id, handeling, gebruiker, organisatie, rol, gezin_id, persoon_id, categorieen,
       veldpaden, beslissing, reden, grondslag, bron, noodprocedure, doel, operatie, subgraph, vorige_hash, hash)
     SELECT $2::bigint + i,
       now() - interval '365 days' + (i * interval '365 days') / $1::int,
       md5('verzoek' || (i / 12)),
       (ARRAY['READ','READ','READ','SEARCH','UPDATE'])[1 + i % 5],
       'lt-medewerker-' || (i % 40),
       'LOKAAL_TEAM',
       (ARRAY['MEDEWERKER','MEDEWERKER','TEAMLEIDER','GEDRAGSWETENSCHAPPER'])[1 + i % 4],
       CASE WHEN g.n <= cardinality($3::uuid[]) THEN ($3::uuid[])[g.n] ELSE md5('gezin' || g.n)::uuid END,
       NULL,
       ARRAY[(ARRAY['IDENTIFICATIE','GEZINSSAMENSTELLING','ZORGEN','VEILIGHEID','HULPVERLENING','TOESTEMMING'])[1 + i % 6]],
       ARRAY['Gezin.leden', 'Persoon.bsn'],
       CASE WHEN i % 20 = 0 THEN 'GEWEIGERD' ELSE 'TOEGESTAAN' END,
       CASE WHEN i % 20 = 0 THEN 'no-involvement' END,
       CASE WHEN i % 20 <> 0 THEN 'EIGEN_GEGEVENS' END,
       NULL, false, NULL, 'Gezinsbeelden', 'lokaal-team',
       md5(i::text) || md5((i + 1)::text), md5((i + 1)::text) || md5((i + 2)::text)
     FROM generate_series(1, $1::int) AS i
     CROSS JOIN LATERAL (SELECT 1 + floor(random() * 2000)::int + (i * 0) AS n) AS g`,
    [regels, vanaf, echteGezinnen],
  );
  await db.query(`UPDATE toegangslog_kop SET volgnummer = $1 WHERE id = 1`, [vanaf + regels]);
  await db.query(`ANALYZE toegangslog`);
  const [{ totaal }] = (await db.query<{ totaal: string }>(`SELECT count(*) AS totaal FROM toegangslog`)).rows as [{ totaal: string }];
  console.log(`  lokaal-team's log filled to ${Number(totaal).toLocaleString("en")} entries (12 months, ~2,000 households) in ${((performance.now() - begin) / 1000).toFixed(1)} s`);
  return Number(totaal);
}

main().catch((error: unknown) => {
  if (!onderbroken) console.error(error instanceof Error ? error.message : error);
  process.exitCode = onderbroken ? 130 : 1;
});
