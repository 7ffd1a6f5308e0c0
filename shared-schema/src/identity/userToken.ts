import { jwtVerify, type JWTVerifyOptions, type JWTVerifyResult } from "jose";
import type { Principal } from "../context/RequestContext";
import { principalFromClaims } from "./claims";
import { IdentityError, KeyConfigurationError, toIdentityError } from "./IdentityError";
import { DEVELOPMENT_KID_PREFIX, type IdentityKeys, TOKEN_ALGORITHM, type UserTokenVerificationKey } from "./IdentityKeys";

/** A user token is never accepted more than this many seconds (12 h) after it was issued, whatever its `exp` says. */
export const MAX_USER_TOKEN_AGE_SECONDS = 12 * 60 * 60;

/** Clock skew allowed between the issuer and the hub, in seconds. */
export const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * Verify a user token (the `Authorization: Bearer` of a request to the gateway)
 * and return who it speaks for. Requires: EdDSA, a signature by the configured
 * key, the configured issuer and audience, `exp` (a token without one is
 * refused), `iat` no more than 12 h ago ({@link MAX_USER_TOKEN_AGE_SECONDS}), and valid
 * principal claims (`sub`, `rol`, `org`, `bsn`; see `principalFromClaims`).
 * Clock tolerance {@link CLOCK_TOLERANCE_SECONDS} s.
 *
 * @throws {@link IdentityError} for every refused token (its `reason` says why)
 */
export async function verifyUserToken(token: string, keys: IdentityKeys): Promise<Principal> {
  if (!keys.userTokenKey) throw new KeyConfigurationError("No key to verify user tokens: set GEZINSBEELD_JWT_PUBLIC_KEY or GEZINSBEELD_JWKS_URL.");
  const options: JWTVerifyOptions = {
    algorithms: [TOKEN_ALGORITHM],
    issuer: keys.issuer,
    audience: keys.audience,
    requiredClaims: ["exp", "iat", "sub"],
    maxTokenAge: MAX_USER_TOKEN_AGE_SECONDS,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };
  const { payload, protectedHeader } = await verify(token, keys.userTokenKey, options).catch((error: unknown) => {
    throw toIdentityError(error);
  });
  if (keys.production && protectedHeader.kid?.startsWith(DEVELOPMENT_KID_PREFIX)) {
    throw new IdentityError("BAD_SIGNATURE", "Het token is ondertekend met een ontwikkelsleutel; die wordt in productie niet vertrouwd.");
  }
  return principalFromClaims(payload);
}

// jwtVerify's overloads take either a key or a key-picking function, not the union.
function verify(token: string, key: UserTokenVerificationKey, options: JWTVerifyOptions): Promise<JWTVerifyResult> {
  return typeof key === "function" ? jwtVerify(token, key, options) : jwtVerify(token, key, options);
}
