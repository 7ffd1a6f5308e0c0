/**
 * The GraphQL client: urql keeps data and errors of one answer together, so a
 * withheld field (null + FORBIDDEN) never blanks the rest of the page. The
 * session cookie goes along (same origin); no token is ever in the page.
 */
import { Client, cacheExchange, fetchExchange } from "urql";

export function maakClient(opVerlopen: () => void): Client {
  return new Client({
    url: "/graphql",
    exchanges: [cacheExchange, fetchExchange],
    // A session that ended (signed out elsewhere, expired, gateway restarted) answers 401: back to signing in.
    fetch: async (input, init) => {
      const antwoord = await fetch(input, init);
      if (antwoord.status === 401) opVerlopen();
      return antwoord;
    },
    // Every read is logged at the owner: show what is current, never a cached answer alone.
    requestPolicy: "network-only",
    fetchOptions: () => ({ credentials: "same-origin" }),
    preferGetMethod: false,
  });
}
