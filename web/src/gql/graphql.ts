/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AfspraakStatus =
  | 'ACTIEF'
  | 'NAGEKOMEN'
  | 'NIET_NAGEKOMEN';

/** Conclusie van de Raad na een beschermingsonderzoek. */
export type BeschermingsonderzoekConclusie =
  /** Geen zorgen die een maatregel of verdere hulp vragen. */
  | 'GEEN_MAATREGEL'
  /** De Raad vraagt de kinderrechter het gezag van de ouder(s) te beëindigen. */
  | 'GEZAGSBEEINDIGING'
  /** De Raad vraagt de kinderrechter om een ondertoezichtstelling (OTS). */
  | 'ONDERTOEZICHTSTELLING'
  /** De Raad vraagt de kinderrechter om een machtiging tot uithuisplaatsing. */
  | 'UITHUISPLAATSING'
  /** Hulp in het vrijwillig kader volstaat; het lokale team houdt de regie. */
  | 'VRIJWILLIGE_HULP';

/** Stand van een beschermingsonderzoek. */
export type BeschermingsonderzoekStatus =
  | 'AFGEROND'
  | 'LOPEND';

export type DoelStatus =
  | 'BEHAALD'
  | 'BIJGESTELD'
  | 'GESTOPT'
  | 'LOPEND';

/** Stand van een koppeling op de dag van de vraag. */
export type ErvaringsdeskundigeKoppelingStatus =
  /** Afgelopen. */
  | 'BEEINDIGD'
  /** Begint later. */
  | 'GEPLAND'
  /** Loopt vandaag. */
  | 'LOPEND';

/** Gegevenscategorie van een veld: bepaalt wie het mag zien en hoe inzage wordt vastgelegd. */
export type Gegevenscategorie =
  | 'CONTACT'
  | 'ERVARINGSDESKUNDIGE_CONTACT'
  | 'GEEN'
  | 'GEZINSSAMENSTELLING'
  | 'HULPVERLENING'
  | 'IDENTIFICATIE'
  | 'JUSTITIEEL'
  | 'MEDEWERKER'
  | 'MEDISCH'
  | 'MELDER'
  | 'TOESTEMMING'
  | 'TOEZICHT'
  | 'VEILIGHEID'
  | 'ZORGEN';

/** Kinderbeschermingsmaatregel die de Raad aan de kinderrechter vraagt. */
export type GevraagdeMaatregel =
  /** Beëindiging van het ouderlijk gezag (voogdij). */
  | 'GEZAGSBEEINDIGING'
  /** Machtiging tot uithuisplaatsing. */
  | 'MACHTIGING_UITHUISPLAATSING'
  /** Ondertoezichtstelling. */
  | 'OTS';

/** Plaats van een lid in het huishouden. */
export type Gezinsrol =
  | 'GROOTOUDER'
  | 'KIND'
  | 'OUDER'
  | 'OVERIG'
  | 'PLEEGOUDER'
  | 'STIEFOUDER';

/** Inzetproduct van de GI (Beter Samenspel). */
export type GiProduct =
  /** Advisering op (anonieme) basis aan het lokale team; de casusregie verandert niet. */
  | 'PRODUCT_1'
  /** Samen optrekken in het vrijwillig kader; de regie blijft bij het lokale team. */
  | 'PRODUCT_2A'
  /** Casusregie bij de GI in het vrijwillig kader, samen optrekken met het lokale team. */
  | 'PRODUCT_2B';

/** Gemiddelde intensiteit: licht (1 u/maand tot 1 u/week), middel (1-4 u/week), zwaar (4 u/week of meer). */
export type Intensiteit =
  | 'LICHT'
  | 'MIDDEL'
  | 'ZWAAR';

/** Kader waarin jeugdreclassering wordt uitgevoerd. */
export type JeugdreclasseringKader =
  /** Intensieve trajectbegeleiding CRIEM. */
  | 'CRIEM'
  /** Gedragsbeïnvloedende maatregel (GBM). */
  | 'GEDRAGSBEINVLOEDENDE_MAATREGEL'
  /** Intensieve trajectbegeleiding (ITB) Harde Kern. */
  | 'HARDE_KERN'
  /** Scholings- en trainingsprogramma (STP). */
  | 'SCHOLINGS_EN_TRAININGSPROGRAMMA'
  /** Toezicht en begeleiding (T&B), opgelegd door rechter of officier van justitie. */
  | 'TOEZICHT_EN_BEGELEIDING'
  /** Vrijwillige jeugdreclassering (drang), zonder strafrechtelijke titel. */
  | 'VRIJWILLIG';

/** LOPEND tot en met de einddatum, daarna BEEINDIGD; beoordeeld op de dag van de vraag. */
export type MaatregelStatus =
  | 'BEEINDIGD'
  | 'LOPEND';

/** Soort kinderbeschermingsmaatregel die de GI uitvoert. */
export type Maatregelsoort =
  /** Machtiging uithuisplaatsing, binnen een ondertoezichtstelling. */
  | 'MACHTIGING_UITHUISPLAATSING'
  /** Ondertoezichtstelling (OTS): ten hoogste een jaar per beschikking. */
  | 'ONDERTOEZICHTSTELLING'
  /** Voogdij: de GI oefent het gezag uit. */
  | 'VOOGDIJ';

/** Relatie van de melder tot het huishouden. */
export type MelderRelatie =
  | 'ANDERS'
  | 'BEROEPSKRACHT'
  | 'BUUR'
  | 'FAMILIE'
  | 'GEZINSLID'
  | 'KENNIS'
  | 'POLITIE';

/** Soort geweld of mishandeling waarover gemeld wordt. */
export type Meldingsaard =
  | 'EERGERELATEERD_GEWELD'
  | 'HUISELIJK_GEWELD'
  | 'KINDERMISHANDELING'
  | 'OUDERENMISHANDELING'
  | 'PARTNERGEWELD'
  | 'SEKSUEEL_GEWELD'
  | 'VERWAARLOZING';

export type Meldingstatus =
  | 'AFGESLOTEN'
  | 'IN_ONDERZOEK'
  | 'ONTVANGEN'
  | 'OVERGEDRAGEN';

/** Noodtoegang bij een levensbedreigende situatie: waarom, op welke grondslag, hoe lang. */
export type NoodtoegangInvoer = {
  /** Waarom de situatie levensbedreigend is en toestemming niet mogelijk was; ten minste 20 tekens. */
  rechtvaardiging: string;
  /** Duur in uren; standaard 24, ten hoogste 72. */
  uren?: number | null | undefined;
  /** Wettelijke grondslag, bijvoorbeeld 'art. 7.3.8 Jeugdwet' of 'art. 6 lid 1 sub d AVG (vitaal belang)'. */
  wettelijkeGrondslag: string;
};

