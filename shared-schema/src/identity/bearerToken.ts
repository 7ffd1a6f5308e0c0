import { IdentityError } from "./IdentityError";

/**
 * The token in an `Authorization: Bearer <token>` header.
 *
 * @throws {@link IdentityError} `MISSING` without the header, `MALFORMED` for another scheme or an empty token
 */
export function bearerToken(authorization: string | undefined): string {
  if (!authorization || authorization.trim() === "") {
    throw new IdentityError("MISSING", "Niet ingelogd: stuur een token mee in de header 'Authorization: Bearer <token>'.");
  }
  const match = /^Bearer[ \t]+([^\s]+)[ \t]*$/i.exec(authorization.trim());
  if (!match?.[1]) {
    throw new IdentityError("MALFORMED", "De header Authorization moet de vorm 'Bearer <token>' hebben.");
  }
  return match[1];
}

/** The body of a refused request: a GraphQL error response with code `UNAUTHENTICATED`. */
export function unauthenticatedBody(error: IdentityError): { errors: Array<{ message: string; extensions: { code: "UNAUTHENTICATED" } }> } {
  return { errors: [{ message: error.message, extensions: { code: "UNAUTHENTICATED" } }] };
}
