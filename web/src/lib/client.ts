/**
 * The GraphQL client: urql keeps data and errors of one answer together, so a
 * withheld field (null + FORBIDDEN) never blanks the rest of the page. The
 * session cookie goes along (same origin); no token is ever in the page.
 */
import { Client, cacheExchange, fetchExchange } from "urql";

export function maakClient(): Client {
  return new Client({
    url: "/graphql",
    exchanges: [cacheExchange, fetchExchange],
    // Every read is logged at the owner: show what is current, never a cached answer alone.
    requestPolicy: "network-only",
    fetchOptions: () => ({ credentials: "same-origin" }),
    preferGetMethod: false,
  });
}
