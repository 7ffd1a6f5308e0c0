import { JeugdreclasseringKader } from "./jeugdreclassering/Jeugdreclassering";

/** Synthetic Dutch texts for the demo seed; several variants each, none identifying a household. */

/** Product 1 is anonymous: the advice text names no one and nothing traceable. */
export const ADVIES = [
  "Anoniem klankbordgesprek met het lokale team over zorgen om de ontwikkeling van een jong kind. Advies: eerst het netwerk in kaart brengen en samen met ouders een veiligheidsplan opstellen.",
  "Casus anoniem besproken op locatie van het lokale team. Advies: de zorgen concreet maken in een gevaarsoordeel en ouders uitnodigen voor een netwerkberaad.",
  "Consult over aanhoudende spanningen tussen ouders waar de kinderen getuige van zijn. Advies: product 2a overwegen als de zorgen de komende zes weken niet afnemen.",
  "Anoniem advies over signalen van verwaarlozing (vuile kleding, vaak ziek op school). Advies: met ouders een haalbare eindsituatie formuleren en over zes weken opnieuw wegen.",
];

export const SAMEN_OPTREKKEN = [
  "Preventief jeugdbeschermer sluit aan bij huisbezoeken en het casuïstiekoverleg; de regie blijft bij het lokale team. Ouders hebben ingestemd.",
  "Gezamenlijke analyse van zorgen en krachten met het lokale team; ondersteuning in het vrijwillig kader, ten hoogste 25 uur.",
  "Meedenken over de veiligheidsafspraken en het versterken van het netwerk, om verdere escalatie te voorkomen.",
];

export const BEEINDIGINGSREDENEN = [
  "Doelen van het veranderplan behaald; op verzoek van de GI heeft de kinderrechter de ondertoezichtstelling opgeheven. Afschaling naar het vrijwillig kader met het lokale team.",
  "De veiligheid is stabiel en geborgd in het netwerk; het borgingsplan is met ouders en het lokale team vastgesteld.",
  "Ouders werken aantoonbaar mee aan hulp in het vrijwillig kader; de gronden voor de ondertoezichtstelling zijn vervallen.",
];

export const VERANDERDOELEN = [
  "Ouders lossen conflicten op zonder geweld en zonder dat de kinderen erbij zijn.",
  "De kinderen gaan elke dag naar school en komen op tijd.",
  "Er is een vast dagritme met vaste eet- en bedtijden voor de kinderen.",
  "Vader volgt een behandeling voor agressieregulatie en houdt zich aan de afspraken daaruit.",
  "Er is een netwerk van ten minste drie mensen dat ingrijpt als het thuis onveilig wordt.",
  "De schulden zijn in beeld en er loopt een traject bij de schuldhulpverlening.",
  "Ouders herkennen signalen van spanning bij de kinderen en reageren daar passend op.",
  "Het gezin heeft stabiele huisvesting.",
  "De kinderen hebben een vertrouwenspersoon buiten het gezin met wie zij kunnen praten.",
];

export const VERANDERPLAN_TOELICHTING = [
  "Vastgesteld in het MDO van de GI, met de medewerker van het lokale team als expert.",
  "Besproken met ouders en netwerk; patroon en haalbare eindsituatie overgenomen uit het gezinsplan.",
];

export const VERANDERPLAN_HERZIENING = [
  "Herziene versie na de voortgangsbespreking met ouders en netwerk.",
  "Bijgesteld na het netwerkberaad: één doel behaald, één doel aangescherpt.",
];

export const BORGINGSAFSPRAKEN = [
  "Oma belt twee keer per week en komt langs als ouders daarom vragen.",
  "Bij oplopende spanning neemt moeder dezelfde dag contact op met de vaste contactpersoon van het lokale team.",
  "Het netwerk komt eens per kwartaal samen om de veiligheidsafspraken door te lopen.",
  "School meldt verzuim dezelfde week bij ouders en het lokale team.",
  "Vader blijft in behandeling tot de behandelaar die afrondt.",
  "Ouders geven toestemming dat het lokale team tot een jaar na afsluiting de jeugdbeschermer om advies en informatie vraagt.",
  "Als afspraken niet worden nagekomen, roept het lokale team binnen twee weken een netwerkberaad bijeen.",
];

export const JEUGDRECLASSERING: Record<JeugdreclasseringKader, string> = {
  [JeugdreclasseringKader.TOEZICHT_EN_BEGELEIDING]:
    "Bijzondere voorwaarde bij een voorwaardelijke jeugddetentie: meldplicht en begeleiding naar school of dagbesteding.",
  [JeugdreclasseringKader.HARDE_KERN]:
    "Intensieve begeleiding gericht op het afbouwen van contact met een criminele vriendengroep en een zinvolle vrije tijd.",
  [JeugdreclasseringKader.CRIEM]: "Intensieve trajectbegeleiding met aandacht voor school, werk en de rol van ouders.",
  [JeugdreclasseringKader.GEDRAGSBEINVLOEDENDE_MAATREGEL]:
    "Gedragsbeïnvloedende maatregel met een agressieregulatietraining en begeleiding van ouders.",
  [JeugdreclasseringKader.SCHOLINGS_EN_TRAININGSPROGRAMMA]: "Scholings- en trainingsprogramma gericht op sociale vaardigheden.",
  [JeugdreclasseringKader.VRIJWILLIG]: "Vrijwillige jeugdreclassering na een politiecontact; jongere en ouders hebben ingestemd.",
};
