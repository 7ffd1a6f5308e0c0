import {
  type DemoGezin,
  type DemoMedewerker,
  type DemoScenario,
  Gegevenscategorie,
  insertInChunks,
  Intensiteit,
  Medewerker,
  Organisatie,
  plusDagen,
  Regime,
  Rol,
} from "@gezinsbeeld/shared-schema";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { Betrokkenheid } from "./betrokkenheid/Betrokkenheid";
import { Doel, DoelStatus, DoelVoortgang } from "./doelen/Doel";
import { Relatie, Relatiesoort } from "./genogram/Relatie";
import { Gezin } from "./gezin/Gezin";
import { Kernbesluit } from "./kernbesluit/Kernbesluit";
import { Netwerkberaad } from "./netwerkberaad/Netwerkberaad";
import { Gezinsrol, Persoon } from "./persoon/Persoon";
import { Regieperiode } from "./regie/Regieperiode";
import { Gebeurtenissoort, TijdslijnGebeurtenis } from "./tijdslijn/TijdslijnGebeurtenis";
import { Grondslag, Toestemming, Toestemmingsvorm, VerstrekkingZonderToestemming } from "./toestemming/Toestemming";
import { Gevaarsoordeel, Veiligheidsafspraak, Veiligheidsplan } from "./veiligheid/Veiligheid";
import { ZorgOfKracht, ZorgOfKrachtSoort } from "./zorgen/ZorgOfKracht";

const AANLEIDINGEN = [
  "Melding van school: kind komt regelmatig met blauwe plekken en vertelt over ruzies thuis.",
  "Ouders melden zich zelf na een escalatie waarbij de politie is geweest.",
  "Huisarts maakt zich zorgen over de ontwikkeling van het jongste kind en de spanningen tussen ouders.",
  "Schuldenproblematiek en dreigende huisuitzetting; oudste kind verzuimt veel van school.",
  "Wijkagent signaleert herhaald huiselijk geweld na meldingen van buren.",
  "Moeder vraagt hulp bij opvoeding na scheiding; vader houdt zich niet aan omgangsafspraken.",
];
const ZORGEN = [
  "Herhaalde escalaties tussen ouders waar de kinderen bij zijn.",
  "Kinderen worden ingezet in de strijd tussen ouders.",
  "Onvoldoende toezicht op het jongste kind.",
  "Middelengebruik van een ouder.",
  "Schoolverzuim en sociale terugtrekking van de oudste.",
  "Financiële zorgen zetten het gezin onder druk.",
];
const KRACHTEN = [
  "Ouders willen allebei het beste voor de kinderen en staan open voor hulp.",
  "Grootmoeder is betrokken en biedt een veilige plek.",
  "De kinderen hebben een goede band met hun juf en gaan graag naar school.",
  "Vader heeft werk en structuur in zijn week.",
  "Het gezin heeft een warm netwerk van buren en vrienden.",
];
const GEVAARSOORDELEN = [
  "Als ouders blijven escaleren waar de kinderen bij zijn, zijn wij bang dat de kinderen lichamelijk gewond raken of blijvende angst ontwikkelen.",
  "Als er geen toezicht is wanneer moeder gebruikt, zijn wij bang dat het jongste kind onverzorgd en alleen achterblijft.",
  "Als de spanningen oplopen zonder dat iemand ingrijpt, zijn wij bang dat er opnieuw geweld wordt gebruikt.",
];
const AFSPRAKEN = [
  ["Bij oplopende spanning gaat vader een uur wandelen en belt hij zijn broer.", "vader"],
  ["Oma haalt de kinderen op als een ouder de afspraak niet kan nakomen.", "grootmoeder"],
  ["De kinderen weten dat ze de buurvrouw mogen bellen als ze zich onveilig voelen.", "kinderen en buurvrouw"],
  ["Moeder meldt zich bij de huisarts als het niet goed gaat.", "moeder"],
  ["Ouders spreken elkaar alleen via de app over de omgang.", "ouders"],
] as const;
const DOELEN = [
  ["Ouders ruziën niet meer waar de kinderen bij zijn.", "ouders"],
  ["De oudste gaat weer elke dag naar school.", "moeder en mentor"],
  ["Er is een stabiele schuldenregeling.", "vader en schuldhulpverlener"],
  ["De kinderen slapen op vaste tijden en hebben een vast ritme.", "ouders"],
] as const;

