import { type Aankondiging, insertInChunks, kondigAanAlle, Medewerker } from "@gezinsbeeld/shared-schema";
import { type DemoGezin, type DemoMedewerker, DemoOrganisatie, type DemoScenario, demoUuid, opPeildatum, plusDagen } from "@gezinsbeeld/demo";
import type { DataSource } from "typeorm";
import { AdviesConsult } from "./advies/AdviesConsult";
import { aankondigingVanAdviesConsult } from "./advies/aankondigingVanAdviesConsult";
import { aankondigingVanMelding } from "./melding/aankondigingVanMelding";
import { MelderRelatie, Melding, Meldingsaard, Meldingstatus } from "./melding/Melding";
import { aankondigingVanOnderzoek } from "./onderzoek/aankondigingVanOnderzoek";
import { VeiligThuisOnderzoek, VeiligThuisOnderzoekStatus, VeiligThuisVervolg } from "./onderzoek/VeiligThuisOnderzoek";
import { aankondigingVanVeiligheidstaxatie } from "./veiligheidstaxatie/aankondigingVanVeiligheidstaxatie";
import { Veiligheidsinschatting, Veiligheidstaxatie } from "./veiligheidstaxatie/Veiligheidstaxatie";
import { aankondigingVanVertrouwensartsAdvies } from "./vertrouwensarts/aankondigingVanVertrouwensartsAdvies";
import { VertrouwensartsAdvies } from "./vertrouwensarts/VertrouwensartsAdvies";

const STREAM = "veilig-thuis";

type Rows<E> = Partial<E>[];

interface SeedRows {
  meldingen: Rows<Melding>;
  taxaties: Rows<Veiligheidstaxatie>;
  onderzoeken: Rows<VeiligThuisOnderzoek>;
  artsAdviezen: Rows<VertrouwensartsAdvies>;
  adviezen: Rows<AdviesConsult>;
  /** What each record announces to the register, built as its mutation builds it. */
  aankondigingen: Aankondiging[];
}

/**
 * Veilig Thuis' part of the demo scenario, derived only from each household's
 * phase and mijlpalen so it agrees with the other four databases: an advice or
 * consult where VT advised, and from regime orange on a melding, a safety
 * assessment within five days and an investigation from the fifth day (closed
 * with a request to the RvdK once a measure followed). Ids are stable
 * (`demoUuid`), so other seeds and tests can point at these records. Each
 * record announces its involvement and timeline entries in the seed's
 * transaction, through the same functions its mutation uses: the register
 * follows the seeded work as it follows the real.
 */
export async function seed(db: DataSource, scenario: DemoScenario): Promise<void> {
  const medewerkers = scenario.medewerkers.filter((m) => m.organisatie === DemoOrganisatie.VEILIG_THUIS);
  const vertrouwensarts = medewerkers.find((m) => m.functie === "vertrouwensarts");
  const rows: SeedRows = { meldingen: [], taxaties: [], onderzoeken: [], artsAdviezen: [], adviezen: [], aankondigingen: [] };
  for (const gezin of scenario.gezinnen) seedGezin(gezin, scenario, vertrouwensarts, rows);

  await db.transaction(async (manager) => {
    await insertInChunks(manager, Medewerker, medewerkers.map((m) => ({ id: m.id, naam: m.naam, organisatie: m.organisatie, rol: m.rol, functie: m.functie })));
    await insertInChunks(manager, AdviesConsult, rows.adviezen);
    await insertInChunks(manager, Melding, rows.meldingen);
    await insertInChunks(manager, Veiligheidstaxatie, rows.taxaties);
    await insertInChunks(manager, VeiligThuisOnderzoek, rows.onderzoeken);
    await insertInChunks(manager, VertrouwensartsAdvies, rows.artsAdviezen);
    await kondigAanAlle(manager, rows.aankondigingen.map((a) => opPeildatum(a, scenario.peildatum)));
  });
}

