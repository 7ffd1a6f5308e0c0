import { randomBytes, randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import {
  databaseUrlFor,
  DECISION_TOKEN_HEADER,
  developmentKeys,
  Intensiteit,
  kondigAan,
  type Principal,
  Regime,
  Rol,
  signDecisionToken,
  signSubgraphToken,
  startSubgraph,
  vandaag,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie, demoScenario } from "@gezinsbeeld/demo";
import { leesBenchOpties } from "./benchOpties";
import { bezorgAankondigingen } from "./bezorgAankondigingen";
import { dropDatabase } from "./databases";
import { redact, startPostgres } from "./postgres";
import { prepareDatabase } from "./prepareDatabase";
import { subgraphNamed } from "./subgraphs";

const USAGE = `npm run bench:register [-- --times 200 --households 25]

Measures how long an involvement takes to count for access, on this machine.
Starts embedded PostgreSQL in a temporary directory (or uses
GEZINSBEELD_DATABASE_URL), lokaal-team (the register) and Veilig Thuis, seeded
with --households demo households, and then, --times times each:
  1. through the mutation: Veilig Thuis registers a melding (registreerMelding)
     and, in the next request, reads it back (melding(id)); prints the
     mutation's latency (commit plus the delivery it awaits) and how long after
     its answer the read was first allowed (0 when the very next request was);
  2. the relay alone: a record and its announcement committed in Veilig Thuis'
     database outside any request, then the register polled (every 1 ms) until
     the involvement is there: commit, PostgreSQL's notification, the relay,
     the signed HTTP delivery and the register's transaction.`;

const { values, getal } = leesBenchOpties({ times: { type: "string", default: "200" }, households: { type: "string", default: "25" } }, USAGE);

function percentielen(waarden: number[]): string {
  const s = [...waarden].sort((a, b) => a - b);
  const p = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return `p50 ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms, max ${(s[s.length - 1] ?? NaN).toFixed(1)} ms (n=${s.length})`;
}

async function main(): Promise<void> {
  const keer = getal("times", 1);
  const huishoudens = getal("households", 1);
  void values;
  const dataDir = path.join(tmpdir(), `gezinsbeeld-bench-register-${process.pid}-${randomBytes(3).toString("hex")}`);
  const postgres = await startPostgres({ port: 0, persistent: false, dataDir });
  const opruimen: Array<() => Promise<void>> = [async () => rmSync(dataDir, { recursive: true, force: true }), () => postgres.stop()];
  try {
    console.log(`PostgreSQL: ${postgres.embedded ? "embedded (temporary)" : "configured"} at ${redact(postgres.baseUrl)}`);
    const scenario = demoScenario(huishoudens);
    const voorvoegsel = `benchreg_${randomBytes(3).toString("hex")}`;
    const definities = [subgraphNamed("lokaal-team"), subgraphNamed("veilig-thuis")].map((d) => ({ ...d, databaseName: `${voorvoegsel}_${d.databaseName}` }));
    const urls = new Map<string, string>();
    for (const definition of definities) {
      opruimen.unshift(() => dropDatabase(postgres.baseUrl, definition.databaseName));
      await prepareDatabase(postgres.baseUrl, definition, scenario);
      urls.set(definition.name, databaseUrlFor(postgres.baseUrl, definition.databaseName));
    }
    await bezorgAankondigingen(definities, urls);
    const keys = await developmentKeys();
    const [lt, vtDefinitie] = definities as [(typeof definities)[0], (typeof definities)[0]];
    const register = await startSubgraph(lt, { databaseUrl: urls.get(lt.name)!, port: 0, gatewayPublicKey: keys.gatewayPublicKey });
    opruimen.unshift(() => register.stop());
    const vt = await startSubgraph(vtDefinitie, { databaseUrl: urls.get(vtDefinitie.name)!, port: 0, gatewayPublicKey: keys.gatewayPublicKey, toegangsregisterUrl: register.url });
    opruimen.unshift(() => vt.stop());
    console.log(`lokaal-team and veilig-thuis running on ${scenario.gezinnen.length} households (${cpus().length} CPUs, load ${loadavg()[0]!.toFixed(2)})`);

    const principal: Principal = { userId: "vt-bench-teamleider", organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.TEAMLEIDER };
    const vraag = async (query: string, variables: Record<string, unknown>): Promise<{ data?: any; errors?: Array<{ extensions?: { code?: string } }> }> => {
      const requestId = randomUUID();
      const [token, beslis] = await Promise.all([
        signSubgraphToken(principal, { requestId, audience: vtDefinitie.name }, keys.gatewayPrivateKey!),
        signDecisionToken(principal, { requestId, eigenaar: DemoOrganisatie.VEILIG_THUIS, subgraph: vtDefinitie.name }, keys.gatewayPrivateKey!),
      ]);
      const antwoord = await fetch(vt.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, [DECISION_TOKEN_HEADER]: beslis },
        body: JSON.stringify({ query, variables }),
      });
      return (await antwoord.json()) as never;
    };

    const mutatie: number[] = [];
    const daarna: number[] = [];
    let meteen = 0;
    for (let i = 0; i < keer; i++) {
      const gezin = scenario.gezinnen[i % scenario.gezinnen.length]!;
      const t0 = performance.now();
      const geregistreerd = await vraag(
        `mutation($g: ID!, $i: MeldingInvoer!) { registreerMelding(gezinId: $g, invoer: $i) { id } }`,
        { g: gezin.id, i: { datum: vandaag(), aard: "KINDERMISHANDELING", omschrijving: "Benchmark: blauwe plekken gezien." } },
      );
      const id = geregistreerd.data?.registreerMelding?.id as string | undefined;
      if (!id) throw new Error(`registreerMelding failed: ${JSON.stringify(geregistreerd.errors)}`);
      const t1 = performance.now();
      mutatie.push(t1 - t0);
      for (let poging = 0; ; poging++) {
        const gelezen = await vraag(`query($id: ID!) { melding(id: $id) { datum aard } }`, { id });
        if (!gelezen.errors && gelezen.data?.melding) {
          if (poging === 0) meteen += 1;
          daarna.push(poging === 0 ? 0 : performance.now() - t1);
          break;
        }
        if (performance.now() - t1 > 10_000) throw new Error(`melding ${id} not readable 10 s after it was registered: ${JSON.stringify(gelezen.errors)}`);
        await new Promise((r) => setTimeout(r, 1));
      }
    }

    const relay: number[] = [];
    for (let i = 0; i < keer; i++) {
      const gezin = scenario.gezinnen[i % scenario.gezinnen.length]!;
      const recordId = randomUUID();
      await vt.db.transaction(async (manager) => {
        await kondigAan(manager, {
          gezinId: gezin.id,
          record: { type: "Melding", id: recordId },
          betrokkenheid: { regime: Regime.ORANJE, intensiteit: Intensiteit.ZWAAR, anoniem: false, startdatum: vandaag(), einddatum: null, medewerkerId: principal.userId },
        });
      });
      const t0 = performance.now();
      for (;;) {
        const [rij] = (await register.db.query(`SELECT 1 FROM betrokkenheid WHERE "bronId" = $1`, [recordId])) as unknown[];
        if (rij) break;
        if (performance.now() - t0 > 10_000) throw new Error(`announcement of ${recordId} not in the register after 10 s`);
        await new Promise((r) => setTimeout(r, 1));
      }
      relay.push(performance.now() - t0);
    }

    console.log(`
1. registreerMelding, then melding(id) in the next request (${keer} times):
   mutation, commit and delivery included: ${percentielen(mutatie)}
   the very next request could read it: ${meteen} of ${keer}; after the answer until readable: ${percentielen(daarna)}
2. commit in Veilig Thuis' database until the involvement is in the register (relay alone):
   ${percentielen(relay)}
Load average at the end ${loadavg()[0]!.toFixed(2)}.`);
  } finally {
    for (const stap of opruimen) await stap().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
