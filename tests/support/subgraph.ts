import { randomBytes, randomUUID } from "node:crypto";
import { dropDatabase, ensureDatabase } from "@gezinsbeeld/infra";
import { subgraphs } from "@gezinsbeeld/infra/dist/subgraphs";
import { lokaalTeam } from "@gezinsbeeld/lokaal-team";
import {
  DECISION_TOKEN_HEADER,
  databaseUrlFor,
  developmentKeys,
  type IdentityKeys,
  type Principal,
  Rol,
  type RunningSubgraph,
  signDecisionToken,
  signSubgraphToken,
  startSubgraph,
  type SubgraphDefinition,
} from "@gezinsbeeld/shared-schema";
import { demoScenario, type DemoScenario } from "@gezinsbeeld/demo";

/** A GraphQL response as the tests read it. */
export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

/** A subgraph started on port 0 against a fresh database of its own. */
export interface SubgraphUnderTest extends RunningSubgraph {
  databaseName: string;
  /** The key set the subgraph trusts (its gateway key pair signs {@link request}'s tokens). */
  keys: IdentityKeys;
  /** The principal {@link request} asks as by default: a teamleider of the subgraph's own organisation. */
  defaultPrincipal: Principal;
  /**
   * POST a query as the gateway would send it for `principal` (default
   * {@link defaultPrincipal}): a subgraph token for this subgraph only, and a
   * decision token for this subgraph's owner.
   */
  request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, principal?: Principal): Promise<GraphQLResponse<T>>;
  /** A gateway-signed token for this subgraph, as the gateway sends it. */
  gatewayToken(principal?: Principal, options?: { audience?: string; requestId?: string }): Promise<string>;
  /** The headers the gateway sends this subgraph for `principal`: both tokens. */
  gatewayHeaders(principal?: Principal): Promise<Record<string, string>>;
  /** Stop the server and drop its database. */
  close(): Promise<void>;
}

/** The PostgreSQL server of this test run (see globalSetup). */
export function testDatabaseServer(): string {
  const url = process.env.GEZINSBEELD_TEST_DATABASE_URL;
  if (!url) throw new Error("GEZINSBEELD_TEST_DATABASE_URL is not set: run the tests through jest's globalSetup.");
  return url;
}

/** POST a GraphQL request. */
export async function postGraphQL<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/**
 * Start `definition` on a new, migrated database; seeded with `scenario` when given
 * (`true` for the default demo scenario). It trusts `keys` (default: a fresh
 * development key set, made in memory: no files).
 */
export async function startSubgraphForTest(
  definition: SubgraphDefinition,
  options: { seed?: DemoScenario | boolean; keys?: IdentityKeys; toegangsregisterUrl?: string } = {},
): Promise<SubgraphUnderTest> {
  const keys = options.keys ?? (await developmentKeys());
  const gatewayPrivateKey = keys.gatewayPrivateKey;
  if (!gatewayPrivateKey) throw new Error("startSubgraphForTest: the key set has no gateway key to sign test requests with");
  const server = testDatabaseServer();
  const databaseName = `t_${randomBytes(4).toString("hex")}_${definition.databaseName}`;
  await ensureDatabase(server, databaseName);
  const running = await startSubgraph(definition, {
    databaseUrl: databaseUrlFor(server, databaseName),
    port: 0,
    gatewayPublicKey: keys.gatewayPublicKey,
    toegangsregisterUrl: options.toegangsregisterUrl ?? "http://127.0.0.1:9/graphql",
  });
  if (options.seed) {
    const scenario = options.seed === true ? demoScenario() : options.seed;
    await definition.seed(running.db, scenario);
    // The seed's records announced their involvements: the register has them before the test asks
    // (a partner started without a register keeps them in its outbox).
    if (definition.toegangsregister || options.toegangsregisterUrl) await running.bezorger.leeg();
  }
  const defaultPrincipal: Principal = { userId: "test-teamleider", organisatie: definition.organisatie, rol: Rol.TEAMLEIDER };
  const gatewayToken: SubgraphUnderTest["gatewayToken"] = (principal = defaultPrincipal, tokenOptions = {}) =>
    signSubgraphToken(
      principal,
      { requestId: tokenOptions.requestId ?? randomUUID(), audience: tokenOptions.audience ?? definition.name },
      gatewayPrivateKey,
    );
  const gatewayHeaders: SubgraphUnderTest["gatewayHeaders"] = async (principal = defaultPrincipal) => {
    const requestId = randomUUID();
    const [token, beslisToken] = await Promise.all([
      gatewayToken(principal, { requestId }),
      signDecisionToken(principal, { requestId, eigenaar: definition.organisatie, subgraph: definition.name }, gatewayPrivateKey),
    ]);
    return { authorization: `Bearer ${token}`, [DECISION_TOKEN_HEADER]: beslisToken };
  };
  return {
    ...running,
    databaseName,
    keys,
    defaultPrincipal,
    gatewayToken,
    gatewayHeaders,
    request: async (query, variables, principal) => postGraphQL(running.url, query, variables, await gatewayHeaders(principal)),
    close: async () => {
      await running.stop();
      await dropDatabase(server, databaseName);
    },
  };
}

/**
 * lokaal-team, the access register, seeded, with the involvements every other
 * organisation's seed announces (each partner is started on a database of its
 * own, seeded alike, its outbox handed to the register, and stopped again): the
 * register as `npm start` builds it. `behalve`: a partner the caller starts itself.
 */
export async function startRegisterForTest(options: { seed: DemoScenario | true; keys?: IdentityKeys; behalve?: SubgraphDefinition }): Promise<SubgraphUnderTest> {
  const keys = options.keys ?? (await developmentKeys());
  const register = await startSubgraphForTest(lokaalTeam, { seed: options.seed, keys });
  for (const definition of subgraphs) {
    if (definition === lokaalTeam || definition.name === options.behalve?.name) continue;
    const partner = await startSubgraphForTest(definition, { seed: options.seed, keys, toegangsregisterUrl: register.url });
    await partner.close();
  }
  return register;
}

/** A partner subgraph under test with the lokaal-team access register it reads, both seeded with the same scenario. */
export interface PartnerUnderTest extends SubgraphUnderTest {
  /** lokaal-team, the access register: change involvements and consents through it. */
  register: SubgraphUnderTest;
}

/**
 * Start a partner subgraph together with a real lokaal-team as its access
 * register (the access policy decides every field from it), seeded alike.
 */
export async function startPartnerForTest(definition: SubgraphDefinition, options: { seed: DemoScenario | true }): Promise<PartnerUnderTest> {
  const keys = await developmentKeys();
  const register = await startRegisterForTest({ seed: options.seed, keys, behalve: definition });
  const partner = await startSubgraphForTest(definition, { seed: options.seed, keys, toegangsregisterUrl: register.url });
  return {
    ...partner,
    register,
    close: async () => {
      await partner.close();
      await register.close();
    },
  };
}
