import {
  ANONIEM_CONSULT,
  DOSSIERHOUDER_ONTVANGT,
  Gegevenscategorie as C,
  GEDWONGEN_REGIMES,
  Grondslag,
  IDENTIFICEREND,
  MAG_SCHEIDING_VAN_TAKEN_OPHEFFEN,
  NOODTOEGANG_UREN,
  type OrganisatieRegister,
  PERSOONSGEGEVENS,
  ROL_MAG_OOIT,
  Rol,
  ROLLEN_MET_TEAMZICHT,
  TANDEM,
  Weigerreden,
} from "@gezinsbeeld/shared-schema";

/** Where the generated document lives, relative to the repository. */
export const BELEID_DOCUMENT = "docs/beleid.md";

const CATEGORIE: Record<C, string> = {
  [C.GEEN]: "geen persoonsgegevens (ids, tellingen zonder inhoud)",
  [C.MEDEWERKER]: "over een medewerker: naam en functie van een collega",
  [C.IDENTIFICATIE]: "wie iemand is: naam, BSN, geboortedatum",
  [C.CONTACT]: "hoe iemand te bereiken is: adres, telefoon",
  [C.GEZINSSAMENSTELLING]: "wie bij het huishouden hoort en hoe (genogram)",
  [C.ZORGEN]: "zorgen, krachten, aanleiding, patronen, doelen",
  [C.VEILIGHEID]: "veiligheid: gevaarsoordelen, veiligheidsplan, taxaties, meldingen",
  [C.MEDISCH]: "medisch: advies van vertrouwensartsen, diagnoses (meest gevoelig)",
  [C.JUSTITIEEL]: "justitieel: onderzoeken, verzoekschriften, maatregelen, jeugdreclassering",
  [C.HULPVERLENING]: "geboden hulp: betrokkenheden, tijdlijn, netwerkberaden, besluiten, plannen",
  [C.TOESTEMMING]: "het toestemmingsregister",
  [C.ERVARINGSDESKUNDIGE_CONTACT]: "ervaringsdeskundigen: wie gekoppeld is en contactaantallen, nooit inhoud",
  [C.TOEZICHT]: "verantwoording van inzage: noodtoegang, de toegangslog",
  [C.MELDER]: "wie een melding deed: alleen Veilig Thuis",
};

const ROL: Record<Rol, string> = {
  [Rol.MEDEWERKER]: "medewerker",
  [Rol.GEDRAGSWETENSCHAPPER]: "gedragswetenschapper",
  [Rol.TEAMLEIDER]: "teamleider",
  [Rol.PRIVACY_OFFICER]: "functionaris gegevensbescherming",
  [Rol.COORDINATOR]: "coördinator",
  [Rol.INWONER]: "lid van het huishouden",
};

const GRONDSLAG: Record<Grondslag, string> = {
  [Grondslag.INWONER]: "het eigen dossier van het huishouden",
  [Grondslag.EIGEN_GEGEVENS]: "de eigen gegevens van de organisatie, zolang zij betrokken is (of het dossier houdt)",
  [Grondslag.TOESTEMMING]: "toestemming van het huishouden voor deze partner en categorie",
  [Grondslag.WETTELIJKE_TAAK]: "een wettelijke taak in een gedwongen regime (tabel per organisatie hieronder)",
  [Grondslag.ANONIEM_CONSULT]: "anoniem advies of consult: inhoud zonder identificerende gegevens",
  [Grondslag.TANDEM]: "de tandem: de dossierhouder en de partner die een gedwongen fase samen werken",
  [Grondslag.NOODTOEGANG]: "noodtoegang bij levensgevaar, beperkt in tijd, achteraf beoordeeld",
  [Grondslag.GEEN_PERSOONSGEGEVENS]: "gegevens die geen persoonsgegevens van een huishouden zijn",
};

