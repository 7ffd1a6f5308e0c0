import { type Aankondiging, insertInChunks, kondigAanAlle, Medewerker } from "@gezinsbeeld/shared-schema";
import { type DemoGezin, DemoOrganisatie, type DemoScenario, demoUuid, opPeildatum, plusDagen } from "@gezinsbeeld/demo";
import type { DataSource } from "typeorm";
import { aankondigingVanBeschermingsonderzoek } from "./onderzoek/aankondigingVanBeschermingsonderzoek";
import { Beschermingsonderzoek, BeschermingsonderzoekConclusie, BeschermingsonderzoekStatus } from "./onderzoek/Beschermingsonderzoek";
import { aankondigingVanVerzoek } from "./verzoek/aankondigingVanVerzoek";
import { VerzoekTotOnderzoek, VerzoekTotOnderzoekStatus } from "./verzoek/VerzoekTotOnderzoek";
import { aankondigingVanVerzoekschrift } from "./verzoekschrift/aankondigingVanVerzoekschrift";
import { GevraagdeMaatregel, UitspraakKinderrechter, Verzoekschrift } from "./verzoekschrift/Verzoekschrift";

const REDENEN: Record<typeof DemoOrganisatie.LOKAAL_TEAM | typeof DemoOrganisatie.VEILIG_THUIS, readonly string[]> = {
  [DemoOrganisatie.LOKAAL_TEAM]: [
    "Ondanks vrijwillige hulp blijven de zorgen over de veiligheid van de kinderen bestaan; de ouders houden zich niet aan de veiligheidsafspraken.",
    "De ouders werken wisselend mee aan het veiligheidsplan. Het kernbesluit, genomen met de gedragswetenschapper, is dat toetsing door de Raad nodig is.",
    "Herhaald huiselijk geweld in het bijzijn van de kinderen; de hulp in het vrijwillig kader komt niet op gang.",
    "De kinderen verzuimen structureel van school en de ouders weigeren de afgesproken opvoedondersteuning.",
  ],
  [DemoOrganisatie.VEILIG_THUIS]: [
    "Het onderzoek van Veilig Thuis bevestigt de zorgen over de ontwikkeling van de kinderen; vrijwillige hulp is onvoldoende van de grond gekomen.",
    "Meerdere meldingen van kindermishandeling in korte tijd; de directe veiligheid is met een veiligheidsplan geborgd, de stabiele veiligheid niet.",
    "De vertrouwensarts stelde letsel vast dat de ouders niet kunnen verklaren; Veilig Thuis vraagt de Raad om een beschermingsonderzoek.",
  ],
};

const AANNAME_TOELICHTINGEN = [
  "Voldoende aanwijzingen voor een ernstige ontwikkelingsbedreiging; de Raad start een beschermingsonderzoek.",
  "Het vrijwillig kader is uitgeput; de Raad onderzoekt of een kinderbeschermingsmaatregel nodig is.",
  "Besproken aan de beschermingstafel met ouders en lokaal team; onderzoek naar de noodzaak van een ondertoezichtstelling.",
];

const OTS_CONCLUSIES = [
  "De ontwikkeling van de kinderen wordt ernstig bedreigd en de ouders accepteren de noodzakelijke hulp onvoldoende. De Raad verzoekt de kinderrechter om een ondertoezichtstelling voor de duur van een jaar.",
  "De ouders zijn welwillend maar kunnen de veiligheid nog niet zelfstandig borgen. Een ondertoezichtstelling is nodig om de hulp en de veiligheidsafspraken te borgen.",
  "Ondanks eerdere hulp zijn er opnieuw incidenten geweest. Een jeugdbeschermer moet de regie krijgen; de Raad adviseert een ondertoezichtstelling.",
];

type Rij<E> = Omit<E, "vastgelegdOp" | "verzoek" | "beschermingsonderzoek" | "raadsonderzoeker" | "betreft" | "verzoekschriften">;

/**
 * The RvdK's part of the demo: its staff, and for every household the
 * scenario sends to the Raad a request, an investigation on the scenario's
 * dates and, once a measure followed, the request to the court it rested on.
 * Ids are derived from the household number so other seeds and tests can
 * name them. Each record announces its involvement and timeline entries in the
 * seed's transaction, through the same functions its mutation uses.
 */
