import { errors } from "jose";

/** Why a request's token was refused. */
export type IdentityErrorReason =
  /** No `Authorization: Bearer …` header. */
  | "MISSING"
  /** Not a compact JWS, or a header that cannot be read. */
  | "MALFORMED"
  /** Past `exp`, or issued longer ago than the maximum token age. */
  | "EXPIRED"
  /** Signed with a key this service does not trust. */
  | "BAD_SIGNATURE"
  /** Signed with another algorithm than EdDSA (including `alg: none` and HMAC). */
  | "ALGORITHM_NOT_ALLOWED"
  /** Issued by someone else than the configured issuer. */
  | "WRONG_ISSUER"
  /** Meant for another service. */
  | "WRONG_AUDIENCE"
  /** Signed correctly, but the claims do not describe a valid person (role, organisation, BSN). */
  | "INVALID_CLAIMS"
  /** The verification keys could not be fetched (remote JWKS down): not the caller's fault. */
  | "KEYS_UNAVAILABLE";

/**
 * A token the hub refuses. The message is Dutch and meant for the person (or
 * front-end developer) who sent the request; `reason` is for code and logs.
 * Servers answer it with {@link IdentityError.status} and nothing executed.
 */
export class IdentityError extends Error {
  override readonly name = "IdentityError";

  constructor(
    readonly reason: IdentityErrorReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** HTTP status to answer with: 503 when the keys were unavailable, 401 otherwise. */
  get status(): 401 | 503 {
    return this.reason === "KEYS_UNAVAILABLE" ? 503 : 401;
  }
}

/**
 * Key configuration a process cannot start with: a development key or issuer
 * under NODE_ENV=production, a key that is not Ed25519, a missing key. Thrown at
 * start-up so a misconfigured service never serves a single request.
 */
export class KeyConfigurationError extends Error {
  override readonly name = "KeyConfigurationError";
}

/**
 * Translate a `jose` verification error into an {@link IdentityError} with a
 * Dutch message. `service` names what the token should have been meant for, for
 * the audience message (default "gezinsbeeld").
 */
export function toIdentityError(error: unknown, service = "gezinsbeeld"): IdentityError {
  if (error instanceof IdentityError) return error;
  const fail = (reason: IdentityErrorReason, message: string): IdentityError => new IdentityError(reason, message, { cause: error });
  if (error instanceof errors.JWTExpired) {
    return fail("EXPIRED", "Het token is verlopen. Vraag een nieuw token aan en probeer het opnieuw.");
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case "iss":
        return fail("WRONG_ISSUER", "Het token is niet uitgegeven door een uitgever die gezinsbeeld vertrouwt.");
      case "aud":
        return fail("WRONG_AUDIENCE", `Het token is niet bestemd voor ${service}.`);
      case "exp":
        return fail("MALFORMED", "Het token heeft geen geldige vervaltijd (exp); tokens zonder vervaltijd worden niet geaccepteerd.");
      case "iat":
        return fail("MALFORMED", "Het token heeft geen geldig uitgiftemoment (iat).");
      default:
        return fail("INVALID_CLAIMS", `Het token is ongeldig: de claim '${error.claim}' klopt niet.`);
    }
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return fail("ALGORITHM_NOT_ALLOWED", "Het token is ondertekend met een algoritme dat niet is toegestaan; alleen EdDSA (Ed25519) wordt geaccepteerd.");
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return fail("BAD_SIGNATURE", "De handtekening van het token klopt niet of is gezet met een sleutel die gezinsbeeld niet vertrouwt.");
  }
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return keysUnavailable(error);
  return fail("MALFORMED", "Het token is geen geldig ondertekend JWT.");
}

/** The issuer's keys could not be fetched or read: answered with 503, not blamed on the token. */
export function keysUnavailable(cause: unknown): IdentityError {
  return new IdentityError(
    "KEYS_UNAVAILABLE",
    "Inloggen is nu niet mogelijk: de sleutels van de uitgever van het token zijn niet bereikbaar. Probeer het later opnieuw.",
    { cause },
  );
}
