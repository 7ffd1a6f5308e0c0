import { type Aankondiging, insertInChunks, kondigAanAlle, Medewerker, Rol } from "@gezinsbeeld/shared-schema";
import { type DemoGezin, type DemoMedewerker, DemoOrganisatie, type DemoScenario, demoUuid, plusDagen } from "@gezinsbeeld/demo";
import type { DataSource } from "typeorm";
import { aankondigingVanInzet, type InzetStand } from "./inzet/aankondigingVanInzet";
import { GiInzet, GiProduct } from "./inzet/GiInzet";
import { JeugdbeschermerToewijzing } from "./jeugdbeschermer/JeugdbeschermerToewijzing";
import { Jeugdreclassering, JeugdreclasseringKader } from "./jeugdreclassering/Jeugdreclassering";
import { aankondigingVanMaatregel, type MaatregelStand } from "./maatregel/aankondigingVanMaatregel";
import { Maatregel, Maatregelsoort, MaatregelVerlenging } from "./maatregel/Maatregel";
import { plusJaren } from "./maatregel/maatregelRules";
import { Borgingsplan, Veranderplan } from "./plannen/Plannen";
import * as teksten from "./seedTeksten";

type Rij<E> = Partial<E>;

/** The rows of the GI's part of the demo story, per table. */
class GiRijen {
  inzet: Rij<GiInzet>[] = [];
  maatregelen: Rij<Maatregel>[] = [];
  verlengingen: Rij<MaatregelVerlenging>[] = [];
  jeugdreclassering: Rij<Jeugdreclassering>[] = [];
  toewijzingen: Rij<JeugdbeschermerToewijzing>[] = [];
  veranderplannen: Rij<Veranderplan>[] = [];
  borgingsplannen: Rij<Borgingsplan>[] = [];
  /** What the inzet and measures announce to the register, per household in the order they happened. */
  aankondigingen: Aankondiging[] = [];
}

/**
 * The GI's part of the demo scenario, following each household's mijlpalen so
 * the five databases tell one story: advice (product 1) where the GI advised,
 * acting together (product 2a), and from the measure on an OTS per child with
 * the jeugdbeschermer, veranderplan and, after the measure, a borgingsplan.
 * The inzet and measures announce their involvements and timeline entries in
 * the same transaction, as the mutations do: the register learns of them
 * through the outbox, not from a seed of its own.
 */
export async function seed(db: DataSource, scenario: DemoScenario): Promise<void> {
  const rijen = new GiRijen();
  for (const gezin of scenario.gezinnen) seedGezin(gezin, scenario, rijen);
  const medewerkers = scenario.medewerkers
    .filter((medewerker) => medewerker.organisatie === DemoOrganisatie.GI)
    .map(({ id, naam, organisatie, rol, functie }) => ({ id, naam, organisatie, rol, functie }));
  await db.transaction(async (manager) => {
    await insertInChunks(manager, Medewerker, medewerkers);
    await insertInChunks(manager, GiInzet, rijen.inzet);
    await insertInChunks(manager, Maatregel, rijen.maatregelen);
    await insertInChunks(manager, MaatregelVerlenging, rijen.verlengingen);
    await insertInChunks(manager, Jeugdreclassering, rijen.jeugdreclassering);
    await insertInChunks(manager, JeugdbeschermerToewijzing, rijen.toewijzingen);
    await insertInChunks(manager, Veranderplan, rijen.veranderplannen);
    await insertInChunks(manager, Borgingsplan, rijen.borgingsplannen);
    await kondigAanAlle(manager, rijen.aankondigingen);
  });
}

