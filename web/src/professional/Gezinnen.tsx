import { Kop } from "../components/nlds";
import { graphql } from "../gql";

export const GezinnenQuery = graphql(`
  query Gezinnen($zoek: String, $after: String) {
    gezinnen(first: 20, zoek: $zoek, after: $after) {
      totalCount
      nodes { id naam }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

export function Gezinnen() {
  return <Kop niveau={1}>Gezinnen</Kop>;
}
