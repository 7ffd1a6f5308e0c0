import { createPublicKey, KeyObject } from "node:crypto";
import { exportJWK, type JWK } from "jose";
import { defaultKeysDir, generateDevelopmentKey, importPair, loadDevelopmentKey, publicJwk } from "./developmentKeys";
import { type SigningKey, TOKEN_ALGORITHM, type UserTokenVerificationKey } from "./IdentityKeys";
import { importSigningKey, importVerificationKey, type LoadKeysOptions, readKeyVariable } from "./loadKeys";

/** File of the development audit key in the keys directory (beside the token keys). */
export const AUDIT_KEY_FILE = "audit.jwk.json";

/**
 * The key pair that signs access-log checkpoints (`npm run audit:checkpoint`)
 * and the key a privacy officer verifies them with. It is a key of its own, not
 * the gateway's or the token issuer's: whoever may sign tokens need not be able
 * to vouch for the state of the log.
 */
export interface AuditKeys {
  /** Signs checkpoints. Absent when only a public key is configured. */
  signingKey?: SigningKey;
  /** Verifies checkpoints: one key, or a key set chosen by `kid` (so a rotated key still verifies older checkpoints). */
  verificationKey?: UserTokenVerificationKey;
  /** The public half as a JWK, to hand to privacy officers; absent when the public key came as a key set. */
  publicJwk?: JWK;
  /** True when the keys are the generated development key. */
  development: boolean;
}

/**
 * The audit keys of this process: `GEZINSBEELD_AUDIT_PRIVATE_KEY` (PKCS#8 PEM or
 * private JWK; signs, and its public half verifies) and/or
 * `GEZINSBEELD_AUDIT_PUBLIC_KEY` (SPKI PEM, JWK or JWK set; verifies, and takes
 * precedence for verifying when both are set). With neither set, a development
 * key generated once into the keys directory (`GEZINSBEELD_KEYS_DIR`, default
 * `.data/keys`, file {@link AUDIT_KEY_FILE}); under NODE_ENV=production nothing
 * is generated and development keys are refused.
 */
export async function loadAuditKeys(options: LoadKeysOptions = {}): Promise<AuditKeys> {
  const env = options.env ?? process.env;
  const production = options.production ?? env.NODE_ENV === "production";
  const privateText = await readKeyVariable(env, "GEZINSBEELD_AUDIT_PRIVATE_KEY");
  const publicText = await readKeyVariable(env, "GEZINSBEELD_AUDIT_PUBLIC_KEY");
  if (!privateText && !publicText) {
    if (production) return { development: false };
    return auditKeysFromJwk(await loadDevelopmentKey(options.keysDir ?? defaultKeysDir(env), AUDIT_KEY_FILE, "audit"), true);
  }
  const keys: AuditKeys = { development: false };
  if (privateText) {
    keys.signingKey = await importSigningKey(privateText, "GEZINSBEELD_AUDIT_PRIVATE_KEY", production);
    const publicKey = createPublicKey(keys.signingKey.key as KeyObject);
    keys.verificationKey = publicKey;
    keys.publicJwk = withKid(await exportJWK(publicKey), keys.signingKey.kid);
  }
  if (publicText) {
    keys.verificationKey = await importVerificationKey(publicText, "GEZINSBEELD_AUDIT_PUBLIC_KEY", production);
    keys.publicJwk = typeof keys.verificationKey === "function" ? undefined : withKid(await exportJWK(keys.verificationKey), undefined);
  }
  return keys;
}

/** A fresh development audit key pair in memory (nothing written), for tests. */
export async function developmentAuditKeys(): Promise<AuditKeys> {
  return auditKeysFromJwk(await generateDevelopmentKey("audit"), true);
}

async function auditKeysFromJwk(jwk: JWK, development: boolean): Promise<AuditKeys> {
  const pair = await importPair(jwk);
  return {
    signingKey: { key: pair.privateKey, kid: jwk.kid },
    verificationKey: pair.publicKey,
    publicJwk: publicJwk(jwk),
    development,
  };
}

function withKid(jwk: JWK, kid: string | undefined): JWK {
  return { ...jwk, ...(kid ? { kid } : {}), alg: TOKEN_ALGORITHM, use: "sig" };
}