function seedGezin(gezin: DemoGezin, scenario: DemoScenario, rijen: GiRijen): void {
  const random = gezin.random("gi");
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const { mijlpalen, nummer } = gezin;
  const peildatum = scenario.peildatum;
  const jeugdbeschermer = scenario.toegewezen(gezin, DemoOrganisatie.GI);
  // Rule 5: whoever advised in the voluntary phase does not execute the measure.
  const adviseur = scenario.collega(jeugdbeschermer);
  const kinderen = gezin.leden.filter((lid) => lid.gezinsrol === "KIND");

  // What has not happened by the peildatum is not there yet; an end after it has not come yet.
  const tot = (einde: string | null): string | null => (einde && einde <= peildatum ? einde : null);
  const inzet = (stand: InzetStand & Rij<GiInzet>): void => {
    rijen.inzet.push(stand);
    rijen.aankondigingen.push(aankondigingVanInzet(stand));
  };

  if (mijlpalen.adviesDoor === DemoOrganisatie.GI && mijlpalen.adviesOp <= peildatum) {
    // Anonymous while the household is in the advice phase (rule 3), where the consult still runs; later it ended after three weeks.
    const adviesfase = gezin.fase === "ADVIES";
    inzet({
      id: demoUuid(`gi-inzet-${nummer}-advies`),
      gezinId: gezin.id,
      product: GiProduct.PRODUCT_1,
      startdatum: mijlpalen.adviesOp,
      einddatum: tot(adviesfase ? null : plusDagen(mijlpalen.adviesOp, 21)),
      anoniem: adviesfase,
      medewerkerId: adviseur.id,
      toelichting: pick(teksten.ADVIES),
      vastgelegdDoor: adviseur.id,
    });
  }

  if (mijlpalen.samenOptrekkenVanaf && mijlpalen.samenOptrekkenVanaf <= peildatum) {
    inzet({
      id: demoUuid(`gi-inzet-${nummer}-samen-optrekken`),
      gezinId: gezin.id,
      product: GiProduct.PRODUCT_2A,
      startdatum: mijlpalen.samenOptrekkenVanaf,
      einddatum: tot(mijlpalen.maatregelVanaf ?? null),
      anoniem: false,
      medewerkerId: adviseur.id,
      toelichting: pick(teksten.SAMEN_OPTREKKEN),
      vastgelegdDoor: adviseur.id,
    });
  }

  const { maatregelVanaf, maatregelTot } = mijlpalen;
  if (maatregelVanaf && maatregelTot && maatregelVanaf <= peildatum && kinderen.length > 0) {
    const beeindigd = gezin.fase === "MAATREGEL_BEEINDIGD";
    const beschikking = beschikkingsnummer(random, maatregelVanaf);
    const reden = beeindigd ? pick(teksten.BEEINDIGINGSREDENEN) : null;
    // The court decides on an extension in the last four months of the year; only where that moment has passed.
    const verlengingVanaf = plusDagen(maatregelTot, -120);
    const verlenging =
      gezin.fase === "ROOD" && verlengingVanaf <= peildatum
        ? {
            datum: plusDagen(verlengingVanaf, Math.floor(random() * (dagenTussen(verlengingVanaf, peildatum) + 1))),
            nieuweEinddatum: plusJaren(maatregelTot, 1),
            beschikkingsnummer: beschikkingsnummer(random, peildatum),
          }
        : null;
    kinderen.forEach((kind, index) => {
      const id = demoUuid(`gi-maatregel-${nummer}-${index + 1}`);
      // An OTS ends by law when the child comes of age; the court never extends it past that day.
      const minderjarigTot = plusDagen(plusJaren(kind.geboortedatum, 18), -1);
      if (minderjarigTot < maatregelVanaf) return;
      const einddatum = minderjarigTot < maatregelTot ? minderjarigTot : maatregelTot;
      const verlengd =
        verlenging && minderjarigTot > maatregelTot
          ? { ...verlenging, nieuweEinddatum: minderjarigTot < verlenging.nieuweEinddatum ? minderjarigTot : verlenging.nieuweEinddatum }
          : null;
      const maatregel: MaatregelStand & Rij<Maatregel> = {
        id,
        gezinId: gezin.id,
        persoonId: kind.id,
        soort: Maatregelsoort.ONDERTOEZICHTSTELLING,
        startdatum: maatregelVanaf,
        // The planned (or early) end: the involvement it announces runs until then, judged by the register on its own day.
        einddatum: verlengd?.nieuweEinddatum ?? einddatum,
        beschikkingsnummer: beschikking,
        beeindigingsreden: reden,
        vastgelegdDoor: jeugdbeschermer.id,
      };
      rijen.maatregelen.push(maatregel);
      const verlengingen = verlengd ? [{ gezinId: gezin.id, maatregelId: id, vorigeEinddatum: maatregelTot, ...verlengd, vastgelegdDoor: jeugdbeschermer.id }] : [];
      rijen.verlengingen.push(...verlengingen);
      rijen.aankondigingen.push(aankondigingVanMaatregel(maatregel, verlengingen, jeugdbeschermer.id));
    });
    rijen.toewijzingen.push({
      gezinId: gezin.id,
      medewerkerId: jeugdbeschermer.id,
      vanaf: maatregelVanaf,
      tot: beeindigd ? maatregelTot : null,
      vastgelegdDoor: jeugdbeschermer.id,
    });
    seedPlannen(gezin, maatregelVanaf, maatregelTot, beeindigd, peildatum, jeugdbeschermer, random, rijen);
  }

  seedJeugdreclassering(gezin, scenario, random, rijen);
}

