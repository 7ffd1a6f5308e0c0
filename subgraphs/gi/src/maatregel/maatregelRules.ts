import { invoerFout } from "@gezinsbeeld/shared-schema";
import type { EntityManager } from "typeorm";
import { Maatregel, Maatregelsoort } from "./Maatregel";

/** Readable messages for the database's backstops on measures. */
export const MAATREGEL_MELDINGEN = {
  maatregel_periode: "De einddatum van een maatregel kan niet vóór de startdatum liggen; er is niets opgeslagen.",
  maatregel_einddatum_verplicht:
    "Een ondertoezichtstelling of machtiging uithuisplaatsing heeft altijd een einddatum; er is niets opgeslagen.",
  maatregel_verlenging_later: "Een verlenging maakt de einddatum later; er is niets opgeslagen.",
};

/** `datum` plus `jaren` years; 29 February becomes 28 February in a common year. */
export function plusJaren(datum: string, jaren: number): string {
  const [jaar, maand, dag] = datum.split("-").map(Number) as [number, number, number];
  const doeljaar = jaar + jaren;
  const laatsteDag = new Date(Date.UTC(doeljaar, maand, 0)).getUTCDate();
  return `${doeljaar}-${String(maand).padStart(2, "0")}-${String(Math.min(dag, laatsteDag)).padStart(2, "0")}`;
}

const MET_EINDDATUM = new Set([Maatregelsoort.ONDERTOEZICHTSTELLING, Maatregelsoort.MACHTIGING_UITHUISPLAATSING]);

/**
 * The court sets an OTS, and a placement order within it, for at most one year
 * per decision, extensions at most one year each (art. 1:258, 1:260 and
 * 1:265c BW); guardianship runs until the child
 * comes of age and has no end date of its own.
 */
export function eisLooptijd(soort: Maatregelsoort, startdatum: string, einddatum: string | null | undefined): void {
  if (MET_EINDDATUM.has(soort)) {
    if (!einddatum) throw invoerFout(`Een ${naam(soort)} heeft een einddatum: de kinderrechter spreekt hem uit voor ten hoogste een jaar.`, "einddatum");
    const uiterlijk = plusJaren(startdatum, 1);
    if (einddatum > uiterlijk) {
      throw invoerFout(`Een ${naam(soort)} duurt per beschikking ten hoogste een jaar: vanaf ${startdatum} uiterlijk tot ${uiterlijk}.`, "einddatum");
    }
  } else if (einddatum) {
    throw invoerFout("Voogdij loopt tot de meerderjarigheid van het kind en krijgt bij de start geen einddatum.", "einddatum");
  }
}

/** A placement order exists only within an OTS of the same child, and never outlasts it. */
export async function eisBinnenOndertoezichtstelling(
  manager: EntityManager,
  gezinId: string,
  persoonId: string,
  startdatum: string,
  einddatum: string,
): Promise<void> {
  const ots = await manager
    .getRepository(Maatregel)
    .createQueryBuilder("ots")
    .where("ots.gezinId = :gezinId AND ots.persoonId = :persoonId AND ots.soort = :soort", {
      gezinId,
      persoonId,
      soort: Maatregelsoort.ONDERTOEZICHTSTELLING,
    })
    .andWhere("ots.startdatum <= :startdatum AND ots.einddatum >= :einddatum", { startdatum, einddatum })
    .getExists();
  if (!ots) {
    throw invoerFout(
      `Een machtiging uithuisplaatsing kan alleen binnen een ondertoezichtstelling van hetzelfde kind die de hele periode ${startdatum} tot en met ${einddatum} dekt.`,
      "einddatum",
    );
  }
}

/** Refuse a second measure of the same kind for the same child in an overlapping period. */
export async function eisGeenOverlap(
  manager: EntityManager,
  persoonId: string,
  soort: Maatregelsoort,
  startdatum: string,
  einddatum: string | null,
): Promise<void> {
  const query = manager
    .getRepository(Maatregel)
    .createQueryBuilder("m")
    .where("m.persoonId = :persoonId AND m.soort = :soort", { persoonId, soort })
    .andWhere("(m.einddatum IS NULL OR m.einddatum >= :startdatum)", { startdatum });
  if (einddatum) query.andWhere("m.startdatum <= :einddatum", { einddatum });
  const bestaand = await query.orderBy("m.startdatum", "ASC").getOne();
  if (bestaand) {
    throw invoerFout(
      `Voor dit kind loopt al een ${naam(soort)} van ${bestaand.startdatum} tot ${bestaand.einddatum ?? "de meerderjarigheid"}; verleng die in plaats van een nieuwe te registreren.`,
      "startdatum",
    );
  }
}

/** The measure's name as a professional writes it. */
export function naam(soort: Maatregelsoort): string {
  return {
    [Maatregelsoort.ONDERTOEZICHTSTELLING]: "ondertoezichtstelling",
    [Maatregelsoort.VOOGDIJ]: "voogdij",
    [Maatregelsoort.MACHTIGING_UITHUISPLAATSING]: "machtiging uithuisplaatsing",
  }[soort];
}
