/** The settings of the GGZ subgraph, all from the environment (what `npm start` or a deployment hands it). */
export interface Config {
  port: number;
  databaseUrl: string;
  /** The gateway's public key (a JWK or SPKI PEM), `GEZINSBEELD_GATEWAY_PUBLIC_KEY`. */
  gatewayPublicKey?: string;
  /** The gateway's published key set, `GEZINSBEELD_GATEWAY_JWKS_URL`. */
  gatewayJwksUrl?: string;
  /** The origin of the decision service and the register's intake (the local team's subgraph). */
  registerOrigin: string;
  /** GGZ's own Ed25519 key (a private JWK) for its deliveries to the register. */
  aankondigingSleutel?: string;
  demo: boolean;
  beslisserTimeoutMs: number;
  limieten: Limieten;
}

export interface Limieten {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

/** Our own name: the audience of our tokens. */
export const SUBGRAPH = "ggz";
/** The organisation that owns this subgraph's data, as the hub's organisation register names it. */
export const ORGANISATIE = "GGZ";

/** A variable's text: the variable itself, or the file `<name>_FILE` names (a mounted secret); both set is refused. */
function lees(env: NodeJS.ProcessEnv, naam: string, leesBestand: (pad: string) => string): string | undefined {
  const waarde = env[naam];
  const bestand = env[`${naam}_FILE`];
  if (waarde && bestand) throw new Error(`${naam} and ${naam}_FILE are both set; set one`);
  if (waarde) return waarde;
  if (bestand) {
    const tekst = leesBestand(bestand).trim();
    if (!tekst) throw new Error(`${naam}_FILE names an empty file`);
    return tekst;
  }
  return undefined;
}

function geheelGetal(env: NodeJS.ProcessEnv, naam: string, standaard: number): number {
  const raw = env[naam];
  if (raw === undefined || raw === "") return standaard;
  const waarde = Number(raw);
  if (!Number.isInteger(waarde) || waarde < 1) throw new Error(`${naam}=${raw}: expected a positive whole number`);
  return waarde;
}

export function leesConfig(env: NodeJS.ProcessEnv, leesBestand: (pad: string) => string): Config {
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set");
  const gatewayPublicKey = lees(env, "GEZINSBEELD_GATEWAY_PUBLIC_KEY", leesBestand);
  const gatewayJwksUrl = env.GEZINSBEELD_GATEWAY_JWKS_URL || undefined;
  if (!gatewayPublicKey && !gatewayJwksUrl) throw new Error("set GEZINSBEELD_GATEWAY_PUBLIC_KEY (a JWK) or GEZINSBEELD_GATEWAY_JWKS_URL: without the gateway's key no request can be served");
  const register = env.GEZINSBEELD_TOEGANGSREGISTER_URL || "http://127.0.0.1:4001";
  return {
    port: geheelGetal(env, "PORT", 4006),
    databaseUrl,
    ...(gatewayPublicKey ? { gatewayPublicKey } : {}),
    ...(gatewayJwksUrl ? { gatewayJwksUrl } : {}),
    registerOrigin: new URL(register).origin,
    ...(() => {
      const sleutel = lees(env, "GEZINSBEELD_AANKONDIGING_PRIVATE_KEY", leesBestand);
      return sleutel ? { aankondigingSleutel: sleutel } : {};
    })(),
    demo: env.GEZINSBEELD_DEMO === "1",
    beslisserTimeoutMs: geheelGetal(env, "GEZINSBEELD_TOEGANGSBESLISSER_TIMEOUT_MS", 3000),
    limieten: {
      maxDepth: geheelGetal(env, "GEZINSBEELD_SUBGRAPH_MAX_DEPTH", 12),
      maxAliases: geheelGetal(env, "GEZINSBEELD_SUBGRAPH_MAX_ALIASES", 30),
      maxDirectives: geheelGetal(env, "GEZINSBEELD_SUBGRAPH_MAX_DIRECTIVES", 40),
      maxTokens: geheelGetal(env, "GEZINSBEELD_SUBGRAPH_MAX_TOKENS", 10_000),
      maxCost: geheelGetal(env, "GEZINSBEELD_SUBGRAPH_MAX_COST", 60_000),
    },
  };
}
