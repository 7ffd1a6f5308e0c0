// node build/ts/bench.js [N] — time per decision: beslis() (TypeScript) against Cedar (cedar-wasm),
// on a typical request and on all 169 situations of the oracle, after warm-up.
import { performance } from "node:perf_hooks";
const t0 = performance.now();
import * as cedar from "@cedar-policy/cedar-wasm/nodejs";
const laadMs = performance.now() - t0;
import { beslis } from "../snapshot/shared-schema/src/beleid/beslis";
import { bouwVerzoek, CedarBeslisser, POLICY_TEKST, SCHEMA } from "./cedarBeslis";
import { vraagVan } from "./feiten";
import { SITUATIES } from "./orakel";

const N = Number(process.argv[2] ?? 10_000);
const RONDES = Number(process.argv[3] ?? 5);

/**
 * µs per call: RONDES rounds of n calls after a warm-up; median round. Measured as CPU time of this
 * process (process.cpuUsage), besides wall time: the machine is shared (load average ~3 on 2 cores
 * during these runs), and CPU time is what a busy subgraph pays.
 */
function meet(naam: string, f: (i: number) => unknown, n = N): number {
  for (let i = 0; i < Math.min(n, 2000); i++) f(i);
  const cpu: number[] = [];
  const wand: number[] = [];
  for (let r = 0; r < RONDES; r++) {
    const c0 = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) f(i);
    wand.push(Number(process.hrtime.bigint() - start) / 1000 / n);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / n);
  }
  cpu.sort((a, b) => a - b);
  wand.sort((a, b) => a - b);
  const mediaan = cpu[Math.floor(RONDES / 2)]!;
  console.log(`${(n === N ? naam : `${naam} [n=${n}]`).padEnd(84)} ${mediaan.toFixed(1).padStart(8)} µs CPU/call (wall: median ${wand[Math.floor(RONDES / 2)]!.toFixed(1)}, best ${wand[0]!.toFixed(1)})`);
  return mediaan;
}

const t1 = performance.now();
const c = new CedarBeslisser(false);
const preparseMs = performance.now() - t1;
const cv = new CedarBeslisser(true);
console.log(`variant: ${process.env.CEDAR_VARIANT ?? "A (organisation rows as entity attributes)"}; command: node build/ts/bench.js ${process.argv.slice(2).join(" ")}`);
console.log(`node ${process.version}, cedar ${cedar.getCedarVersion()} (lang ${cedar.getCedarLangVersion()}); N=${N} calls x ${RONDES} rounds, median round`);
console.log(`load cedar-wasm module: ${laadMs.toFixed(1)} ms; parse+preparse ${Object.keys(c.policies).length} policies and the schema, build org entities: ${preparseMs.toFixed(1)} ms`);

const typisch = SITUATIES.find((s) => s.id === "GI-02")!; // the GI's jeugdbeschermer reads the local team's concerns under a measure
const vraag = vraagVan(typisch);
const verzoek = bouwVerzoek(vraag, c.organisaties);
const alle = SITUATIES.map(vraagVan);
const alleVerzoeken = alle.map((v) => bouwVerzoek(v, c.organisaties));
console.log(`\ntypical request ${typisch.id}: ${typisch.titel} -> beslis ${JSON.stringify(beslis(vraag))}, cedar ${JSON.stringify(c.beslis(vraag))}`);
console.log(`request size: ${verzoek.entities.length} entities, ${JSON.stringify(verzoek).length} bytes as JSON\n`);

const ts = meet(`TS beslis() — ${typisch.id}`, () => beslis(vraag));
const bouw = meet(`Cedar: build entities + context (bouwVerzoek) — ${typisch.id}`, () => bouwVerzoek(vraag, c.organisaties));
const kaal = meet(`Cedar: statefulIsAuthorized (preparsed policies), prebuilt request — ${typisch.id}`, () => c.vraagCedar(verzoek));
meet(`Cedar: statefulIsAuthorized + request/entity validation (schema) — ${typisch.id}`, () => cv.vraagCedar(verzoek));
const heel = meet(`Cedar: whole decision (build + call + reason mapping) — ${typisch.id}`, () => c.beslis(vraag));
meet(`Cedar: stateless isAuthorized (policy text parsed per call) — ${typisch.id}`, () => cedar.isAuthorized({ ...verzoek, policies: { staticPolicies: c.policies } }), 200);
meet(`Cedar: stateless isAuthorized with schema + validateRequest — ${typisch.id}`, () => cedar.isAuthorized({ ...verzoek, policies: { staticPolicies: c.policies }, schema: SCHEMA, validateRequest: true }), 200);
if (!process.env.CEDAR_VARIANT) {
const minimaal = { ...verzoek, entities: verzoek.entities.filter((e) => !("type" in e.uid && e.uid.type === "Organisatie") || ["GI", "LOKAAL_TEAM"].includes((e.uid as { id: string }).id)) };
meet(`Cedar: statefulIsAuthorized, only the 2 organisations involved as entities — ${typisch.id}`, () => c.vraagCedar(minimaal));
}

console.log("");
const K = alle.length;
const tsAlle = meet(`TS beslis() — all ${K} situations round-robin`, (i) => beslis(alle[i % K]!));
meet(`Cedar: build entities + context — all ${K}`, (i) => bouwVerzoek(alle[i % K]!, c.organisaties));
meet(`Cedar: statefulIsAuthorized, prebuilt — all ${K}`, (i) => c.vraagCedar(alleVerzoeken[i % K]!));
const heelAlle = meet(`Cedar: whole decision (incl. the second "verklaar" call on a default deny) — all ${K}`, (i) => c.beslis(alle[i % K]!));

console.log(`\nratio whole Cedar decision / beslis: typical ${(heel / ts).toFixed(0)}x, all situations ${(heelAlle / tsAlle).toFixed(0)}x`);
console.log(`of the typical Cedar decision: building the request ${((bouw / heel) * 100).toFixed(0)}%, the wasm call ${((kaal / heel) * 100).toFixed(0)}%`);
console.log(`per GraphQL response of 200 fields (one decision per field, no caching): beslis ${((ts * 200) / 1000).toFixed(2)} ms, Cedar ${((heel * 200) / 1000).toFixed(2)} ms`);
const mem = process.memoryUsage();
console.log(`memory after the run: rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, external+arrayBuffers ${((mem.external + mem.arrayBuffers) / 2 ** 20).toFixed(0)} MiB`);
void POLICY_TEKST;