function seedPlannen(
  gezin: DemoGezin,
  vanaf: string,
  tot: string,
  beeindigd: boolean,
  peildatum: string,
  jeugdbeschermer: DemoMedewerker,
  random: () => number,
  rijen: GiRijen,
): void {
  const doelen = kiesEnkele(random, teksten.VERANDERDOELEN, 3);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // The first plan follows the GI's MDO some six weeks after the start; a revision half a year in.
  rijen.veranderplannen.push({
    gezinId: gezin.id,
    versie: 1,
    vastgesteldOp: plusDagen(vanaf, 42),
    doelen,
    toelichting: pick(teksten.VERANDERPLAN_TOELICHTING),
    vastgelegdDoor: jeugdbeschermer.id,
  });
  const herziening = plusDagen(vanaf, 182);
  if (herziening <= peildatum && herziening <= plusDagen(tot, -30)) {
    rijen.veranderplannen.push({
      gezinId: gezin.id,
      versie: 2,
      vastgesteldOp: herziening,
      doelen: [...doelen.slice(1), ...kiesEnkele(random, teksten.VERANDERDOELEN.filter((doel) => !doelen.includes(doel)), 1)],
      toelichting: pick(teksten.VERANDERPLAN_HERZIENING),
      vastgelegdDoor: jeugdbeschermer.id,
    });
  }
  if (beeindigd) {
    rijen.borgingsplannen.push({
      gezinId: gezin.id,
      vastgesteldOp: plusDagen(tot, -(14 + Math.floor(random() * 21))),
      afspraken: kiesEnkele(random, teksten.BORGINGSAFSPRAKEN, 3 + Math.floor(random() * 2)),
      vastgelegdDoor: jeugdbeschermer.id,
    });
  }
}

const KADERS = [
  JeugdreclasseringKader.TOEZICHT_EN_BEGELEIDING,
  JeugdreclasseringKader.TOEZICHT_EN_BEGELEIDING,
  JeugdreclasseringKader.HARDE_KERN,
  JeugdreclasseringKader.GEDRAGSBEINVLOEDENDE_MAATREGEL,
  JeugdreclasseringKader.VRIJWILLIG,
];

/** A few households where a melding was made have a teenager under youth probation. */
function seedJeugdreclassering(gezin: DemoGezin, scenario: DemoScenario, random: () => number, rijen: GiRijen): void {
  const meldingOp = gezin.mijlpalen.meldingOp;
  if (!meldingOp || random() >= 0.3) return;
  const startdatum = plusDagen(meldingOp, 30 + Math.floor(random() * 60));
  if (startdatum > scenario.peildatum) return;
  const jongere = gezin.leden.find((lid) => lid.gezinsrol === "KIND" && plusJaren(lid.geboortedatum, 14) <= startdatum);
  if (!jongere) return;
  const jeugdreclasseerder =
    scenario.medewerkers.find((m) => m.organisatie === DemoOrganisatie.GI && m.rol === Rol.MEDEWERKER && m.functie === "jeugdreclasseerder") ??
    scenario.toegewezen(gezin, DemoOrganisatie.GI);
  const kader = KADERS[Math.floor(random() * KADERS.length)] as JeugdreclasseringKader;
  const einde = plusDagen(startdatum, 180 + Math.floor(random() * 180));
  rijen.jeugdreclassering.push({
    gezinId: gezin.id,
    persoonId: jongere.id,
    kader,
    startdatum,
    einddatum: einde <= scenario.peildatum ? einde : null,
    medewerkerId: jeugdreclasseerder.id,
    toelichting: teksten.JEUGDRECLASSERING[kader],
    vastgelegdDoor: jeugdreclasseerder.id,
  });
}

/** A court reference in the style of the Midden-Nederland court, e.g. `C/16/541234 / JE RK 25-1234`. */
function beschikkingsnummer(random: () => number, datum: string): string {
  const zaak = 500000 + Math.floor(random() * 99999);
  const rekest = 1000 + Math.floor(random() * 8999);
  return `C/16/${zaak} / JE RK ${datum.slice(2, 4)}-${rekest}`;
}

function kiesEnkele<T>(random: () => number, items: readonly T[], aantal: number): T[] {
  const rest = [...items];
  const gekozen: T[] = [];
  while (gekozen.length < aantal && rest.length > 0) gekozen.push(rest.splice(Math.floor(random() * rest.length), 1)[0] as T);
  return gekozen;
}

function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000);
}