/** Organisatie binnen de samenwerking rond een gezin. */
export type Organisatie =
  /** Pool van ervaringsdeskundigen. */
  | 'ERVARINGSDESKUNDIGEN'
  /** Gecertificeerde Instelling: jeugdbescherming en jeugdreclassering. */
  | 'GI'
  /** Lokaal (wijk)team van de gemeente; houdt standaard de regie. */
  | 'LOKAAL_TEAM'
  /** Raad voor de Kinderbescherming. */
  | 'RVDK'
  /** Veilig Thuis: advies- en meldpunt huiselijk geweld en kindermishandeling. */
  | 'VEILIG_THUIS';

/** Vorm van betrokkenheid: advies/consult, of regime groen (toestemming), oranje (bevoegdheden), rood (maatregel). */
export type Regime =
  | 'ADVIES'
  | 'ANDERS'
  | 'GROEN'
  | 'ORANJE'
  | 'ROOD';

/** Soort relatie in het genogram. */
export type Relatiesoort =
  | 'BROER_OF_ZUS_VAN'
  | 'EX_PARTNER_VAN'
  | 'GROOTOUDER_VAN'
  | 'NETWERK'
  | 'OUDER_VAN'
  | 'PARTNER_VAN'
  | 'VERZORGER_VAN';

/** Rol waarin iemand de hub gebruikt. */
export type Rol =
  /** Coördinator; vult de kwartaalmonitor in (geaggregeerd). */
  | 'COORDINATOR'
  /** Gedragswetenschapper; neemt kernbesluiten mee. */
  | 'GEDRAGSWETENSCHAPPER'
  /** Lid van het huishouden dat het eigen dossier inziet. */
  | 'INWONER'
  /** Uitvoerend professional. */
  | 'MEDEWERKER'
  /** Functionaris gegevensbescherming. */
  | 'PRIVACY_OFFICER'
  /** Teamleider. */
  | 'TEAMLEIDER';

/** Of de organisatie betrokken raakte, of dat haar betrokkenheid eindigde. */
export type Signaalsoort =
  | 'BEEINDIGD'
  | 'BETROKKEN';

/** Wat er gebeurde, zoals de tijdlijn van het huishouden het noemt. */
export type Tijdlijnsoort =
  | 'ADVIES_CONSULT'
  | 'GEBEURTENIS'
  | 'INZET_BEEINDIGD'
  | 'INZET_GESTART'
  | 'KERNBESLUIT'
  | 'KOPPELING_BEEINDIGD'
  | 'KOPPELING_GESTART'
  | 'MAATREGEL_BEEINDIGD'
  | 'MAATREGEL_GESTART'
  | 'MAATREGEL_VERLENGD'
  | 'MELDING_AFGESLOTEN'
  | 'MELDING_ONTVANGEN'
  | 'MELDING_OVERGEDRAGEN'
  | 'NETWERKBERAAD'
  | 'ONDERZOEK_AFGEROND'
  | 'ONDERZOEK_GESTART'
  | 'REGIE_VERPLAATST'
  | 'UITSPRAAK'
  | 'VEILIGHEIDSTAXATIE'
  | 'VERTROUWENSARTS_ADVIES'
  | 'VERZOEKSCHRIFT_INGEDIEND'
  | 'VERZOEK_TOT_ONDERZOEK';

/** Of de toegang werd verleend of geweigerd, of dat er niet kon worden beslist. */
export type Toegangsbeslissing =
  | 'GEWEIGERD'
  | 'ONBESLIST'
  | 'TOEGESTAAN';

/** Wat er met de gegevens gebeurde (NEN 7513: gebeurtenis). */
export type Toegangshandeling =
  | 'CREATE'
  | 'DECIDE'
  | 'DELETE'
  | 'END'
  | 'EXPORT'
  | 'READ'
  | 'SEARCH'
  | 'UPDATE';

/** Welke regels van het toegangslog; alle voorwaarden samen. */
export type ToegangslogFilter = {
  /** Alleen toegang met noodtoegang (break-glass), voor de beoordeling achteraf. */
  alleenNoodtoegang?: boolean | null | undefined;
  /** Alleen toegang door professionals: zonder de inzage door het gezin zelf (wie keek er in ons dossier?). */
  alleenProfessionals?: boolean | null | undefined;
  /** Alleen verleende of alleen geweigerde toegang. */
  beslissing?: Toegangsbeslissing | null | undefined;
  /** Alleen toegang door deze gebruiker (gebruikers-id); niet voor een inwoner. */
  gebruiker?: string | number | null | undefined;
  /** Alleen toegang tot dit huishouden. Een inwoner moet het eigen huishouden noemen. */
  gezinId?: string | number | null | undefined;
  /** Alleen toegang namens deze organisatie. */
  organisatie?: Organisatie | null | undefined;
  /** Alleen toegang tot gegevens van deze persoon. */
  persoonId?: string | number | null | undefined;
  /** Tot dit moment (exclusief). */
  tot?: string | null | undefined;
  /** Vanaf dit moment (inclusief). */
  van?: string | null | undefined;
};

export type Toestemmingsvorm =
  | 'MONDELING'
  | 'SCHRIFTELIJK';

/** Beslissing van de kinderrechter op een verzoekschrift. */
export type UitspraakKinderrechter =
  | 'AFGEWEZEN'
  | 'TOEGEWEZEN';

export type VeiligThuisOnderzoekStatus =
  | 'AFGEROND'
  | 'LOPEND';

/** Vervolg na een onderzoek van Veilig Thuis. */
export type VeiligThuisVervolg =
  | 'GEEN_VERVOLG'
  | 'OVERDRACHT_LOKAAL_TEAM'
  | 'VERZOEK_TOT_ONDERZOEK_RAAD';

/** Veilig, voorwaardelijk veilig (met afspraken) of onveilig. */
export type Veiligheidsinschatting =
  | 'ONVEILIG'
  | 'VEILIG'
  | 'VOORWAARDELIJK_VEILIG';

/** Stand van een verzoek tot onderzoek bij de Raad voor de Kinderbescherming. */
export type VerzoekTotOnderzoekStatus =
  /** De Raad start een beschermingsonderzoek. */
  | 'AANGENOMEN'
  /** De Raad start geen onderzoek; de hulp blijft in het vrijwillig kader. */
  | 'AFGEWEZEN'
  /** Binnengekomen, nog niet beoordeeld. */
  | 'ONTVANGEN';

export type ZorgOfKrachtSoort =
  | 'KRACHT'
  | 'ZORG';

export type OnsGezinQueryVariables = Exact<{ [key: string]: never; }>;


export type OnsGezinQuery = { gezinnen: { nodes: Array<{ id: string, naam: string | null }> } };

export type OnsDossierQueryVariables = Exact<{
  id: string | number;
}>;


