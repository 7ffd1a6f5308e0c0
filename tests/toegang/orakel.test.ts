import { randomUUID } from "node:crypto";
import { subgraphs } from "@gezinsbeeld/infra/dist/subgraphs";
import { lokaalTeam } from "@gezinsbeeld/lokaal-team";
import {
  beslis,
  type BetrokkenheidFeit,
  Gegevenscategorie,
  Grondslag,
  isGeldigBsn,
  type NoodtoegangFeit,
  Organisatie,
  type Principal,
  Regime,
  Rol,
  signSubgraphToken,
  type Toegangsbasis,
  type ToestemmingFeit,
  vandaag,
  Weigerreden,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie, plusDagen } from "@gezinsbeeld/demo";
import { startSubgraphForTest, type SubgraphUnderTest } from "../support/subgraph";
import { BEKENDE_AFWIJKINGEN, type Situatie, SITUATIES, VASTE_CONTACTPERSOON, type Verwachting } from "./orakel";

/**
 * Every situation of the oracle (`orakel.ts`, written from the seeds) put to the
 * access policy twice: to `beslis()` with the register built from the situation,
 * and to the decision service's AuthZEN API (`POST /access/v1/evaluations`) of a
 * real lokaal-team subgraph whose register holds the same rows, asked with a
 * token signed as the gateway signs it. Both must give the seeds' decision.
 */

const START = new Date();
const dag = (dagen: number): string => plusDagen(vandaag(START), dagen);
const moment = (uren: number): string => new Date(START.getTime() + uren * 3_600_000).toISOString();

let bsnTeller = 20_000;
function nieuwBsn(): string {
  for (;;) {
    const kandidaat = `9997${String(bsnTeller++).padStart(5, "0")}`;
    if (isGeldigBsn(kandidaat)) return kandidaat;
  }
}

/** A situation made concrete: the register the code reads, the principal who asks, the rows to insert. */
interface Feiten {
  gezinId: string;
  lidBsn: string;
  kindId: string | null;
  basis: Toegangsbasis;
  principal: Principal | null;
}

function feitenVan(rij: Situatie): Feiten {
  const h = rij.huishouden;
  const gezinId = randomUUID();
  const lidBsn = nieuwBsn();
  const kindId = h.betrokkenheden?.some((b) => b.kind) ? randomUUID() : null;
  const betrokkenheden: BetrokkenheidFeit[] = (h.betrokkenheden ?? []).map((b) => {
    const van = b.van ?? -60;
    const geinformeerd = b.geinformeerd === undefined ? van : b.geinformeerd;
    return {
      organisatie: b.organisatie,
      regime: b.regime,
      anoniem: b.anoniem ?? false,
      startdatum: dag(van),
      einddatum: b.tot === undefined || b.tot === null ? null : dag(b.tot),
      medewerkerId: b.medewerkerId,
      geinformeerdOp: geinformeerd === null ? null : dag(geinformeerd),
    };
  });
  const toestemmingen: ToestemmingFeit[] = (h.toestemmingen ?? []).map((t) => ({
    id: randomUUID(),
    partner: t.partner,
    categorieen: t.categorieen,
    gegevenOp: dag(t.gegeven ?? -20),
    ingetrokkenOp: t.ingetrokken === undefined ? null : moment(t.ingetrokken),
  }));
  const noodtoegangen: NoodtoegangFeit[] = (h.noodtoegangen ?? []).map((n) => ({ id: randomUUID(), userId: n.userId, organisatie: n.organisatie, vanaf: moment(n.vanaf), tot: moment(n.tot) }));
  const bestaat = h.bestaat ?? true;
  const basis: Toegangsbasis = bestaat
    ? {
        gezinId,
        bestaat: true,
        afgeslotenOp: h.afgesloten ? dag(-1) : null,
        vasteContactpersoonId: h.vasteContactpersoon ?? VASTE_CONTACTPERSOON,
        ledenBsn: [lidBsn],
        betrokkenheden,
        toestemmingen,
        noodtoegangen,
        uitzonderingenScheidingVanTaken: h.uitzonderingenScheidingVanTaken ?? [],
      }
    : { gezinId, bestaat: false, afgeslotenOp: null, vasteContactpersoonId: null, ledenBsn: [], betrokkenheden: [], toestemmingen: [], noodtoegangen: [] };
  const v = rij.vrager;
  const principal: Principal | null =
    v === null ? null : v.rol === Rol.INWONER ? { userId: `inwoner-${rij.id.toLowerCase()}`, organisatie: null, rol: Rol.INWONER, bsn: v.lid ? lidBsn : nieuwBsn() } : { userId: v.userId, organisatie: v.organisatie, rol: v.rol };
  return { gezinId, lidBsn, kindId, basis, principal };
}

