import { GraphQLError, type GraphQLFormattedError } from "graphql";

const REDENEN: Record<string, string> = {
  "no-involvement": "uw organisatie is niet (meer) betrokken bij dit huishouden, of u bent niet de betrokken professional",
  "no-consent": "het gezin heeft uw organisatie hiervoor geen toestemming gegeven",
  "consent-withdrawn": "het gezin heeft zijn toestemming ingetrokken",
  regime: "de vorm van betrokkenheid (bijvoorbeeld een anoniem consult) laat dit niet toe",
  "category-not-allowed": "uw rol of organisatie mag deze soort gegevens nooit inzien",
  "separation-of-duties": "wie in de vrijwillige fase adviseerde, werkt niet in de gedwongen fase",
  "protected-reporter": "de melder is beschermd",
  "household-not-informed": "het huishouden is nog niet over deze betrokkenheid geïnformeerd",
  "not-own-household": "dit is niet uw eigen huishouden",
  "not-data-owner": "alleen de GGZ legt deze gegevens vast",
  "not-authenticated": "u bent niet aangemeld",
};

/** A refused field: null in the answer, with the category and the reason (never the facts behind it). */
export function verboden(categorie: string, reden: string): GraphQLError {
  const uitleg = REDENEN[reden] ?? "het beleid staat dit niet toe";
  return new GraphQLError(`Geen toegang tot deze gegevens (${categorie.toLowerCase()}): ${uitleg}.`, { extensions: { code: "FORBIDDEN", categorie, reden } });
}

/** No decision could be had: nothing is released. */
export function toegangOnbekend(categorie: string): GraphQLError {
  return new GraphQLError("De toegang tot deze gegevens kon niet worden vastgesteld; er worden geen gegevens getoond. Probeer het zo opnieuw.", {
    extensions: { code: "TOEGANG_ONBEKEND", categorie },
  });
}

export function invoerFout(bericht: string, veld: string): GraphQLError {
  return new GraphQLError(bericht, { extensions: { code: "BAD_USER_INPUT", veld } });
}

export const INTERNE_FOUT = "Er ging iets mis bij het verwerken van de aanvraag. Probeer het later opnieuw; blijft het misgaan, meld dan het request-id aan de beheerder.";
export const AUDIT_ONBESCHIKBAAR = "Het toegangslog kon niet worden bijgewerkt; daarom worden er geen gegevens getoond. Probeer het zo opnieuw.";

/** Codes whose message we (or graphql-js, about the client's own query) wrote: shown as they are. Anything else is masked. */
const EIGEN_CODES = new Set([
  "FORBIDDEN", "TOEGANG_ONBEKEND", "UNAUTHENTICATED", "BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED",
  "BAD_REQUEST", "AUDIT_UNAVAILABLE", "OPERATION_RESOLUTION_FAILURE", "PERSISTED_QUERY_NOT_SUPPORTED", "PERSISTED_QUERY_NOT_FOUND",
]);

/** No stack, no SQL, no library message: an internal error becomes one Dutch sentence, its cause goes to our own log. */
export function formatFout(formatted: GraphQLFormattedError, fout: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === "string" && EIGEN_CODES.has(code)) {
    const { stacktrace: _s, exception: _e, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  const oorzaak = (fout as { originalError?: unknown })?.originalError ?? fout;
  console.error(JSON.stringify({ event: "interne-fout", pad: formatted.path ?? null, fout: String(oorzaak) }));
  return { message: INTERNE_FOUT, ...(formatted.path ? { path: formatted.path } : {}), ...(formatted.locations ? { locations: formatted.locations } : {}), extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