export type OnsDossierQuery = { gezin: { id: string, naam: string | null, postcode: string | null, huisnummer: string | null, woonplaats: string | null, aangemeldOp: string, leden: Array<{ id: string, voornamen: string | null, achternaam: string | null, geboortedatum: string | null, gezinsrol: Gezinsrol | null }> | null, vasteContactpersoon: { naam: string | null } | null, zorgenEnKrachten: Array<{ id: string | null, soort: ZorgOfKrachtSoort | null, omschrijving: string | null, vastgesteldOp: string | null, opgelostOp: string | null }> | null, doelen: Array<{ id: string | null, wat: string | null, wie: string | null, wanneer: string | null, status: DoelStatus | null, voortgang: number | null }> | null, veiligheidsplan: { versie: number | null, vastgesteldOp: string | null, veiligheidsdoel: string | null, afspraken: Array<{ id: string | null, afspraak: string | null, wie: string | null }> | null } | null, meldingen: Array<{ id: string | null, datum: string | null, aard: Meldingsaard | null, status: Meldingstatus | null, melder: { naam: string | null } | null }> | null, beschermingsonderzoeken: Array<{ id: string | null, startdatum: string | null, einddatum: string | null, status: BeschermingsonderzoekStatus | null, conclusie: BeschermingsonderzoekConclusie | null }> | null, maatregelen: Array<{ id: string | null, soort: Maatregelsoort | null, startdatum: string | null, einddatum: string | null, kind: { voornamen: string | null } | null }> | null, jeugdbeschermer: { naam: string | null } | null, ervaringsdeskundigen: Array<{ id: string | null, vanaf: string | null, tot: string | null, totaalContacten: number | null, ervaringsdeskundige: { naam: string | null } | null }> | null, toestemmingen: Array<{ id: string | null, partner: Organisatie | null, doel: string | null, categorieen: Array<Gegevenscategorie> | null, vorm: Toestemmingsvorm | null, gegevenOp: string | null, ingetrokkenOp: string | null, actief: boolean | null }> | null } | null };

export type KetensQueryVariables = Exact<{
  lokaalTeam: boolean;
  veiligThuis: boolean;
  rvdk: boolean;
  gi: boolean;
  ervaringsdeskundigen: boolean;
}>;


export type KetensQuery = { lokaalTeam?: { organisatie: Organisatie, intact: boolean, gecontroleerd: number, kop: string | null, gecontroleerdOp: string, breuk: { volgnummer: string, reden: string } | null, checkpoint: { volgnummer: string, ondertekendOp: string, klopt: boolean } | null } | null, veiligThuis?: { organisatie: Organisatie, intact: boolean, gecontroleerd: number, kop: string | null, gecontroleerdOp: string, breuk: { volgnummer: string, reden: string } | null, checkpoint: { volgnummer: string, ondertekendOp: string, klopt: boolean } | null } | null, rvdk?: { organisatie: Organisatie, intact: boolean, gecontroleerd: number, kop: string | null, gecontroleerdOp: string, breuk: { volgnummer: string, reden: string } | null, checkpoint: { volgnummer: string, ondertekendOp: string, klopt: boolean } | null } | null, gi?: { organisatie: Organisatie, intact: boolean, gecontroleerd: number, kop: string | null, gecontroleerdOp: string, breuk: { volgnummer: string, reden: string } | null, checkpoint: { volgnummer: string, ondertekendOp: string, klopt: boolean } | null } | null, ervaringsdeskundigen?: { organisatie: Organisatie, intact: boolean, gecontroleerd: number, kop: string | null, gecontroleerdOp: string, breuk: { volgnummer: string, reden: string } | null, checkpoint: { volgnummer: string, ondertekendOp: string, klopt: boolean } | null } | null };

export type KetenstatusVeldenFragment = { organisatie: Organisatie, intact: boolean, gecontroleerd: number, kop: string | null, gecontroleerdOp: string, breuk: { volgnummer: string, reden: string } | null, checkpoint: { volgnummer: string, ondertekendOp: string, klopt: boolean } | null };

export type NoodtoegangenQueryVariables = Exact<{
  teBeoordelen: boolean;
}>;


export type NoodtoegangenQuery = { noodtoegangen: { totalCount: number, nodes: Array<{ id: string | null, gezinId: string | null, userId: string | null, organisatie: Organisatie | null, rol: Rol | null, rechtvaardiging: string | null, wettelijkeGrondslag: string | null, vanaf: string | null, tot: string | null, actief: boolean | null, beoordeeldDoor: string | null, beoordeeldOp: string | null, beoordeling: string | null }> } };

export type BeoordeelNoodtoegangMutationVariables = Exact<{
  id: string | number;
  beoordeling: string;
}>;


export type BeoordeelNoodtoegangMutation = { beoordeelNoodtoegang: { id: string | null, beoordeeldOp: string | null, beoordeling: string | null } };

export type ToegangslogenQueryVariables = Exact<{
  filter?: ToegangslogFilter | null | undefined;
  first: number;
  metGebruiker: boolean;
  lokaalTeam: boolean;
  lokaalTeamNa?: string | null | undefined;
  veiligThuis: boolean;
  veiligThuisNa?: string | null | undefined;
  rvdk: boolean;
  rvdkNa?: string | null | undefined;
  gi: boolean;
  giNa?: string | null | undefined;
  ervaringsdeskundigen: boolean;
  ervaringsdeskundigenNa?: string | null | undefined;
}>;


export type ToegangslogenQuery = { lokaalTeam?: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ volgnummer: string, tijdstip: string, handeling: Toegangshandeling | null, gebruiker?: string | null, organisatie: Organisatie | null, rol: Rol | null, gezinId: string | null, persoonId: string | null, categorie: Gegevenscategorie | null, veldpaden: Array<string> | null, beslissing: Toegangsbeslissing | null, reden: string | null, grondslag: string | null, bron: string | null, noodprocedure: boolean | null, doel: string | null, operatie: string | null }> } | null, veiligThuis?: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ volgnummer: string, tijdstip: string, handeling: Toegangshandeling | null, gebruiker?: string | null, organisatie: Organisatie | null, rol: Rol | null, gezinId: string | null, persoonId: string | null, categorie: Gegevenscategorie | null, veldpaden: Array<string> | null, beslissing: Toegangsbeslissing | null, reden: string | null, grondslag: string | null, bron: string | null, noodprocedure: boolean | null, doel: string | null, operatie: string | null }> } | null, rvdk?: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ volgnummer: string, tijdstip: string, handeling: Toegangshandeling | null, gebruiker?: string | null, organisatie: Organisatie | null, rol: Rol | null, gezinId: string | null, persoonId: string | null, categorie: Gegevenscategorie | null, veldpaden: Array<string> | null, beslissing: Toegangsbeslissing | null, reden: string | null, grondslag: string | null, bron: string | null, noodprocedure: boolean | null, doel: string | null, operatie: string | null }> } | null, gi?: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ volgnummer: string, tijdstip: string, handeling: Toegangshandeling | null, gebruiker?: string | null, organisatie: Organisatie | null, rol: Rol | null, gezinId: string | null, persoonId: string | null, categorie: Gegevenscategorie | null, veldpaden: Array<string> | null, beslissing: Toegangsbeslissing | null, reden: string | null, grondslag: string | null, bron: string | null, noodprocedure: boolean | null, doel: string | null, operatie: string | null }> } | null, ervaringsdeskundigen?: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ volgnummer: string, tijdstip: string, handeling: Toegangshandeling | null, gebruiker?: string | null, organisatie: Organisatie | null, rol: Rol | null, gezinId: string | null, persoonId: string | null, categorie: Gegevenscategorie | null, veldpaden: Array<string> | null, beslissing: Toegangsbeslissing | null, reden: string | null, grondslag: string | null, bron: string | null, noodprocedure: boolean | null, doel: string | null, operatie: string | null }> } | null };

