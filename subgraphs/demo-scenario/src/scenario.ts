import { createHash } from "node:crypto";
import { type Aankondiging, type Organisatie, Rol, vandaag } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "./demoOrganisaties";

/**
 * The phase a demo household is in (seed 001, appendix 2; seed 003, table 2).
 * Each subgraph derives its own records from the phase, so the five databases
 * tell one consistent story.
 */
export type Fase = "ADVIES" | "GROEN" | "ORANJE" | "ROOD" | "MAATREGEL_BEEINDIGD";

export type DemoGezinsrol = "OUDER" | "KIND" | "STIEFOUDER" | "GROOTOUDER";

export interface DemoPersoon {
  id: string;
  bsn: string;
  voornamen: string;
  achternaam: string;
  geboortedatum: string;
  gezinsrol: DemoGezinsrol;
}

/**
 * Key dates of a demo household's story, shared by every subgraph's seed so the
 * five databases agree (the melding VT records is the one the timeline shows).
 * A date is absent when that step did not happen in this household's phase.
 */
export interface DemoMijlpalen {
  /** Advice or consult to the local team, by VT or the GI (product 1). */
  adviesOp: string;
  adviesDoor: typeof DemoOrganisatie.VEILIG_THUIS | typeof DemoOrganisatie.GI;
  /** Consent from the household to work with partners (regime green and beyond). */
  toestemmingOp?: string;
  /** GI product 2a (acting together, regie stays with the local team). */
  samenOptrekkenVanaf?: string;
  /** A melding at Veilig Thuis (regime orange and beyond). */
  meldingOp?: string;
  /** RvdK request to investigate and the investigation's period. */
  raadsonderzoekVanaf?: string;
  raadsonderzoekTot?: string;
  /** The household was told of the RvdK's involvement (seed: never without its knowledge). */
  raadGeinformeerdOp?: string;
  /** Court measure (OTS) executed by the GI; regie with the GI meanwhile. */
  maatregelVanaf?: string;
  maatregelTot?: string;
  maatregelBeeindigd: boolean;
  /** Linked expert by experience. */
  ervaringsdeskundigeVanaf?: string;
}

export interface DemoGezin {
  id: string;
  /** 1-based position; handy for readable demo ids and names. */
  nummer: number;
  naam: string;
  fase: Fase;
  aangemeldOp: string;
  postcode: string;
  huisnummer: string;
  woonplaats: string;
  leden: DemoPersoon[];
  mijlpalen: DemoMijlpalen;
  /**
   * Deterministic pseudo-random numbers in [0, 1) for this household, one
   * independent stream per name (use the subgraph's name), so seeds agree
   * whatever order they run in.
   */
  random: (stream: string) => () => number;
}

export interface DemoMedewerker {
  id: string;
  naam: string;
  organisatie: Organisatie;
  rol: Rol;
  functie: string;
}

export interface DemoScenario {
  /** The day the demo data is "now"; dates are relative to it. */
  peildatum: string;
  gezinnen: DemoGezin[];
  medewerkers: DemoMedewerker[];
  /** The professional of `organisatie` assigned to `gezin` (fixed contact, jeugdbeschermer, …). */
  toegewezen(gezin: DemoGezin, organisatie: Organisatie): DemoMedewerker;
  /** Another professional of the same organisation and role (separation of duties). */
  collega(medewerker: DemoMedewerker): DemoMedewerker;
}

