import { randomUUID } from "node:crypto";
import { jwtVerify, SignJWT, type KeyLike } from "jose";
import type { Principal } from "../context/RequestContext";
import { claimsFromPrincipal, principalFromClaims } from "./claims";
import { IdentityError, toIdentityError } from "./IdentityError";
import { GATEWAY_ISSUER, type SigningKey, TOKEN_ALGORITHM } from "./IdentityKeys";
import { CLOCK_TOLERANCE_SECONDS } from "./userToken";

/** Lifetime of a subgraph token: one gateway request, with room to pass it on to lokaal-team. */
export const SUBGRAPH_TOKEN_SECONDS = 60;

/**
 * The subgraph every subgraph may call on the same principal's behalf: lokaal-team
 * keeps the access register (involvements, consents). Subgraph tokens carry it as
 * a second audience by default.
 */
export const ACCESS_REGISTER_AUDIENCE = "lokaal-team";

/** What a subgraph token says besides the principal. */
export interface SubgraphTokenOptions {
  /** The gateway request this token belongs to; carried as `rid`. */
  requestId: string;
  /** Audiences: the target subgraph's name first, e.g. `["gi", "lokaal-team"]`. */
  audience: string[];
}

/** What a verified subgraph token says. */
export interface VerifiedSubgraphToken {
  principal: Principal;
  requestId: string;
}

/**
 * Sign the token the gateway sends one subgraph for one request: issuer
 * `gezinsbeeld-gateway`, the given audiences, the principal's claims, the
 * request id (`rid`), valid {@link SUBGRAPH_TOKEN_SECONDS} s. Only the gateway
 * holds the key, so a subgraph knows the gateway verified the user's own token.
 */
export async function signSubgraphToken(principal: Principal, options: SubgraphTokenOptions, gatewayPrivateKey: SigningKey): Promise<string> {
  if (options.audience.length === 0) throw new Error("signSubgraphToken: a subgraph token needs at least one audience.");
  return new SignJWT({ ...claimsFromPrincipal(principal), rid: options.requestId })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: "JWT", ...(gatewayPrivateKey.kid ? { kid: gatewayPrivateKey.kid } : {}) })
    .setIssuer(GATEWAY_ISSUER)
    .setAudience([...new Set(options.audience)])
    .setIssuedAt()
    .setExpirationTime(`${SUBGRAPH_TOKEN_SECONDS}s`)
    .setJti(randomUUID())
    .sign(gatewayPrivateKey.key);
}

/**
 * Verify a subgraph token at `subgraph`: EdDSA, signed by the gateway's key,
 * issuer `gezinsbeeld-gateway`, `subgraph` among the audiences, not expired
 * (clock tolerance 30 s), and valid principal claims and `rid`.
 *
 * @throws {@link IdentityError} for every refused token
 */
export async function verifySubgraphToken(token: string, options: { subgraph: string; gatewayPublicKey: KeyLike }): Promise<VerifiedSubgraphToken> {
  const { payload } = await jwtVerify(token, options.gatewayPublicKey, {
    algorithms: [TOKEN_ALGORITHM],
    issuer: GATEWAY_ISSUER,
    audience: options.subgraph,
    requiredClaims: ["exp", "iat", "sub", "rid"],
    // A 60 s token: anything older than this was not issued for the request at hand.
    maxTokenAge: SUBGRAPH_TOKEN_SECONDS * 2,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  }).catch((error: unknown) => {
    throw toIdentityError(error, `de subgraph ${options.subgraph}`);
  });
  if (typeof payload.rid !== "string" || payload.rid === "") {
    throw new IdentityError("INVALID_CLAIMS", "Het token noemt geen verzoek-id (claim 'rid').");
  }
  return { principal: principalFromClaims(payload), requestId: payload.rid };
}
