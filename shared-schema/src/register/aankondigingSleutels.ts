import { createHash } from "node:crypto";
import { createLocalJWKSet, importJWK, jwtVerify, SignJWT, type JSONWebKeySet, type KeyLike } from "jose";
import { defaultKeysDir, importPair, loadDevelopmentKey } from "../identity/developmentKeys";
import { KeyConfigurationError } from "../identity/IdentityError";
import { type SigningKey, TOKEN_ALGORITHM } from "../identity/IdentityKeys";
import { importSigningKey, readKeyVariable } from "../identity/loadKeys";
import { organisatieRegister } from "../organisaties/organisatieRegister";

/** The audience of a delivery token: the register's intake, nothing else. */
export const AANKONDIGING_AUDIENCE = "toegangsregister-aankondigingen";

/** Development key file of one announcing organisation, in the keys directory. */
const ontwikkelbestand = (organisatie: string): string => `aankondiging-${organisatie.toLowerCase()}.jwk.json`;

/**
 * The key an organisation signs its deliveries to the register with: its own,
 * not the gateway's (the gateway vouches for users, an organisation for its
 * records). `GEZINSBEELD_AANKONDIGING_PRIVATE_KEY` (PKCS#8 PEM or private JWK),
 * else a development key generated once in the keys directory; under
 * NODE_ENV=production nothing is generated.
 */
export async function aankondigingSleutel(organisatie: string, env: NodeJS.ProcessEnv = process.env): Promise<SigningKey> {
  const production = env.NODE_ENV === "production";
  const tekst = await readKeyVariable(env, "GEZINSBEELD_AANKONDIGING_PRIVATE_KEY");
  if (tekst) return importSigningKey(tekst, "GEZINSBEELD_AANKONDIGING_PRIVATE_KEY", production);
  if (production) throw new KeyConfigurationError(`${organisatie}: set GEZINSBEELD_AANKONDIGING_PRIVATE_KEY to deliver announcements to the register.`);
  const jwk = await loadDevelopmentKey(defaultKeysDir(env), ontwikkelbestand(organisatie), `aankondiging-${organisatie.toLowerCase()}`);
  const { privateKey } = await importPair(jwk);
  return { key: privateKey, kid: jwk.kid };
}

/**
 * The development key of `organisatie` as a private JWK (JSON), for `npm start`
 * to hand a partner's own process in `GEZINSBEELD_AANKONDIGING_PRIVATE_KEY`;
 * generated once in the keys directory. Never under NODE_ENV=production.
 */
export async function ontwikkelAankondigingJwk(organisatie: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.NODE_ENV === "production") throw new KeyConfigurationError(`${organisatie}: no development keys under NODE_ENV=production; set its GEZINSBEELD_AANKONDIGING_PRIVATE_KEY.`);
  return JSON.stringify(await loadDevelopmentKey(defaultKeysDir(env), ontwikkelbestand(organisatie), `aankondiging-${organisatie.toLowerCase()}`));
}

/**
 * How the register finds the public key of a sending organisation: the key
 * its row in the organisation register publishes (`sleutels.aankondiging`, a
 * public JWK), else `GEZINSBEELD_AANKONDIGING_PUBLIC_KEYS` (or `…_FILE`: a JWK set; each key's
 * `kid` is the organisation's code, e.g. `VEILIG_THUIS`), else the development
 * keys in the keys directory (created there by whichever side starts first).
 * Under NODE_ENV=production there are no development keys.
 */
export function aankondigingVerificatie(env: NodeJS.ProcessEnv = process.env): (organisatie: string) => Promise<KeyLike> {
  let uitSet: Promise<((organisatie: string) => Promise<KeyLike>) | null> | undefined;
  const ingesteld = (): Promise<((organisatie: string) => Promise<KeyLike>) | null> =>
    (uitSet ??= readKeyVariable(env, "GEZINSBEELD_AANKONDIGING_PUBLIC_KEYS").then((tekst) => {
      if (!tekst) return null;
      let set: JSONWebKeySet;
      try {
        set = JSON.parse(tekst) as JSONWebKeySet;
      } catch {
        throw new KeyConfigurationError("GEZINSBEELD_AANKONDIGING_PUBLIC_KEYS is no JWK set (JSON with a \"keys\" list).");
      }
      const kies = createLocalJWKSet(set);
      return async (organisatie: string) => (await kies({ alg: TOKEN_ALGORITHM, kid: organisatie })) as KeyLike;
    }));
  const cache = new Map<string, Promise<KeyLike>>();
  return async (organisatie) => {
    const gepubliceerd = organisatieRegister().zoek(organisatie)?.sleutels.aankondiging;
    if (gepubliceerd && gepubliceerd !== "ontwikkeling") {
      let sleutel = cache.get(organisatie);
      if (!sleutel) cache.set(organisatie, (sleutel = importJWK({ ...gepubliceerd }, TOKEN_ALGORITHM) as Promise<KeyLike>));
      return sleutel;
    }
    const uitVariabele = await ingesteld();
    if (uitVariabele) return uitVariabele(organisatie);
    if (env.NODE_ENV === "production") throw new KeyConfigurationError("Set GEZINSBEELD_AANKONDIGING_PUBLIC_KEYS to accept announcements.");
    let sleutel = cache.get(organisatie);
    if (!sleutel) {
      sleutel = loadDevelopmentKey(defaultKeysDir(env), ontwikkelbestand(organisatie), `aankondiging-${organisatie.toLowerCase()}`).then(async (jwk) => {
        const { d: _d, ...publiek } = jwk;
        return (await importJWK(publiek, TOKEN_ALGORITHM)) as KeyLike;
      });
      sleutel.catch(() => cache.delete(organisatie));
      cache.set(organisatie, sleutel);
    }
    return sleutel;
  };
}

const hash = (body: string): string => createHash("sha256").update(body).digest("base64url");

/** A delivery token for `body`: who sends (`org`), to the register only, for this body only (its hash), valid one minute. */
export function tekenLevering(organisatie: string, body: string, sleutel: SigningKey): Promise<string> {
  return new SignJWT({ org: organisatie, sha: hash(body) })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, ...(sleutel.kid ? { kid: sleutel.kid } : {}) })
    .setAudience(AANKONDIGING_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime("60s")
    .sign(sleutel.key);
}

/** The organisation that signed this delivery of `body`; throws when the token is not one of its keys, for another body, or expired. */
export async function verifieerLevering(token: string, body: string, sleutelVan: (organisatie: string) => Promise<KeyLike>): Promise<string> {
  const [, payloadDeel] = token.split(".");
  const claimed = JSON.parse(Buffer.from(payloadDeel ?? "", "base64url").toString("utf8") || "{}") as { org?: unknown };
  // Only an organisation of the hub: an unknown name must not make the register look for (or create) a key.
  if (typeof claimed.org !== "string" || !organisatieRegister().bekend(claimed.org)) throw new Error("delivery token names no organisation of the hub");
  const { payload } = await jwtVerify(token, await sleutelVan(claimed.org), { audience: AANKONDIGING_AUDIENCE, algorithms: [TOKEN_ALGORITHM], clockTolerance: 5 });
  if (payload.org !== claimed.org || payload.sha !== hash(body)) throw new Error("delivery token is for another body");
  return claimed.org;
}
