import { graphql } from "../gql";

/**
 * The notices for the signed-in professional's organisation, with the names
 * of the households the professional may see (a notice carries only the
 * household's id): a page of 100 covers a caseload.
 */
export const SignalenDocument = graphql(`
  query Signalen($alleenOngelezen: Boolean!) {
    signalen(first: 100, alleenOngelezen: $alleenOngelezen) { id gezinId organisatie soort datum regime contactpersoonId aangemaakt gelezen }
    gezinnen(first: 100) { nodes { id naam } }
  }
`);

export const MarkeerSignaalGelezenDocument = graphql(`
  mutation MarkeerSignaalGelezen($signaalId: ID!) {
    markeerSignaalGelezen(signaalId: $signaalId) { id gelezen }
  }
`);