const FEITEN = new Map(SITUATIES.map((rij) => [rij.id, feitenVan(rij)]));

/** Put the situation's register into lokaal-team's own tables, as its mutations and announcements would leave them. */
async function zetInRegister(db: SubgraphUnderTest["db"], rij: Situatie, f: Feiten): Promise<void> {
  if (!f.basis.bestaat) return;
  await db.query(
    `INSERT INTO gezin (id, naam, "aangemeldOp", "afgeslotenOp", postcode, huisnummer, woonplaats, aanleiding, "vasteContactpersoonId") VALUES ($1, $2, $3, $4, '1211 AA', '1', 'Hilversum', 'Zorgen over veiligheid.', $5)`,
    [f.gezinId, `Gezin Orakel ${rij.id}`, dag(-400), f.basis.afgeslotenOp, f.basis.vasteContactpersoonId],
  );
  await db.query(`INSERT INTO persoon ("gezinId", bsn, voornamen, achternaam, geboortedatum, gezinsrol) VALUES ($1, $2, 'Alex', 'Orakel', '1988-04-01', 'OUDER')`, [f.gezinId, f.lidBsn]);
  if (f.kindId) {
    await db.query(`INSERT INTO persoon (id, "gezinId", bsn, voornamen, achternaam, geboortedatum, gezinsrol) VALUES ($1, $2, $3, 'Sam', 'Orakel', '2016-09-01', 'KIND')`, [f.kindId, f.gezinId, nieuwBsn()]);
  }
  const invoer = rij.huishouden.betrokkenheden ?? [];
  for (const [i, b] of f.basis.betrokkenheden.entries()) {
    await db.query(
      `INSERT INTO betrokkenheid ("gezinId", organisatie, regime, intensiteit, anoniem, startdatum, einddatum, "geinformeerdOp", "medewerkerId", "persoonId", "vastgelegdDoor") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'lt-karin-smits')`,
      [f.gezinId, b.organisatie, b.regime, invoer[i]!.intensiteit, b.anoniem, b.startdatum, b.einddatum, b.geinformeerdOp, b.medewerkerId, invoer[i]!.kind ? f.kindId : null],
    );
  }
  const toestemmingInvoer = rij.huishouden.toestemmingen ?? [];
  for (const [i, t] of f.basis.toestemmingen.entries()) {
    await db.query(
      `INSERT INTO toestemming (id, "gezinId", partner, doel, categorieen, vorm, "gegevenOp", "ingetrokkenOp", "vastgelegdDoor") VALUES ($1, $2, $3, 'Samen werken aan veiligheid.', $4, $5, $6, $7, 'lt-fatima-bakker')`,
      [t.id, f.gezinId, t.partner, t.categorieen, toestemmingInvoer[i]!.vorm ?? "SCHRIFTELIJK", t.gegevenOp, t.ingetrokkenOp],
    );
  }
  for (const [i, n] of f.basis.noodtoegangen.entries()) {
    await db.query(
      `INSERT INTO noodtoegang (id, "gezinId", "userId", organisatie, rol, rechtvaardiging, "wettelijkeGrondslag", vanaf, tot, "vastgelegdDoor") VALUES ($1, $2, $3, $4, $5, 'Acuut gevaar voor het kind, toestemming vragen was niet mogelijk.', 'Levensbedreigende situatie', $6, $7, $3)`,
      [n.id, f.gezinId, n.userId, n.organisatie, rij.huishouden.noodtoegangen![i]!.rol, n.vanaf, n.tot],
    );
  }
  for (const medewerkerId of f.basis.uitzonderingenScheidingVanTaken ?? []) {
    await db.query(
      `INSERT INTO uitzondering_scheiding_van_taken ("gezinId", "medewerkerId", reden, organisatie, rol, "vastgelegdDoor") VALUES ($1, $2, 'Vast gezicht voor het gezin; besproken in het MDO met de gedragswetenschapper.', 'LOKAAL_TEAM', 'TEAMLEIDER', 'lt-karin-smits')`,
      [f.gezinId, medewerkerId],
    );
  }
}

