import { CLOCK_TOLERANCE_SECONDS, type IdentityKeys, IdentityError, MAX_USER_TOKEN_AGE_SECONDS, Rol, userTokenVerifier } from "@gezinsbeeld/shared-schema";
import { generateKeyPair, type JWTVerifyGetKey, type KeyLike, SignJWT } from "jose";

/**
 * The gateway reuses a user token's verification for a moment (userTokenVerifier):
 * never a refusal, never past what the token's own claims allow, never longer
 * than its bound, and each caller gets its own copy of the principal.
 */
describe("userTokenVerifier: a verification reused, within the token's own limits", () => {
  let privateKey: KeyLike;
  let publicKey: KeyLike;
  /** How often jose asked for the key: once per real verification. */
  let verificaties = 0;
  let keys: IdentityKeys;
  /** The clock the verifier and jose both read, in milliseconds. */
  let klok = Date.now();
  const nu = (): number => klok;

  beforeAll(async () => {
    ({ privateKey, publicKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" }));
    const sleutel: JWTVerifyGetKey = async () => {
      verificaties += 1;
      return publicKey;
    };
    keys = { issuer: "idp-test", audience: "gezinsbeeld-test", userTokenKey: sleutel, production: false };
  });

  beforeEach(() => {
    verificaties = 0;
    klok = Date.now();
  });

  const teken = (claims: { exp: number; iat?: number }, key: KeyLike = privateKey): Promise<string> =>
    new SignJWT({ sub: "lt-karin-smits", org: "LOKAAL_TEAM", rol: "TEAMLEIDER" })
      .setProtectedHeader({ alg: "EdDSA" })
      .setIssuer("idp-test")
      .setAudience("gezinsbeeld-test")
      .setIssuedAt(claims.iat ?? Math.floor(klok / 1000))
      .setExpirationTime(claims.exp)
      .sign(key);

  it("verifies a token once and answers the next requests from what it verified, each with a principal of its own", async () => {
    const verifieer = userTokenVerifier(keys, { nu });
    const token = await teken({ exp: Math.floor(klok / 1000) + 600 });
    const eerste = await verifieer(token);
    const tweede = await verifieer(token);
    expect(eerste).toEqual({ userId: "lt-karin-smits", organisatie: "LOKAAL_TEAM", rol: Rol.TEAMLEIDER });
    expect(tweede).toEqual(eerste);
    expect(verificaties).toBe(1);
    // A handler that changes its principal changes no one else's.
    (eerste as { rol: string }).rol = Rol.PRIVACY_OFFICER;
    expect((await verifieer(token)).rol).toBe(Rol.TEAMLEIDER);
    expect(verificaties).toBe(1);
  });

  it("verifies again after the reuse bound, and refuses a token once its exp has passed, though it was verified before", async () => {
    const verifieer = userTokenVerifier(keys, { nu, hergebruikSeconden: 60 });
    const exp = Math.floor(klok / 1000) + 120;
    const token = await teken({ exp });
    await verifieer(token);
    klok += 61_000;
    await verifieer(token);
    expect(verificaties).toBe(2);
    // Past exp and the clock tolerance: refused as jose refuses it, not answered from before.
    klok = (exp + CLOCK_TOLERANCE_SECONDS + 1) * 1000;
    await expect(verifieer(token)).rejects.toBeInstanceOf(IdentityError);
    expect(verificaties).toBe(3);
  });

  it("refuses a token past its maximum age though its exp is later", async () => {
    const verifieer = userTokenVerifier(keys, { nu, hergebruikSeconden: 24 * 3600 });
    const iat = Math.floor(klok / 1000);
    const token = await teken({ iat, exp: iat + 24 * 3600 });
    await verifieer(token);
    klok = (iat + MAX_USER_TOKEN_AGE_SECONDS + CLOCK_TOLERANCE_SECONDS + 1) * 1000;
    await expect(verifieer(token)).rejects.toBeInstanceOf(IdentityError);
  });

  it("keeps no refusal: a token with a bad signature is verified, and refused, every time", async () => {
    const verifieer = userTokenVerifier(keys, { nu });
    const ander = await generateKeyPair("EdDSA", { crv: "Ed25519" });
    const vervalst = await teken({ exp: Math.floor(klok / 1000) + 600 }, ander.privateKey);
    for (let i = 0; i < 3; i++) await expect(verifieer(vervalst)).rejects.toBeInstanceOf(IdentityError);
    expect(verificaties).toBe(3);
    // A bit changed in a token verified before is another token: verified, and refused.
    const token = await teken({ exp: Math.floor(klok / 1000) + 600 });
    await verifieer(token);
    const [kop, inhoud, handtekening] = token.split(".");
    const gewijzigd = `${kop}.${inhoud}.${handtekening!.startsWith("A") ? "B" : "A"}${handtekening!.slice(1)}`;
    await expect(verifieer(gewijzigd)).rejects.toBeInstanceOf(IdentityError);
  });

  it("keeps at most maxTekens verifications, the oldest going first", async () => {
    const verifieer = userTokenVerifier(keys, { nu, maxTekens: 2 });
    const exp = Math.floor(klok / 1000) + 600;
    const [a, b, c] = await Promise.all([teken({ exp }), teken({ exp: exp + 1 }), teken({ exp: exp + 2 })]);
    for (const token of [a!, b!, c!]) await verifieer(token);
    expect(verificaties).toBe(3);
    await verifieer(c!);
    await verifieer(b!);
    expect(verificaties).toBe(3);
    await verifieer(a!);
    expect(verificaties).toBe(4);
  });
});
