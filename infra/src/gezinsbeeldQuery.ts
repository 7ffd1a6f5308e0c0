/**
 * Shared by the tests (tests/supergraph) and the benchmark (bench:audit), so both measure the same query.
 *
 * The whole gezinsbeeld of a page of households: members, timeline, dossier and
 * every partner's data. Used by the end-to-end and statement-count tests.
 */
export const GEZINSBEELD_FIELDS = `
  id naam aangemeldOp postcode woonplaats aanleiding patroon
  vasteContactpersoon { id naam }
  leden { id bsn voornamen achternaam geboortedatum gezinsrol minderjarig }
  relaties { soort van { voornamen } naar { voornamen } }
  tijdslijn { datum organisatie soort omschrijving resultaat }
  zorgenEnKrachten { soort omschrijving }
  gevaarsoordelen { omschrijving }
  veiligheidsplan { versie veiligheidsdoel afspraken { afspraak wie } }
  doelen { wat wie wanneer voortgang voortgangshistorie { percentage } }
  netwerkberaden { datum deelnemers }
  volgendNetwerkberaadUiterlijk
  kernbesluiten { besluit gedragswetenschapper { naam } }
  toestemmingen { partner doel categorieen actief }
  betrokkenheden { organisatie regime intensiteit startdatum einddatum actief }
  regie { organisatie vanaf }
  regiehistorie { organisatie vanaf tot }
  meldingen { id datum aard status }
  veiligheidstaxaties { id datum directeVeiligheid stabieleVeiligheid }
  onderzoeken { id startdatum status }
  adviezen { id datum anoniem }
  verzoekenTotOnderzoek { id ontvangenOp status gezinGeinformeerdOp }
  beschermingsonderzoeken { id startdatum einddatum status conclusie raadsonderzoeker { naam } }
  verzoekschriften { id ingediendOp uitspraak }
  giInzet { id product startdatum einddatum }
  maatregelen { id soort startdatum einddatum verlengingen { nieuweEinddatum } }
  jeugdbeschermer { naam }
  ervaringsdeskundigen { id vanaf tot totaalContacten ervaringsdeskundige { naam } }
`;

export const GEZINSBEELD_PAGE_QUERY = `query Gezinsbeelden($first: Int!, $zoek: String) {
  gezinnen(first: $first, zoek: $zoek) { totalCount nodes { ${GEZINSBEELD_FIELDS} } }
}`;

/**
 * One household's merged timeline from all five organisations (each entry's content as its owner's policy
 * allows), who holds regie per child where the children differ, and the notices for the requester's organisation.
 * MEDISCH is not asked: only Veilig Thuis may ever read it, and the query is the local team's.
 */
export const GEZINSBEELD_TIJDLIJN_FIELDS = `
  regiePerKind { organisatie reden kind { voornamen } }
  signalen { organisatie soort regime datum gelezen }
  gezinstijdlijn(first: 100) {
    totalCount
    nodes {
      datum organisatie
      inhoud {
        __typename
        ... on TijdlijnVeiligheid { soort titel uitkomst }
        ... on TijdlijnJustitieel { soort titel uitkomst }
        ... on TijdlijnHulpverlening { soort titel uitkomst }
        ... on TijdlijnZorgen { soort titel uitkomst }
        ... on TijdlijnErvaringsdeskundigeContact { soort titel }
      }
    }
  }
`;

export const GEZINSBEELD_QUERY = `query Gezinsbeeld($id: ID!) { gezin(id: $id) { ${GEZINSBEELD_FIELDS} ${GEZINSBEELD_TIJDLIJN_FIELDS} } }`;