const WEIGERREDEN: Record<Weigerreden, string> = {
  [Weigerreden.NIET_INGELOGD]: "niet aangemeld",
  [Weigerreden.GEEN_BETROKKENHEID]: "de organisatie (of de medewerker zelf) is niet betrokken; ook voor een huishouden dat niet bestaat",
  [Weigerreden.GEEN_TOESTEMMING]: "er is geen toestemming van het huishouden",
  [Weigerreden.TOESTEMMING_INGETROKKEN]: "de toestemming is ingetrokken",
  [Weigerreden.REGIME]: "het regime staat het niet toe (anoniem consult: geen identificerende gegevens)",
  [Weigerreden.CATEGORIE_NIET_TOEGESTAAN]: "deze rol of organisatie mag deze categorie nooit lezen",
  [Weigerreden.SCHEIDING_VAN_TAKEN]: "wie vrijwillig adviseerde, handelt niet in de gedwongen fase (regel 5)",
  [Weigerreden.BESCHERMDE_MELDER]: "wie een melding deed, blijft beschermd",
  [Weigerreden.NIET_GEINFORMEERD]: "het huishouden is nog niet geïnformeerd over de betrokkenheid (regel 4)",
  [Weigerreden.NIET_EIGEN_HUISHOUDEN]: "een inwoner ziet alleen het eigen huishouden",
  [Weigerreden.NIET_EIGENAAR]: "alleen de eigenaar van de gegevens schrijft ze",
  [Weigerreden.ONBESLIST]: "er kon niet beslist worden (beslisser onbereikbaar): geen gegevens",
};

const TAAK: Record<string, string> = {
  dossierhouder: "houdt het gedeelde dossier (en standaard de regie); ziet in de tandem mee; toestemming om te delen geldt in beide richtingen",
  "informeert-huishouden": "handelt pas nadat het huishouden over de betrokkenheid is geïnformeerd (regel 4)",
};

const lijst = (waarden: readonly string[]): string => (waarden.length ? waarden.map((w) => `\`${w}\``).join(", ") : "—");
const cel = (tekst: string): string => tekst.replace(/\|/g, "\\|");

/**
 * The access policy as a document for privacy officers: the organisation
 * register's rows and the policy's fixed rules, in Dutch, generated from the
 * very data the decision reads, so it cannot say anything else.
 */
