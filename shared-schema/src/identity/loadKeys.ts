import { createPublicKey, KeyObject } from "node:crypto";
import { readFile } from "node:fs/promises";
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  exportJWK,
  importJWK,
  importPKCS8,
  importSPKI,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
  type KeyLike,
} from "jose";
import { defaultKeysDir, importPair, loadDevelopmentKeySet, publicJwk } from "./developmentKeys";
import { KeyConfigurationError, keysUnavailable } from "./IdentityError";
import {
  DEFAULT_AUDIENCE,
  DEVELOPMENT_ISSUER,
  DEVELOPMENT_KID_PREFIX,
  type IdentityKeys,
  type SigningKey,
  TOKEN_ALGORITHM,
  type UserTokenVerificationKey,
} from "./IdentityKeys";

/** Options of {@link loadKeys}. */
export interface LoadKeysOptions {
  /** Environment to read. Default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Directory of the development key set. Default `GEZINSBEELD_KEYS_DIR`, else `.data/keys` in the repository. */
  keysDir?: string;
  /** Refuse development keys and the development issuer. Default: `NODE_ENV === "production"`. */
  production?: boolean;
}

/**
 * Read this process's key material from the environment. Keys come in two groups:
 *
 * - user tokens: `GEZINSBEELD_JWT_PUBLIC_KEY` (an Ed25519 public key as PEM, a
 *   JWK, or a JWK set, as JSON) or `GEZINSBEELD_JWKS_URL` (the issuer's key set,
 *   fetched and cached); issuer `GEZINSBEELD_JWT_ISSUER` (default
 *   `gezinsbeeld-dev`) and audience `GEZINSBEELD_JWT_AUDIENCE` (default `gezinsbeeld`);
 * - the gateway's own pair for subgraph tokens: `GEZINSBEELD_GATEWAY_PRIVATE_KEY`
 *   (PEM or JWK; the gateway) and `GEZINSBEELD_GATEWAY_PUBLIC_KEY` (the subgraphs).
 *
 * Each key variable may instead name a file, `<VARIABLE>_FILE` (e.g.
 * `GEZINSBEELD_GATEWAY_PRIVATE_KEY_FILE=/var/run/secrets/gezinsbeeld/gateway-private-key`,
 * a mounted Kubernetes Secret), so a key need not sit in the environment; see
 * {@link readKeyVariable}.
 *
 * A group none of whose variables is set comes from the development key set
 * ({@link loadDevelopmentKeySet}: generated once into `.data/keys`), except under
 * NODE_ENV=production: then it stays absent, and a development key (kid
 * `gezinsbeeld-dev-…`) or the development issuer is refused with a
 * {@link KeyConfigurationError}. A service that lacks a key it needs refuses to start.
 */
export async function loadKeys(options: LoadKeysOptions = {}): Promise<IdentityKeys> {
  const env = options.env ?? process.env;
  const production = options.production ?? env.NODE_ENV === "production";
  const keys: IdentityKeys = {
    issuer: env.GEZINSBEELD_JWT_ISSUER || DEVELOPMENT_ISSUER,
    audience: env.GEZINSBEELD_JWT_AUDIENCE || DEFAULT_AUDIENCE,
    production,
  };
  const publicKey = await keyVariable(env, "GEZINSBEELD_JWT_PUBLIC_KEY");
  const jwksUrl = env.GEZINSBEELD_JWKS_URL;
  const gatewayPrivate = await keyVariable(env, "GEZINSBEELD_GATEWAY_PRIVATE_KEY");
  const gatewayPublic = await keyVariable(env, "GEZINSBEELD_GATEWAY_PUBLIC_KEY");

  if (publicKey && jwksUrl) {
    throw new KeyConfigurationError(`Set ${publicKey.source} or GEZINSBEELD_JWKS_URL, not both: which one verifies user tokens would be ambiguous.`);
  }
  if (publicKey) keys.userTokenKey = await importVerificationKey(publicKey.text, publicKey.source, production);
  else if (jwksUrl) keys.userTokenKey = remoteKeySet(jwksUrl, production);

  if (gatewayPrivate) {
    keys.gatewayPrivateKey = await importSigningKey(gatewayPrivate.text, gatewayPrivate.source, production);
    keys.gatewayPublicKey = createPublicKey(keys.gatewayPrivateKey.key as KeyObject);
  }
  if (gatewayPublic) {
    const configured = await importVerificationKey(gatewayPublic.text, gatewayPublic.source, production);
    if (typeof configured === "function") throw new KeyConfigurationError(`${gatewayPublic.source} must be one key, not a key set.`);
    keys.gatewayPublicKey = configured;
  }

  // Development only: the key `npm start` hands the gateway so its sign-in page can issue demo users' tokens.
  const demoSigning = await keyVariable(env, "GEZINSBEELD_JWT_DEMO_PRIVATE_KEY");
  if (demoSigning) {
    if (production) throw new KeyConfigurationError(`${demoSigning.source} signs development sign-ins only and is refused under NODE_ENV=production.`);
    keys.userTokenSigningKey = await importSigningKey(demoSigning.text, demoSigning.source, production);
  }

  const userConfigured = Boolean(publicKey || jwksUrl);
  const gatewayConfigured = Boolean(gatewayPrivate || gatewayPublic);
  if (!production && (!userConfigured || !gatewayConfigured)) {
    const set = await loadDevelopmentKeySet(options.keysDir ?? defaultKeysDir(env));
    keys.development = {};
    if (!userConfigured) {
      const user = await importPair(set.userToken);
      keys.userTokenKey = user.publicKey;
      keys.userTokenSigningKey = { key: user.privateKey, kid: set.userToken.kid };
      keys.development.userToken = set.userToken;
    }
    if (!gatewayConfigured) {
      const gateway = await importPair(set.gateway);
      keys.gatewayPrivateKey = { key: gateway.privateKey, kid: set.gateway.kid };
      keys.gatewayPublicKey = gateway.publicKey;
      keys.development.gateway = set.gateway;
    }
  }

  if (production && keys.userTokenKey && keys.issuer === DEVELOPMENT_ISSUER) {
    throw new KeyConfigurationError(
      `NODE_ENV=production refuses the development issuer '${DEVELOPMENT_ISSUER}': set GEZINSBEELD_JWT_ISSUER to the issuer of your organisation's tokens.`,
    );
  }
  return keys;
}

