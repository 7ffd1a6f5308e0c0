import { randomBytes } from "node:crypto";
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from "jose";
import { KeyConfigurationError } from "./IdentityError";
import { DEVELOPMENT_ISSUER, DEFAULT_AUDIENCE, DEVELOPMENT_KID_PREFIX, type IdentityKeys, TOKEN_ALGORITHM } from "./IdentityKeys";

/**
 * The development key set: two Ed25519 key pairs as private JWKs. `userToken`
 * plays the identity provider (it signs `npm run token` tokens; its public half
 * verifies them at the gateway), `gateway` is the gateway's own pair for
 * subgraph tokens. Every kid starts with `gezinsbeeld-dev-`.
 */
export interface DevelopmentKeySet {
  userToken: JWK;
  gateway: JWK;
}

const FILES: Record<keyof DevelopmentKeySet, string> = {
  userToken: "user-token.jwk.json",
  gateway: "gateway.jwk.json",
};

/**
 * Where the development key set lives: `GEZINSBEELD_KEYS_DIR`, default
 * `.data/keys` at the root of the repository this package is built in (beside
 * `.data/postgres`).
 */
export function defaultKeysDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.GEZINSBEELD_KEYS_DIR || path.resolve(__dirname, "..", "..", "..", ".data", "keys");
}

/** A fresh development key set in memory; nothing is written. */
export async function generateDevelopmentKeySet(): Promise<DevelopmentKeySet> {
  return { userToken: await generateJwk("user"), gateway: await generateJwk("gateway") };
}

/**
 * The development key set in `dir`, generated there the first time. Files are
 * readable by the user only (0600, directory 0700). Two processes starting at
 * once agree on one set: each key file is created atomically and never
 * overwritten.
 */
export async function loadDevelopmentKeySet(dir: string = defaultKeysDir()): Promise<DevelopmentKeySet> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const entries = await Promise.all(
    (Object.keys(FILES) as Array<keyof DevelopmentKeySet>).map(async (name) => [name, await readOrCreate(path.join(dir, FILES[name]), name === "userToken" ? "user" : "gateway")] as const),
  );
  return Object.fromEntries(entries) as unknown as DevelopmentKeySet;
}

/**
 * Keys built from a development key set: everything a gateway, a subgraph and
 * `npm run token` need, with the development issuer and default audience.
 * Tests use it with {@link generateDevelopmentKeySet} to run a hub on keys of its own.
 */
export async function developmentKeys(set?: DevelopmentKeySet): Promise<IdentityKeys> {
  const keySet = set ?? (await generateDevelopmentKeySet());
  const user = await importPair(keySet.userToken);
  const gateway = await importPair(keySet.gateway);
  return {
    issuer: DEVELOPMENT_ISSUER,
    audience: DEFAULT_AUDIENCE,
    userTokenKey: user.publicKey,
    userTokenSigningKey: { key: user.privateKey, kid: keySet.userToken.kid },
    gatewayPrivateKey: { key: gateway.privateKey, kid: keySet.gateway.kid },
    gatewayPublicKey: gateway.publicKey,
    production: false,
    development: { userToken: keySet.userToken, gateway: keySet.gateway },
  };
}

/** The public half of a JWK: everything but the private parameter `d`. */
export function publicJwk(jwk: JWK): JWK {
  const { d: _d, ...rest } = jwk;
  return rest;
}

/** Both halves of a private Ed25519 JWK as keys. */
export async function importPair(jwk: JWK): Promise<{ privateKey: KeyLike; publicKey: KeyLike }> {
  if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519" || !jwk.d) {
    throw new KeyConfigurationError(`Key ${jwk.kid ?? "(no kid)"} is not a private Ed25519 JWK.`);
  }
  return {
    privateKey: (await importJWK(jwk, TOKEN_ALGORITHM)) as KeyLike,
    publicKey: (await importJWK(publicJwk(jwk), TOKEN_ALGORITHM)) as KeyLike,
  };
}

async function generateJwk(purpose: string): Promise<JWK> {
  const { privateKey } = await generateKeyPair(TOKEN_ALGORITHM, { crv: "Ed25519", extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: `${DEVELOPMENT_KID_PREFIX}${purpose}-${randomBytes(4).toString("hex")}`, alg: TOKEN_ALGORITHM, use: "sig" };
}

/**
 * One more development key beside the set, in `dir` as `file`, generated there
 * the first time like the set's own keys (0600, created atomically, never
 * overwritten; kid `gezinsbeeld-dev-<purpose>-…`). The audit checkpoint key
 * lives here, so the token keys' set stays as it is.
 */
export async function loadDevelopmentKey(dir: string, file: string, purpose: string): Promise<JWK> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  return readOrCreate(path.join(dir, file), purpose);
}

/** A fresh development Ed25519 key (private JWK) for `purpose`, in memory; nothing is written. */
export function generateDevelopmentKey(purpose: string): Promise<JWK> {
  return generateJwk(purpose);
}

async function readOrCreate(file: string, purpose: string): Promise<JWK> {
  const existing = await readJwk(file);
  if (existing) return existing;
  const jwk = await generateJwk(purpose);
  // Write aside, then link into place: link fails if another process got there first.
  const scratch = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  await writeFile(scratch, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600, flag: "wx" });
  try {
    await link(scratch, file);
    console.error(`gezinsbeeld: generated a development key (${jwk.kid}) in ${file}; never use it in production.`);
    return jwk;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return (await readJwk(file)) as JWK;
  } finally {
    await unlink(scratch).catch(() => {});
  }
}

async function readJwk(file: string): Promise<JWK | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  // A private key others can read is no longer the user's alone: tighten it.
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  const jwk = JSON.parse(text) as JWK;
  if (!jwk.kid?.startsWith(DEVELOPMENT_KID_PREFIX)) {
    throw new KeyConfigurationError(`${file} is not a gezinsbeeld development key (its kid does not start with ${DEVELOPMENT_KID_PREFIX}).`);
  }
  return jwk;
}