function seedGezin(gezin: DemoGezin, scenario: DemoScenario, vertrouwensarts: DemoMedewerker | undefined, rows: SeedRows): void {
  const random = gezin.random(STREAM);
  const { mijlpalen } = gezin;
  // Rule 5: the colleague who advised in the voluntary phase never investigates the same household.
  const adviseur = scenario.toegewezen(gezin, DemoOrganisatie.VEILIG_THUIS);
  const onderzoeker = scenario.collega(adviseur);
  const kinderen = gezin.leden.filter((lid) => lid.gezinsrol === "KIND");
  const oudsteKind = [...kinderen].sort((a, b) => a.geboortedatum.localeCompare(b.geboortedatum))[0]?.voornamen;

  if (mijlpalen.adviesDoor === DemoOrganisatie.VEILIG_THUIS) {
    const anoniem = gezin.fase === "ADVIES";
    const [vraag, advies] = pick(random, ADVIES_CONSULTEN);
    const consult = {
      ...record(`vt-advies-${gezin.nummer}`, gezin, adviseur, mijlpalen.adviesOp),
      datum: mijlpalen.adviesOp,
      anoniem,
      vraag: anoniem ? vraag : `${gezin.naam}: ${lowerFirst(vraag)}`,
      advies,
      adviseurId: adviseur.id,
    };
    rows.adviezen.push(consult);
    rows.aankondigingen.push(aankondigingVanAdviesConsult(consult));
  }

  if (!mijlpalen.meldingOp) return;
  const meldingId = demoUuid(`vt-melding-${gezin.nummer}`);
  const aard = kiesAard(random, kinderen.length > 0, gezin.leden.some((lid) => lid.gezinsrol === "GROOTOUDER"));
  const startdatum = plusDagen(mijlpalen.meldingOp, 5);
  // Once a measure followed, the investigation ended with a request to the RvdK, just before its investigation started.
  const raadVanaf = gezin.fase === "ROOD" || gezin.fase === "MAATREGEL_BEEINDIGD" ? mijlpalen.raadsonderzoekVanaf : undefined;
  const einddatum = raadVanaf ? maxDatum(startdatum, plusDagen(raadVanaf, -3)) : null;
  const melding = {
    ...record(`vt-melding-${gezin.nummer}`, gezin, onderzoeker, mijlpalen.meldingOp),
    datum: mijlpalen.meldingOp,
    aard,
    omschrijving: pick(random, OMSCHRIJVINGEN[aard]).replaceAll("{kind}", oudsteKind ?? "de jongste"),
    status: einddatum ? Meldingstatus.OVERGEDRAGEN : Meldingstatus.IN_ONDERZOEK,
    // The story keeps Veilig Thuis beside the RvdK until the RvdK concluded: the melding is handed over that day, so
    // Veilig Thuis' involvement after it runs until then (the investigation itself ended with the request, earlier).
    afgeslotenOp: einddatum ? (mijlpalen.raadsonderzoekTot ?? einddatum) : null,
    ...kiesMelder(random),
  };
  rows.meldingen.push(melding);
  rows.aankondigingen.push(aankondigingVanMelding(melding));

  const taxatieOp = plusDagen(mijlpalen.meldingOp, 1 + Math.floor(random() * 5));
  const direct = einddatum
    ? random() < 0.5 ? Veiligheidsinschatting.ONVEILIG : Veiligheidsinschatting.VOORWAARDELIJK_VEILIG
    : random() < 0.3 ? Veiligheidsinschatting.VEILIG : Veiligheidsinschatting.VOORWAARDELIJK_VEILIG;
  const stabiel = direct === Veiligheidsinschatting.VEILIG ? Veiligheidsinschatting.VOORWAARDELIJK_VEILIG : Veiligheidsinschatting.ONVEILIG;
  const taxatie = {
    ...record(`vt-taxatie-${gezin.nummer}`, gezin, onderzoeker, taxatieOp),
    meldingId,
    datum: taxatieOp,
    directeVeiligheid: direct,
    stabieleVeiligheid: stabiel,
    toelichting: pick(random, TOELICHTINGEN[direct]),
  };
  rows.taxaties.push(taxatie);
  rows.aankondigingen.push(aankondigingVanVeiligheidstaxatie(taxatie));

  const onderzoek = {
    ...record(`vt-onderzoek-${gezin.nummer}`, gezin, onderzoeker, startdatum),
    meldingId,
    startdatum,
    einddatum,
    status: einddatum ? VeiligThuisOnderzoekStatus.AFGEROND : VeiligThuisOnderzoekStatus.LOPEND,
    conclusie: einddatum ? pick(random, CONCLUSIES) : null,
    vervolg: einddatum ? VeiligThuisVervolg.VERZOEK_TOT_ONDERZOEK_RAAD : null,
    onderzoekerId: onderzoeker.id,
  };
  rows.onderzoeken.push(onderzoek);
  rows.aankondigingen.push(aankondigingVanOnderzoek(onderzoek));

  if (vertrouwensarts && gezin.fase === "ROOD" && kinderen.length > 0 && gezin.nummer % 3 === 0) {
    const datum = plusDagen(mijlpalen.meldingOp, 8 + Math.floor(random() * 8));
    const artsadvies = {
      ...record(`vt-vertrouwensarts-${gezin.nummer}`, gezin, vertrouwensarts, datum),
      datum,
      advies: pick(random, VERTROUWENSARTS_ADVIEZEN).replaceAll("{kind}", oudsteKind ?? "het kind"),
      vertrouwensartsId: vertrouwensarts.id,
    };
    rows.artsAdviezen.push(artsadvies);
    rows.aankondigingen.push(aankondigingVanVertrouwensartsAdvies(artsadvies));
  }
}

