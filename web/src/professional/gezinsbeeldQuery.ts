/**
 * The professional's whole gezinsbeeld in one operation, and the break-glass
 * mutation. Every field a professional reads is asked here once; what the
 * owner withholds comes back as null with a FORBIDDEN error on its path.
 * Measured against the gateway's limits: about 480 tokens (limit 2,000) and
 * depth 5 (limit 10). The cost is what binds: the timeline's page size
 * multiplies its selection, and urql adds `__typename` everywhere, so for a
 * professional who may read everything a page of 100 came to 30,410 (limit
 * 30,000). A page of 50 (the schema's default) leaves room.
 */
import { graphql } from "../gql";
import type { GezinsbeeldQuery } from "../gql/graphql";

export const GEZINSBEELD_TIJDLIJN_PAGINA = 50;

export const GezinsbeeldDocument = graphql(`
  query Gezinsbeeld($id: ID!, $tijdlijnPagina: Int!) {
    gezin(id: $id) {
      id naam aangemeldOp afgeslotenOp postcode huisnummer woonplaats
      aanleiding patroon haalbareEindsituatie
      vasteContactpersoon { id naam functie organisatie }
      leden { id bsn voornamen achternaam geboortedatum gezinsrol minderjarig telefoon }
      relaties { id soort toelichting van { id voornamen achternaam } naar { id voornamen achternaam } }
      betrokkenheden { id organisatie regime intensiteit anoniem startdatum einddatum geinformeerdOp medewerkerId toelichting handmatig actief }
      regie { id organisatie vanaf tot reden oorzaakType }
      regiehistorie { id organisatie vanaf tot reden oorzaakType }
      regiePerKind { organisatie reden kind { id voornamen achternaam } }
      gezinstijdlijn(first: $tijdlijnPagina, volgorde: NIEUWSTE_EERST) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes {
          id datum organisatie
          inhoud {
            __typename
            ... on TijdlijnVeiligheid { soort titel uitkomst }
            ... on TijdlijnMedisch { soort titel uitkomst }
            ... on TijdlijnJustitieel { soort titel uitkomst }
            ... on TijdlijnHulpverlening { soort titel uitkomst }
            ... on TijdlijnZorgen { soort titel uitkomst }
            ... on TijdlijnErvaringsdeskundigeContact { soort titel uitkomst }
          }
        }
      }
      zorgenEnKrachten { id soort omschrijving vastgesteldOp opgelostOp }
      gevaarsoordelen { id omschrijving opgesteldOp }
      veiligheidsplan { id versie vastgesteldOp veiligheidsdoel afspraken { id afspraak wie status } }
      doelen { id wat wie wanneer status voortgang voortgangshistorie { id datum percentage toelichting } }
      netwerkberaden { id datum deelnemers verslag afspraken }
      volgendNetwerkberaadUiterlijk
      kernbesluiten { id datum besluit onderbouwing gedragswetenschapper { id naam } }
      meldingen { id datum aard omschrijving status afgeslotenOp anoniem melder { naam relatie functie telefoon beroepsmatig } }
      veiligheidstaxaties { id meldingId datum directeVeiligheid stabieleVeiligheid toelichting }
      onderzoeken { id meldingId startdatum einddatum status conclusie vervolg onderzoeker { id naam } }
      vertrouwensartsAdviezen { id datum advies vertrouwensarts { id naam } }
      adviezen { id datum anoniem vraag advies adviseur { id naam } }
      verzoekenTotOnderzoek { id ontvangenOp verzoeker reden gezinGeinformeerdOp status beoordeeldOp beoordelingToelichting }
      beschermingsonderzoeken { id startdatum einddatum status conclusie conclusieToelichting raadsonderzoeker { id naam } betreft { id voornamen } }
      verzoekschriften { id ingediendOp gevraagdeMaatregel uitspraak uitspraakOp }
      maatregelen { id soort kind { id voornamen achternaam } startdatum einddatum beschikkingsnummer beeindigingsreden status verlengingen { id datum vorigeEinddatum nieuweEinddatum beschikkingsnummer } }
      giInzet { id product startdatum einddatum anoniem medewerker { id naam } toelichting regieBij actief }
      jeugdreclassering { id jongere { id voornamen } kader startdatum einddatum jeugdreclasseerder { id naam } actief }
      jeugdbeschermer { id naam functie }
      jeugdbeschermerhistorie { id medewerker { id naam } vanaf tot }
      veranderplan { id versie vastgesteldOp doelen toelichting }
      borgingsplan { id vastgesteldOp afspraken }
      ervaringsdeskundigen { id vanaf tot actief status totaalContacten ervaringsdeskundige { id naam } contactregistraties { id periodeVan periodeTot aantalContacten } }
      noodtoegangen { id userId organisatie rol wettelijkeGrondslag vanaf tot beoordeling actief }
      signalen { id organisatie soort datum regime contactpersoonId aangemaakt gelezen }
    }
  }
`);

export const ClaimNoodtoegangDocument = graphql(`
  mutation ClaimNoodtoegang($gezinId: ID!, $invoer: NoodtoegangInvoer!) {
    claimNoodtoegang(gezinId: $gezinId, invoer: $invoer) { id userId vanaf tot actief }
  }
`);

/** The household as the page reads it (null when withheld as a whole). */
export type GezinData = NonNullable<GezinsbeeldQuery["gezin"]>;
