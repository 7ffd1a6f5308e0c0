import { createPublicKey } from "node:crypto";
import { createRemoteJWKSet, importJWK, jwtVerify, type JWK, type JWTPayload, type KeyLike } from "jose";
import { ORGANISATIE, SUBGRAPH } from "./config";

/** Who asks, as the gateway vouched for them. */
export interface Principal {
  userId: string;
  organisatie: string | null;
  rol: string;
  bsn?: string;
  samenwerking?: boolean;
}

/** A verified call from the gateway. */
export interface Oproep {
  principal: Principal;
  /** The gateway's request id (`rid`): the same in every organisation's log. */
  requestId: string;
  /** The token itself: shown to the decision service, which then decides for this principal and owner only. */
  token: string;
  /** The SHA-256 (base64url) of the decision bundle the gateway passed with this call (`bsl`), if any. */
  besluitenHash?: string;
}

/** Why a token is refused: the Dutch message the caller reads (no library names, no details). */
export class Geweigerd extends Error {}

export const GATEWAY_ISSUER = "gezinsbeeld-gateway";
const ROLLEN = new Set(["MEDEWERKER", "GEDRAGSWETENSCHAPPER", "TEAMLEIDER", "PRIVACY_OFFICER", "COORDINATOR", "INWONER"]);
/** The gateway signs a token per call, for 60 s; clocks may differ by 30 s. */
const LEVENSDUUR_S = 60;
const KLOKSPELING_S = 30;

type Sleutelbron = KeyLike | ((header: { kid?: string; alg?: string }) => Promise<KeyLike>);

/** The gateway's key(s): a JWK (or SPKI PEM) given as text, and/or its published key set. */
export async function gatewaySleutels(opties: { publicKey?: string; jwksUrl?: string }): Promise<Sleutelbron[]> {
  const bronnen: Sleutelbron[] = [];
  if (opties.publicKey) {
    const tekst = opties.publicKey.trim();
    if (tekst.startsWith("{")) {
      const jwk = JSON.parse(tekst) as JWK & { keys?: JWK[] };
      for (const sleutel of jwk.keys ?? [jwk]) {
        const { d: _d, ...publiek } = sleutel as JWK;
        bronnen.push((await importJWK({ ...publiek, alg: "EdDSA" }, "EdDSA")) as KeyLike);
      }
    } else {
      bronnen.push(createPublicKey(tekst) as unknown as KeyLike);
    }
  }
  if (opties.jwksUrl) bronnen.push(createRemoteJWKSet(new URL(opties.jwksUrl), { timeoutDuration: 2000, cooldownDuration: 30_000 }) as unknown as Sleutelbron);
  return bronnen;
}

/**
 * Verify the gateway's token for one call: EdDSA only, signed by the gateway's
 * key, issuer `gezinsbeeld-gateway`, audience exactly `ggz` (one audience, ours),
 * not expired, at most 60 s of life, with a principal and a request id; and, if
 * it names an owner (`eig`), that owner is GGZ.
 */
export async function verifieer(token: string, sleutels: readonly Sleutelbron[]): Promise<Oproep> {
  let payload: JWTPayload | undefined;
  for (const sleutel of sleutels) {
    try {
      ({ payload } = await jwtVerify(token, sleutel as KeyLike, {
        algorithms: ["EdDSA"],
        issuer: GATEWAY_ISSUER,
        audience: SUBGRAPH,
        requiredClaims: ["exp", "iat", "sub", "rid"],
        maxTokenAge: LEVENSDUUR_S + KLOKSPELING_S,
        clockTolerance: KLOKSPELING_S,
      }));
      break;
    } catch {
      // Try the next key (a rotation in the published set); refused below if none takes it.
    }
  }
  if (!payload) throw new Geweigerd("Het token is ongeldig of verlopen, of niet door de gateway voor de GGZ ondertekend.");
  const aud = payload.aud;
  if (aud !== SUBGRAPH && !(Array.isArray(aud) && aud.length === 1 && aud[0] === SUBGRAPH)) throw new Geweigerd("Het token is niet alleen voor de GGZ bestemd.");
  if (typeof payload.exp !== "number" || typeof payload.iat !== "number" || payload.exp - payload.iat > LEVENSDUUR_S) {
    throw new Geweigerd("Het token leeft langer dan de gateway een token voor één vraag geeft.");
  }
  const { sub, org, rol, bsn, samenwerking, rid, eig, bsl } = payload as Record<string, unknown>;
  if (typeof rid !== "string" || rid === "" || rid.length > 200) throw new Geweigerd("Het token noemt geen verzoek-id.");
  if (eig !== undefined && eig !== ORGANISATIE) throw new Geweigerd("Het token is voor de gegevens van een andere organisatie.");
  if (typeof sub !== "string" || sub.trim() === "" || typeof rol !== "string" || !ROLLEN.has(rol)) throw new Geweigerd("Het token noemt geen geldige gebruiker of rol.");
  let principal: Principal;
  if (rol === "INWONER") {
    if (typeof bsn !== "string" || !/^\d{9}$/.test(bsn) || org != null) throw new Geweigerd("Het token van een inwoner is niet geldig.");
    principal = { userId: sub, organisatie: null, rol, bsn };
  } else {
    if (typeof org !== "string" || !/^[A-Z][A-Z0-9_]{0,63}$/.test(org) || bsn !== undefined) throw new Geweigerd("Het token noemt geen geldige organisatie.");
    principal = { userId: sub, organisatie: org, rol, ...(samenwerking === true && rol === "PRIVACY_OFFICER" ? { samenwerking: true } : {}) };
  }
  return { principal, requestId: rid, token, ...(typeof bsl === "string" ? { besluitenHash: bsl } : {}) };
}
