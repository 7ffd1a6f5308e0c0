import { type Aankondiging, Gegevenscategorie, insertInChunks, kondigAanAlle, Medewerker, Organisatie, Rol } from "@gezinsbeeld/shared-schema";
import { type DemoGezin, DemoOrganisatie, type DemoScenario, plusDagen } from "@gezinsbeeld/demo";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { Doel, DoelStatus, DoelVoortgang } from "./doelen/Doel";
import { Relatie, Relatiesoort } from "./genogram/Relatie";
import { Gezin } from "./gezin/Gezin";
import { aankondigingVanKernbesluit } from "./kernbesluit/aankondigingVanKernbesluit";
import { Kernbesluit } from "./kernbesluit/Kernbesluit";
import { aankondigingVanNetwerkberaad } from "./netwerkberaad/aankondigingVanNetwerkberaad";
import { Netwerkberaad } from "./netwerkberaad/Netwerkberaad";
import { Gezinsrol, Persoon } from "./persoon/Persoon";
import { Regieperiode } from "./regie/Regieperiode";
import { aankondigingVanGebeurtenis } from "./tijdslijn/aankondigingVanGebeurtenis";
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

/**
 * The local team's part of the demo scenario: households, members, dossier,
 * consents, and regie with the local team from registration. Partners'
 * involvements are not seeded here: each partner's own seed announces them
 * through its outbox, and the register moves regie when a measure's arrives.
 * The timeline entries, core decisions and network meetings announce their
 * entries in the merged timeline the same way.
 */
export async function seed(db: DataSource, scenario: DemoScenario): Promise<void> {
  await db.transaction(async (manager) => {
    await insertInChunks(manager, Medewerker, scenario.medewerkers.filter((m) => m.organisatie === DemoOrganisatie.LOKAAL_TEAM));
    const rows = new Map<EntityTarget<ObjectLiteral>, ObjectLiteral[]>();
    const aankondigingen: Aankondiging[] = [];
    const add = <E extends ObjectLiteral>(entity: EntityTarget<E>, row: Partial<E>): Partial<E> => {
      const list = rows.get(entity as EntityTarget<ObjectLiteral>) ?? [];
      list.push(row);
      rows.set(entity as EntityTarget<ObjectLiteral>, list);
      return row;
    };
    for (const gezin of scenario.gezinnen) seedGezin(gezin, scenario, add, (aankondiging) => aankondigingen.push(aankondiging));
    for (const [entity, list] of rows) await insertInChunks(manager, entity, list);
    await kondigAanAlle(manager, aankondigingen);
  });
}

type Add = <E extends ObjectLiteral>(entity: EntityTarget<E>, row: Partial<E>) => Partial<E>;
type KondigAan = (aankondiging: Aankondiging) => void;

