// A real OpenID Provider for the sign-in tests: node-oidc-provider (OpenID
// Certified), started as its own process (it is an ES module; jest runs
// CommonJS). Its access tokens are JWTs for the hub's audience, signed with
// Ed25519, with the claims the hub reads (org, rol, bsn), so the gateway
// verifies them with this provider's JWKS like any user token.
//
// Configured by one JSON argument: { port, audience, clientId, redirectUri,
// postLogoutRedirectUri, accounts: { <login>: { name, org?, rol?, bsn? } } }.
// Prints "ready <issuer>" on stdout once it listens.
import { generateKeyPairSync, randomUUID } from "node:crypto";
import Provider, { errors } from "oidc-provider";

const instellingen = JSON.parse(process.argv[2] ?? "{}");
const issuer = `http://127.0.0.1:${instellingen.port}`;
const { privateKey } = generateKeyPairSync("ed25519");
const jwk = { ...privateKey.export({ format: "jwk" }), kid: `test-${randomUUID()}`, alg: "EdDSA", use: "sig" };
const accounts = instellingen.accounts ?? {};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: instellingen.clientId,
      token_endpoint_auth_method: "none",
      redirect_uris: [instellingen.redirectUri],
      post_logout_redirect_uris: [instellingen.postLogoutRedirectUri],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      id_token_signed_response_alg: "EdDSA",
    },
  ],
  jwks: { keys: [jwk] },
  enabledJWA: { idTokenSigningAlgValues: ["EdDSA"] },
  pkce: { required: () => true },
  scopes: ["openid", "profile"],
  claims: { openid: ["sub"], profile: ["name"] },
  cookies: { keys: [randomUUID()] },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => instellingen.audience,
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx, resource) => {
        if (resource !== instellingen.audience) throw new errors.InvalidTarget();
        return { scope: "", audience: instellingen.audience, accessTokenTTL: 3600, accessTokenFormat: "jwt", jwt: { sign: { alg: "EdDSA" } } };
      },
    },
  },
  findAccount: (_ctx, id) => {
    const account = accounts[id];
    if (!account) return undefined;
    return { accountId: id, claims: () => ({ sub: id, name: account.name }) };
  },
  extraTokenClaims: (_ctx, token) => {
    if (token.kind !== "AccessToken") return undefined;
    const account = accounts[token.accountId];
    if (!account) return undefined;
    const claims = {};
    for (const naam of ["org", "rol", "bsn"]) if (account[naam] !== undefined) claims[naam] = account[naam];
    return claims;
  },
});
provider.proxy = false;
const server = provider.listen(instellingen.port, "127.0.0.1", () => console.log(`ready ${issuer}`));
const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.on("disconnect", stop);
