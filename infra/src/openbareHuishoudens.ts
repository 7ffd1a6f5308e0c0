import { randomBytes, randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  createRequestContext,
  createSubgraphDatabase,
  databaseUrlFor,
  gezinsbesluiten,
  Gegevenscategorie,
  type Principal,
  type SubgraphDefinition,
} from "@gezinsbeeld/shared-schema";
import { type DemoScenario } from "@gezinsbeeld/demo";
import { Client } from "pg";
import { bezorgAankondigingen } from "./bezorgAankondigingen";
import { dataDirectory } from "./dataDirectory";
import { dropDatabase } from "./databases";
import { EMBEDDED_PASSWORD, startPostgres } from "./postgres";
import { prepareDatabase } from "./prepareDatabase";
import { runningPostmaster } from "./runningPostmaster";
import { subgraphs } from "./subgraphs";

/** The households one professional may open now, as the decision service decides it. */
export interface Openbaar {
  gezinnen: Array<{ id: string; naam: string }>;
}

/** Where the hub's register is: the running hub's embedded server, GEZINSBEELD_DATABASE_URL, or none. */
async function bestaandRegister(houder: SubgraphDefinition): Promise<string | null> {
  const running = runningPostmaster(path.join(dataDirectory(), "postgres"));
  const base = process.env.GEZINSBEELD_DATABASE_URL ?? (running ? `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${running.port}/postgres` : null);
  if (!base) return null;
  const url = databaseUrlFor(base, houder.databaseName);
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM gezin`);
    return (rows[0]?.n ?? 0) > 0 ? url : null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * For each of `principals` (by user id), the households it may open right now:
 * read from the running hub's register when there is one, else from the demo
 * scenario seeded into a temporary embedded PostgreSQL through the same path as
 * `npm start` (each organisation's records announce their involvements). Decided
 * by the one policy, as the decision service would.
 */
export async function openbareHuishoudens(
  scenario: DemoScenario,
  principals: readonly Principal[],
  /** The register's database to read; default: found as described above. */
  registerUrl?: string,
): Promise<{ perGebruiker: Map<string, Openbaar>; bron: string }> {
  const houder = subgraphs.find((definition) => definition.toegangsregister)!;
  const opruimen: Array<() => Promise<void>> = [];
  try {
    let url = registerUrl ?? (await bestaandRegister(houder));
    let bron = "the running hub's register";
    if (!url) {
      bron = "the demo scenario, seeded for this command";
      const dataDir = path.join(tmpdir(), `gezinsbeeld-token-${process.pid}-${randomBytes(3).toString("hex")}`);
      opruimen.unshift(async () => rmSync(dataDir, { recursive: true, force: true }));
      const server = await startPostgres({ port: 0, persistent: false, dataDir });
      opruimen.unshift(() => server.stop());
      const urls = new Map<string, string>();
      for (const definition of subgraphs) {
        opruimen.unshift(() => dropDatabase(server.baseUrl, definition.databaseName));
        urls.set(definition.name, (await prepareDatabase(server.baseUrl, definition, scenario)).databaseUrl);
      }
      await bezorgAankondigingen(subgraphs, urls);
      url = urls.get(houder.name)!;
    }
    const { db } = createSubgraphDatabase(houder, url);
    await db.initialize();
    opruimen.unshift(() => db.destroy());
    const gezinnen = (await db.query(`SELECT id, naam FROM gezin ORDER BY naam, id`)) as Array<{ id: string; naam: string }>;
    const bases = await houder.toegangsregister!.bases(
      gezinnen.map((g) => g.id),
      createRequestContext({ requestId: randomUUID(), principal: null, db, subgraph: houder.name }),
    );
    const nu = new Date();
    const perGebruiker = new Map<string, Openbaar>();
    for (const principal of principals) {
      if (!principal.organisatie) continue;
      const open = bases.filter((basis) => gezinsbesluiten({ principal, eigenaar: principal.organisatie! }, basis, nu).lezen[Gegevenscategorie.GEEN].toegestaan);
      perGebruiker.set(principal.userId, { gezinnen: open.map((basis) => gezinnen.find((g) => g.id === basis.gezinId)!) });
    }
    return { perGebruiker, bron };
  } finally {
    for (const stap of opruimen) await stap().catch(() => undefined);
  }
}