/** The local team's part of the demo scenario: households, members, dossier, involvements, consents, regie. */
export async function seed(db: DataSource, scenario: DemoScenario): Promise<void> {
  await db.transaction(async (manager) => {
    await insertInChunks(manager, Medewerker, scenario.medewerkers.filter((m) => m.organisatie === Organisatie.LOKAAL_TEAM));
    const rows = new Map<EntityTarget<ObjectLiteral>, ObjectLiteral[]>();
    const add = <E extends ObjectLiteral>(entity: EntityTarget<E>, row: Partial<E>): Partial<E> => {
      const list = rows.get(entity as EntityTarget<ObjectLiteral>) ?? [];
      list.push(row);
      rows.set(entity as EntityTarget<ObjectLiteral>, list);
      return row;
    };
    for (const gezin of scenario.gezinnen) seedGezin(gezin, scenario, add);
    for (const [entity, list] of rows) await insertInChunks(manager, entity, list);
  });
}

type Add = <E extends ObjectLiteral>(entity: EntityTarget<E>, row: Partial<E>) => Partial<E>;

function seedGezin(gezin: DemoGezin, scenario: DemoScenario, add: Add): void {
  const random = gezin.random("lokaal-team");
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const m = gezin.mijlpalen;
  const contactpersoon = scenario.toegewezen(gezin, Organisatie.LOKAAL_TEAM);
  const gedragswetenschapper = scenario.medewerkers.find((x) => x.organisatie === Organisatie.LOKAAL_TEAM && x.rol === Rol.GEDRAGSWETENSCHAPPER);
  const door = contactpersoon.id;
  const base = { gezinId: gezin.id, vastgelegdDoor: door };
  const afgesloten = gezin.fase === "MAATREGEL_BEEINDIGD" && m.maatregelTot ? plusDagen(m.maatregelTot, 120) : null;

  add(Gezin, {
    id: gezin.id,
    naam: gezin.naam,
    aangemeldOp: gezin.aangemeldOp,
    afgeslotenOp: afgesloten && afgesloten <= scenario.peildatum ? afgesloten : null,
    postcode: gezin.postcode,
    huisnummer: gezin.huisnummer,
    woonplaats: gezin.woonplaats,
    aanleiding: pick(AANLEIDINGEN),
    patroon: gezin.fase === "ADVIES" ? null : "Spanningen lopen op rond de omgang en geldzorgen; dan valt het toezicht op de kinderen weg.",
    haalbareEindsituatie: gezin.fase === "ADVIES" ? null : "De kinderen groeien veilig op; ouders lossen conflicten op zonder geweld en met steun van hun netwerk.",
    vasteContactpersoonId: contactpersoon.id,
  });

  for (const lid of gezin.leden) {
    add(Persoon, { ...base, id: lid.id, bsn: lid.bsn, voornamen: lid.voornamen, achternaam: lid.achternaam, geboortedatum: lid.geboortedatum, gezinsrol: Gezinsrol[lid.gezinsrol] });
  }
  const ouders = gezin.leden.filter((lid) => lid.gezinsrol === "OUDER" || lid.gezinsrol === "STIEFOUDER");
  const kinderen = gezin.leden.filter((lid) => lid.gezinsrol === "KIND");
  const [ouder1, ouder2] = ouders;
  if (ouder1 && ouder2) add(Relatie, { ...base, vanPersoonId: ouder1.id, naarPersoonId: ouder2.id, soort: random() < 0.3 ? Relatiesoort.EX_PARTNER_VAN : Relatiesoort.PARTNER_VAN, toelichting: null });
  for (const kind of kinderen) for (const ouder of ouders) add(Relatie, { ...base, vanPersoonId: ouder.id, naarPersoonId: kind.id, soort: Relatiesoort.OUDER_VAN, toelichting: null });
  const grootouder = gezin.leden.find((lid) => lid.gezinsrol === "GROOTOUDER");
  if (grootouder && ouder1) add(Relatie, { ...base, vanPersoonId: grootouder.id, naarPersoonId: ouder1.id, soort: Relatiesoort.OUDER_VAN, toelichting: "Woont in bij het gezin." });

  const tijdslijn = (datum: string, organisatie: Organisatie, soort: Gebeurtenissoort, omschrijving: string, resultaat: string | null = null): void => {
    if (datum <= scenario.peildatum) add(TijdslijnGebeurtenis, { ...base, datum, organisatie, soort, omschrijving, resultaat });
  };
  tijdslijn(gezin.aangemeldOp, Organisatie.LOKAAL_TEAM, Gebeurtenissoort.GEBEURTENIS, "Aanmelding bij het lokale team; vaste contactpersoon toegewezen.");
  tijdslijn(m.adviesOp, m.adviesDoor, Gebeurtenissoort.VERSLAG, m.adviesDoor === Organisatie.VEILIG_THUIS ? "Consult bij Veilig Thuis over de veiligheid in het gezin." : "Advies van de GI (product 1) over de inzet van hulp.", "Advies opgenomen in het plan.");
  if (m.ervaringsdeskundigeVanaf) tijdslijn(m.ervaringsdeskundigeVanaf, Organisatie.ERVARINGSDESKUNDIGEN, Gebeurtenissoort.HULP_INGEZET, "Ervaringsdeskundige gekoppeld als brug tussen gezin en professionals.");
  if (m.samenOptrekkenVanaf) tijdslijn(m.samenOptrekkenVanaf, Organisatie.GI, Gebeurtenissoort.HULP_INGEZET, "GI trekt samen op met het lokale team (product 2a); regie blijft bij het lokale team.");
  if (m.meldingOp) tijdslijn(m.meldingOp, Organisatie.VEILIG_THUIS, Gebeurtenissoort.GEBEURTENIS, "Melding bij Veilig Thuis; veiligheidstaxatie uitgevoerd.", "Directe veiligheid geborgd met afspraken.");
  if (m.raadsonderzoekVanaf) tijdslijn(m.raadsonderzoekVanaf, Organisatie.RVDK, Gebeurtenissoort.HULP_INGEZET, "Raad voor de Kinderbescherming start een beschermingsonderzoek.");
  if (m.raadsonderzoekTot) tijdslijn(m.raadsonderzoekTot, Organisatie.RVDK, Gebeurtenissoort.BESLUIT, "Raadsonderzoek afgerond: advies ondertoezichtstelling.", "Verzoekschrift ingediend bij de kinderrechter.");
  if (m.maatregelVanaf) tijdslijn(m.maatregelVanaf, Organisatie.GI, Gebeurtenissoort.BESLUIT, "Kinderrechter spreekt een ondertoezichtstelling uit; de regie gaat naar de GI.");
  if (m.maatregelBeeindigd && m.maatregelTot) tijdslijn(m.maatregelTot, Organisatie.GI, Gebeurtenissoort.BESLUIT, "Ondertoezichtstelling beëindigd; de regie gaat terug naar het lokale team.", "Borgingsplan vastgesteld.");

  add(ZorgOfKracht, { ...base, soort: ZorgOfKrachtSoort.ZORG, omschrijving: pick(ZORGEN), vastgesteldOp: plusDagen(gezin.aangemeldOp, 7), opgelostOp: null });
  add(ZorgOfKracht, { ...base, soort: ZorgOfKrachtSoort.KRACHT, omschrijving: pick(KRACHTEN), vastgesteldOp: plusDagen(gezin.aangemeldOp, 7), opgelostOp: null });
  if (gezin.fase !== "ADVIES") {
    add(ZorgOfKracht, { ...base, soort: ZorgOfKrachtSoort.ZORG, omschrijving: pick(ZORGEN), vastgesteldOp: plusDagen(gezin.aangemeldOp, 20), opgelostOp: m.maatregelBeeindigd ? m.maatregelTot ?? null : null });
    add(Gevaarsoordeel, { ...base, omschrijving: pick(GEVAARSOORDELEN), opgesteldOp: plusDagen(gezin.aangemeldOp, 20) });
    const planId = crypto.randomUUID();
    add(Veiligheidsplan, { ...base, id: planId, versie: 1, vastgesteldOp: plusDagen(gezin.aangemeldOp, 25), veiligheidsdoel: "Iedereen in het gezin is en voelt zich veilig, ook als de spanning oploopt." });
    for (let i = 0; i < 3; i++) {
      const [afspraak, wie] = AFSPRAKEN[(gezin.nummer + i) % AFSPRAKEN.length]!;
      add(Veiligheidsafspraak, { ...base, veiligheidsplanId: planId, afspraak, wie });
    }
    for (let i = 0; i < 2; i++) {
      const [wat, wie] = DOELEN[(gezin.nummer + i) % DOELEN.length]!;
      const doelId = crypto.randomUUID();
      const behaald = m.maatregelBeeindigd;
      add(Doel, { ...base, id: doelId, wat, wie, wanneer: plusDagen(gezin.aangemeldOp, 180 + i * 60), status: behaald ? DoelStatus.BEHAALD : DoelStatus.LOPEND });
      add(DoelVoortgang, { ...base, doelId, datum: plusDagen(gezin.aangemeldOp, 60), percentage: 20 + Math.floor(random() * 30), toelichting: "Eerste stappen gezet." });
      if (behaald) add(DoelVoortgang, { ...base, doelId, datum: plusDagen(gezin.aangemeldOp, 170), percentage: 100, toelichting: "Doel behaald." });
    }
    for (let dag = 30; plusDagen(gezin.aangemeldOp, dag) <= scenario.peildatum && dag < 700; dag += 84) {
      add(Netwerkberaad, {
        ...base,
        datum: plusDagen(gezin.aangemeldOp, dag),
        deelnemers: ["ouders", "vaste contactpersoon", ...(m.maatregelVanaf && plusDagen(gezin.aangemeldOp, dag) >= m.maatregelVanaf ? ["jeugdbeschermer"] : []), "netwerk"],
        verslag: "Veiligheidsplan doorgenomen; afspraken grotendeels nagekomen.",
        afspraken: ["Volgende beraad binnen 13 weken.", "Oma blijft vangnet bij escalatie."],
      });
    }
    if (gedragswetenschapper) {
      add(Kernbesluit, { ...base, datum: plusDagen(gezin.aangemeldOp, 26), besluit: "Inzet van partners in regime groen met toestemming van ouders.", onderbouwing: "Zorgen over veiligheid vragen om expertise van beschermpartners; ouders werken mee.", gedragswetenschapperId: gedragswetenschapper.id });
    }
  }

  const categorieen = [Gegevenscategorie.IDENTIFICATIE, Gegevenscategorie.GEZINSSAMENSTELLING, Gegevenscategorie.ZORGEN, Gegevenscategorie.VEILIGHEID, Gegevenscategorie.HULPVERLENING];
  if (m.toestemmingOp) {
    for (const partner of [Organisatie.GI, Organisatie.VEILIG_THUIS, Organisatie.ERVARINGSDESKUNDIGEN]) {
      // Every fifth household later withdrew its consent for Veilig Thuis: that must show.
      const ingetrokken = partner === Organisatie.VEILIG_THUIS && gezin.nummer % 5 === 0 ? new Date(`${plusDagen(m.toestemmingOp, 60)}T10:00:00Z`) : null;
      add(Toestemming, {
        ...base,
        gegevenDoorPersoonId: ouder1?.id ?? null,
        partner,
        doel: partner === Organisatie.ERVARINGSDESKUNDIGEN ? "Inzet ervaringsdeskundige als brug naar het gezin." : "Samen werken aan de veiligheid van de kinderen.",
        categorieen: partner === Organisatie.ERVARINGSDESKUNDIGEN ? [Gegevenscategorie.IDENTIFICATIE, Gegevenscategorie.CONTACT] : categorieen,
        vorm: random() < 0.3 ? Toestemmingsvorm.MONDELING : Toestemmingsvorm.SCHRIFTELIJK,
        gegevenOp: m.toestemmingOp,
        ingetrokkenOp: ingetrokken && ingetrokken.toISOString().slice(0, 10) <= scenario.peildatum ? ingetrokken : null,
      });
    }
  }
  if (m.meldingOp) {
    add(VerstrekkingZonderToestemming, {
      ...base,
      datum: m.meldingOp,
      grondslag: Grondslag.WETTELIJKE_PLICHT,
      waaromGeenToestemming: "Ouders weigerden toestemming; de veiligheid van de kinderen was direct in het geding.",
      afweging: "Het belang van de veiligheid van de kinderen weegt zwaarder dan de privacy van de ouders (meldcode, stap 5).",
      geraadpleegd: "Gedragswetenschapper lokaal team en aandachtsfunctionaris.",
      ontvanger: Organisatie.VEILIG_THUIS,
      categorieen: [Gegevenscategorie.IDENTIFICATIE, Gegevenscategorie.ZORGEN, Gegevenscategorie.VEILIGHEID],
      doel: "Melding bij Veilig Thuis.",
    });
  }

  // Each involvement names the partner's own professional as the partner's seed does: VT's adviser
  // advises, a colleague investigates, and at the GI whoever advised never executes the measure (rule 5).
  const vtAdviseur = scenario.toegewezen(gezin, Organisatie.VEILIG_THUIS);
  const jeugdbeschermer = scenario.toegewezen(gezin, Organisatie.GI);
  const adviseurVan = { [Organisatie.VEILIG_THUIS]: vtAdviseur, [Organisatie.GI]: scenario.collega(jeugdbeschermer) };
  const betrokken = (
    organisatie: Organisatie,
    regime: Regime,
    intensiteit: Intensiteit,
    startdatum: string,
    einddatum: string | null,
    medewerker: DemoMedewerker,
    { anoniem = false, geinformeerdOp = startdatum }: { anoniem?: boolean; geinformeerdOp?: string | null } = {},
  ): void => {
    if (startdatum > scenario.peildatum) return;
    add(Betrokkenheid, {
      ...base,
      organisatie,
      regime,
      intensiteit,
      anoniem,
      startdatum,
      einddatum: einddatum && einddatum <= scenario.peildatum ? einddatum : null,
      medewerkerId: medewerker.id,
      toelichting: null,
      geinformeerdOp: geinformeerdOp && geinformeerdOp <= scenario.peildatum ? geinformeerdOp : null,
    });
  };
  // Advice is anonymous while the household is in the advice phase (rule 3).
  // In the advice phase the (anonymous) consult still runs; later it ended after three weeks.
  betrokken(m.adviesDoor, Regime.ADVIES, Intensiteit.LICHT, m.adviesOp, gezin.fase === "ADVIES" ? null : plusDagen(m.adviesOp, 21), adviseurVan[m.adviesDoor], { anoniem: gezin.fase === "ADVIES" });
  if (m.ervaringsdeskundigeVanaf) {
    const ervaringsdeskundige = scenario.toegewezen(gezin, Organisatie.ERVARINGSDESKUNDIGEN);
    betrokken(Organisatie.ERVARINGSDESKUNDIGEN, Regime.GROEN, Intensiteit.LICHT, m.ervaringsdeskundigeVanaf, m.maatregelBeeindigd ? m.maatregelTot ?? null : null, ervaringsdeskundige);
  }
  if (m.samenOptrekkenVanaf) betrokken(Organisatie.GI, Regime.GROEN, Intensiteit.MIDDEL, m.samenOptrekkenVanaf, m.maatregelVanaf ?? null, adviseurVan[Organisatie.GI]);
  if (m.meldingOp) betrokken(Organisatie.VEILIG_THUIS, Regime.ORANJE, Intensiteit.ZWAAR, m.meldingOp, m.raadsonderzoekTot ?? null, scenario.collega(vtAdviseur));
  if (m.raadsonderzoekVanaf) {
    // Rule 4: one household in orange has not been told of the RvdK yet.
    const raadsonderzoeker = scenario.toegewezen(gezin, Organisatie.RVDK);
    betrokken(Organisatie.RVDK, Regime.ORANJE, Intensiteit.MIDDEL, m.raadsonderzoekVanaf, m.raadsonderzoekTot ?? null, raadsonderzoeker, { geinformeerdOp: m.raadGeinformeerdOp ?? null });
  }
  if (m.maatregelVanaf) betrokken(Organisatie.GI, Regime.ROOD, Intensiteit.ZWAAR, m.maatregelVanaf, m.maatregelBeeindigd ? m.maatregelTot ?? null : null, jeugdbeschermer);

  add(Regieperiode, { ...base, organisatie: Organisatie.LOKAAL_TEAM, vanaf: gezin.aangemeldOp, tot: m.maatregelVanaf ?? null, reden: "Aanmelding: de regie ligt bij het lokale team." });
  if (m.maatregelVanaf) {
    const terug = m.maatregelBeeindigd ? m.maatregelTot ?? null : null;
    add(Regieperiode, { ...base, organisatie: Organisatie.GI, vanaf: m.maatregelVanaf, tot: terug, reden: "Ondertoezichtstelling uitgesproken: de regie gaat naar de GI." });
    if (terug) add(Regieperiode, { ...base, organisatie: Organisatie.LOKAAL_TEAM, vanaf: terug, tot: null, reden: "Maatregel beëindigd: de regie komt terug bij het lokale team." });
  }
}