export type ToegangslogPaginaVeldenFragment = { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ volgnummer: string, tijdstip: string, handeling: Toegangshandeling | null, gebruiker?: string | null, organisatie: Organisatie | null, rol: Rol | null, gezinId: string | null, persoonId: string | null, categorie: Gegevenscategorie | null, veldpaden: Array<string> | null, beslissing: Toegangsbeslissing | null, reden: string | null, grondslag: string | null, bron: string | null, noodprocedure: boolean | null, doel: string | null, operatie: string | null }> };

export type GezinnenQueryVariables = Exact<{
  zoek?: string | null | undefined;
  after?: string | null | undefined;
  first: number;
}>;


export type GezinnenQuery = { gezinnen: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, naam: string | null, aangemeldOp: string, afgeslotenOp: string | null, woonplaats: string | null, regie: { organisatie: Organisatie | null, vanaf: string | null } | null, vasteContactpersoon: { id: string, naam: string | null } | null }> } };

export type GezinsbeeldQueryVariables = Exact<{
  id: string | number;
  tijdlijnPagina: number;
}>;


export type GezinsbeeldQuery = { gezin: { id: string, naam: string | null, aangemeldOp: string, afgeslotenOp: string | null, postcode: string | null, huisnummer: string | null, woonplaats: string | null, aanleiding: string | null, patroon: string | null, haalbareEindsituatie: string | null, volgendNetwerkberaadUiterlijk: string | null, vasteContactpersoon: { id: string, naam: string | null, functie: string | null, organisatie: Organisatie } | null, leden: Array<{ id: string, bsn: string | null, voornamen: string | null, achternaam: string | null, geboortedatum: string | null, gezinsrol: Gezinsrol | null, minderjarig: boolean | null, telefoon: string | null }> | null, relaties: Array<{ id: string | null, soort: Relatiesoort | null, toelichting: string | null, van: { id: string, voornamen: string | null, achternaam: string | null } | null, naar: { id: string, voornamen: string | null, achternaam: string | null } | null }> | null, betrokkenheden: Array<{ id: string | null, organisatie: Organisatie | null, regime: Regime | null, intensiteit: Intensiteit | null, anoniem: boolean | null, startdatum: string | null, einddatum: string | null, geinformeerdOp: string | null, medewerkerId: string | null, toelichting: string | null, handmatig: boolean | null, actief: boolean | null }> | null, regie: { id: string | null, organisatie: Organisatie | null, vanaf: string | null, tot: string | null, reden: string | null, oorzaakType: string | null } | null, regiehistorie: Array<{ id: string | null, organisatie: Organisatie | null, vanaf: string | null, tot: string | null, reden: string | null, oorzaakType: string | null }> | null, regiePerKind: Array<{ organisatie: Organisatie | null, reden: string | null, kind: { id: string, voornamen: string | null, achternaam: string | null } | null }> | null, gezinstijdlijn: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string | null, datum: string | null, organisatie: Organisatie | null, inhoud:
          | { __typename: 'TijdlijnErvaringsdeskundigeContact', soort: Tijdlijnsoort | null, titel: string | null, uitkomst: string | null }
          | { __typename: 'TijdlijnHulpverlening', soort: Tijdlijnsoort | null, titel: string | null, uitkomst: string | null }
          | { __typename: 'TijdlijnJustitieel', soort: Tijdlijnsoort | null, titel: string | null, uitkomst: string | null }
          | { __typename: 'TijdlijnMedisch', soort: Tijdlijnsoort | null, titel: string | null, uitkomst: string | null }
          | { __typename: 'TijdlijnVeiligheid', soort: Tijdlijnsoort | null, titel: string | null, uitkomst: string | null }
          | { __typename: 'TijdlijnZorgen', soort: Tijdlijnsoort | null, titel: string | null, uitkomst: string | null }
         | null }> } | null, zorgenEnKrachten: Array<{ id: string | null, soort: ZorgOfKrachtSoort | null, omschrijving: string | null, vastgesteldOp: string | null, opgelostOp: string | null }> | null, gevaarsoordelen: Array<{ id: string | null, omschrijving: string | null, opgesteldOp: string | null }> | null, veiligheidsplan: { id: string | null, versie: number | null, vastgesteldOp: string | null, veiligheidsdoel: string | null, afspraken: Array<{ id: string | null, afspraak: string | null, wie: string | null, status: AfspraakStatus | null }> | null } | null, doelen: Array<{ id: string | null, wat: string | null, wie: string | null, wanneer: string | null, status: DoelStatus | null, voortgang: number | null, voortgangshistorie: Array<{ id: string | null, datum: string | null, percentage: number | null, toelichting: string | null }> | null }> | null, netwerkberaden: Array<{ id: string | null, datum: string | null, deelnemers: Array<string> | null, verslag: string | null, afspraken: Array<string> | null }> | null, kernbesluiten: Array<{ id: string | null, datum: string | null, besluit: string | null, onderbouwing: string | null, gedragswetenschapper: { id: string, naam: string | null } | null }> | null, meldingen: Array<{ id: string | null, datum: string | null, aard: Meldingsaard | null, omschrijving: string | null, status: Meldingstatus | null, afgeslotenOp: string | null, anoniem: boolean | null, melder: { naam: string | null, relatie: MelderRelatie | null, functie: string | null, telefoon: string | null, beroepsmatig: boolean | null } | null }> | null, veiligheidstaxaties: Array<{ id: string | null, meldingId: string | null, datum: string | null, directeVeiligheid: Veiligheidsinschatting | null, stabieleVeiligheid: Veiligheidsinschatting | null, toelichting: string | null }> | null, onderzoeken: Array<{ id: string | null, meldingId: string | null, startdatum: string | null, einddatum: string | null, status: VeiligThuisOnderzoekStatus | null, conclusie: string | null, vervolg: VeiligThuisVervolg | null, onderzoeker: { id: string, naam: string | null } | null }> | null, vertrouwensartsAdviezen: Array<{ id: string | null, datum: string | null, advies: string | null, vertrouwensarts: { id: string, naam: string | null } | null }> | null, adviezen: Array<{ id: string | null, datum: string | null, anoniem: boolean | null, vraag: string | null, advies: string | null, adviseur: { id: string, naam: string | null } | null }> | null, verzoekenTotOnderzoek: Array<{ id: string | null, ontvangenOp: string | null, verzoeker: Organisatie | null, reden: string | null, gezinGeinformeerdOp: string | null, status: VerzoekTotOnderzoekStatus | null, beoordeeldOp: string | null, beoordelingToelichting: string | null }> | null, beschermingsonderzoeken: Array<{ id: string | null, startdatum: string | null, einddatum: string | null, status: BeschermingsonderzoekStatus | null, conclusie: BeschermingsonderzoekConclusie | null, conclusieToelichting: string | null, raadsonderzoeker: { id: string, naam: string | null } | null, betreft: Array<{ id: string, voornamen: string | null }> | null }> | null, verzoekschriften: Array<{ id: string | null, ingediendOp: string | null, gevraagdeMaatregel: GevraagdeMaatregel | null, uitspraak: UitspraakKinderrechter | null, uitspraakOp: string | null }> | null, maatregelen: Array<{ id: string | null, soort: Maatregelsoort | null, startdatum: string | null, einddatum: string | null, beschikkingsnummer: string | null, beeindigingsreden: string | null, status: MaatregelStatus | null, kind: { id: string, voornamen: string | null, achternaam: string | null } | null, verlengingen: Array<{ id: string | null, datum: string | null, vorigeEinddatum: string | null, nieuweEinddatum: string | null, beschikkingsnummer: string | null }> | null }> | null, giInzet: Array<{ id: string | null, product: GiProduct | null, startdatum: string | null, einddatum: string | null, anoniem: boolean | null, toelichting: string | null, regieBij: Organisatie | null, actief: boolean | null, medewerker: { id: string, naam: string | null } | null }> | null, jeugdreclassering: Array<{ id: string | null, kader: JeugdreclasseringKader | null, startdatum: string | null, einddatum: string | null, actief: boolean | null, jongere: { id: string, voornamen: string | null } | null, jeugdreclasseerder: { id: string, naam: string | null } | null }> | null, jeugdbeschermer: { id: string, naam: string | null, functie: string | null } | null, jeugdbeschermerhistorie: Array<{ id: string | null, vanaf: string | null, tot: string | null, medewerker: { id: string, naam: string | null } | null }> | null, veranderplan: { id: string | null, versie: number | null, vastgesteldOp: string | null, doelen: Array<string> | null, toelichting: string | null } | null, borgingsplan: { id: string | null, vastgesteldOp: string | null, afspraken: Array<string> | null } | null, ervaringsdeskundigen: Array<{ id: string | null, vanaf: string | null, tot: string | null, actief: boolean | null, status: ErvaringsdeskundigeKoppelingStatus | null, totaalContacten: number | null, ervaringsdeskundige: { id: string, naam: string | null } | null, contactregistraties: Array<{ id: string | null, periodeVan: string | null, periodeTot: string | null, aantalContacten: number | null }> | null }> | null, noodtoegangen: Array<{ id: string | null, userId: string | null, organisatie: Organisatie | null, rol: Rol | null, wettelijkeGrondslag: string | null, vanaf: string | null, tot: string | null, beoordeling: string | null, actief: boolean | null }> | null, signalen: Array<{ id: string, organisatie: Organisatie, soort: Signaalsoort, datum: string, regime: Regime | null, contactpersoonId: string | null, aangemaakt: string, gelezen: boolean }> } | null };