/** The decision without its `bron` (which consent, which duty): the oracle names the basis, not the record. */
function alsVerwachting(besluit: { toegestaan: boolean; grondslag?: unknown; reden?: unknown }): Verwachting | { onverwacht: unknown } {
  if (besluit.toegestaan === true && typeof besluit.grondslag === "string") return { toegestaan: true, grondslag: besluit.grondslag as Grondslag };
  if (besluit.toegestaan === false && typeof besluit.reden === "string") return { toegestaan: false, reden: besluit.reden as Weigerreden };
  return { onverwacht: besluit };
}

function volgensBeslis(rij: Situatie, f: Feiten): Verwachting | { onverwacht: unknown } {
  const handeling = rij.vraag.handeling ?? "lezen";
  return alsVerwachting(beslis({ principal: f.principal, categorie: rij.vraag.categorie, eigenaar: rij.vraag.eigenaar, basis: f.basis, handeling, nu: new Date() }));
}

const SUBGRAPH_VAN = new Map(subgraphs.map((definition) => [definition.organisatie, definition.name]));

let lt: SubgraphUnderTest;
let origin: string;

/** Ask the decision service as the owner's subgraph would: the call's own token (audience that subgraph, `eig` its owner). */
async function volgensApi(rij: Situatie, f: Feiten): Promise<Verwachting | { onverwacht: unknown }> {
  const handeling = rij.vraag.handeling ?? "lezen";
  const resource = { type: "gezin", id: f.gezinId, properties: { categorie: rij.vraag.categorie } };
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (f.principal) {
    const token = await signSubgraphToken(
      f.principal,
      { requestId: randomUUID(), audience: SUBGRAPH_VAN.get(rij.vraag.eigenaar)!, eigenaar: rij.vraag.eigenaar },
      lt.keys.gatewayPrivateKey!,
    );
    headers.authorization = `Bearer ${token}`;
  }
  const response = await fetch(`${origin}/access/v1/evaluations`, {
    method: "POST",
    headers,
    body: JSON.stringify({ subject: { type: "user", id: f.principal?.userId ?? "niemand" }, action: { name: handeling }, evaluations: [{ resource }] }),
  });
  // Without a token there is no principal to decide for: the service refuses the call itself.
  if (!f.principal) return response.status === 401 ? { toegestaan: false, reden: Weigerreden.NIET_INGELOGD } : { onverwacht: response.status };
  if (response.status !== 200) return { onverwacht: `${response.status} ${await response.text()}` };
  const { evaluations } = (await response.json()) as { evaluations: Array<{ decision: boolean; context?: { grondslag?: string; reden?: string } }> };
  const [antwoord] = evaluations;
  return alsVerwachting({ toegestaan: antwoord!.decision, grondslag: antwoord!.context?.grondslag, reden: antwoord!.context?.reden });
}

beforeAll(async () => {
  lt = await startSubgraphForTest(lokaalTeam);
  origin = new URL(lt.url).origin;
  for (const rij of SITUATIES) await zetInRegister(lt.db, rij, FEITEN.get(rij.id)!);
}, 120_000);

afterAll(async () => {
  const afwijkingen = Object.entries(BEKENDE_AFWIJKINGEN);
  if (afwijkingen.length > 0) {
    console.log(`bekende afwijkingen van de seeds (${afwijkingen.length}):\n${afwijkingen.map(([id, a]) => `  ${id}: ${a.waarom}`).join("\n")}`);
  }
  await lt?.close();
});

const label = (v: Verwachting): string => (v.toegestaan ? `toegestaan op ${v.grondslag}` : `geweigerd: ${v.reden}`);