function record(naam: string, gezin: DemoGezin, door: DemoMedewerker, op: string): { id: string; gezinId: string; vastgelegdDoor: string; vastgelegdOp: Date } {
  return { id: demoUuid(naam), gezinId: gezin.id, vastgelegdDoor: door.id, vastgelegdOp: new Date(`${op}T10:00:00Z`) };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function maxDatum(a: string, b: string): string {
  return a > b ? a : b;
}

function kiesAard(random: () => number, metKinderen: boolean, metGrootouder: boolean): Meldingsaard {
  if (metKinderen) {
    return pick(random, [Meldingsaard.KINDERMISHANDELING, Meldingsaard.HUISELIJK_GEWELD, Meldingsaard.VERWAARLOZING, Meldingsaard.PARTNERGEWELD]);
  }
  return pick(random, metGrootouder ? [Meldingsaard.OUDERENMISHANDELING, Meldingsaard.HUISELIJK_GEWELD] : [Meldingsaard.PARTNERGEWELD, Meldingsaard.HUISELIJK_GEWELD]);
}

type MelderKolommen = Pick<Melding, "melderNaam" | "melderRelatie" | "melderFunctie" | "melderTelefoon">;

/** A mix of melders: mostly professionals (Meldcode), then police, neighbours, family, and one in five anonymous. */
function kiesMelder(random: () => number): MelderKolommen {
  const soort = random();
  const naam = `${pick(random, MELDER_VOORNAMEN)} ${pick(random, MELDER_ACHTERNAMEN)}`;
  const mobiel = `06-${String(10000000 + Math.floor(random() * 89999999))}`;
  if (soort < 0.35) {
    return { melderNaam: naam, melderRelatie: MelderRelatie.BEROEPSKRACHT, melderFunctie: pick(random, BEROEPEN), melderTelefoon: `035-${String(5000000 + Math.floor(random() * 4999999))}` };
  }
  if (soort < 0.5) return { melderNaam: naam, melderRelatie: MelderRelatie.POLITIE, melderFunctie: "wijkagent", melderTelefoon: null };
  if (soort < 0.65) return { melderNaam: naam, melderRelatie: MelderRelatie.BUUR, melderFunctie: null, melderTelefoon: mobiel };
  if (soort < 0.8) return { melderNaam: naam, melderRelatie: MelderRelatie.FAMILIE, melderFunctie: null, melderTelefoon: mobiel };
  return { melderNaam: null, melderRelatie: null, melderFunctie: null, melderTelefoon: null };
}

const MELDER_VOORNAMEN = ["Anja", "Wim", "Hatice", "Gerard", "Monique", "Said", "Ingrid", "Frank", "Yvonne", "Erik", "Samira", "Ton"];
const MELDER_ACHTERNAMEN = ["van den Berg", "Koster", "Aydın", "Schouten", "Veenstra", "Lammers", "Boukhari", "de Jong", "Willemsen", "Tromp"];
const BEROEPEN = [
  "leerkracht groep 6",
  "intern begeleider basisschool",
  "huisarts",
  "jeugdverpleegkundige GGD",
  "pedagogisch medewerker kinderopvang",
  "mentor voortgezet onderwijs",
];

const OMSCHRIJVINGEN: Record<Meldingsaard, readonly string[]> = {
  [Meldingsaard.KINDERMISHANDELING]: [
    "{kind} kwam de afgelopen weken twee keer met blauwe plekken op de bovenarmen op school en gaf wisselende verklaringen. {kind} wil na schooltijd niet naar huis.",
    "{kind} vertelde aan de mentor dat vader slaat als {kind} niet luistert. Er zijn striemen op de rug gezien tijdens de gymles.",
    "{kind} schrikt hevig bij harde geluiden en zei dat mama 'heel boos kan worden'. Er is een brandplekje op de hand gezien dat niet wordt uitgelegd.",
  ],
  [Meldingsaard.VERWAARLOZING]: [
    "{kind} komt regelmatig zonder ontbijt en in dezelfde, vieze kleding naar school. Afspraken met de schoolarts worden steeds afgezegd.",
    "De kinderen zijn 's avonds vaak alleen thuis; {kind} zorgt dan voor de jongere kinderen. De woning is sterk vervuild.",
    "{kind} heeft al maanden onbehandelde kiespijn en mist veel schooldagen; ouders reageren niet op uitnodigingen voor gesprekken.",
  ],
  [Meldingsaard.HUISELIJK_GEWELD]: [
    "Buren horen meerdere keren per week harde ruzies, geschreeuw en gestommel; de kinderen zijn daarbij thuis.",
    "Na een escalatie thuis is de politie ter plaatse geweest. Er is geduwd en met spullen gegooid; {kind} zat boven op de trap.",
    "Er zijn in korte tijd drie incidenten geweest met dreigen en vernielen van spullen. De moeder durft geen hulp te vragen uit angst voor de gevolgen.",
  ],
  [Meldingsaard.PARTNERGEWELD]: [
    "De moeder heeft een blauw oog en vertelde dat haar partner haar na een ruzie heeft geslagen. Ze wil niet dat er aangifte wordt gedaan.",
    "De partner controleert telefoon en geld en bedreigt haar als ze weg wil gaan. Er is eerder geweld geweest.",
    "Bij een huisbezoek bleek dat de man zijn partner regelmatig kleineert en haar de deur niet uit laat gaan.",
  ],
  [Meldingsaard.OUDERENMISHANDELING]: [
    "De inwonende grootmoeder krijgt onvoldoende eten en verzorging; haar pinpas wordt door een gezinslid beheerd en er verdwijnt geld.",
    "De grootvader heeft blauwe plekken op de polsen en zegt bang te zijn voor zijn zoon, die hem uitscheldt en opsluit in zijn kamer.",
  ],
  [Meldingsaard.SEKSUEEL_GEWELD]: ["Er zijn signalen van seksueel grensoverschrijdend gedrag binnen het gezin; de melder wil dit graag toelichten in een gesprek."],
  [Meldingsaard.EERGERELATEERD_GEWELD]: ["Een gezinslid wordt bedreigd door familie omdat zij een relatie heeft die de familie afkeurt."],
};

const TOELICHTINGEN: Record<Veiligheidsinschatting, readonly string[]> = {
  [Veiligheidsinschatting.VEILIG]: [
    "Er is geen acuut gevaar: ouders erkennen de zorgen en hebben zelf hulp gezocht. Wel zijn er zorgen over herhaling op langere termijn.",
    "Directe veiligheid is op dit moment geborgd; het netwerk is betrokken en de kinderen kunnen bij oma terecht als het thuis spanning geeft.",
  ],
  [Veiligheidsinschatting.VOORWAARDELIJK_VEILIG]: [
    "Voorwaardelijk veilig: met een veiligheidsplan is afgesproken dat vader bij oplopende spanning het huis verlaat en dat de kinderen bij de buurvrouw kunnen aanbellen.",
    "Voorwaardelijk veilig zolang de afspraken worden nagekomen: geen fysiek straffen, dagelijks contact met het netwerk en wekelijks huisbezoek.",
    "De directe veiligheid is met afspraken georganiseerd; ouders werken mee, maar het patroon van geweld is nog niet doorbroken.",
  ],
  [Veiligheidsinschatting.ONVEILIG]: [
    "Onveilig: herhaald fysiek geweld, ouders ontkennen de zorgen en afspraken uit het eerdere veiligheidsplan zijn niet nagekomen.",
    "Onveilig: er is sprake van ernstig letsel en de kinderen hebben geen veilige volwassene in huis. Tijdelijke opvang bij familie is geregeld.",
  ],
};

const CONCLUSIES: readonly string[] = [
  "Het vermoeden van kindermishandeling is bevestigd. Ouders zijn onvoldoende in staat de veiligheid te bieden en vrijwillige hulp heeft niet tot verandering geleid; Veilig Thuis dient een verzoek tot onderzoek in bij de Raad voor de Kinderbescherming.",
  "Er is sprake van structurele onveiligheid door aanhoudend huiselijk geweld. Afspraken uit het veiligheidsplan worden niet nagekomen; een beschermingsmaatregel lijkt nodig. Verzoek tot onderzoek aan de Raad.",
  "De ontwikkeling van de kinderen wordt ernstig bedreigd en ouders accepteren de noodzakelijke hulp niet. Veilig Thuis vraagt de Raad voor de Kinderbescherming om onderzoek.",
];

const VERTROUWENSARTS_ADVIEZEN: readonly string[] = [
  "Letsel bij {kind}: meerdere hematomen op bovenarmen en rug in verschillende stadia van genezing, passend bij herhaald hard vastpakken. Advies: forensisch-medisch onderzoek door kinderarts en de huisarts informeren.",
  "Groeicurve van {kind} laat sinds een jaar een duidelijke afbuiging zien zonder medische verklaring; passend bij langdurige verwaarlozing. Advies: beoordeling door de jeugdarts en voedingsdagboek.",
  "De brandwond op de hand van {kind} past niet bij de gegeven verklaring (hete pan). Advies: laten beoordelen door het Landelijk Expertisecentrum Kindermishandeling en de bevindingen meenemen in het onderzoek.",
];

const ADVIES_CONSULTEN: ReadonlyArray<readonly [string, string]> = [
  [
    "Moeder vertelde over ruzies thuis waarbij is geduwd. Moeten we dit melden, of kunnen we eerst zelf verder?",
    "Doorloop de stappen van de meldcode. Bespreek de zorgen met moeder, maak samen een veiligheidsplan en bel opnieuw als de afspraken niet werken of het geweld doorgaat.",
  ],
  [
    "School ziet een kind dat vaak zonder eten komt en afspraken worden afgezegd. Is dit zorgelijk genoeg voor Veilig Thuis?",
    "Nog geen melding nodig: breng eerst samen met de ouders de zorgen en krachten in kaart en zet de jeugdarts in. Leg de signalen vast en consulteer opnieuw bij nieuwe zorgen.",
  ],
  [
    "Een ouder zegt soms 'de hand uit te laten glippen' bij het opvoeden. Hoe bespreken we dit zonder het contact te verliezen?",
    "Benoem concreet wat je zorgen zijn en wat je wilt zien; betrek het netwerk. Bij lichamelijk letsel of herhaling: opnieuw contact opnemen voor een melding.",
  ],
  [
    "Er zijn signalen van controlerend gedrag van een partner. Welke vragen kunnen we stellen om het risico in te schatten?",
    "Vraag naar dreiging, isolement, eerdere incidenten en of er wapens zijn. Gebruik een risicotaxatie en spreek de partners apart; bij acuut gevaar direct melden.",
  ],
];