/** A stable UUID derived from a name, so every subgraph's seed agrees on ids. */
export function demoUuid(name: string): string {
  const hex = createHash("sha1").update(`gezinsbeeld:${name}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashCode(text: string): number {
  return createHash("sha1").update(text).digest().readUInt32BE(0);
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Add `days` to a YYYY-MM-DD date. */
export function plusDagen(datum: string, days: number): string {
  const date = new Date(`${datum}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function bsnFrom(random: () => number): string {
  for (;;) {
    const digits = [9, 9, 9, ...Array.from({ length: 5 }, () => Math.floor(random() * 10))];
    const sum = digits.reduce((total, digit, i) => total + digit * (9 - i), 0);
    const check = sum % 11;
    if (check < 10) return [...digits, check].join("");
  }
}

const ACHTERNAMEN = [
  "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos",
  "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Yılmaz", "El Amrani",
  "Kaya", "Nguyen", "Pinas", "Martina", "Kowalski", "Haddou", "Sedney", "Wijnberg", "Öztürk", "van Dijk",
];
const VOORNAMEN_VOLWASSEN = [
  "Sanne", "Mark", "Fatima", "Mohamed", "Linda", "Dennis", "Ayşe", "Kevin", "Naima", "Robin",
  "Priya", "Jeroen", "Esther", "Rachid", "Iris", "Bas", "Chantal", "Youssef", "Marloes", "Tim",
];
const VOORNAMEN_KIND = [
  "Emma", "Noah", "Julia", "Liam", "Mila", "Daan", "Sara", "Sem", "Nora", "Adam",
  "Yara", "Finn", "Lina", "Milan", "Zoë", "Ilias", "Lotte", "Luuk", "Amira", "Jesse",
];
const PLAATSEN = ["Hilversum", "Bussum", "Huizen", "Weesp", "Naarden", "Laren", "Blaricum", "Almere", "Lelystad", "Den Haag"];

/** Households further along registered longer ago, so every step lies in the past. */
function aanmeldingDagenGeleden(fase: Fase, random: () => number): number {
  const [min, spread] = { ADVIES: [30, 170], GROEN: [90, 210], ORANJE: [150, 150], ROOD: [300, 200], MAATREGEL_BEEINDIGD: [700, 250] }[fase];
  return min + Math.floor(random() * spread);
}

function mijlpalen(fase: Fase, aangemeldOp: string, nummer: number, random: () => number, zonderKinderen: boolean): DemoMijlpalen {
  const stap = FASE_VOLGORDE.indexOf(fase);
  const result: DemoMijlpalen = {
    adviesOp: plusDagen(aangemeldOp, 7 + Math.floor(random() * 10)),
    adviesDoor: nummer % 2 === 0 ? DemoOrganisatie.VEILIG_THUIS : DemoOrganisatie.GI,
    maatregelBeeindigd: fase === "MAATREGEL_BEEINDIGD",
  };
  if (stap >= 1) {
    result.toestemmingOp = plusDagen(aangemeldOp, 21);
    result.samenOptrekkenVanaf = plusDagen(aangemeldOp, 28);
  }
  if (stap >= 2) result.meldingOp = plusDagen(aangemeldOp, 40 + Math.floor(random() * 20));
  // In orange, two of three households get an RvdK investigation; in red and after, all did.
  if (((stap === 2 && nummer % 3 !== 0) || stap >= 3) && !zonderKinderen) {
    result.raadsonderzoekVanaf = plusDagen(aangemeldOp, 75);
    // One orange household has not been told yet: the RvdK must not be visible to it (rule 4).
    if (!(stap === 2 && nummer % 3 === 1 && nummer % 2 === 1)) result.raadGeinformeerdOp = plusDagen(aangemeldOp, 76);
  }
  if (stap >= 3) {
    result.raadsonderzoekTot = plusDagen(aangemeldOp, 75 + 84);
    result.maatregelVanaf = plusDagen(aangemeldOp, 75 + 84 + 21);
    result.maatregelTot = plusDagen(result.maatregelVanaf, fase === "ROOD" ? 365 : 300);
  }
  if (nummer % 4 !== 1) result.ervaringsdeskundigeVanaf = plusDagen(aangemeldOp, 14);
  return result;
}

const FASE_VOLGORDE: readonly Fase[] = ["ADVIES", "GROEN", "ORANJE", "ROOD", "MAATREGEL_BEEINDIGD"];

/**
 * Phases in seed order: at least 50 households across all phases, interleaved
 * so that any first n households (tests use 12 or 25) span every phase.
 */
const FASEN: readonly Fase[] = (
  [["ADVIES", 12], ["GROEN", 14], ["ORANJE", 12], ["ROOD", 12], ["MAATREGEL_BEEINDIGD", 10]] as const
)
  .flatMap(([fase, aantal]) => Array.from({ length: aantal }, (_, i) => ({ fase: fase as Fase, plek: (i + 0.5) / aantal })))
  .sort((a, b) => a.plek - b.plek)
  .map(({ fase }) => fase);

const MEDEWERKERS: ReadonlyArray<Omit<DemoMedewerker, "organisatie"> & { organisatie: Organisatie }> = [
  { id: "lt-fatima-bakker", naam: "Fatima Bakker", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.MEDEWERKER, functie: "vaste contactpersoon" },
  { id: "lt-joost-de-graaf", naam: "Joost de Graaf", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.MEDEWERKER, functie: "vaste contactpersoon" },
  { id: "lt-mirjam-kok", naam: "Mirjam Kok", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.MEDEWERKER, functie: "vaste contactpersoon" },
  { id: "lt-ahmed-benali", naam: "Ahmed Benali", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.GEDRAGSWETENSCHAPPER, functie: "gedragswetenschapper" },
  { id: "lt-karin-smits", naam: "Karin Smits", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER, functie: "teamleider" },
  { id: "lt-paul-verhoef", naam: "Paul Verhoef", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.PRIVACY_OFFICER, functie: "functionaris gegevensbescherming" },
  { id: "lt-nadia-ramdin", naam: "Nadia Ramdin", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.COORDINATOR, functie: "coördinator toekomsttuin" },
  { id: "vt-eva-hermans", naam: "Eva Hermans", organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.MEDEWERKER, functie: "medewerker advies en consult" },
  { id: "vt-rik-postma", naam: "Rik Postma", organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.MEDEWERKER, functie: "onderzoeker" },
  { id: "vt-dr-anna-koster", naam: "dr. Anna Koster", organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.GEDRAGSWETENSCHAPPER, functie: "vertrouwensarts" },
  { id: "vt-marco-jansen", naam: "Marco Jansen", organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.TEAMLEIDER, functie: "teamleider" },
  { id: "vt-sophie-lambert", naam: "Sophie Lambert", organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.PRIVACY_OFFICER, functie: "functionaris gegevensbescherming" },
  { id: "vt-olga-de-ruiter", naam: "Olga de Ruiter", organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.COORDINATOR, functie: "coördinator" },
  { id: "rvdk-hans-vermeulen", naam: "Hans Vermeulen", organisatie: DemoOrganisatie.RVDK, rol: Rol.MEDEWERKER, functie: "raadsonderzoeker" },
  { id: "rvdk-ingrid-wolters", naam: "Ingrid Wolters", organisatie: DemoOrganisatie.RVDK, rol: Rol.MEDEWERKER, functie: "raadsonderzoeker" },
  { id: "rvdk-samir-aziz", naam: "Samir Aziz", organisatie: DemoOrganisatie.RVDK, rol: Rol.GEDRAGSWETENSCHAPPER, functie: "gedragswetenschapper" },
  { id: "rvdk-els-timmer", naam: "Els Timmer", organisatie: DemoOrganisatie.RVDK, rol: Rol.TEAMLEIDER, functie: "teamleider" },
  { id: "rvdk-gert-molenaar", naam: "Gert Molenaar", organisatie: DemoOrganisatie.RVDK, rol: Rol.PRIVACY_OFFICER, functie: "functionaris gegevensbescherming" },
  { id: "rvdk-lisa-vos", naam: "Lisa Vos", organisatie: DemoOrganisatie.RVDK, rol: Rol.COORDINATOR, functie: "coördinator" },
  { id: "gi-mariam-el-idrissi", naam: "Mariam El Idrissi", organisatie: DemoOrganisatie.GI, rol: Rol.MEDEWERKER, functie: "jeugdbeschermer" },
  { id: "gi-tom-hoekstra", naam: "Tom Hoekstra", organisatie: DemoOrganisatie.GI, rol: Rol.MEDEWERKER, functie: "jeugdbeschermer" },
  { id: "gi-wendy-claassen", naam: "Wendy Claassen", organisatie: DemoOrganisatie.GI, rol: Rol.MEDEWERKER, functie: "jeugdreclasseerder" },
  { id: "gi-jan-prins", naam: "Jan Prins", organisatie: DemoOrganisatie.GI, rol: Rol.GEDRAGSWETENSCHAPPER, functie: "gedragswetenschapper" },
  { id: "gi-anouk-schouten", naam: "Anouk Schouten", organisatie: DemoOrganisatie.GI, rol: Rol.TEAMLEIDER, functie: "teamleider" },
  { id: "gi-ruben-kuiper", naam: "Ruben Kuiper", organisatie: DemoOrganisatie.GI, rol: Rol.PRIVACY_OFFICER, functie: "functionaris gegevensbescherming" },
  { id: "gi-femke-dam", naam: "Femke Dam", organisatie: DemoOrganisatie.GI, rol: Rol.COORDINATOR, functie: "coördinator" },
  { id: "ed-petra-willems", naam: "Petra Willems", organisatie: DemoOrganisatie.ERVARINGSDESKUNDIGEN, rol: Rol.MEDEWERKER, functie: "ervaringsdeskundige" },
  { id: "ed-kees-maas", naam: "Kees Maas", organisatie: DemoOrganisatie.ERVARINGSDESKUNDIGEN, rol: Rol.MEDEWERKER, functie: "ervaringsdeskundige" },
  { id: "ed-samira-bouzid", naam: "Samira Bouzid", organisatie: DemoOrganisatie.ERVARINGSDESKUNDIGEN, rol: Rol.MEDEWERKER, functie: "ervaringsdeskundige" },
  { id: "ed-henk-de-lange", naam: "Henk de Lange", organisatie: DemoOrganisatie.ERVARINGSDESKUNDIGEN, rol: Rol.TEAMLEIDER, functie: "coördinator pool" },
  { id: "ed-ilse-brink", naam: "Ilse Brink", organisatie: DemoOrganisatie.ERVARINGSDESKUNDIGEN, rol: Rol.PRIVACY_OFFICER, functie: "functionaris gegevensbescherming" },
  { id: "ed-bart-mol", naam: "Bart Mol", organisatie: DemoOrganisatie.ERVARINGSDESKUNDIGEN, rol: Rol.COORDINATOR, functie: "coördinator" },
];

/**
 * The synthetic demo scenario: the same households, members and professionals
 * for every subgraph's seed. Deterministic: the same ids every run.
 *
 * @param aantal number of households; default 60 (at least 50 across all phases)
 * @param peildatum the demo's "today"; default today, so the story is current whenever it is seeded
 */
/**
 * The household members to try the hub as (`npm run token -- --list`, the
 * app's demo sign-in): a parent of the first household under a measure, under
 * investigation and in the voluntary phase.
 */
export function demoOuders(scenario: DemoScenario): { gezin: DemoGezin; ouder: DemoPersoon }[] {
  return (["ROOD", "ORANJE", "GROEN"] as const).flatMap((fase) => {
    const gezin = scenario.gezinnen.find((candidate) => candidate.fase === fase);
    const ouder = gezin?.leden.find((lid) => lid.gezinsrol === "OUDER");
    return gezin && ouder ? [{ gezin, ouder }] : [];
  });
}

export function demoScenario(aantal = FASEN.length, peildatum = vandaag()): DemoScenario {
  const gezinnen: DemoGezin[] = [];
  for (let nummer = 1; nummer <= aantal; nummer++) {
    const random = mulberry32(nummer * 7919);
    const achternaam = ACHTERNAMEN[(nummer - 1) % ACHTERNAMEN.length] as string;
    const fase = FASEN[(nummer - 1) % FASEN.length] as Fase;
    // Seed 001 asks how many households without minors were registered: every seventh has none.
    // Seed 001 asks how many households without minors were registered. They reach
    // advice, consent and Veilig Thuis, never a child protection investigation or measure.
    const zonderKinderen = nummer % 7 === 3 && (fase === "ADVIES" || fase === "GROEN" || fase === "ORANJE");
    const aangemeldOp = plusDagen(peildatum, -aanmeldingDagenGeleden(fase, random));
    const jarenIngeschreven = Math.ceil((Date.parse(peildatum) - Date.parse(aangemeldOp)) / (365.25 * 86_400_000));
    const leden: DemoPersoon[] = [];
    const lid = (gezinsrol: DemoGezinsrol, voornamen: string, leeftijdJaren: number): void => {
      const geboortedatum = plusDagen(peildatum, -Math.round(leeftijdJaren * 365.25 + random() * 300));
      leden.push({
        id: demoUuid(`persoon-${nummer}-${leden.length + 1}`),
        bsn: bsnFrom(random),
        voornamen,
        achternaam,
        geboortedatum,
        gezinsrol,
      });
    };
    lid("OUDER", pick(random, VOORNAMEN_VOLWASSEN), 28 + Math.floor(random() * 25));
    if (random() < 0.7) lid(random() < 0.2 ? "STIEFOUDER" : "OUDER", pick(random, VOORNAMEN_VOLWASSEN), 27 + Math.floor(random() * 25));
    if (zonderKinderen) {
      if (random() < 0.5) lid("GROOTOUDER", pick(random, VOORNAMEN_VOLWASSEN), 70 + Math.floor(random() * 15));
    } else {
      const kinderen = 1 + Math.floor(random() * 4);
      // Every child was born before the household was registered.
      for (let k = 0; k < kinderen; k++) lid("KIND", pick(random, VOORNAMEN_KIND), Math.min(17, jarenIngeschreven + Math.floor(random() * (18 - jarenIngeschreven))));
    }
    gezinnen.push({
      id: demoUuid(`gezin-${nummer}`),
      nummer,
      naam: `Gezin ${achternaam}`,
      fase,
      aangemeldOp,
      mijlpalen: mijlpalen(fase, aangemeldOp, nummer, random, zonderKinderen),
      postcode: `${1200 + Math.floor(random() * 200)} ${String.fromCharCode(65 + Math.floor(random() * 26))}${String.fromCharCode(65 + Math.floor(random() * 26))}`,
      huisnummer: String(1 + Math.floor(random() * 180)),
      woonplaats: pick(random, PLAATSEN),
      leden,
      random: (stream) => mulberry32(nummer * 7919 + hashCode(stream)),
    });
  }
  const medewerkers = MEDEWERKERS.map((medewerker) => ({ ...medewerker }));
  const uitvoerend = (organisatie: Organisatie): DemoMedewerker[] =>
    medewerkers.filter((m) => m.organisatie === organisatie && m.rol === Rol.MEDEWERKER);
  return {
    peildatum,
    gezinnen,
    medewerkers,
    toegewezen: (gezin, organisatie) => {
      const team = uitvoerend(organisatie);
      return team[(gezin.nummer - 1) % team.length] as DemoMedewerker;
    },
    collega: (medewerker) => {
      const team = medewerkers.filter((m) => m.organisatie === medewerker.organisatie && m.rol === medewerker.rol);
      return team[(team.indexOf(medewerker) + 1) % team.length] as DemoMedewerker;
    },
  };
}

/**
 * An announcement as the demo's register knows it on `peildatum`: an
 * involvement that starts later is not there yet, and an end, an informing
 * date or a timeline entry still ahead is not known yet. For the seeds, which
 * announce each record's whole story at once.
 */
export function opPeildatum(aankondiging: Aankondiging, peildatum: string): Aankondiging {
  const b = aankondiging.betrokkenheid;
  const bekend = (datum: string | null | undefined): string | null => (datum && datum <= peildatum ? datum : null);
  return {
    ...aankondiging,
    betrokkenheid: b && b.startdatum <= peildatum ? { ...b, einddatum: bekend(b.einddatum), ...(b.geinformeerdOp !== undefined ? { geinformeerdOp: bekend(b.geinformeerdOp) } : {}) } : undefined,
    tijdlijn: aankondiging.tijdlijn?.filter((t) => t.datum <= peildatum),
  };
}
