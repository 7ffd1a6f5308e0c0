import { SignJWT } from "jose";
import type { Organisatie } from "../enums/Organisatie";
import { organisatieRegister } from "../organisaties/organisatieRegister";
import { Rol } from "../enums/Rol";
import { claimsFromPrincipal } from "./claims";
import { IdentityError, KeyConfigurationError } from "./IdentityError";
import { type IdentityKeys, TOKEN_ALGORITHM } from "./IdentityKeys";
import { loadKeys } from "./loadKeys";
import { MAX_USER_TOKEN_AGE_SECONDS } from "./userToken";

/** Who a development token speaks for (`npm run token`). */
export interface DevTokenRequest {
  /** Organisation; null or absent for role INWONER. */
  org?: Organisatie | null;
  rol: Rol;
  /** User id (`sub`). */
  user: string;
  /** Only for role INWONER: the household member's BSN. */
  bsn?: string;
  /** Only for role PRIVACY_OFFICER: a privacy officer of the partnership (every organisation's access log). Default false. */
  samenwerking?: boolean;
  /** Lifetime: seconds, or a number with unit s, m, h or d (`"8h"`). Default `"8h"`; at most 12 h. */
  ttl?: string | number;
}

/**
 * Sign a development user token with the development key the gateway trusts in
 * development: issuer and audience of `keys`, `iat`, `exp`, the principal claims.
 * Refused under NODE_ENV=production and when user tokens are verified with a
 * configured key (the gateway would not trust this one).
 *
 * @param keys default {@link loadKeys}()
 */
export async function createDevToken(request: DevTokenRequest, keys?: IdentityKeys): Promise<string> {
  const identity = keys ?? (await loadKeys());
  if (identity.production) throw new KeyConfigurationError("Development tokens are not made under NODE_ENV=production.");
  if (!identity.userTokenSigningKey) {
    throw new KeyConfigurationError(
      "No development signing key: user tokens are verified with GEZINSBEELD_JWT_PUBLIC_KEY or GEZINSBEELD_JWKS_URL, so a development token would not be trusted. Unset them to use the development key set.",
    );
  }
  const ttl = parseTtl(request.ttl ?? "8h");
  const claims = claimsFromPrincipal({
    userId: request.user,
    organisatie: request.org ?? null,
    rol: request.rol,
    ...(request.bsn !== undefined ? { bsn: request.bsn } : {}),
    ...(request.samenwerking ? { samenwerking: true } : {}),
  });
  const { key, kid } = identity.userTokenSigningKey;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: "JWT", ...(kid ? { kid } : {}) })
    .setIssuer(identity.issuer)
    .setAudience(identity.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + ttl)
    .sign(key);
}

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/**
 * A lifetime in seconds from `"90s"`, `"30m"`, `"8h"`, `"1d"` or a number of
 * seconds; at most 12 h ({@link MAX_USER_TOKEN_AGE_SECONDS}), since no older token is accepted.
 */
export function parseTtl(ttl: string | number): number {
  const match = /^\s*(\d+)\s*([smhd]?)\s*$/i.exec(String(ttl));
  if (!match) throw new IdentityError("INVALID_CLAIMS", `Ongeldige geldigheidsduur '${ttl}'; gebruik bijvoorbeeld 90s, 30m of 8h.`);
  const unit = (match[2] || "s").toLowerCase() as keyof typeof UNIT_SECONDS;
  const seconds = Number(match[1]) * UNIT_SECONDS[unit];
  if (seconds <= 0 || seconds > MAX_USER_TOKEN_AGE_SECONDS) {
    throw new IdentityError("INVALID_CLAIMS", `De geldigheidsduur moet tussen 1 seconde en 12 uur liggen (gevraagd: ${ttl}).`);
  }
  return seconds;
}

/** `gi`, `GI`, `veilig-thuis`, `Veilig_Thuis`, `lokaalteam` → the organisation register's code; undefined when none matches. */
export function parseOrganisatie(text: string): Organisatie | undefined {
  return matchEnum(organisatieRegister().codes(), text);
}

/** `medewerker`, `privacy-officer`, `PRIVACY_OFFICER` → the Rol; undefined when none matches. */
export function parseRol(text: string): Rol | undefined {
  return matchEnum(Object.values(Rol), text);
}

function matchEnum<T extends string>(values: readonly T[], text: string): T | undefined {
  const plain = (value: string): string => value.toUpperCase().replace(/[-_\s]/g, "");
  return values.find((value) => plain(value) === plain(text));
}
