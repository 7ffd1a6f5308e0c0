import { KeyObject, randomUUID, type webcrypto } from "node:crypto";
import { createSigner } from "fast-jwt";
import { jwtVerify, type KeyLike } from "jose";
import type { Principal } from "../context/RequestContext";
import { claimsFromPrincipal, principalFromClaims } from "./claims";
import { IdentityError, toIdentityError } from "./IdentityError";
import { GATEWAY_ISSUER, type SigningKey, TOKEN_ALGORITHM } from "./IdentityKeys";
import { CLOCK_TOLERANCE_SECONDS } from "./userToken";

/** Lifetime of a subgraph token: one gateway request, with room to pass it on to lokaal-team. */
export const SUBGRAPH_TOKEN_SECONDS = 60;

/** What a subgraph token says besides the principal. */
export interface SubgraphTokenOptions {
  /** The gateway request this token belongs to; carried as `rid`. */
  requestId: string;
  /** The one subgraph the token is for, e.g. `gi`: a token for one subgraph is refused by every other. */
  audience: string;
  /**
   * The organisation that owns the subgraph's data (`eig`). With it the subgraph
   * may show this same token to the decision service, which then decides for this
   * principal and that owner only (see {@link verifyDecisionToken}).
   */
  eigenaar?: string;
  /** The hash (`bundelHash`) of the decision bundle passed with the call (`bsl`), which the token thereby vouches for. */
  besluiten?: string;
}

/** What a verified subgraph token says. */
export interface VerifiedSubgraphToken {
  principal: Principal;
  requestId: string;
  /** The hash of the decision bundle the gateway passed with this call, if any (`bsl`). */
  besluitenHash?: string;
}

/**
 * Sign the token the gateway sends one subgraph for one request: issuer
 * `gezinsbeeld-gateway`, the given audiences, the principal's claims, the
 * request id (`rid`), valid {@link SUBGRAPH_TOKEN_SECONDS} s. Only the gateway
 * holds the key, so a subgraph knows the gateway verified the user's own token.
 */
export async function signSubgraphToken(principal: Principal, options: SubgraphTokenOptions, gatewayPrivateKey: SigningKey): Promise<string> {
  if (!options.audience) throw new Error("signSubgraphToken: a subgraph token needs its subgraph as audience.");
  return ondertekenaar(gatewayPrivateKey)({
    ...claimsFromPrincipal(principal),
    rid: options.requestId,
    ...(options.eigenaar ? { eig: options.eigenaar } : {}),
    ...(options.besluiten ? { bsl: options.besluiten } : {}),
    aud: options.audience,
    jti: randomUUID(),
  });
}

/** Signs a payload as the gateway: header `EdDSA`, `JWT` and the key's `kid`; issuer, `iat` and `exp` ({@link SUBGRAPH_TOKEN_SECONDS}) added. */
type Ondertekenaar = (payload: Record<string, unknown>) => string;

const ondertekenaars = new WeakMap<object, Ondertekenaar>();

/**
 * The gateway's signer for `key`, made once per key. It signs synchronously
 * (fast-jwt over `node:crypto`): the gateway signs a token per subgraph call,
 * and jose signs only asynchronously, through libuv's thread pool, which about
 * doubles the CPU of one Ed25519 signature (measured: 140 against 51 µs per
 * token). jose still verifies every token, here and at the subgraphs.
 */
function ondertekenaar(key: SigningKey): Ondertekenaar {
  let teken = ondertekenaars.get(key.key);
  if (!teken) {
    const sleutel = key.key instanceof KeyObject ? key.key : KeyObject.from(key.key as webcrypto.CryptoKey);
    if (sleutel.type !== "private" || sleutel.asymmetricKeyType !== "ed25519") throw new Error("The gateway signs with an Ed25519 private key only.");
    teken = createSigner({
      key: sleutel.export({ type: "pkcs8", format: "pem" }) as string,
      algorithm: TOKEN_ALGORITHM,
      ...(key.kid ? { kid: key.kid } : {}),
      iss: GATEWAY_ISSUER,
      expiresIn: SUBGRAPH_TOKEN_SECONDS * 1000,
    });
    ondertekenaars.set(key.key, teken);
  }
  return teken;
}

