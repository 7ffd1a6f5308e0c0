import { graphql } from "../gql";

export const GezinnenDocument = graphql(`
  query Gezinnen($zoek: String, $after: String, $first: Int!) {
    gezinnen(first: $first, zoek: $zoek, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id naam aangemeldOp afgeslotenOp woonplaats regie { organisatie vanaf } vasteContactpersoon { id naam } }
    }
  }
`);

export function Gezinnen() {
  return null;
}
