import { insertInChunks, kondigAanAlle, Medewerker, Rol } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie, type DemoScenario, demoUuid, plusDagen } from "@gezinsbeeld/demo";
import type { DataSource } from "typeorm";
import { Contactregistratie } from "./contacten/Contactregistratie";
import { aankondigingVanKoppeling } from "./koppeling/aankondigingVanKoppeling";
import { ErvaringsdeskundigeKoppeling } from "./koppeling/ErvaringsdeskundigeKoppeling";

const MAX_CONTACTEN_PER_MAAND = 8;

/** First day of the month of `datum` (YYYY-MM-DD). */
function eersteVanMaand(datum: string): string {
  return `${datum.slice(0, 7)}-01`;
}

/** Last day of the month of `datum`. */
function laatsteVanMaand(datum: string): string {
  const [jaar, maand] = [Number(datum.slice(0, 4)), Number(datum.slice(5, 7))];
  return new Date(Date.UTC(jaar, maand, 0)).toISOString().slice(0, 10);
}

/** First day of the month after `datum`. */
function volgendeMaand(datum: string): string {
  const [jaar, maand] = [Number(datum.slice(0, 4)), Number(datum.slice(5, 7))];
  return new Date(Date.UTC(jaar, maand, 1)).toISOString().slice(0, 10);
}

/**
 * Calendar months from `vanaf` up to `tot`, each clipped to [vanaf, tot]: the
 * pool sends its overview of contact counts per month (seed 001).
 */
function maandperiodes(vanaf: string, tot: string): Array<{ periodeVan: string; periodeTot: string }> {
  const periodes: Array<{ periodeVan: string; periodeTot: string }> = [];
  for (let maand = eersteVanMaand(vanaf); maand <= tot; maand = volgendeMaand(maand)) {
    const einde = laatsteVanMaand(maand);
    periodes.push({ periodeVan: maand < vanaf ? vanaf : maand, periodeTot: einde > tot ? tot : einde });
  }
  return periodes;
}

/**
 * The pool's part of the demo scenario: its staff, and for every household with
 * `mijlpalen.ervaringsdeskundigeVanaf` a link to the assigned expert (ended with
 * the measure for households whose measure has ended) and monthly contact
 * counts up to the end of the link or the last full month before the peildatum.
 * No text about the household: there is nowhere to put it. Each link announces
 * the pool's involvement in the same transaction, as the mutations do.
 */
export async function seed(db: DataSource, scenario: DemoScenario): Promise<void> {
  const staf = scenario.medewerkers.filter((medewerker) => medewerker.organisatie === DemoOrganisatie.ERVARINGSDESKUNDIGEN);
  const coordinator = staf.find((medewerker) => medewerker.rol === Rol.TEAMLEIDER) ?? null;
  // Counts arrive as a monthly overview, so the current, unfinished month has none yet.
  const laatsteDagVorigeMaand = plusDagen(eersteVanMaand(scenario.peildatum), -1);

  const medewerkers = staf.map((medewerker) =>
    Object.assign(new Medewerker(), {
      id: medewerker.id,
      naam: medewerker.naam,
      organisatie: medewerker.organisatie,
      rol: medewerker.rol,
      functie: medewerker.functie,
    }),
  );
  const koppelingen: ErvaringsdeskundigeKoppeling[] = [];
  const registraties: Contactregistratie[] = [];

  for (const gezin of scenario.gezinnen) {
    const { ervaringsdeskundigeVanaf: vanaf, maatregelTot } = gezin.mijlpalen;
    if (!vanaf) continue;
    const random = gezin.random("ervaringsdeskundigen");
    const ervaringsdeskundige = scenario.toegewezen(gezin, DemoOrganisatie.ERVARINGSDESKUNDIGEN);
    if (vanaf > scenario.peildatum) continue;
    // An end after the peildatum has not come yet.
    const tot = gezin.fase === "MAATREGEL_BEEINDIGD" && maatregelTot && maatregelTot <= scenario.peildatum ? maatregelTot : null;
    const koppelingId = demoUuid(`ervaringsdeskundige-koppeling-${gezin.nummer}`);
    koppelingen.push(
      Object.assign(new ErvaringsdeskundigeKoppeling(), {
        id: koppelingId,
        gezinId: gezin.id,
        ervaringsdeskundigeId: ervaringsdeskundige.id,
        vanaf,
        tot,
        vastgelegdDoor: coordinator?.id ?? null,
      }),
    );
    const registrerenTot = tot && tot < laatsteDagVorigeMaand ? tot : laatsteDagVorigeMaand;
    if (registrerenTot < vanaf) continue;
    for (const periode of maandperiodes(vanaf, registrerenTot)) {
      registraties.push(
        Object.assign(new Contactregistratie(), {
          id: demoUuid(`ervaringsdeskundige-contacten-${gezin.nummer}-${periode.periodeVan}`),
          gezinId: gezin.id,
          koppelingId,
          periodeVan: periode.periodeVan,
          periodeTot: periode.periodeTot,
          aantalContacten: Math.floor(random() * (MAX_CONTACTEN_PER_MAAND + 1)),
          vastgelegdDoor: ervaringsdeskundige.id,
        }),
      );
    }
  }

  await db.transaction(async (manager) => {
    await insertInChunks(manager, Medewerker, medewerkers);
    await insertInChunks(manager, ErvaringsdeskundigeKoppeling, koppelingen);
    await insertInChunks(manager, Contactregistratie, registraties);
    await kondigAanAlle(manager, koppelingen.map(aankondigingVanKoppeling));
  });
}
