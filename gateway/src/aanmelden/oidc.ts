import type { Configuration } from "openid-client" with { "resolution-mode": "import" };

/**
 * Signing in through OpenID Connect: the authorization code flow with PKCE
 * (S256), state and nonce, done by the gateway as the client. The provider's
 * access token is the user token: the gateway verifies it with the keys it
 * verifies every user token with (`GEZINSBEELD_JWKS_URL` of that provider, its
 * issuer and the hub's audience), so the provider must issue JWT access tokens
 * for the hub's audience (a resource indicator) with the claims `org`, `rol`
 * (and `bsn` for a household member).
 */
export interface OidcInstellingen {
  /** The provider's issuer URL; its discovery document is read at the first sign-in. */
  issuer: string;
  clientId: string;
  /** Absent: a public client (PKCE only, `token_endpoint_auth_method` none). */
  clientSecret?: string;
  /** Where the provider sends the browser back: this gateway's `/auth/oidc/callback`. */
  redirectUri: string;
  /** Default `openid profile`. */
  scope?: string;
  /** Resource indicator (RFC 8707) for the access token; default the hub's audience. */
  resource?: string;
  /** Allow an `http://` provider (development and tests only; refused under NODE_ENV=production). */
  onveilig?: boolean;
}

/** What the environment configures (`GEZINSBEELD_OIDC_*`), or undefined when OpenID Connect is off. */
export function oidcUitOmgeving(env: NodeJS.ProcessEnv = process.env): OidcInstellingen | undefined {
  const issuer = env.GEZINSBEELD_OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  const clientId = env.GEZINSBEELD_OIDC_CLIENT_ID?.trim();
  const redirectUri = env.GEZINSBEELD_OIDC_REDIRECT_URI?.trim();
  if (!clientId || !redirectUri) {
    throw new Error("GEZINSBEELD_OIDC_ISSUER is set: set GEZINSBEELD_OIDC_CLIENT_ID and GEZINSBEELD_OIDC_REDIRECT_URI (this gateway's /auth/oidc/callback) too.");
  }
  const onveilig = env.GEZINSBEELD_OIDC_ALLOW_HTTP === "1" || env.GEZINSBEELD_OIDC_ALLOW_HTTP === "true";
  if (onveilig && env.NODE_ENV === "production") throw new Error("GEZINSBEELD_OIDC_ALLOW_HTTP is refused under NODE_ENV=production: the provider must be reached over HTTPS.");
  return {
    issuer,
    clientId,
    ...(env.GEZINSBEELD_OIDC_CLIENT_SECRET ? { clientSecret: env.GEZINSBEELD_OIDC_CLIENT_SECRET } : {}),
    redirectUri,
    ...(env.GEZINSBEELD_OIDC_SCOPE ? { scope: env.GEZINSBEELD_OIDC_SCOPE } : {}),
    ...(env.GEZINSBEELD_OIDC_RESOURCE ? { resource: env.GEZINSBEELD_OIDC_RESOURCE } : {}),
    onveilig,
  };
}

/** openid-client is an ES module: loaded the first time someone signs in this way, not at the gateway's start. */
type OpenidClient = typeof import("openid-client", { with: { "resolution-mode": "import" } });
let geladen: Promise<OpenidClient> | undefined;
const laadOpenidClient = (): Promise<OpenidClient> => (geladen ??= import("openid-client"));

/** A started sign-in, kept until the provider sends the browser back. */
export interface LopendeAanmelding {
  codeVerifier: string;
  nonce: string;
  /** The app path to return to. */
  terug: string;
  begonnen: number;
}

/** The client side of one provider: discovery once, then authorization URLs and code exchanges. */
export class OidcClient {
  private configuratie: Promise<Configuration> | undefined;

  private readonly resource: string;

  constructor(
    readonly instellingen: OidcInstellingen,
    audience: string,
  ) {
    this.resource = instellingen.resource ?? audience;
    // RFC 8707: a resource indicator is an absolute URI, and the provider refuses anything else at every sign-in.
    if (!/^[a-z][a-z0-9+.-]*:/i.test(this.resource)) {
      throw new Error(
        `OpenID Connect: the access token's resource '${this.resource}' is not an absolute URI; set GEZINSBEELD_JWT_AUDIENCE (or GEZINSBEELD_OIDC_RESOURCE) to one, e.g. https://gezinsbeeld.example.nl/graphql or urn:gezinsbeeld:gateway.`,
      );
    }
  }

  private async config(): Promise<{ client: OpenidClient; config: Configuration }> {
    const client = await laadOpenidClient();
    this.configuratie ??= client
      .discovery(
        new URL(this.instellingen.issuer),
        this.instellingen.clientId,
        this.instellingen.clientSecret ? { client_secret: this.instellingen.clientSecret } : { token_endpoint_auth_method: "none" },
        this.instellingen.clientSecret ? undefined : client.None(),
        this.instellingen.onveilig ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuratie = undefined; // try discovery again at the next sign-in
        throw error;
      });
    return { client, config: await this.configuratie };
  }

  /** The provider's authorization URL for a new sign-in, with what to keep until the callback. */
  async begin(terug: string): Promise<{ url: URL; state: string; lopend: LopendeAanmelding }> {
    const { client, config } = await this.config();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.instellingen.redirectUri,
      scope: this.instellingen.scope ?? "openid profile",
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state,
      nonce,
      resource: this.resource,
    });
    return { url, state, lopend: { codeVerifier, nonce, terug, begonnen: Date.now() } };
  }

  /** Exchange the code the provider sent back (checking state, nonce and the PKCE verifier) for the tokens. */
  async rondAf(callbackUrl: URL, state: string, lopend: LopendeAanmelding): Promise<{ accessToken: string; idToken?: string; naam: string | null }> {
    const { client, config } = await this.config();
    const tokens = await client.authorizationCodeGrant(
      config,
      callbackUrl,
      { pkceCodeVerifier: lopend.codeVerifier, expectedState: state, expectedNonce: lopend.nonce, idTokenExpected: true },
      { resource: this.resource },
    );
    const claims = tokens.claims();
    const naam = typeof claims?.name === "string" ? claims.name : null;
    return { accessToken: tokens.access_token, ...(tokens.id_token ? { idToken: tokens.id_token } : {}), naam };
  }

  /** The provider's sign-out URL (RP-initiated logout), when it has one. */
  async afmeldUrl(idToken: string | undefined, terugNa: string): Promise<string | undefined> {
    const { client, config } = await this.config();
    if (!config.serverMetadata().end_session_endpoint) return undefined;
    return client
      .buildEndSessionUrl(config, { post_logout_redirect_uri: terugNa, ...(idToken ? { id_token_hint: idToken } : {}) })
      .toString();
  }
}
