import type { JWTPayload } from "jose";
import type { Principal } from "../context/RequestContext";
import type { Organisatie } from "../enums/Organisatie";
import { organisatieRegister } from "../organisaties/organisatieRegister";
import { Rol } from "../enums/Rol";
import { isGeldigBsn } from "../scalars/BSN";
import { IdentityError } from "./IdentityError";

/** The claims that say who a token speaks for, in user tokens and subgraph tokens alike. */
export interface PrincipalClaims {
  /** The user id. */
  sub: string;
  /** The organisation (a code of the organisation register); absent for role INWONER. */
  org?: Organisatie;
  /** The role (a `Rol` value). */
  rol: Rol;
  /** Only for role INWONER: the household member's BSN. */
  bsn?: string;
  /** Only for role PRIVACY_OFFICER: true for a privacy officer of the partnership (reads every organisation's access log). */
  samenwerking?: boolean;
}

const ROLLEN = new Set<string>(Object.values(Rol));

/**
 * The principal a verified token speaks for. `sub` is the user id; `rol` is
 * required; `org` is required for every role except INWONER, who belongs to no
 * organisation and carries `bsn` instead (which must pass the elfproef);
 * `samenwerking` (boolean) only on a PRIVACY_OFFICER's token. Any other
 * combination is refused with an {@link IdentityError} (`INVALID_CLAIMS`).
 */
export function principalFromClaims(payload: JWTPayload): Principal {
  const invalid = (message: string): IdentityError => new IdentityError("INVALID_CLAIMS", message);
  const { sub, org, rol, bsn, samenwerking } = payload as Record<string, unknown>;
  if (typeof sub !== "string" || sub.trim() === "") throw invalid("Het token noemt geen gebruiker (claim 'sub').");
  if (typeof rol !== "string" || !ROLLEN.has(rol)) {
    throw invalid(`Het token noemt geen geldige rol (claim 'rol'); geldig zijn ${[...ROLLEN].join(", ")}.`);
  }
  if (rol === Rol.INWONER) {
    if (samenwerking !== undefined) throw invalid("Alleen een functionaris gegevensbescherming kan er een van de samenwerking zijn (claim 'samenwerking').");
    if (org !== undefined && org !== null) throw invalid("Een token van een inwoner noemt geen organisatie (claim 'org'): een inwoner hoort bij geen organisatie.");
    if (typeof bsn !== "string" || !isGeldigBsn(bsn)) throw invalid("Een token van een inwoner moet een geldig burgerservicenummer hebben (claim 'bsn').");
    return { userId: sub, organisatie: null, rol: Rol.INWONER, bsn };
  }
  const register = organisatieRegister();
  if (!register.bekend(org)) {
    throw invalid(`Het token noemt geen organisatie uit het organisatieregister (claim 'org'); geldig zijn ${register.codes().join(", ")}.`);
  }
  if (bsn !== undefined) throw invalid("Alleen het token van een inwoner draagt een burgerservicenummer (claim 'bsn').");
  if (samenwerking !== undefined) {
    if (typeof samenwerking !== "boolean") throw invalid("De claim 'samenwerking' is true of false.");
    // The claim widens what an auditor may read; on any other role it means nothing, so such a token was made wrongly.
    if (rol !== Rol.PRIVACY_OFFICER) throw invalid("Alleen een functionaris gegevensbescherming kan er een van de samenwerking zijn (claim 'samenwerking').");
  }
  return { userId: sub, organisatie: org as Organisatie, rol: rol as Rol, ...(samenwerking === true ? { samenwerking: true } : {}) };
}

/** The claims for `principal`, checked the same way a verifier will check them. */
export function claimsFromPrincipal(principal: Principal): PrincipalClaims {
  const claims: PrincipalClaims = {
    sub: principal.userId,
    rol: principal.rol,
    ...(principal.organisatie ? { org: principal.organisatie } : {}),
    ...(principal.bsn !== undefined ? { bsn: principal.bsn } : {}),
    ...(principal.samenwerking ? { samenwerking: true } : {}),
  };
  principalFromClaims(claims as unknown as JWTPayload);
  return claims;
}