function seedGezin(gezin: DemoGezin, scenario: DemoScenario, add: Add, kondigAan: KondigAan): void {
  const random = gezin.random("lokaal-team");
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const m = gezin.mijlpalen;
  const contactpersoon = scenario.toegewezen(gezin, DemoOrganisatie.LOKAAL_TEAM);
  const gedragswetenschapper = scenario.medewerkers.find((x) => x.organisatie === DemoOrganisatie.LOKAAL_TEAM && x.rol === Rol.GEDRAGSWETENSCHAPPER);
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
    if (datum > scenario.peildatum) return;
    const gebeurtenis = { ...base, id: crypto.randomUUID(), datum, organisatie, soort, omschrijving, resultaat };
    add(TijdslijnGebeurtenis, gebeurtenis);
    kondigAan(aankondigingVanGebeurtenis(gebeurtenis));
  };
  tijdslijn(gezin.aangemeldOp, DemoOrganisatie.LOKAAL_TEAM, Gebeurtenissoort.GEBEURTENIS, "Aanmelding bij het lokale team; vaste contactpersoon toegewezen.");
  // What the partners did is on the merged timeline from their own records (Gezin.gezinstijdlijn); the local team's own
  // timeline holds its own help and events, not a retelling of theirs.
  tijdslijn(plusDagen(gezin.aangemeldOp, 14), DemoOrganisatie.LOKAAL_TEAM, Gebeurtenissoort.HULP_INGEZET, "Gezinscoach ingezet voor opvoedondersteuning.", gezin.fase === "ADVIES" ? null : "Ouders ervaren meer rust in de avonduren.");

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
      const beraad = {
        ...base,
        id: crypto.randomUUID(),
        datum: plusDagen(gezin.aangemeldOp, dag),
        deelnemers: ["ouders", "vaste contactpersoon", ...(m.maatregelVanaf && plusDagen(gezin.aangemeldOp, dag) >= m.maatregelVanaf ? ["jeugdbeschermer"] : []), "netwerk"],
        verslag: "Veiligheidsplan doorgenomen; afspraken grotendeels nagekomen.",
        afspraken: ["Volgende beraad binnen 13 weken.", "Oma blijft vangnet bij escalatie."],
      };
      add(Netwerkberaad, beraad);
      kondigAan(aankondigingVanNetwerkberaad(beraad));
    }
    const kernbesluitOp = plusDagen(gezin.aangemeldOp, 26);
    if (gedragswetenschapper && kernbesluitOp <= scenario.peildatum) {
      const kernbesluit = { ...base, id: crypto.randomUUID(), datum: kernbesluitOp, besluit: "Inzet van partners in regime groen met toestemming van ouders.", onderbouwing: "Zorgen over veiligheid vragen om expertise van beschermpartners; ouders werken mee.", gedragswetenschapperId: gedragswetenschapper.id };
      add(Kernbesluit, kernbesluit);
      kondigAan(aankondigingVanKernbesluit(kernbesluit));
    }
  }

  const categorieen = [Gegevenscategorie.IDENTIFICATIE, Gegevenscategorie.GEZINSSAMENSTELLING, Gegevenscategorie.ZORGEN, Gegevenscategorie.VEILIGHEID, Gegevenscategorie.HULPVERLENING];
  if (m.toestemmingOp) {
    for (const partner of [DemoOrganisatie.GI, DemoOrganisatie.VEILIG_THUIS, DemoOrganisatie.ERVARINGSDESKUNDIGEN]) {
      // Every fifth household later withdrew its consent for Veilig Thuis: that must show.
      const ingetrokken = partner === DemoOrganisatie.VEILIG_THUIS && gezin.nummer % 5 === 0 ? new Date(`${plusDagen(m.toestemmingOp, 60)}T10:00:00Z`) : null;
      add(Toestemming, {
        ...base,
        gegevenDoorPersoonId: ouder1?.id ?? null,
        partner,
        doel: partner === DemoOrganisatie.ERVARINGSDESKUNDIGEN ? "Inzet ervaringsdeskundige als brug naar het gezin." : "Samen werken aan de veiligheid van de kinderen.",
        categorieen: partner === DemoOrganisatie.ERVARINGSDESKUNDIGEN ? [Gegevenscategorie.IDENTIFICATIE, Gegevenscategorie.CONTACT] : categorieen,
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
      ontvanger: DemoOrganisatie.VEILIG_THUIS,
      categorieen: [Gegevenscategorie.IDENTIFICATIE, Gegevenscategorie.ZORGEN, Gegevenscategorie.VEILIGHEID],
      doel: "Melding bij Veilig Thuis.",
    });
  }

  // Regie starts with the local team; partners' involvements come from their own seeds through the outbox, and the
  // register moves regie to the GI (and back) as the measures' announcements arrive.
  add(Regieperiode, { ...base, organisatie: DemoOrganisatie.LOKAAL_TEAM, vanaf: gezin.aangemeldOp, tot: null, reden: "Aanmelding: de regie ligt bij het lokale team." });
}
