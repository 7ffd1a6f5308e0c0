import { createPrivateKey, randomUUID, sign, type KeyObject } from "node:crypto";
import { readFile } from "node:fs/promises";
import {
  claimsFromPrincipal,
  GATEWAY_ISSUER,
  generateDevelopmentKey,
  importPair,
  importSigningKey,
  loadKeys,
  type Principal,
  type SigningKey,
  signSubgraphToken,
  TOKEN_ALGORITHM,
} from "@gezinsbeeld/shared-schema";

/**
 * The gateway key the checks sign with: a private JWK or PKCS#8 PEM file (a
 * partner's own test environment), else the development key set that
 * `loadKeys()` reads (`GEZINSBEELD_KEYS_DIR`, default `.data/keys`).
 */
export async function leesGatewaySleutel(bestand?: string): Promise<SigningKey> {
  if (bestand) return importSigningKey(await readFile(bestand, "utf8"), bestand, false);
  const keys = await loadKeys({ production: false });
  if (!keys.gatewayPrivateKey) throw new Error("no gateway key: pass --gateway-key <file> (a private JWK or PEM)");
  return keys.gatewayPrivateKey;
}

/** The tokens one conformance run sends: the valid one exactly as the gateway signs it, and the three the subgraph must refuse. */
export interface Tokenmaker {
  /** A valid subgraph token for `principal`: audience the subgraph, owner `eig`, request id `rid`. */
  geldig(principal: Principal, requestId: string): Promise<string>;
  /** Signed by a key the gateway does not hold, under the gateway key's own `kid`. */
  vervalst(principal: Principal, requestId: string): Promise<string>;
  /** Signed by the gateway, but expired five minutes ago (beyond the 30 s clock tolerance). */
  verlopen(principal: Principal, requestId: string): Promise<string>;
  /** Signed by the gateway for another subgraph. */
  andereAudience(principal: Principal, requestId: string): Promise<string>;
  /** The same tokens for another subgraph (the register, when households are listed there). */
  voor(subgraph: string, organisatie: string): Tokenmaker;
}

/** {@link Tokenmaker} for the subgraph `subgraph`, owned by `organisatie`, signed with `sleutel`. */
export async function tokenmaker(sleutel: SigningKey, subgraph: string, organisatie: string): Promise<Tokenmaker> {
  const vreemd = await importPair(await generateDevelopmentKey("conformance-vervalst"));
  const vreemdeSleutel: SigningKey = { key: vreemd.privateKey, ...(sleutel.kid ? { kid: sleutel.kid } : {}) };
  return maker(sleutel, vreemdeSleutel, subgraph, organisatie);
}

function maker(sleutel: SigningKey, vreemdeSleutel: SigningKey, subgraph: string, organisatie: string): Tokenmaker {
  const opties = (requestId: string, audience = subgraph) => ({ requestId, audience, eigenaar: organisatie });
  return {
    voor: (ander, eigenaar) => maker(sleutel, vreemdeSleutel, ander, eigenaar),
    geldig: (principal, requestId) => signSubgraphToken(principal, opties(requestId), sleutel),
    vervalst: (principal, requestId) => signSubgraphToken(principal, opties(requestId), vreemdeSleutel),
    andereAudience: (principal, requestId) => signSubgraphToken(principal, opties(requestId, `${subgraph}-niet`), sleutel),
    verlopen: async (principal, requestId) => {
      // signSubgraphToken always signs for now; an expired token is written out by hand, in the same format.
      const nu = Math.floor(Date.now() / 1000);
      const header = { alg: TOKEN_ALGORITHM, typ: "JWT", ...(sleutel.kid ? { kid: sleutel.kid } : {}) };
      const payload = {
        ...claimsFromPrincipal(principal),
        rid: requestId,
        eig: organisatie,
        iss: GATEWAY_ISSUER,
        aud: subgraph,
        iat: nu - 360,
        exp: nu - 300,
        jti: randomUUID(),
      };
      const invoer = `${base64url(header)}.${base64url(payload)}`;
      const handtekening = sign(null, Buffer.from(invoer), alsKeyObject(sleutel.key));
      return `${invoer}.${handtekening.toString("base64url")}`;
    },
  };
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** jose's KeyLike is a node KeyObject on Node; a JWK object is imported as one. */
function alsKeyObject(key: unknown): KeyObject {
  if (typeof key === "object" && key !== null && "asymmetricKeyType" in key) return key as KeyObject;
  return createPrivateKey({ key: key as never, format: "jwk" });
}