describe("het orakel zelf", () => {
  it("heeft minstens 100 situaties met unieke ids, elk met een bron in de seeds of DOMAIN.md", () => {
    expect(SITUATIES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(SITUATIES.map((s) => s.id)).size).toBe(SITUATIES.length);
    for (const s of SITUATIES) expect(s.bron.bestand).toMatch(/^(\d{3}_[0-9a-f]{16}\.txt|DOMAIN\.md)$/);
  });

  it("dekt elke weigerreden, elke grondslag, elke organisatie, rol, categorie en elk regime", () => {
    const verwacht = SITUATIES.map((s) => s.verwacht);
    const redenen = new Set(verwacht.flatMap((v) => (v.toegestaan ? [] : [v.reden])));
    const grondslagen = new Set(verwacht.flatMap((v) => (v.toegestaan ? [v.grondslag] : [])));
    expect([...redenen].sort()).toEqual(Object.values(Weigerreden).filter((r) => r !== Weigerreden.ONBESLIST).sort());
    expect([...grondslagen].sort()).toEqual(Object.values(Grondslag).sort());
    const vragers = SITUATIES.flatMap((s) => (s.vrager ? [s.vrager] : []));
    expect(new Set(vragers.map((v) => v.rol))).toEqual(new Set(Object.values(Rol)));
    expect(new Set(vragers.flatMap((v) => (v.organisatie ? [v.organisatie] : [])))).toEqual(new Set(Object.values(DemoOrganisatie)));
    expect(new Set(SITUATIES.map((s) => s.vraag.eigenaar))).toEqual(new Set(Object.values(DemoOrganisatie)));
    expect(new Set(SITUATIES.map((s) => s.vraag.categorie))).toEqual(new Set(Object.values(Gegevenscategorie)));
    expect(new Set(SITUATIES.flatMap((s) => (s.huishouden.betrokkenheden ?? []).map((b) => b.regime)))).toEqual(new Set(Object.values(Regime)));
    // Both sides of every claim: the household's own member and an outsider, consent withdrawn and not, ended and running, informed and not.
    expect(new Set(vragers.flatMap((v) => (v.rol === Rol.INWONER ? [v.lid] : [])))).toEqual(new Set([true, false]));
    const toestemmingen = SITUATIES.flatMap((s) => s.huishouden.toestemmingen ?? []);
    expect(toestemmingen.some((t) => t.ingetrokken !== undefined) && toestemmingen.some((t) => t.ingetrokken === undefined)).toBe(true);
    const betrokkenheden = SITUATIES.flatMap((s) => s.huishouden.betrokkenheden ?? []);
    expect(betrokkenheden.some((b) => b.tot !== undefined && b.tot !== null && b.tot < 0)).toBe(true);
    expect(betrokkenheden.some((b) => b.organisatie === DemoOrganisatie.RVDK && b.geinformeerd === null)).toBe(true);
    expect(SITUATIES.some((s) => (s.huishouden.noodtoegangen ?? []).some((n) => n.tot < 0))).toBe(true);
    expect(SITUATIES.some((s) => (s.huishouden.uitzonderingenScheidingVanTaken ?? []).length > 0)).toBe(true);
  });

  it("noemt als bekende afwijking alleen situaties die bestaan, met een reden, en anders dan de seeds vragen", () => {
    for (const [id, afwijking] of Object.entries(BEKENDE_AFWIJKINGEN)) {
      const situatie = SITUATIES.find((s) => s.id === id);
      expect(situatie).toBeDefined();
      expect(afwijking.waarom.length).toBeGreaterThan(20);
      expect(afwijking.actueel).not.toEqual(situatie!.verwacht);
    }
  });
});

// One describe per expected outcome, so the test names summarise the table: situations per reason and per basis.
const groepen = new Map<string, Situatie[]>();
for (const s of SITUATIES) groepen.set(label(s.verwacht), [...(groepen.get(label(s.verwacht)) ?? []), s]);

describe.each([...groepen.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([naam, rijen]) => [`${naam} (${rijen.length} situaties)`, rijen] as const))("%s", (_naam, rijen) => {
  test.each(rijen.map((rij) => [`${rij.id} ${rij.titel}${BEKENDE_AFWIJKINGEN[rij.id] ? " [bekende afwijking]" : ""}`, rij] as const))("%s", async (_titel, rij) => {
    const f = FEITEN.get(rij.id)!;
    const verwacht = BEKENDE_AFWIJKINGEN[rij.id]?.actueel ?? rij.verwacht;
    const uitkomst = { beslis: volgensBeslis(rij, f), api: await volgensApi(rij, f) };
    expect({ situatie: rij.id, ...uitkomst }).toEqual({ situatie: rij.id, beslis: verwacht, api: verwacht });
  });
});
