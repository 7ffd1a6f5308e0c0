import {
  type Aankondiging,
  type Betrokkenheidsfeit,
  Gegevenscategorie,
  Intensiteit,
  isUuid,
  loopt,
  type Organisatie,
  organisatieRegister,
  Regime,
  Tijdlijnsoort,
  vandaag,
  type Verwerking,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { type DataSource, type EntityManager, IsNull } from "typeorm";
import { Betrokkenheid } from "../betrokkenheid/Betrokkenheid";
import { Gezin } from "../gezin/Gezin";
import { Regieperiode } from "../regie/Regieperiode";
import { Signaal, Signaalsoort } from "./Signaal";
import { Tijdlijnregel } from "./Tijdlijnregel";

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** Why an announcement cannot be taken, or null: the register refuses (and records) it rather than guess. */
function gebrek(organisatie: string, a: Aankondiging): string | null {
  const register = organisatieRegister();
  if (!register.bekend(organisatie)) return `onbekende organisatie ${organisatie}`;
  if (!isUuid(a.gezinId) || !isUuid(a.record.id)) return "geen geldig huishouden of dossierstuk";
  const b = a.betrokkenheid;
  if (b) {
    if (register.heeftTaak(organisatie, "dossierhouder")) return "de dossierhouder (het lokale team) houdt het dossier en kondigt geen betrokkenheid aan";
    if (!Object.values(Regime).includes(b.regime) || !Object.values(Intensiteit).includes(b.intensiteit)) return "onbekend regime of intensiteit";
    if (!DATUM.test(b.startdatum) || (b.einddatum !== null && (!DATUM.test(b.einddatum) || b.einddatum < b.startdatum))) return "ongeldige periode";
    if (b.anoniem && b.regime !== Regime.ADVIES) return "alleen advies kan anoniem";
    if (b.regime === Regime.ROOD && !register.get(organisatie).wettelijkeTaak.some((taak) => taak.regimes.includes(Regime.ROOD))) return "regime rood is van een organisatie met een wettelijke taak in rood (de GI)";
    if (b.persoonId && !isUuid(b.persoonId)) return "ongeldig kind";
    if (b.geinformeerdOp && (!DATUM.test(b.geinformeerdOp) || b.geinformeerdOp < b.startdatum)) return "het huishouden kan niet geïnformeerd zijn vóór het begin";
  }
  for (const t of a.tijdlijn ?? []) {
    if (!Object.values(Tijdlijnsoort).includes(t.soort) || !DATUM.test(t.datum) || !Object.values(Gegevenscategorie).includes(t.categorie)) return "ongeldige tijdlijnregel";
    if (typeof t.titel !== "string" || t.titel.length === 0 || t.titel.length > 200) return "tijdlijnregel zonder titel";
  }
  if (a.regieTerug && (organisatie !== DemoOrganisatie.GI || !DATUM.test(a.regieTerug.per) || !a.regieTerug.reden?.trim())) return "alleen de GI geeft de regie terug, op een datum, met een reden";
  return null;
}

/**
 * The register follows the work: what an organisation's record announced
 * becomes its involvement (one per record, the whole state each time), the
 * household's merged timeline entries, match notices to every other involved
 * organisation, and regie moving with a measure. Runs in the delivery's
 * transaction, under the household's lock, so announcements of one household
 * apply one at a time and in order.
 */
export const verwerkAankondiging: Verwerking = async (manager, organisatie, a) => {
  const fout = gebrek(organisatie, a);
  if (fout) return `geweigerd: ${fout}`;
  const gezin = await manager.getRepository(Gezin).findOne({ where: { id: a.gezinId.toLowerCase() }, lock: { mode: "pessimistic_write" } });
  if (!gezin) return "geweigerd: onbekend huishouden";
  const org = organisatie as Organisatie;
  if (a.betrokkenheid) await volgBetrokkenheid(manager, gezin, org, a, a.betrokkenheid);
  if (a.tijdlijn) await vervangTijdlijn(manager, gezin.id, org, a);
  if (a.regieTerug) {
    await legRegieVast(manager, gezin.id, { naar: DemoOrganisatie.LOKAAL_TEAM, per: a.regieTerug.per, reden: `Regie teruggegeven door de GI: ${a.regieTerug.reden.trim()}`, oorzaak: a.record });
  }
  return "verwerkt";
};

/** The organisation's involvements with the household that run on `dag`, not anonymous (an anonymous advice knows no household). */
function lopend(betrokkenheden: readonly Betrokkenheid[], dag: string): Betrokkenheid[] {
  return betrokkenheden.filter((b) => !b.anoniem && loopt(b.startdatum, b.einddatum, dag));
}

async function volgBetrokkenheid(manager: EntityManager, gezin: Gezin, organisatie: Organisatie, a: Aankondiging, feit: Betrokkenheidsfeit): Promise<void> {
  const repo = manager.getRepository(Betrokkenheid);
  const alle = await repo.findBy({ gezinId: gezin.id });
  const dag = vandaag();
  const eerderActief = lopend(alle.filter((b) => b.organisatie === organisatie), dag).length > 0;
  const bestaand = alle.find((b) => b.organisatie === organisatie && b.bronId === a.record.id.toLowerCase());
  const betrokkenheid = bestaand ?? repo.create({ gezinId: gezin.id, organisatie, bronType: a.record.type, bronId: a.record.id.toLowerCase(), vastgelegdDoor: null });
  const vorigeEinde = bestaand?.einddatum ?? null;
  Object.assign(betrokkenheid, {
    regime: feit.regime,
    intensiteit: feit.intensiteit,
    anoniem: feit.anoniem,
    startdatum: feit.startdatum,
    einddatum: feit.einddatum,
    medewerkerId: feit.medewerkerId,
    persoonId: feit.persoonId?.toLowerCase() ?? null,
    regieOorzaak: feit.regie ?? null,
    // Only an announcement that says so changes it: rule 4 keeps the RvdK out until the household was told.
    geinformeerdOp: feit.geinformeerdOp !== undefined ? feit.geinformeerdOp : (bestaand?.geinformeerdOp ?? null),
  } satisfies Partial<Betrokkenheid>);
  await repo.save(betrokkenheid);

  const na = bestaand ? alle.map((b) => (b.id === betrokkenheid.id ? betrokkenheid : b)) : [...alle, betrokkenheid];
  const eigen = na.filter((b) => b.organisatie === organisatie);
  const nuActief = lopend(eigen, dag).length > 0;
  if (!eerderActief && nuActief && !betrokkenheid.anoniem) await meldBetrokken(manager, gezin, organisatie, betrokkenheid, na, dag);
  const einde = betrokkenheid.einddatum;
  // An end that has come: a planned end still ahead (a measure's, which may be extended) is no departure yet.
  if (einde && einde <= dag && einde !== vorigeEinde && eerderActief && !betrokkenheid.anoniem) {
    // The organisation leaves when nothing else of it runs past this end: the others are told.
    const blijft = eigen.some((b) => b.id !== betrokkenheid.id && !b.anoniem && b.startdatum <= dag && (!b.einddatum || b.einddatum > einde));
    if (!blijft) await meldBeeindigd(manager, gezin, organisatie, einde, na, dag);
  }
  if (betrokkenheid.regieOorzaak) await volgRegie(manager, gezin.id, betrokkenheid, na, { nieuw: !bestaand?.regieOorzaak, vorigeEinde });
}

/** Which other organisations are involved on `dag`, each with its contact; the local team always, with the household's fixed contact. */
function anderen(gezin: Gezin, organisatie: Organisatie, betrokkenheden: readonly Betrokkenheid[], dag: string): Array<{ organisatie: Organisatie; regime: Regime | null; sinds: string; contact: string | null }> {
  const perOrganisatie = new Map<Organisatie, { organisatie: Organisatie; regime: Regime | null; sinds: string; contact: string | null }>();
  perOrganisatie.set(DemoOrganisatie.LOKAAL_TEAM, { organisatie: DemoOrganisatie.LOKAAL_TEAM, regime: null, sinds: gezin.aangemeldOp, contact: gezin.vasteContactpersoonId });
  for (const b of lopend(betrokkenheden, dag)) {
    if (b.organisatie === organisatie || perOrganisatie.has(b.organisatie)) continue;
    perOrganisatie.set(b.organisatie, { organisatie: b.organisatie, regime: b.regime, sinds: b.startdatum, contact: b.medewerkerId });
  }
  perOrganisatie.delete(organisatie);
  return [...perOrganisatie.values()];
}

/** A match notice both ways: the others learn who joined, the newcomer learns who is already there. Who, since when, never why. */
async function meldBetrokken(manager: EntityManager, gezin: Gezin, organisatie: Organisatie, nieuw: Betrokkenheid, betrokkenheden: readonly Betrokkenheid[], dag: string): Promise<void> {
  const al = anderen(gezin, organisatie, betrokkenheden, dag);
  const signalen = al.flatMap((ander) => [
    { gezinId: gezin.id, aanOrganisatie: ander.organisatie, organisatie, soort: Signaalsoort.BETROKKEN, datum: nieuw.startdatum, regime: nieuw.regime, contactpersoonId: nieuw.medewerkerId },
    { gezinId: gezin.id, aanOrganisatie: organisatie, organisatie: ander.organisatie, soort: Signaalsoort.BETROKKEN, datum: ander.sinds, regime: ander.regime, contactpersoonId: ander.contact },
  ]);
  if (signalen.length > 0) await manager.getRepository(Signaal).insert(signalen);
}

async function meldBeeindigd(manager: EntityManager, gezin: Gezin, organisatie: Organisatie, einddatum: string, betrokkenheden: readonly Betrokkenheid[], dag: string): Promise<void> {
  const signalen = anderen(gezin, organisatie, betrokkenheden, dag).map((ander) => ({
    gezinId: gezin.id,
    aanOrganisatie: ander.organisatie,
    organisatie,
    soort: Signaalsoort.BEEINDIGD,
    datum: einddatum,
    regime: null,
    contactpersoonId: null,
  }));
  if (signalen.length > 0) await manager.getRepository(Signaal).insert(signalen);
}

/**
 * Regie moves with the measure: to the GI from a measure's start, back to the
 * local team when the last one that holds regie ends (seed 003: with some
 * children under a measure and others not, the GI holds regie).
 */
async function volgRegie(
  manager: EntityManager,
  gezinId: string,
  betrokkenheid: Betrokkenheid,
  betrokkenheden: readonly Betrokkenheid[],
  eerder: { nieuw: boolean; vorigeEinde: string | null },
): Promise<void> {
  const oorzaak = { type: betrokkenheid.bronType ?? "Betrokkenheid", id: betrokkenheid.bronId ?? betrokkenheid.id };
  const dag = vandaag();
  const voor = await huidigeRegie(manager, gezinId);
  // A measure that had already ended when the running period began (a sibling's, told late) moves nothing now.
  const alVoorbij = betrokkenheid.einddatum !== null && voor !== null && betrokkenheid.einddatum <= voor.vanaf;
  if (eerder.nieuw && betrokkenheid.startdatum <= dag && voor?.organisatie !== DemoOrganisatie.GI && !alVoorbij) {
    await legRegieVast(manager, gezinId, { naar: DemoOrganisatie.GI, per: betrokkenheid.startdatum, reden: `${betrokkenheid.regieOorzaak} gestart`, oorzaak });
  }
  // An end that has come (a planned end still ahead moves nothing yet: the measure may be extended).
  const einde = betrokkenheid.einddatum;
  if (!einde || einde > dag || einde === eerder.vorigeEinde) return;
  const regie = await huidigeRegie(manager, gezinId);
  if (regie?.organisatie !== DemoOrganisatie.GI) return;
  const nogEen = betrokkenheden.some((b) => b.id !== betrokkenheid.id && b.organisatie === DemoOrganisatie.GI && b.regieOorzaak && b.startdatum <= einde && (!b.einddatum || b.einddatum > einde));
  if (!nogEen) await legRegieVast(manager, gezinId, { naar: DemoOrganisatie.LOKAAL_TEAM, per: einde, reden: `${betrokkenheid.regieOorzaak} beëindigd`, oorzaak });
}

/** The running regie period: the one without an end (there is at most one: every move closes it first). */
export function huidigeRegie(manager: EntityManager, gezinId: string): Promise<Regieperiode | null> {
  return manager.getRepository(Regieperiode).findOne({ where: { gezinId, tot: IsNull() }, order: { vanaf: "DESC" } });
}

/**
 * Close the running regie period and open one with `naar` from `per`, with its
 * cause, and put the move on the merged timeline. A move dated before the
 * running period began is dated at that beginning: history is not rewritten.
 * One function for every move: by a measure, its end, the GI's hand-back, or a professional.
 */
export async function legRegieVast(
  manager: EntityManager,
  gezinId: string,
  move: { naar: Organisatie; per: string; reden: string; oorzaak?: { type: string; id: string }; door?: string | null },
): Promise<Regieperiode> {
  const lopend = await huidigeRegie(manager, gezinId);
  const per = lopend && move.per < lopend.vanaf ? lopend.vanaf : move.per;
  if (lopend) {
    lopend.tot = per;
    await manager.save(lopend);
  }
  const periode = await manager.save(
    manager.create(Regieperiode, {
      gezinId,
      organisatie: move.naar,
      vanaf: per,
      reden: move.reden,
      oorzaakType: move.oorzaak?.type ?? null,
      oorzaakId: move.oorzaak?.id.toLowerCase() ?? null,
      vastgelegdDoor: move.door ?? null,
    }),
  );
  await manager.getRepository(Tijdlijnregel).insert({
    gezinId,
    organisatie: DemoOrganisatie.LOKAAL_TEAM,
    soort: Tijdlijnsoort.REGIE_VERPLAATST,
    datum: per,
    categorie: Gegevenscategorie.HULPVERLENING,
    titel: move.naar === DemoOrganisatie.GI ? "Regie naar de Gecertificeerde Instelling" : "Regie naar het lokale team",
    uitkomst: move.reden,
    recordType: "Regieperiode",
    recordId: periode.id,
    persoonId: null,
  });
  return periode;
}

/** The record's timeline entries as it announced them now: what it announced before is replaced. */
async function vervangTijdlijn(manager: EntityManager, gezinId: string, organisatie: Organisatie, a: Aankondiging): Promise<void> {
  const repo = manager.getRepository(Tijdlijnregel);
  const recordId = a.record.id.toLowerCase();
  await repo.delete({ organisatie, recordId });
  const regels = (a.tijdlijn ?? []).map((t) => ({
    gezinId,
    organisatie,
    soort: t.soort,
    datum: t.datum,
    categorie: t.categorie,
    titel: t.titel.trim(),
    uitkomst: t.uitkomst?.trim() || null,
    recordType: a.record.type,
    recordId,
    persoonId: t.persoonId && isUuid(t.persoonId) ? t.persoonId.toLowerCase() : null,
  }));
  // One entry per (record, kind, day): an announcement that repeats one keeps one.
  const uniek = [...new Map(regels.map((r) => [`${r.soort}|${r.datum}`, r])).values()];
  if (uniek.length > 0) await repo.insert(uniek);
}

/**
 * Ends that came without an announcement: a measure that holds regie and ran
 * to its planned end date. Where the running regie period is the GI's and no
 * regie-holding involvement of the GI runs any more, regie returns to the local
 * team from the last such end, and the others are told the GI left where
 * nothing of it runs. Each household in its own transaction, under its lock;
 * running it twice changes nothing.
 */
export async function volgVerlopenEinden(db: DataSource, dag: string = vandaag()): Promise<number> {
  const kandidaten = (await db.query(
    `SELECT r."gezinId" AS id FROM regieperiode r
      WHERE r.tot IS NULL AND r.organisatie = 'GI'
        AND NOT EXISTS (SELECT 1 FROM betrokkenheid b WHERE b."gezinId" = r."gezinId" AND b.organisatie = 'GI' AND b."regieOorzaak" IS NOT NULL
                          AND b.startdatum <= $1 AND (b.einddatum IS NULL OR b.einddatum > $1))`,
    [dag],
  )) as Array<{ id: string }>;
  let verplaatst = 0;
  for (const { id } of kandidaten) {
    await db.transaction("READ COMMITTED", async (manager) => {
      const gezin = await manager.getRepository(Gezin).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
      const regie = gezin && (await huidigeRegie(manager, gezin.id));
      if (!gezin || regie?.organisatie !== DemoOrganisatie.GI) return;
      const alle = await manager.getRepository(Betrokkenheid).findBy({ gezinId: gezin.id });
      const regiehouders = alle.filter((b) => b.organisatie === DemoOrganisatie.GI && b.regieOorzaak);
      if (regiehouders.some((b) => b.startdatum <= dag && (!b.einddatum || b.einddatum > dag))) return;
      const laatste = regiehouders.filter((b) => b.einddatum).sort((a, b) => b.einddatum!.localeCompare(a.einddatum!))[0];
      if (!laatste?.einddatum) return;
      await legRegieVast(manager, gezin.id, {
        naar: DemoOrganisatie.LOKAAL_TEAM,
        per: laatste.einddatum,
        reden: `${laatste.regieOorzaak} afgelopen op de einddatum`,
        oorzaak: { type: laatste.bronType ?? "Betrokkenheid", id: laatste.bronId ?? laatste.id },
      });
      const giLoopt = lopend(alle.filter((b) => b.organisatie === DemoOrganisatie.GI), dag).length > 0;
      if (!giLoopt) await meldBeeindigd(manager, gezin, DemoOrganisatie.GI, laatste.einddatum, alle, dag);
      verplaatst += 1;
    });
  }
  return verplaatst;
}