/**
 * Environment variables that hand this process's keys to the processes it
 * launches (`npm start`): the gateway gets the user-token public key and its
 * private key; a subgraph gets only public keys, and never the gateway's private
 * key even when this process's environment holds one. A group configured through
 * a JWKS URL travels as that variable, which children inherit.
 */
export async function keyEnvironment(keys: IdentityKeys): Promise<{ gateway: Record<string, string>; subgraph: Record<string, string> }> {
  const gateway: Record<string, string> = {};
  const subgraph: Record<string, string> = {};
  // Blank, not absent: a child inherits this process's environment, and neither the key nor a file naming it may reach a subgraph.
  handOver(subgraph, "GEZINSBEELD_GATEWAY_PRIVATE_KEY", "");
  if (keys.development?.userToken) {
    const jwk = JSON.stringify(publicJwk(keys.development.userToken));
    handOver(gateway, "GEZINSBEELD_JWT_PUBLIC_KEY", jwk);
    handOver(subgraph, "GEZINSBEELD_JWT_PUBLIC_KEY", jwk);
    // The app's development sign-in issues demo users' tokens at the gateway; never to a subgraph.
    handOver(gateway, "GEZINSBEELD_JWT_DEMO_PRIVATE_KEY", JSON.stringify(keys.development.userToken));
    handOver(subgraph, "GEZINSBEELD_JWT_DEMO_PRIVATE_KEY", "");
  }
  if (keys.development?.gateway) handOver(gateway, "GEZINSBEELD_GATEWAY_PRIVATE_KEY", JSON.stringify(keys.development.gateway));
  const gatewayJwk = await gatewayPublicJwk(keys);
  if (gatewayJwk) handOver(subgraph, "GEZINSBEELD_GATEWAY_PUBLIC_KEY", JSON.stringify(gatewayJwk));
  return { gateway, subgraph };
}

/**
 * The public half of the gateway's key for subgraph tokens as a JWK (`kid`,
 * `alg`, `use`): what subgraphs are handed and what the gateway publishes at
 * `/.well-known/jwks.json`. Undefined without a key.
 */
export async function gatewayPublicJwk(keys: IdentityKeys): Promise<JWK | undefined> {
  if (!keys.gatewayPublicKey) return undefined;
  const kid = keys.gatewayPrivateKey?.kid;
  return { ...(await exportJWK(keys.gatewayPublicKey)), ...(kid ? { kid } : {}), alg: TOKEN_ALGORITHM, use: "sig" };
}

/** Set `name` and blank an inherited `<name>_FILE`, which would otherwise compete with it (see {@link readKeyVariable}). */
function handOver(env: Record<string, string>, name: string, value: string): void {
  env[name] = value;
  env[`${name}_FILE`] = "";
}

/**
 * The text of key variable `name`: the variable's own value, or, when only
 * `<name>_FILE` is set, the content of the file it names (a mounted Secret:
 * the key then never appears in the environment, `ps e` or a pod spec). An
 * empty variable counts as unset. Setting both is refused with a
 * {@link KeyConfigurationError}, as is a file that cannot be read or is empty.
 *
 * @returns `undefined` when neither is set
 */
export async function readKeyVariable(env: NodeJS.ProcessEnv, name: string): Promise<string | undefined> {
  return (await keyVariable(env, name))?.text;
}

