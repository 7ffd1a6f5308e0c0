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
  return (await verifieer(token, keys, new Date())).principal;
}

/** A verified token: who it speaks for, and until when (seconds since 1970) its claims let it be accepted. */
interface Geverifieerd {
  principal: Principal;
  geldigTot: number;
}

async function verifieer(token: string, keys: IdentityKeys, currentDate: Date): Promise<Geverifieerd> {
  if (!keys.userTokenKey) throw new KeyConfigurationError("No key to verify user tokens: set GEZINSBEELD_JWT_PUBLIC_KEY or GEZINSBEELD_JWKS_URL.");
  const options: JWTVerifyOptions = {
    algorithms: [TOKEN_ALGORITHM],
    issuer: keys.issuer,
    audience: keys.audience,
    requiredClaims: ["exp", "iat", "sub"],
    maxTokenAge: MAX_USER_TOKEN_AGE_SECONDS,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    currentDate,
  };
  const { payload, protectedHeader } = await verify(token, keys.userTokenKey, options).catch((error: unknown) => {
    throw toIdentityError(error);
  });
  if (keys.production && protectedHeader.kid?.startsWith(DEVELOPMENT_KID_PREFIX)) {
    throw new IdentityError("BAD_SIGNATURE", "Het token is ondertekend met een ontwikkelsleutel; die wordt in productie niet vertrouwd.");
  }
  // The last moment jose would still accept it: `exp` and the maximum age, each with the clock tolerance (both claims are required).
  const geldigTot = Math.min(payload.exp!, payload.iat! + MAX_USER_TOKEN_AGE_SECONDS) + CLOCK_TOLERANCE_SECONDS;
  return { principal: principalFromClaims(payload), geldigTot };
}

/** Options of {@link userTokenVerifier}. */
export interface UserTokenVerifierOptions {
  /** How long a verification is reused at most, in seconds (default 60): a key withdrawn from the key set counts within that. */
  hergebruikSeconden?: number;
  /** How many verified tokens are kept at most (default 5,000); the oldest go first. */
  maxTekens?: number;
  /** The clock, in milliseconds (default Date.now); for tests. */
  nu?: () => number;
}

/**
 * {@link verifyUserToken} for the gateway's every request: a token verified a
 * moment ago is not verified again (one Ed25519 verification is about a tenth
 * of the gateway's CPU on a small query, and a signed-in professional sends
 * the same token with every request). What is reused is exactly a verification
 * that succeeded, and only while the token's own claims would still pass it
 * (`exp` and the 12-hour maximum age, with the same clock tolerance) and for at
 * most `hergebruikSeconden`, so a key withdrawn from the issuer's key set stops
 * counting within that. A refusal is never kept: a token that failed is
 * verified again, and fails again, each time. Each caller gets a copy of the
 * principal. The cache belongs to the verifier, and so to one key
 * configuration.
 */
export function userTokenVerifier(keys: IdentityKeys, options: UserTokenVerifierOptions = {}): (token: string) => Promise<Principal> {
  const hergebruik = options.hergebruikSeconden ?? 60;
  const max = options.maxTekens ?? 5_000;
  const nu = options.nu ?? Date.now;
  const bewaard = new Map<string, Geverifieerd>();
  return async (token) => {
    // One reading of the clock: the reuse and jose's own checks are about the same moment.
    const moment = nu();
    const seconden = moment / 1000;
    const eerder = bewaard.get(token);
    if (eerder && seconden < eerder.geldigTot) return { ...eerder.principal };
    if (eerder) bewaard.delete(token);
    const { principal, geldigTot } = await verifieer(token, keys, new Date(moment));
    bewaard.set(token, { principal, geldigTot: Math.min(geldigTot, seconden + hergebruik) });
    // A Map iterates in insertion order: past the bound, the oldest verification goes.
    if (bewaard.size > max) bewaard.delete(bewaard.keys().next().value!);
    return { ...principal };
  };
}

// jwtVerify's overloads take either a key or a key-picking function, not the union.
function verify(token: string, key: UserTokenVerificationKey, options: JWTVerifyOptions): Promise<JWTVerifyResult> {
  return typeof key === "function" ? jwtVerify(token, key, options) : jwtVerify(token, key, options);
}
