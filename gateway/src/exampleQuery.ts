/** The gezinsbeeld query shown in the README, printed by `npm start`, and opened in the query UI. */
export const EXAMPLE_QUERY = `# Eén gezinsbeeld: gegevens van alle vijf organisaties in één vraag.
# Elke vraag heeft een token nodig. Maak er een met
#   npm run -s token -- --org lokaal-team --role medewerker --user lt-fatima-bakker
# (npm run token -- --list toont alle demo-professionals) en zet het onder Headers:
#   { "Authorization": "Bearer <token>" }
query Gezinsbeeld($id: ID!) {
  gezin(id: $id) {
    naam
    aanleiding
    vasteContactpersoon { naam }
    regie { organisatie vanaf }
    leden { voornamen achternaam geboortedatum gezinsrol minderjarig }
    betrokkenheden { organisatie regime intensiteit startdatum einddatum actief }
    signalen { organisatie soort regime datum gelezen }
    gezinstijdlijn(first: 20) {
      nodes {
        datum
        organisatie
        inhoud {
          ... on TijdlijnVeiligheid { titel uitkomst }
          ... on TijdlijnJustitieel { titel uitkomst }
          ... on TijdlijnHulpverlening { titel uitkomst }
        }
      }
    }
    meldingen { datum aard status }
    beschermingsonderzoeken { startdatum status conclusie }
    maatregelen { soort startdatum einddatum }
    ervaringsdeskundigen { vanaf totaalContacten }
  }
}`;

/** The list query: the first page of households. */
export const LIST_QUERY = `{ gezinnen(first: 5) { totalCount nodes { id naam } pageInfo { endCursor hasNextPage } } }`;
