import { subgraphs } from "@gezinsbeeld/infra/dist/subgraphs";
import {
  type AuditKeys,
  BEGIN_HASH,
  bewaarCheckpoint,
  createDevToken,
  developmentAuditKeys,
  ketenHash,
  type Ketenkop,
  maakCheckpoint,
  Organisatie,
  type Principal,
  Rol,
  toegangslogKetenQueryNaam,
  type Toegangsregel,
  verifieerKeten,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import type { DataSource } from "typeorm";
import { startHubForTest, type HubUnderTest } from "../support/hub";
import { postGraphQL } from "../support/subgraph";
import { GEZINSBEELD_QUERY } from "../supergraph/gezinsbeeldQuery";

/**
 * The privacy officer's console asks each organisation whether its access-log
 * chain holds and since which checkpoint (`toegangslogKeten<Org>`), through the
 * gateway, against chains the hub wrote and a superuser then changed.
 */
type Query = (text: string, parameters?: unknown[]) => Promise<any>;

interface Ketenstatus {
  organisatie: string;
  intact: boolean;
  gecontroleerd: number;
  kop: string | null;
  gecontroleerdOp: string;
  breuk: { volgnummer: string; reden: string } | null;
  checkpoint: { volgnummer: string; ondertekendOp: string; klopt: boolean } | null;
}
type Fout = { message: string; path?: Array<string | number>; extensions?: Record<string, any> };

/** Written from the organisation names, not from the helper under test. */
const VELDEN: Record<Organisatie, string> = {
  [DemoOrganisatie.LOKAAL_TEAM]: "toegangslogKetenLokaalTeam",
  [DemoOrganisatie.VEILIG_THUIS]: "toegangslogKetenVeiligThuis",
  [DemoOrganisatie.RVDK]: "toegangslogKetenRvdk",
  [DemoOrganisatie.GI]: "toegangslogKetenGi",
  [DemoOrganisatie.ERVARINGSDESKUNDIGEN]: "toegangslogKetenErvaringsdeskundigen",
};
const STATUS = "organisatie intact gecontroleerd kop gecontroleerdOp breuk { volgnummer reden } checkpoint { volgnummer ondertekendOp klopt }";

const als = (organisatie: Organisatie, rol: Rol, userId: string): Principal => ({ organisatie, rol, userId });
const TEAMLEIDER = als(DemoOrganisatie.LOKAAL_TEAM, Rol.TEAMLEIDER, "lt-karin-smits");
const FG: Record<Organisatie, Principal> = {
  [DemoOrganisatie.LOKAAL_TEAM]: als(DemoOrganisatie.LOKAAL_TEAM, Rol.PRIVACY_OFFICER, "lt-paul-verhoef"),
  [DemoOrganisatie.VEILIG_THUIS]: als(DemoOrganisatie.VEILIG_THUIS, Rol.PRIVACY_OFFICER, "vt-sophie-lambert"),
  [DemoOrganisatie.RVDK]: als(DemoOrganisatie.RVDK, Rol.PRIVACY_OFFICER, "rvdk-fg"),
  [DemoOrganisatie.GI]: als(DemoOrganisatie.GI, Rol.PRIVACY_OFFICER, "gi-fg"),
  [DemoOrganisatie.ERVARINGSDESKUNDIGEN]: als(DemoOrganisatie.ERVARINGSDESKUNDIGEN, Rol.PRIVACY_OFFICER, "ed-fg"),
};
const fgSamenwerking: Principal = { ...als(DemoOrganisatie.LOKAAL_TEAM, Rol.PRIVACY_OFFICER, "fg-samenwerking"), samenwerking: true };
const medewerker = als(DemoOrganisatie.LOKAAL_TEAM, Rol.MEDEWERKER, "lt-fatima-bakker");

let hub: HubUnderTest;
let auditKeys: AuditKeys;

async function vraag<T>(principal: Principal, query: string): Promise<{ data?: T | null; errors?: Fout[] }> {
  const token = await createDevToken(
    { org: principal.organisatie, rol: principal.rol, user: principal.userId, samenwerking: principal.samenwerking },
    hub.keys,
  );
  return postGraphQL<T>(hub.gateway.url, query, undefined, { authorization: `Bearer ${token}` });
}

async function status(principal: Principal, organisatie: Organisatie): Promise<{ status: Ketenstatus | null | undefined; errors?: Fout[] }> {
  const antwoord = await vraag<{ status: Ketenstatus | null }>(principal, `query Ketenstatus { status: ${VELDEN[organisatie]} { ${STATUS} } }`);
  return { status: antwoord.data?.status, errors: antwoord.errors };
}

/** The status, failing the test with the errors when there is none. */
async function statusVan(organisatie: Organisatie, principal: Principal = FG[organisatie]): Promise<Ketenstatus> {
  const antwoord = await status(principal, organisatie);
  if (!antwoord.status) throw new Error(`${VELDEN[organisatie]} gave no status: ${JSON.stringify(antwoord.errors)}`);
  return antwoord.status;
}

function dbVan(organisatie: Organisatie): DataSource {
  const naam = subgraphs.find((definition) => definition.organisatie === organisatie)!.name;
  return hub.subgraphs.find((subgraph) => subgraph.name === naam)!.db;
}

async function aantalRegels(db: DataSource): Promise<number> {
  const [{ aantal }] = await db.query(`SELECT count(*)::int AS aantal FROM toegangslog`);
  return aantal;
}

/** What a database superuser can do: switch off the append-only trigger, change rows, switch it on again. */
async function alsSuperuser(db: DataSource, sql: (query: Query) => Promise<void>): Promise<void> {
  await db.transaction(async (manager) => {
    await manager.query("ALTER TABLE toegangslog DISABLE TRIGGER toegangslog_geen_wijziging");
    await sql((text, parameters) => manager.query(text, parameters));
    await manager.query("ALTER TABLE toegangslog ENABLE TRIGGER toegangslog_geen_wijziging");
  });
}

/** Sign the chain's current head, as `npm run audit:checkpoint` does, and store it in the organisation's database. */
async function neemCheckpoint(organisatie: Organisatie, sleutel: AuditKeys = auditKeys, ondertekendVoor: Organisatie = organisatie): Promise<Ketenkop> {
  const db = dbVan(organisatie);
  const { laatste, intact } = await verifieerKeten(db);
  expect(intact).toBe(true);
  const naam = subgraphs.find((definition) => definition.organisatie === ondertekendVoor)!.name;
  const kop: Ketenkop = { organisatie: ondertekendVoor, subgraph: naam, volgnummer: laatste.volgnummer, hash: laatste.hash, tijdstip: new Date().toISOString() };
  const [ondertekend] = (await maakCheckpoint([kop], sleutel.signingKey!)).koppen;
  await bewaarCheckpoint(db, ondertekend!);
  return kop;
}

beforeAll(async () => {
  auditKeys = await developmentAuditKeys();
  // The subgraphs check stored checkpoints with this public key (startSubgraph's default reads it from the environment).
  process.env.GEZINSBEELD_AUDIT_PUBLIC_KEY = JSON.stringify(auditKeys.publicJwk);
  hub = await startHubForTest(4);
  for (const gezin of hub.scenario.gezinnen.slice(0, 3)) {
    const antwoord = await hub.requestAs(TEAMLEIDER, GEZINSBEELD_QUERY, { id: gezin.id });
    expect(antwoord.data?.gezin).toBeTruthy();
  }
});

afterAll(async () => {
  await hub?.close();
  delete process.env.GEZINSBEELD_AUDIT_PUBLIC_KEY;
});

describe("the chain status of each organisation's access log", () => {
  it("names each organisation's root field after the organisation, as the log's own", () => {
    for (const organisatie of Object.values(DemoOrganisatie)) expect(toegangslogKetenQueryNaam(organisatie)).toBe(VELDEN[organisatie]);
  });

  it("tells the organisation's privacy officer the chain is intact, with every entry counted and the head's volgnummer", async () => {
    const db = dbVan(DemoOrganisatie.LOKAAL_TEAM);
    const voor = await aantalRegels(db);
    expect(voor).toBeGreaterThan(2);
    const begin = Date.now();
    const uitkomst = await statusVan(DemoOrganisatie.LOKAAL_TEAM);
    expect(uitkomst).toEqual({
      organisatie: "LOKAAL_TEAM",
      intact: true,
      gecontroleerd: voor,
      kop: String(voor),
      gecontroleerdOp: expect.any(String),
      breuk: null,
      checkpoint: null,
    });
    expect(Date.parse(uitkomst.gecontroleerdOp)).toBeGreaterThanOrEqual(begin - 1000);
  });

  it("records each look at the status like a look at the log: TOEZICHT, without a household, granted or refused", async () => {
    const db = dbVan(DemoOrganisatie.LOKAAL_TEAM);
    await statusVan(DemoOrganisatie.LOKAAL_TEAM);
    await status(medewerker, DemoOrganisatie.LOKAAL_TEAM);
    const rijen = await db.query(
      `SELECT gebruiker, handeling, categorieen, gezin_id, beslissing, reden, grondslag, bron FROM toegangslog WHERE veldpaden = ARRAY['Query.toegangslogKetenLokaalTeam'] ORDER BY volgnummer DESC LIMIT 2`,
    );
    expect(rijen).toEqual([
      { gebruiker: "lt-fatima-bakker", handeling: "READ", categorieen: ["TOEZICHT"], gezin_id: null, beslissing: "GEWEIGERD", reden: "category-not-allowed", grondslag: null, bron: null },
      { gebruiker: "lt-paul-verhoef", handeling: "READ", categorieen: ["TOEZICHT"], gezin_id: null, beslissing: "TOEGESTAAN", reden: null, grondslag: "WETTELIJKE_TAAK", bron: "FG:LOKAAL_TEAM" },
    ]);
  });

  it("answers a privacy officer of the partnership for all five organisations in one request", async () => {
    const velden = Object.values(DemoOrganisatie).map((organisatie) => `${organisatie}: ${VELDEN[organisatie]} { organisatie intact gecontroleerd }`);
    const antwoord = await vraag<Record<string, { organisatie: string; intact: boolean; gecontroleerd: number }>>(fgSamenwerking, `query Alle { ${velden.join(" ")} }`);
    expect(antwoord.errors).toBeUndefined();
    for (const organisatie of Object.values(DemoOrganisatie)) {
      expect(antwoord.data?.[organisatie]).toMatchObject({ organisatie, intact: true });
      expect(antwoord.data?.[organisatie]?.gecontroleerd).toBeGreaterThan(0);
    }
  });

  it("refuses a medewerker and another organisation's privacy officer exactly as the log itself refuses them", async () => {
    const logQuery = `query Log { log: toegangslogLokaalTeam(first: 1) { totalCount } }`;
    for (const wie of [medewerker, FG[DemoOrganisatie.VEILIG_THUIS]]) {
      const geweigerd = await status(wie, DemoOrganisatie.LOKAAL_TEAM);
      expect(geweigerd.status).toBeNull();
      expect(geweigerd.errors?.map((fout) => fout.extensions)).toEqual([expect.objectContaining({ code: "FORBIDDEN", categorie: "TOEZICHT", reden: "category-not-allowed" })]);
      const log = await vraag<{ log: unknown }>(wie, logQuery);
      expect(log.data?.log).toBeNull();
      expect(geweigerd.errors?.[0]?.extensions).toEqual(log.errors?.[0]?.extensions);
      expect(geweigerd.errors?.[0]?.message).toBe(log.errors?.[0]?.message);
    }
  });

  it("says the chain is broken at exactly the entry a superuser changed in PostgreSQL, and intact again once it is restored", async () => {
    const db = dbVan(DemoOrganisatie.GI);
    expect(await aantalRegels(db)).toBeGreaterThan(2);
    const [{ categorieen }] = await db.query(`SELECT categorieen FROM toegangslog WHERE volgnummer = 2`);
    await alsSuperuser(db, (query) => query(`UPDATE toegangslog SET categorieen = ARRAY['MEDISCH'] WHERE volgnummer = 2`).then(() => {}));
    try {
      const gebroken = await statusVan(DemoOrganisatie.GI);
      expect(gebroken).toMatchObject({ organisatie: "GI", intact: false, gecontroleerd: 2, breuk: { volgnummer: "2", reden: expect.stringMatching(/gewijzigd/) } });
      // Plain Dutch for the console: no column names, hashes or English internals.
      expect(gebroken.breuk?.reden).not.toMatch(/hash_|vorige_hash|toegangslog|content|entry/);
    } finally {
      await alsSuperuser(db, (query) => query(`UPDATE toegangslog SET categorieen = $1 WHERE volgnummer = 2`, [categorieen]).then(() => {}));
    }
    expect(await statusVan(DemoOrganisatie.GI)).toMatchObject({ intact: true, breuk: null });
  });

  it("reports a stored checkpoint that still holds, and after a consistent rewrite past it says it no longer does", async () => {
    const db = dbVan(DemoOrganisatie.VEILIG_THUIS);
    const kop = await neemCheckpoint(DemoOrganisatie.VEILIG_THUIS);
    const bevestigd = await statusVan(DemoOrganisatie.VEILIG_THUIS);
    expect(bevestigd).toMatchObject({
      intact: true,
      breuk: null,
      checkpoint: { volgnummer: String(kop.volgnummer), ondertekendOp: kop.tijdstip, klopt: true },
    });
    // Its own look is recorded after the walk: the walk ends at the signed head.
    expect(bevestigd).toMatchObject({ gecontroleerd: kop.volgnummer, kop: String(kop.volgnummer) });

    // Change entry 2 and recompute every hash after it and the head, as someone who knows the algorithm would.
    await alsSuperuser(db, async (query) => {
      await query(`UPDATE toegangslog SET gebruiker = 'iemand-anders' WHERE volgnummer = 2`);
      const rijen: Array<Toegangsregel & { volgnummer: string }> = await query(`SELECT volgnummer, tijdstip, request_id AS "requestId", handeling, gebruiker, organisatie, rol,
          gezin_id::text AS "gezinId", persoon_id::text AS "persoonId", categorieen, veldpaden, beslissing, reden, grondslag, bron,
          noodprocedure, doel, operatie, subgraph
        FROM toegangslog ORDER BY volgnummer`);
      let vorige = BEGIN_HASH;
      for (const rij of rijen) {
        const hash = ketenHash(vorige, rij.volgnummer, rij);
        await query(`UPDATE toegangslog SET vorige_hash = $1, hash = $2 WHERE volgnummer = $3`, [vorige, hash, rij.volgnummer]);
        vorige = hash;
      }
      await query(`UPDATE toegangslog_kop SET hash = $1`, [vorige]);
    });
    // The chain alone cannot show the rewrite: only the checkpoint can.
    expect(await verifieerKeten(db)).toMatchObject({ intact: true, breuk: null });
    const herschreven = await statusVan(DemoOrganisatie.VEILIG_THUIS);
    expect(herschreven).toMatchObject({
      intact: false,
      checkpoint: { volgnummer: String(kop.volgnummer), klopt: false },
      breuk: { volgnummer: String(kop.volgnummer), reden: expect.stringMatching(/herschreven/) },
    });
  });

  it("never trusts a checkpoint signed with another key or for another organisation: klopt is false and the chain is judged on its own", async () => {
    const vreemd = await developmentAuditKeys();
    const vervalst = await neemCheckpoint(DemoOrganisatie.ERVARINGSDESKUNDIGEN, vreemd);
    expect(await statusVan(DemoOrganisatie.ERVARINGSDESKUNDIGEN)).toMatchObject({
      intact: true,
      breuk: null,
      checkpoint: { volgnummer: String(vervalst.volgnummer), klopt: false },
    });

    // A genuine head of this chain, but signed as another organisation's: copied from elsewhere, it vouches for nothing here.
    await neemCheckpoint(DemoOrganisatie.ERVARINGSDESKUNDIGEN, auditKeys, DemoOrganisatie.GI);
    expect((await statusVan(DemoOrganisatie.ERVARINGSDESKUNDIGEN)).checkpoint).toMatchObject({ klopt: false });

    await neemCheckpoint(DemoOrganisatie.ERVARINGSDESKUNDIGEN);
    expect((await statusVan(DemoOrganisatie.ERVARINGSDESKUNDIGEN)).checkpoint).toMatchObject({ klopt: true });
  });

  it("keeps stored checkpoints append-only", async () => {
    const db = dbVan(DemoOrganisatie.ERVARINGSDESKUNDIGEN);
    await expect(db.query(`UPDATE toegangslog_checkpoint SET volgnummer = 1`)).rejects.toThrow(/alleen aan te vullen: UPDATE/);
    await expect(db.query(`DELETE FROM toegangslog_checkpoint`)).rejects.toThrow(/alleen aan te vullen: DELETE/);
    await expect(db.query(`TRUNCATE toegangslog_checkpoint`)).rejects.toThrow(/alleen aan te vullen: TRUNCATE/);
  });
});