export async function seed(db: DataSource, scenario: DemoScenario): Promise<void> {
  const verzoeken: Rij<VerzoekTotOnderzoek>[] = [];
  const onderzoeken: Rij<Beschermingsonderzoek>[] = [];
  const verzoekschriften: Rij<Verzoekschrift>[] = [];
  const aankondigingen: Aankondiging[] = [];

  for (const gezin of scenario.gezinnen) {
    const { raadsonderzoekVanaf, raadsonderzoekTot, raadGeinformeerdOp, maatregelVanaf } = gezin.mijlpalen;
    if (!raadsonderzoekVanaf) continue;
    const random = gezin.random("rvdk");
    const kies = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const raadsonderzoeker = scenario.toegewezen(gezin, DemoOrganisatie.RVDK);

    const ontvangenOp = plusDagen(raadsonderzoekVanaf, -(3 + Math.floor(random() * 5)));
    const verzoeker = random() < 0.6 ? DemoOrganisatie.VEILIG_THUIS : DemoOrganisatie.LOKAAL_TEAM;
    const verzoek: Rij<VerzoekTotOnderzoek> = {
      id: demoUuid(`rvdk-verzoek-${gezin.nummer}`),
      gezinId: gezin.id,
      vastgelegdDoor: raadsonderzoeker.id,
      ontvangenOp,
      verzoeker,
      reden: kies(REDENEN[verzoeker]),
      gezinGeinformeerdOp: raadGeinformeerdOp ?? null,
      status: VerzoekTotOnderzoekStatus.AANGENOMEN,
      // Accepted on the day the investigation opened: the RvdK is involved from then on.
      beoordeeldOp: raadsonderzoekVanaf,
      beoordelingToelichting: kies(AANNAME_TOELICHTINGEN),
    };
    verzoeken.push(verzoek);

    const onderzoek: Rij<Beschermingsonderzoek> = {
      id: demoUuid(`rvdk-beschermingsonderzoek-${gezin.nummer}`),
      gezinId: gezin.id,
      vastgelegdDoor: raadsonderzoeker.id,
      verzoekId: verzoek.id,
      startdatum: raadsonderzoekVanaf,
      einddatum: raadsonderzoekTot ?? null,
      status: raadsonderzoekTot ? BeschermingsonderzoekStatus.AFGEROND : BeschermingsonderzoekStatus.LOPEND,
      raadsonderzoekerId: raadsonderzoeker.id,
      betreftPersoonIds: kinderen(gezin),
      conclusie: raadsonderzoekTot ? BeschermingsonderzoekConclusie.ONDERTOEZICHTSTELLING : null,
      conclusieToelichting: raadsonderzoekTot ? kies(OTS_CONCLUSIES) : null,
    };
    onderzoeken.push(onderzoek);
    // The seed tells the local team's part of the story too: when the household was told of the RvdK (rule 4).
    aankondigingen.push(aankondigingVanVerzoek(verzoek, onderzoek, raadGeinformeerdOp ?? null), aankondigingVanBeschermingsonderzoek(onderzoek));

    if (raadsonderzoekTot && maatregelVanaf) {
      const verzoekschrift: Rij<Verzoekschrift> = {
        id: demoUuid(`rvdk-verzoekschrift-${gezin.nummer}`),
        gezinId: gezin.id,
        vastgelegdDoor: raadsonderzoeker.id,
        beschermingsonderzoekId: onderzoek.id,
        ingediendOp: plusDagen(raadsonderzoekTot, 3 + Math.floor(random() * 8)),
        gevraagdeMaatregel: GevraagdeMaatregel.OTS,
        uitspraak: UitspraakKinderrechter.TOEGEWEZEN,
        uitspraakOp: maatregelVanaf,
      };
      verzoekschriften.push(verzoekschrift);
      aankondigingen.push(aankondigingVanVerzoekschrift(verzoekschrift));
    }
  }

  await db.transaction(async (manager) => {
    await insertInChunks(
      manager,
      Medewerker,
      scenario.medewerkers.filter((m) => m.organisatie === DemoOrganisatie.RVDK),
    );
    await insertInChunks(manager, VerzoekTotOnderzoek, verzoeken);
    await insertInChunks(manager, Beschermingsonderzoek, onderzoeken);
    await insertInChunks(manager, Verzoekschrift, verzoekschriften);
    await kondigAanAlle(manager, aankondigingen.map((a) => opPeildatum(a, scenario.peildatum)));
  });
}

/**
 * The children an investigation concerns: every child of the household. The
 * scenario dates births from its peildatum, so a child may appear born after
 * the investigation began; the RvdK can investigate for an unborn child, so
 * that stays. A household the scenario sends to the Raad without children (it
 * has a few) gets an investigation that names none, rather than a story the
 * other subgraphs do not tell.
 */
function kinderen(gezin: DemoGezin): string[] {
  return gezin.leden.filter((lid) => lid.gezinsrol === "KIND").map((lid) => lid.id);
}