export function beleidDocument(register: OrganisatieRegister): string {
  const regels: string[] = [];
  const r = (...tekst: string[]): void => void regels.push(...tekst);
  r(
    "# Het toegangsbeleid van het gezinsbeeld",
    "",
    "<!-- Gegenereerd uit gateway/organisaties.json en shared-schema/src/beleid/beleid.ts door `npm run beleid:docs`; niet met de hand wijzigen. Een test faalt als dit bestand verouderd is. -->",
    "",
    "Voor functionarissen gegevensbescherming: wie welke gegevens van een huishouden mag zien, op welke grondslag, en waarom iets geweigerd wordt. Elk veld van het gezinsbeeld draagt een gegevenscategorie; elke vraag naar een veld van één huishouden wordt op precies één grondslag toegestaan of om precies één reden geweigerd, en vastgelegd in de toegangslog van de organisatie die de gegevens heeft.",
    "",
    "## Volgorde van de beslissing",
    "",
    "1. **Nooit toegestaan**: een rol of organisatie die een categorie nooit mag lezen, wordt meteen geweigerd (tabellen hieronder).",
    "2. **Het huishouden zelf** (rol inwoner) ziet het eigen dossier, behalve wie een melding deed en gegevens over medewerkers.",
    `3. **Noodtoegang**: een lopende noodtoegang opent alles wat de rol ooit mag zien, standaard ${NOODTOEGANG_UREN.standaard} uur, ten hoogste ${NOODTOEGANG_UREN.maximum} uur, en wordt achteraf beoordeeld.`,
    `4. **Noodzaak (need to know)**: zonder lopende betrokkenheid van de eigen organisatie ziet een professional niets; een medewerker moet zelf op de betrokkenheid staan (of de vaste contactpersoon zijn). ${ROLLEN_MET_TEAMZICHT.map((rol) => ROL[rol]).join(" en ")} zien elk huishouden waar hun organisatie bij betrokken is.`,
    `5. **Scheiding van taken** (regel 5): wie in de vrijwillige fase adviseerde, handelt niet in de gedwongen fase (${lijst(GEDWONGEN_REGIMES)}), tenzij een ${MAG_SCHEIDING_VAN_TAKEN_OPHEFFEN.map((rol) => ROL[rol]).join(" of ")} een gedocumenteerde uitzondering vastlegde. Een organisatie met taak \`informeert-huishouden\` handelt pas nadat het huishouden is geïnformeerd.`,
    `6. **Grondslag**: eigen gegevens; anders anoniem consult, wettelijke taak, tandem of toestemming.`,
    "",
    "## Organisaties",
    "",
    "| code | naam | soort | subgraph | taken | bewaartermijn dossier / toegangslog |",
    "|---|---|---|---|---|---|",
    ...register.organisaties.map(
      (o) => `| \`${o.code}\` | ${cel(o.naam)} | ${cel(o.soort)} | \`${o.subgraph}\` | ${o.taken.length ? o.taken.map((t) => `\`${t}\``).join(", ") : "—"} | ${o.bewaartermijn.dossierJaren} / ${o.bewaartermijn.toegangslogJaren} jaar (${cel(o.bewaartermijn.bron)}) |`,
    ),
    "",
    ...Object.entries(TAAK).map(([taak, uitleg]) => `- \`${taak}\`: ${uitleg}.`),
    "",
    "### Wat een organisatie ooit mag lezen",
    "",
    "Daarbinnen beslist de rest van het beleid; daarbuiten nooit, wat het huishouden ook toestaat.",
    "",
    `| categorie | ${register.organisaties.map((o) => `\`${o.code}\``).join(" | ")} |`,
    `|---|${register.organisaties.map(() => ":-:").join("|")}|`,
    ...PERSOONSGEGEVENS.map((c) => `| \`${c}\` | ${register.organisaties.map((o) => (o.magOoitLezen.includes(c) ? "ja" : "—")).join(" | ")} |`),
    "",
    ...register.organisaties.map((o) => `- \`${o.code}\`: ${cel(o.magOoitLezenBron)}.`),
    "",
    "### Wettelijke taken",
    "",
    "Zonder toestemming, zolang de betrokkenheid in dit regime loopt:",
    "",
    "| organisatie | regimes | categorieën | bron |",
    "|---|---|---|---|",
    ...register.organisaties.flatMap((o) => o.wettelijkeTaak.map((t) => `| \`${o.code}\` | ${lijst(t.regimes)} | ${lijst(t.categorieen)} | ${cel(t.bron)} |`)),
    "",
    "### De tandem",
    "",
    `Heeft een partner met een gedwongen fase (${lijst(TANDEM.regimes)}) gewerkt, dan ziet de dossierhouder (${lijst([register.dossierhouder().code])}) diens ${lijst(TANDEM.categorieen)}. Dat geldt voor: ${lijst(register.organisaties.filter((o) => o.tandem).map((o) => o.code))}. De dossierhouder ontvangt daarnaast altijd ${lijst(DOSSIERHOUDER_ONTVANGT)} (seed 001).`,
    "",
    "### Anoniem consult",
    "",
    `In een anoniem advies of consult ziet de partner ${lijst(ANONIEM_CONSULT)}, nooit ${lijst(IDENTIFICEREND)} (regel 3).`,
    "",
    "## Wat een rol ooit mag lezen",
    "",
    `| categorie | ${Object.values(Rol).map((rol) => ROL[rol]).join(" | ")} |`,
    `|---|${Object.values(Rol).map(() => ":-:").join("|")}|`,
    ...[...PERSOONSGEGEVENS, C.MEDEWERKER].map((c) => `| \`${c}\` | ${Object.values(Rol).map((rol) => (ROL_MAG_OOIT[rol].includes(c) ? "ja" : "—")).join(" | ")} |`),
    "",
    "## Categorieën",
    "",
    ...Object.values(C).map((c) => `- \`${c}\`: ${CATEGORIE[c]}.`),
    "",
    "## Grondslagen",
    "",
    ...Object.values(Grondslag).map((g) => `- \`${g}\`: ${GRONDSLAG[g]}.`),
    "",
    "## Weigerredenen",
    "",
    "Een geweigerd veld komt terug als `null` met foutcode `FORBIDDEN` en `extensions.reden`:",
    "",
    ...Object.values(Weigerreden).map((w) => `- \`${w}\`: ${WEIGERREDEN[w]}.`),
    "",
  );
  return regels.join("\n");
}