/**
 * Verify a subgraph token at `subgraph`: EdDSA, signed by the gateway's key,
 * issuer `gezinsbeeld-gateway`, audience exactly `subgraph`, not expired
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
  // One audience, this subgraph's: a token also valid elsewhere could be replayed there.
  if (payload.aud !== options.subgraph && !(Array.isArray(payload.aud) && payload.aud.length === 1 && payload.aud[0] === options.subgraph)) {
    throw new IdentityError("INVALID_CLAIMS", `Het token is niet alleen voor de subgraph ${options.subgraph} bestemd.`);
  }
  return { principal: principalFromClaims(payload), requestId: payload.rid, ...(typeof payload.bsl === "string" ? { besluitenHash: payload.bsl } : {}) };
}

/**
 * Audience of the tokens the decision service (`/access/v1/…`, kept by the
 * subgraph that holds the access register) accepts. No subgraph token carries
 * it: a subgraph token is for exactly one subgraph.
 */
export const DECISION_SERVICE_AUDIENCE = "toegangsbeslisser";

/** Header in which the gateway hands a subgraph the token it may show the decision service. */
export const DECISION_TOKEN_HEADER = "x-toegangsbeslisser-token";

/** What a verified decision token says. */
export interface VerifiedDecisionToken {
  /** The only principal decisions may be asked for with this token. */
  principal: Principal;
  requestId: string;
  /** The organisation whose data is decided on: the owner of the subgraph the token was issued to. */
  eigenaar: string;
  /** The subgraph the token was issued to, for the decision log. */
  subgraph: string;
}

/**
 * Sign the token a subgraph may show the decision service for one request: the
 * same principal and request id as its subgraph token, audience
 * {@link DECISION_SERVICE_AUDIENCE} only, and the organisation that owns that
 * subgraph's data (`eig`) so the service decides for that owner and no other.
 */
export async function signDecisionToken(
  principal: Principal,
  options: { requestId: string; eigenaar: string; subgraph: string },
  gatewayPrivateKey: SigningKey,
): Promise<string> {
  return ondertekenaar(gatewayPrivateKey)({
    ...claimsFromPrincipal(principal),
    rid: options.requestId,
    eig: options.eigenaar,
    sgr: options.subgraph,
    aud: DECISION_SERVICE_AUDIENCE,
    jti: randomUUID(),
  });
}

/**
 * Verify a token shown to the decision service: EdDSA, the gateway's key, issuer
 * `gezinsbeeld-gateway`, not expired, with principal, `rid` and owner (`eig`);
 * either a decision token (audience {@link DECISION_SERVICE_AUDIENCE}) or the
 * subgraph token the gateway signed for one call to a subgraph, naming that
 * subgraph's owner (one audience: the subgraph). Either way the answer is only
 * about that principal and that owner: what the subgraph may ask anyway.
 *
 * @throws {@link IdentityError} for every refused token
 */
export async function verifyDecisionToken(token: string, options: { gatewayPublicKey: KeyLike }): Promise<VerifiedDecisionToken> {
  const { payload } = await jwtVerify(token, options.gatewayPublicKey, {
    algorithms: [TOKEN_ALGORITHM],
    issuer: GATEWAY_ISSUER,
    requiredClaims: ["exp", "iat", "sub", "aud", "rid", "eig"],
    maxTokenAge: SUBGRAPH_TOKEN_SECONDS * 2,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  }).catch((error: unknown) => {
    throw toIdentityError(error, "de toegangsbeslisser");
  });
  if (typeof payload.rid !== "string" || payload.rid === "" || typeof payload.eig !== "string" || payload.eig === "") {
    throw new IdentityError("INVALID_CLAIMS", "Het token noemt geen verzoek-id of eigenaar (claims 'rid', 'eig').");
  }
  const audience = Array.isArray(payload.aud) && payload.aud.length === 1 ? payload.aud[0] : payload.aud;
  if (typeof audience !== "string" || audience === "") {
    throw new IdentityError("INVALID_CLAIMS", "Het token is niet voor de toegangsbeslisser of voor één subgraph bestemd.");
  }
  const subgraph = audience === DECISION_SERVICE_AUDIENCE ? (typeof payload.sgr === "string" ? payload.sgr : "") : audience;
  return { principal: principalFromClaims(payload), requestId: payload.rid, eigenaar: payload.eig, subgraph };
}