/** A key variable's text and where it came from, for messages (`X`, or `X_FILE (/path)`). */
async function keyVariable(env: NodeJS.ProcessEnv, name: string): Promise<{ text: string; source: string } | undefined> {
  const value = env[name];
  const file = env[`${name}_FILE`];
  if (value && file) throw new KeyConfigurationError(`Set ${name} or ${name}_FILE, not both: which key counts would be ambiguous.`);
  if (value) return { text: value, source: name };
  if (!file) return undefined;
  const source = `${name}_FILE (${file})`;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new KeyConfigurationError(`${source} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  if (!text.trim()) throw new KeyConfigurationError(`${source} is empty.`);
  return { text, source };
}

/**
 * A public key from an environment variable: PEM (SPKI), a JWK, or a JWK set;
 * Ed25519 only, development keys refused when `production`. Used for user-token,
 * gateway and audit checkpoint keys alike.
 */
export async function importVerificationKey(text: string, variable: string, production: boolean): Promise<UserTokenVerificationKey> {
  const value = unescapeNewlines(text);
  if (value.startsWith("-----BEGIN PUBLIC KEY-----")) return assertEd25519(await importSPKI(value, TOKEN_ALGORITHM), variable);
  if (value.startsWith("-----BEGIN")) throw new KeyConfigurationError(`${variable} must hold a public key ("-----BEGIN PUBLIC KEY-----"), never a private one.`);
  const parsed = parseJson(value, variable) as JWK | JSONWebKeySet;
  if ("keys" in parsed && Array.isArray(parsed.keys)) {
    if (parsed.keys.length === 0) throw new KeyConfigurationError(`${variable} holds an empty key set.`);
    for (const jwk of parsed.keys) checkJwk(jwk, variable, production, "public");
    return createLocalJWKSet({ keys: parsed.keys.map(publicJwk) });
  }
  const jwk = parsed as JWK;
  checkJwk(jwk, variable, production, "public");
  return (await importJWK(publicJwk(jwk), TOKEN_ALGORITHM)) as KeyLike;
}

/**
 * A private key from an environment variable: PEM (PKCS#8) or a private JWK;
 * Ed25519 only, development keys refused when `production`. Used for the
 * gateway's key and the audit checkpoint key.
 */
export async function importSigningKey(text: string, variable: string, production: boolean): Promise<SigningKey> {
  const value = unescapeNewlines(text);
  if (value.startsWith("-----BEGIN PRIVATE KEY-----")) return { key: assertEd25519(await importPKCS8(value, TOKEN_ALGORITHM), variable) };
  if (value.startsWith("-----BEGIN")) throw new KeyConfigurationError(`${variable} must be an Ed25519 private key in PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----") or a JWK.`);
  const jwk = parseJson(value, variable) as JWK;
  checkJwk(jwk, variable, production, "private");
  return { key: (await importJWK(jwk, TOKEN_ALGORITHM)) as KeyLike, kid: jwk.kid };
}

function remoteKeySet(text: string, production: boolean): JWTVerifyGetKey {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new KeyConfigurationError(`GEZINSBEELD_JWKS_URL is not a URL: '${text}'.`);
  }
  const remote = createRemoteJWKSet(url);
  return async (header, token) => {
    if (production && header.kid?.startsWith(DEVELOPMENT_KID_PREFIX)) throw new errors.JWKSNoMatchingKey();
    try {
      return await remote(header, token);
    } catch (error) {
      // A token naming an unknown key is the token's fault; an unreachable key server is not.
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
      throw keysUnavailable(error);
    }
  };
}

function checkJwk(jwk: JWK, variable: string, production: boolean, kind: "public" | "private"): void {
  if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519") {
    throw new KeyConfigurationError(`${variable}: key ${jwk.kid ?? "(no kid)"} is not an Ed25519 key (kty OKP, crv Ed25519); the hub signs and verifies with EdDSA only.`);
  }
  if (jwk.alg && jwk.alg !== TOKEN_ALGORITHM) throw new KeyConfigurationError(`${variable}: key ${jwk.kid ?? "(no kid)"} is for alg ${jwk.alg}, not ${TOKEN_ALGORITHM}.`);
  if (kind === "private" && !jwk.d) throw new KeyConfigurationError(`${variable} must be a private key (a JWK with "d").`);
  if (production && jwk.kid?.startsWith(DEVELOPMENT_KID_PREFIX)) {
    throw new KeyConfigurationError(
      `${variable} holds a development key (kid ${jwk.kid}); NODE_ENV=production refuses development keys. Configure your organisation's own Ed25519 keys.`,
    );
  }
}

function assertEd25519(key: KeyLike, variable: string): KeyLike {
  if (!(key instanceof KeyObject) || key.asymmetricKeyType !== "ed25519") {
    throw new KeyConfigurationError(`${variable} is not an Ed25519 key; the hub signs and verifies with EdDSA (Ed25519) only.`);
  }
  return key;
}

function parseJson(value: string, variable: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw new KeyConfigurationError(`${variable} is neither a PEM key nor JSON (a JWK or a JWK set).`);
  }
}

/** PEM passed through one-line environments (docker, CI secrets) often arrives with literal `\n`. */
function unescapeNewlines(text: string): string {
  return text.trim().replace(/\\n/g, "\n");
}
