import type { JWK, JWTVerifyGetKey, KeyLike } from "jose";

/** The one signing algorithm of the hub: EdDSA over Ed25519, for user tokens and subgraph tokens alike. */
export const TOKEN_ALGORITHM = "EdDSA";

/** Issuer of development user tokens (`npm run token`); refused under NODE_ENV=production. */
export const DEVELOPMENT_ISSUER = "gezinsbeeld-dev";

/** Audience user tokens must carry when `GEZINSBEELD_JWT_AUDIENCE` is not set. */
export const DEFAULT_AUDIENCE = "gezinsbeeld";

/** Issuer of the tokens the gateway signs for subgraphs. */
export const GATEWAY_ISSUER = "gezinsbeeld-gateway";

/** Every development key's `kid` starts with this, so production can recognise and refuse it. */
export const DEVELOPMENT_KID_PREFIX = "gezinsbeeld-dev-";

/** A private key and the key id written into the header of what it signs (so verifiers can rotate keys). */
export interface SigningKey {
  key: KeyLike;
  /** Key id; absent for a PEM key, which carries none. */
  kid?: string;
}

/** What verifies user tokens: one public key, or a key set that picks the key by the token's `kid`. */
export type UserTokenVerificationKey = KeyLike | JWTVerifyGetKey;

/**
 * The key material of one process, as {@link loadKeys} reads it. Each service
 * uses its part: the gateway verifies user tokens and signs subgraph tokens;
 * a subgraph only verifies what the gateway signed.
 */
export interface IdentityKeys {
  /** Issuer user tokens must carry. Default `gezinsbeeld-dev` (refused in production). */
  issuer: string;
  /** Audience user tokens must carry. Default `gezinsbeeld`. */
  audience: string;
  /** Verifies user tokens at the gateway. Absent when not configured (production without keys). */
  userTokenKey?: UserTokenVerificationKey;
  /** Signs development user tokens (`npm run token`, tests). Only a development key set has it. */
  userTokenSigningKey?: SigningKey;
  /** The gateway's own key for subgraph tokens. */
  gatewayPrivateKey?: SigningKey;
  /** Verifies subgraph tokens at a subgraph. */
  gatewayPublicKey?: KeyLike;
  /** NODE_ENV=production: development keys and the development issuer are refused. */
  production: boolean;
  /**
   * The development keys in use (private halves included), per group, when a
   * group came from the development key set rather than the environment.
   * `npm start` hands them to the processes it launches.
   */
  development?: { userToken?: JWK; gateway?: JWK };
}
