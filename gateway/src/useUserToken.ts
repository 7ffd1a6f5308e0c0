import { bearerAuthentication, type IdentityKeys, type Principal, userTokenVerifier } from "@gezinsbeeld/shared-schema";
import type { RequestHandler, Response } from "express";

/** Options of {@link useUserToken}. */
export interface UserTokenOptions {
  /** Keys that verify user tokens (issuer, audience, public key or key set). */
  keys: IdentityKeys;
}

/**
 * Express middleware in front of Apollo Server: every GraphQL request (POST and
 * GET operations alike) must carry `Authorization: Bearer <user token>`.
 * Without a valid one the request gets HTTP 401 with a GraphQL error (code
 * `UNAUTHENTICATED`) and nothing is parsed, planned or sent to any subgraph.
 * The verified principal is left on `res.locals.principal` for the handlers
 * after it (read it with {@link principalOf}).
 */
export function useUserToken(options: UserTokenOptions): RequestHandler {
  // A token verified a moment ago is not verified again (see userTokenVerifier).
  const verifieer = userTokenVerifier(options.keys);
  return bearerAuthentication<Principal>(async (token, _req, res) => {
    const principal = await verifieer(token);
    res.locals.principal = principal;
    return principal;
  });
}

/**
 * The principal {@link useUserToken} verified for this request.
 *
 * @throws when the request did not pass it: a handler mounted without it is a bug, never anonymous access
 */
export function principalOf(res: Response): Principal {
  const principal = res.locals.principal as Principal | undefined;
  if (!principal) throw new Error("gateway: a GraphQL request reached Apollo without a verified user token");
  return principal;
}