export type ClaimNoodtoegangMutationVariables = Exact<{
  gezinId: string | number;
  invoer: NoodtoegangInvoer;
}>;


export type ClaimNoodtoegangMutation = { claimNoodtoegang: { id: string | null, userId: string | null, vanaf: string | null, tot: string | null, actief: boolean | null } };

export type SignalenQueryVariables = Exact<{
  alleenOngelezen: boolean;
}>;


export type SignalenQuery = { signalen: Array<{ id: string, gezinId: string, organisatie: Organisatie, soort: Signaalsoort, datum: string, regime: Regime | null, contactpersoonId: string | null, aangemaakt: string, gelezen: boolean }>, gezinnen: { nodes: Array<{ id: string, naam: string | null }> } };

export type MarkeerSignaalGelezenMutationVariables = Exact<{
  signaalId: string | number;
}>;


export type MarkeerSignaalGelezenMutation = { markeerSignaalGelezen: { id: string, gelezen: boolean } };

export const KetenstatusVeldenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KetenstatusVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ketenstatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisatie"}},{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"gecontroleerd"}},{"kind":"Field","name":{"kind":"Name","value":"kop"}},{"kind":"Field","name":{"kind":"Name","value":"gecontroleerdOp"}},{"kind":"Field","name":{"kind":"Name","value":"breuk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volgnummer"}},{"kind":"Field","name":{"kind":"Name","value":"reden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volgnummer"}},{"kind":"Field","name":{"kind":"Name","value":"ondertekendOp"}},{"kind":"Field","name":{"kind":"Name","value":"klopt"}}]}}]}}]} as unknown as DocumentNode<KetenstatusVeldenFragment, unknown>;
export const ToegangslogPaginaVeldenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ToegangslogPaginaVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToegangslogPagina"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volgnummer"}},{"kind":"Field","name":{"kind":"Name","value":"tijdstip"}},{"kind":"Field","name":{"kind":"Name","value":"handeling"}},{"kind":"Field","name":{"kind":"Name","value":"gebruiker"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metGebruiker"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"organisatie"}},{"kind":"Field","name":{"kind":"Name","value":"rol"}},{"kind":"Field","name":{"kind":"Name","value":"gezinId"}},{"kind":"Field","name":{"kind":"Name","value":"persoonId"}},{"kind":"Field","name":{"kind":"Name","value":"categorie"}},{"kind":"Field","name":{"kind":"Name","value":"veldpaden"}},{"kind":"Field","name":{"kind":"Name","value":"beslissing"}},{"kind":"Field","name":{"kind":"Name","value":"reden"}},{"kind":"Field","name":{"kind":"Name","value":"grondslag"}},{"kind":"Field","name":{"kind":"Name","value":"bron"}},{"kind":"Field","name":{"kind":"Name","value":"noodprocedure"}},{"kind":"Field","name":{"kind":"Name","value":"doel"}},{"kind":"Field","name":{"kind":"Name","value":"operatie"}}]}}]}}]} as unknown as DocumentNode<ToegangslogPaginaVeldenFragment, unknown>;
export const OnsGezinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnsGezin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gezinnen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]}}]} as unknown as DocumentNode<OnsGezinQuery, OnsGezinQueryVariables>;
export const OnsDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnsDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gezin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"huisnummer"}},{"kind":"Field","name":{"kind":"Name","value":"woonplaats"}},{"kind":"Field","name":{"kind":"Name","value":"aangemeldOp"}},{"kind":"Field","name":{"kind":"Name","value":"leden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}},{"kind":"Field","name":{"kind":"Name","value":"geboortedatum"}},{"kind":"Field","name":{"kind":"Name","value":"gezinsrol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vasteContactpersoon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zorgenEnKrachten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"omschrijving"}},{"kind":"Field","name":{"kind":"Name","value":"vastgesteldOp"}},{"kind":"Field","name":{"kind":"Name","value":"opgelostOp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doelen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wat"}},{"kind":"Field","name":{"kind":"Name","value":"wie"}},{"kind":"Field","name":{"kind":"Name","value":"wanneer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voortgang"}}]}},{"kind":"Field","name":{"kind":"Name","value":"veiligheidsplan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"vastgesteldOp"}},{"kind":"Field","name":{"kind":"Name","value":"veiligheidsdoel"}},{"kind":"Field","name":{"kind":"Name","value":"afspraken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"afspraak"}},{"kind":"Field","name":{"kind":"Name","value":"wie"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meldingen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datum"}},{"kind":"Field","name":{"kind":"Name","value":"aard"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"melder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"beschermingsonderzoeken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startdatum"}},{"kind":"Field","name":{"kind":"Name","value":"einddatum"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conclusie"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maatregelen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"startdatum"}},{"kind":"Field","name":{"kind":"Name","value":"einddatum"}},{"kind":"Field","name":{"kind":"Name","value":"kind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voornamen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jeugdbeschermer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ervaringsdeskundigen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vanaf"}},{"kind":"Field","name":{"kind":"Name","value":"tot"}},{"kind":"Field","name":{"kind":"Name","value":"totaalContacten"}},{"kind":"Field","name":{"kind":"Name","value":"ervaringsdeskundige"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"toestemmingen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"doel"}},{"kind":"Field","name":{"kind":"Name","value":"categorieen"}},{"kind":"Field","name":{"kind":"Name","value":"vorm"}},{"kind":"Field","name":{"kind":"Name","value":"gegevenOp"}},{"kind":"Field","name":{"kind":"Name","value":"ingetrokkenOp"}},{"kind":"Field","name":{"kind":"Name","value":"actief"}}]}}]}}]}}]} as unknown as DocumentNode<OnsDossierQuery, OnsDossierQueryVariables>;
export const KetensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ketens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lokaalTeam"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"veiligThuis"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rvdk"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gi"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ervaringsdeskundigen"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"lokaalTeam"},"name":{"kind":"Name","value":"toegangslogKetenLokaalTeam"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lokaalTeam"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KetenstatusVelden"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"veiligThuis"},"name":{"kind":"Name","value":"toegangslogKetenVeiligThuis"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"veiligThuis"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KetenstatusVelden"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"rvdk"},"name":{"kind":"Name","value":"toegangslogKetenRvdk"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rvdk"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KetenstatusVelden"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gi"},"name":{"kind":"Name","value":"toegangslogKetenGi"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gi"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KetenstatusVelden"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ervaringsdeskundigen"},"name":{"kind":"Name","value":"toegangslogKetenErvaringsdeskundigen"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ervaringsdeskundigen"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KetenstatusVelden"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KetenstatusVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ketenstatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisatie"}},{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"gecontroleerd"}},{"kind":"Field","name":{"kind":"Name","value":"kop"}},{"kind":"Field","name":{"kind":"Name","value":"gecontroleerdOp"}},{"kind":"Field","name":{"kind":"Name","value":"breuk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volgnummer"}},{"kind":"Field","name":{"kind":"Name","value":"reden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volgnummer"}},{"kind":"Field","name":{"kind":"Name","value":"ondertekendOp"}},{"kind":"Field","name":{"kind":"Name","value":"klopt"}}]}}]}}]} as unknown as DocumentNode<KetensQuery, KetensQueryVariables>;
export const NoodtoegangenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Noodtoegangen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teBeoordelen"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noodtoegangen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"teBeoordelen"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teBeoordelen"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gezinId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"}},{"kind":"Field","name":{"kind":"Name","value":"rol"}},{"kind":"Field","name":{"kind":"Name","value":"rechtvaardiging"}},{"kind":"Field","name":{"kind":"Name","value":"wettelijkeGrondslag"}},{"kind":"Field","name":{"kind":"Name","value":"vanaf"}},{"kind":"Field","name":{"kind":"Name","value":"tot"}},{"kind":"Field","name":{"kind":"Name","value":"actief"}},{"kind":"Field","name":{"kind":"Name","value":"beoordeeldDoor"}},{"kind":"Field","name":{"kind":"Name","value":"beoordeeldOp"}},{"kind":"Field","name":{"kind":"Name","value":"beoordeling"}}]}}]}}]}}]} as unknown as DocumentNode<NoodtoegangenQuery, NoodtoegangenQueryVariables>;
export const BeoordeelNoodtoegangDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeoordeelNoodtoegang"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beoordeling"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beoordeelNoodtoegang"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"noodtoegangId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"beoordeling"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beoordeling"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"beoordeeldOp"}},{"kind":"Field","name":{"kind":"Name","value":"beoordeling"}}]}}]}}]} as unknown as DocumentNode<BeoordeelNoodtoegangMutation, BeoordeelNoodtoegangMutationVariables>;
export const ToegangslogenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Toegangslogen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ToegangslogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metGebruiker"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lokaalTeam"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lokaalTeamNa"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"veiligThuis"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"veiligThuisNa"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rvdk"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rvdkNa"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gi"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"giNa"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ervaringsdeskundigen"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ervaringsdeskundigenNa"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"lokaalTeam"},"name":{"kind":"Name","value":"toegangslogLokaalTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lokaalTeamNa"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lokaalTeam"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ToegangslogPaginaVelden"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"veiligThuis"},"name":{"kind":"Name","value":"toegangslogVeiligThuis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"veiligThuisNa"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"veiligThuis"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ToegangslogPaginaVelden"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"rvdk"},"name":{"kind":"Name","value":"toegangslogRvdk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rvdkNa"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rvdk"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ToegangslogPaginaVelden"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gi"},"name":{"kind":"Name","value":"toegangslogGi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"giNa"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gi"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ToegangslogPaginaVelden"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ervaringsdeskundigen"},"name":{"kind":"Name","value":"toegangslogErvaringsdeskundigen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ervaringsdeskundigenNa"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ervaringsdeskundigen"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ToegangslogPaginaVelden"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ToegangslogPaginaVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToegangslogPagina"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volgnummer"}},{"kind":"Field","name":{"kind":"Name","value":"tijdstip"}},{"kind":"Field","name":{"kind":"Name","value":"handeling"}},{"kind":"Field","name":{"kind":"Name","value":"gebruiker"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metGebruiker"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"organisatie"}},{"kind":"Field","name":{"kind":"Name","value":"rol"}},{"kind":"Field","name":{"kind":"Name","value":"gezinId"}},{"kind":"Field","name":{"kind":"Name","value":"persoonId"}},{"kind":"Field","name":{"kind":"Name","value":"categorie"}},{"kind":"Field","name":{"kind":"Name","value":"veldpaden"}},{"kind":"Field","name":{"kind":"Name","value":"beslissing"}},{"kind":"Field","name":{"kind":"Name","value":"reden"}},{"kind":"Field","name":{"kind":"Name","value":"grondslag"}},{"kind":"Field","name":{"kind":"Name","value":"bron"}},{"kind":"Field","name":{"kind":"Name","value":"noodprocedure"}},{"kind":"Field","name":{"kind":"Name","value":"doel"}},{"kind":"Field","name":{"kind":"Name","value":"operatie"}}]}}]}}]} as unknown as DocumentNode<ToegangslogenQuery, ToegangslogenQueryVariables>;
export const GezinnenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Gezinnen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zoek"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gezinnen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"zoek"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zoek"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"aangemeldOp"}},{"kind":"Field","name":{"kind":"Name","value":"afgeslotenOp"}},{"kind":"Field","name":{"kind":"Name","value":"woonplaats"}},{"kind":"Field","name":{"kind":"Name","value":"regie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisatie"}},{"kind":"Field","name":{"kind":"Name","value":"vanaf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vasteContactpersoon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GezinnenQuery, GezinnenQueryVariables>;
export const GezinsbeeldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Gezinsbeeld"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tijdlijnPagina"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gezin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"aangemeldOp"}},{"kind":"Field","name":{"kind":"Name","value":"afgeslotenOp"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"huisnummer"}},{"kind":"Field","name":{"kind":"Name","value":"woonplaats"}},{"kind":"Field","name":{"kind":"Name","value":"aanleiding"}},{"kind":"Field","name":{"kind":"Name","value":"patroon"}},{"kind":"Field","name":{"kind":"Name","value":"haalbareEindsituatie"}},{"kind":"Field","name":{"kind":"Name","value":"vasteContactpersoon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"functie"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}},{"kind":"Field","name":{"kind":"Name","value":"geboortedatum"}},{"kind":"Field","name":{"kind":"Name","value":"gezinsrol"}},{"kind":"Field","name":{"kind":"Name","value":"minderjarig"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relaties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"toelichting"}},{"kind":"Field","name":{"kind":"Name","value":"van"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"naar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"betrokkenheden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"intensiteit"}},{"kind":"Field","name":{"kind":"Name","value":"anoniem"}},{"kind":"Field","name":{"kind":"Name","value":"startdatum"}},{"kind":"Field","name":{"kind":"Name","value":"einddatum"}},{"kind":"Field","name":{"kind":"Name","value":"geinformeerdOp"}},{"kind":"Field","name":{"kind":"Name","value":"medewerkerId"}},{"kind":"Field","name":{"kind":"Name","value":"toelichting"}},{"kind":"Field","name":{"kind":"Name","value":"handmatig"}},{"kind":"Field","name":{"kind":"Name","value":"actief"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"}},{"kind":"Field","name":{"kind":"Name","value":"vanaf"}},{"kind":"Field","name":{"kind":"Name","value":"tot"}},{"kind":"Field","name":{"kind":"Name","value":"reden"}},{"kind":"Field","name":{"kind":"Name","value":"oorzaakType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regiehistorie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"}},{"kind":"Field","name":{"kind":"Name","value":"vanaf"}},{"kind":"Field","name":{"kind":"Name","value":"tot"}},{"kind":"Field","name":{"kind":"Name","value":"reden"}},{"kind":"Field","name":{"kind":"Name","value":"oorzaakType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regiePerKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisatie"}},{"kind":"Field","name":{"kind":"Name","value":"reden"}},{"kind":"Field","name":{"kind":"Name","value":"kind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gezinstijdlijn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tijdlijnPagina"}}},{"kind":"Argument","name":{"kind":"Name","value":"volgorde"},"value":{"kind":"EnumValue","value":"NIEUWSTE_EERST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datum"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"}},{"kind":"Field","name":{"kind":"Name","value":"inhoud"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TijdlijnVeiligheid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"titel"}},{"kind":"Field","name":{"kind":"Name","value":"uitkomst"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TijdlijnMedisch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"titel"}},{"kind":"Field","name":{"kind":"Name","value":"uitkomst"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TijdlijnJustitieel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"titel"}},{"kind":"Field","name":{"kind":"Name","value":"uitkomst"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TijdlijnHulpverlening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"titel"}},{"kind":"Field","name":{"kind":"Name","value":"uitkomst"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TijdlijnZorgen"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"titel"}},{"kind":"Field","name":{"kind":"Name","value":"uitkomst"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TijdlijnErvaringsdeskundigeContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"titel"}},{"kind":"Field","name":{"kind":"Name","value":"uitkomst"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"zorgenEnKrachten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"omschrijving"}},{"kind":"Field","name":{"kind":"Name","value":"vastgesteldOp"}},{"kind":"Field","name":{"kind":"Name","value":"opgelostOp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gevaarsoordelen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"omschrijving"}},{"kind":"Field","name":{"kind":"Name","value":"opgesteldOp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"veiligheidsplan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"vastgesteldOp"}},{"kind":"Field","name":{"kind":"Name","value":"veiligheidsdoel"}},{"kind":"Field","name":{"kind":"Name","value":"afspraken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"afspraak"}},{"kind":"Field","name":{"kind":"Name","value":"wie"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"doelen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wat"}},{"kind":"Field","name":{"kind":"Name","value":"wie"}},{"kind":"Field","name":{"kind":"Name","value":"wanneer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voortgang"}},{"kind":"Field","name":{"kind":"Name","value":"voortgangshistorie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datum"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"toelichting"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"netwerkberaden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datum"}},{"kind":"Field","name":{"kind":"Name","value":"deelnemers"}},{"kind":"Field","name":{"kind":"Name","value":"verslag"}},{"kind":"Field","name":{"kind":"Name","value":"afspraken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volgendNetwerkberaadUiterlijk"}},{"kind":"Field","name":{"kind":"Name","value":"kernbesluiten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datum"}},{"kind":"Field","name":{"kind":"Name","value":"besluit"}},{"kind":"Field","name":{"kind":"Name","value":"onderbouwing"}},{"kind":"Field","name":{"kind":"Name","value":"gedragswetenschapper"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meldingen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datum"}},{"kind":"Field","name":{"kind":"Name","value":"aard"}},{"kind":"Field","name":{"kind":"Name","value":"omschrijving"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"afgeslotenOp"}},{"kind":"Field","name":{"kind":"Name","value":"anoniem"}},{"kind":"Field","name":{"kind":"Name","value":"melder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"relatie"}},{"kind":"Field","name":{"kind":"Name","value":"functie"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}},{"kind":"Field","name":{"kind":"Name","value":"beroepsmatig"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"veiligheidstaxaties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meldingId"}},{"kind":"Field","name":{"kind":"Name","value":"datum"}},{"kind":"Field","name":{"kind":"Name","value":"directeVeiligheid"}},{"kind":"Field","name":{"kind":"Name","value":"stabieleVeiligheid"}},{"kind":"Field","name":{"kind":"Name","value":"toelichting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onderzoeken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meldingId"}},{"kind":"Field","name":{"kind":"Name","value":"startdatum"}},{"kind":"Field","name":{"kind":"Name","value":"einddatum"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conclusie"}},{"kind":"Field","name":{"kind":"Name","value":"vervolg"}},{"kind":"Field","name":{"kind":"Name","value":"onderzoeker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertrouwensartsAdviezen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datum"}},{"kind":"Field","name":{"kind":"Name","value":"advies"}},{"kind":"Field","name":{"kind":"Name","value":"vertrouwensarts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adviezen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datum"}},{"kind":"Field","name":{"kind":"Name","value":"anoniem"}},{"kind":"Field","name":{"kind":"Name","value":"vraag"}},{"kind":"Field","name":{"kind":"Name","value":"advies"}},{"kind":"Field","name":{"kind":"Name","value":"adviseur"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"verzoekenTotOnderzoek"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ontvangenOp"}},{"kind":"Field","name":{"kind":"Name","value":"verzoeker"}},{"kind":"Field","name":{"kind":"Name","value":"reden"}},{"kind":"Field","name":{"kind":"Name","value":"gezinGeinformeerdOp"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"beoordeeldOp"}},{"kind":"Field","name":{"kind":"Name","value":"beoordelingToelichting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beschermingsonderzoeken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startdatum"}},{"kind":"Field","name":{"kind":"Name","value":"einddatum"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conclusie"}},{"kind":"Field","name":{"kind":"Name","value":"conclusieToelichting"}},{"kind":"Field","name":{"kind":"Name","value":"raadsonderzoeker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"betreft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voornamen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"verzoekschriften"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ingediendOp"}},{"kind":"Field","name":{"kind":"Name","value":"gevraagdeMaatregel"}},{"kind":"Field","name":{"kind":"Name","value":"uitspraak"}},{"kind":"Field","name":{"kind":"Name","value":"uitspraakOp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maatregelen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"kind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voornamen"}},{"kind":"Field","name":{"kind":"Name","value":"achternaam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startdatum"}},{"kind":"Field","name":{"kind":"Name","value":"einddatum"}},{"kind":"Field","name":{"kind":"Name","value":"beschikkingsnummer"}},{"kind":"Field","name":{"kind":"Name","value":"beeindigingsreden"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verlengingen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datum"}},{"kind":"Field","name":{"kind":"Name","value":"vorigeEinddatum"}},{"kind":"Field","name":{"kind":"Name","value":"nieuweEinddatum"}},{"kind":"Field","name":{"kind":"Name","value":"beschikkingsnummer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"giInzet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"startdatum"}},{"kind":"Field","name":{"kind":"Name","value":"einddatum"}},{"kind":"Field","name":{"kind":"Name","value":"anoniem"}},{"kind":"Field","name":{"kind":"Name","value":"medewerker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toelichting"}},{"kind":"Field","name":{"kind":"Name","value":"regieBij"}},{"kind":"Field","name":{"kind":"Name","value":"actief"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jeugdreclassering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jongere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voornamen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kader"}},{"kind":"Field","name":{"kind":"Name","value":"startdatum"}},{"kind":"Field","name":{"kind":"Name","value":"einddatum"}},{"kind":"Field","name":{"kind":"Name","value":"jeugdreclasseerder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actief"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jeugdbeschermer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"functie"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jeugdbeschermerhistorie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medewerker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vanaf"}},{"kind":"Field","name":{"kind":"Name","value":"tot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"veranderplan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versie"}},{"kind":"Field","name":{"kind":"Name","value":"vastgesteldOp"}},{"kind":"Field","name":{"kind":"Name","value":"doelen"}},{"kind":"Field","name":{"kind":"Name","value":"toelichting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borgingsplan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vastgesteldOp"}},{"kind":"Field","name":{"kind":"Name","value":"afspraken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ervaringsdeskundigen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vanaf"}},{"kind":"Field","name":{"kind":"Name","value":"tot"}},{"kind":"Field","name":{"kind":"Name","value":"actief"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totaalContacten"}},{"kind":"Field","name":{"kind":"Name","value":"ervaringsdeskundige"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactregistraties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodeVan"}},{"kind":"Field","name":{"kind":"Name","value":"periodeTot"}},{"kind":"Field","name":{"kind":"Name","value":"aantalContacten"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"noodtoegangen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"}},{"kind":"Field","name":{"kind":"Name","value":"rol"}},{"kind":"Field","name":{"kind":"Name","value":"wettelijkeGrondslag"}},{"kind":"Field","name":{"kind":"Name","value":"vanaf"}},{"kind":"Field","name":{"kind":"Name","value":"tot"}},{"kind":"Field","name":{"kind":"Name","value":"beoordeling"}},{"kind":"Field","name":{"kind":"Name","value":"actief"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signalen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"datum"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"contactpersoonId"}},{"kind":"Field","name":{"kind":"Name","value":"aangemaakt"}},{"kind":"Field","name":{"kind":"Name","value":"gelezen"}}]}}]}}]}}]} as unknown as DocumentNode<GezinsbeeldQuery, GezinsbeeldQueryVariables>;
export const ClaimNoodtoegangDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimNoodtoegang"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gezinId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoodtoegangInvoer"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimNoodtoegang"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gezinId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gezinId"}}},{"kind":"Argument","name":{"kind":"Name","value":"invoer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"vanaf"}},{"kind":"Field","name":{"kind":"Name","value":"tot"}},{"kind":"Field","name":{"kind":"Name","value":"actief"}}]}}]}}]} as unknown as DocumentNode<ClaimNoodtoegangMutation, ClaimNoodtoegangMutationVariables>;
export const SignalenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Signalen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alleenOngelezen"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signalen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"alleenOngelezen"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alleenOngelezen"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gezinId"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"datum"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"contactpersoonId"}},{"kind":"Field","name":{"kind":"Name","value":"aangemaakt"}},{"kind":"Field","name":{"kind":"Name","value":"gelezen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gezinnen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]}}]} as unknown as DocumentNode<SignalenQuery, SignalenQueryVariables>;
export const MarkeerSignaalGelezenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkeerSignaalGelezen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signaalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markeerSignaalGelezen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"signaalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signaalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gelezen"}}]}}]}}]} as unknown as DocumentNode<MarkeerSignaalGelezenMutation, MarkeerSignaalGelezenMutationVariables>;