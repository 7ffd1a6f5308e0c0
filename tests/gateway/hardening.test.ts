import { readFileSync } from "node:fs";
import type { ApolloServerPlugin, GraphQLRequestListener } from "@apollo/server";
import { type GatewayContext, SUPERGRAPH_FILE, useGegevensFilter } from "@gezinsbeeld/gateway";
import { type Principal, Rol } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { buildClientSchema, getIntrospectionQuery, getOperationAST, type GraphQLSchema, type IntrospectionQuery, parse } from "graphql";
import { GEZINSBEELD_FIELDS, GEZINSBEELD_PAGE_QUERY, GEZINSBEELD_QUERY } from "../supergraph/gezinsbeeldQuery";
import { DEFAULT_HUB_PRINCIPAL, startHubForTest, type HubUnderTest } from "../support/hub";
import type { GraphQLResponse, SubgraphUnderTest } from "../support/subgraph";

/** Privacy officers see no dossier content (policy step 1): ZORGEN and HULPVERLENING are never theirs to read. */
const PRIVACY_OFFICER: Principal = { userId: "po-hardening", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.PRIVACY_OFFICER };

/** The README's "Example: one gezinsbeeld", as printed there. */
const README_QUERY = `query Gezinsbeeld($id: ID!) {
  gezin(id: $id) {
    naam
    regie { organisatie vanaf }
    leden { voornamen gezinsrol minderjarig }
    betrokkenheden { organisatie regime intensiteit actief }
    meldingen { datum aard status }
    beschermingsonderzoeken { status conclusie }
    maatregelen { soort startdatum einddatum kind { voornamen } }
    jeugdbeschermer { naam }
    ervaringsdeskundigen { vanaf totaalContacten }
  }
}`;

let hub: HubUnderTest;
let lokaalTeam: SubgraphUnderTest;
let gezinId: string;
/** Dossier content (ZORGEN, HULPVERLENING) of one household: a privacy officer may never read it. */
let dossierQuery: string;

beforeAll(async () => {
  hub = await startHubForTest();
  lokaalTeam = hub.subgraphs.find((s) => s.name === "lokaal-team")!;
  gezinId = hub.scenario.gezinnen[0]!.id;
  dossierQuery = `{ gezin(id: "${gezinId}") { id aanleiding zorgenEnKrachten { soort } tijdslijn { datum } } }`;
});

afterAll(async () => {
  await hub?.close();
});

// The gateway logs every removed field and refused request; the subgraphs log internal errors. Keep the output readable.
let quiet: jest.SpyInstance[];
beforeEach(() => {
  quiet = [jest.spyOn(console, "warn").mockImplementation(() => undefined), jest.spyOn(console, "error").mockImplementation(() => undefined)];
});
afterEach(() => quiet.forEach((spy) => spy.mockRestore()));

/** One HTTP answer as a test reads it: status, content type, raw text and the JSON it holds (if any). */
interface Answer {
  status: number;
  contentType: string;
  text: string;
  json: GraphQLResponse;
  ms: number;
}

async function send(url: string, init: RequestInit): Promise<Answer> {
  const start = Date.now();
  const response = await fetch(url, init);
  const text = await response.text();
  let json: GraphQLResponse = {};
  try {
    json = JSON.parse(text) as GraphQLResponse;
  } catch {
    // Asserted below: every answer must be JSON.
  }
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", text, json, ms: Date.now() - start };
}

/** GET the gateway with `search` as the raw query string, as `principal`; the preflight header keeps Apollo's CSRF check quiet. */
async function get(search: string, principal: Principal = PRIVACY_OFFICER): Promise<Answer> {
  return send(`${hub.gateway.url}?${search}`, { headers: { authorization: `Bearer ${await hub.userToken(principal)}`, "apollo-require-preflight": "true" } });
}

/** POST a raw body to the gateway as `principal`. */
async function postGateway(body: string, principal: Principal = DEFAULT_HUB_PRINCIPAL): Promise<Answer> {
  return send(hub.gateway.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${await hub.userToken(principal)}` }, body });
}

/** POST a raw body straight to lokaal-team, with the tokens the gateway would send. */
async function postSubgraph(body: string): Promise<Answer> {
  return send(lokaalTeam.url, { method: "POST", headers: { "content-type": "application/json", ...(await lokaalTeam.gatewayHeaders()) }, body });
}

const codes = (answer: Answer): unknown[] => (answer.json.errors ?? []).map((e) => e.extensions?.code);

/** What no error answer may show, whoever sends what: a GraphQL JSON error with a code, no internals. */
function expectCleanError(answer: Answer): void {
  expect(answer.contentType).toMatch(/^application\/json/);
  expect(answer.json.errors?.length).toBeGreaterThan(0);
  for (const error of answer.json.errors ?? []) {
    expect(typeof error.message).toBe("string");
    expect(error.extensions?.code).toEqual(expect.any(String));
  }
  expect(answer.text).not.toMatch(/<html|<!DOCTYPE/i);
  expect(answer.text).not.toMatch(/\bat \S+ \(|\n\s+at /);
  expect(answer.text).not.toMatch(/\/work\/|node_modules/);
  expect(answer.text).not.toMatch(/postgres|syntax|invalid byte sequence|QueryFailedError|request to http/i);
  expect(answer.text).not.toContain("stacktrace");
}

/** The dossier content in an answer: nothing, whether the field is absent or null. */
function expectNoDossierContent(answer: Answer): void {
  const gezin = answer.json.data?.gezin as Record<string, unknown> | null | undefined;
  expect(gezin?.aanleiding ?? null).toBeNull();
  expect(gezin?.zorgenEnKrachten ?? null).toBeNull();
  expect(gezin?.tijdslijn ?? null).toBeNull();
}

describe("the gateway's field filter reads the request exactly as Apollo Server does", () => {
  it.each([
    ["a parameter ending in '?'", (q: string) => `a?&query=${q}`],
    ["a '?' before the first parameter", (q: string) => `?query=${q}`],
    ["an encoded '?' (%3F)", (q: string) => `a%3F&query=${q}`],
    ["a ';' in an earlier parameter", (q: string) => `a;b=c&query=${q}`],
    ["empty parameters before the query", (q: string) => `&&=&query=${q}`],
  ])("gives a privacy officer no ZORGEN or HULPVERLENING field behind %s, and says the gateway refused it", async (_trick, search) => {
    const answer = await get(search(encodeURIComponent(dossierQuery)));
    expectNoDossierContent(answer);
    // Where Apollo ran the query, the gateway itself refused the fields (its filter or its second check): not left to the subgraph.
    if (answer.json.data !== undefined) {
      const gateway = (answer.json.errors ?? []).filter((e) => e.extensions?.verwijderdDoor === "gateway");
      expect(gateway.map((e) => e.extensions?.code)).toContain("FORBIDDEN");
    }
  });

  it("refuses a GET that gives the query twice, whichever comes first", async () => {
    const harmless = encodeURIComponent(`{ gezin(id: "${gezinId}") { id } }`);
    for (const search of [`query=${harmless}&query=${encodeURIComponent(dossierQuery)}`, `query=${encodeURIComponent(dossierQuery)}&query=${harmless}`]) {
      const answer = await get(search);
      expect(answer.status).toBe(403);
      expect(codes(answer)).toEqual(["FORBIDDEN"]);
      expect(answer.json.errors?.[0]?.message).toMatch(/^De gateway weigert deze aanvraag/);
      expect(answer.json.data).toBeUndefined();
    }
  });

  it("refuses a batched POST and a query that is not a string, before Apollo sees them", async () => {
    for (const body of [JSON.stringify([{ query: dossierQuery }]), JSON.stringify({ query: [dossierQuery] })]) {
      const answer = await postGateway(body, PRIVACY_OFFICER);
      expect(answer.status).toBe(403);
      expect(codes(answer)).toEqual(["FORBIDDEN"]);
      expect(answer.json.data).toBeUndefined();
    }
  });

  it("refuses the whole request when the document Apollo resolved still holds a field the requester may never read", async () => {
    // The middleware cannot be made to miss a field any more; so hand the plugin a document as if it had.
    const filter = useGegevensFilter({ log: () => undefined });
    const introspection = (await hub.request<IntrospectionQuery>(getIntrospectionQuery())).data!;
    const apiSchema: GraphQLSchema = buildClientSchema(introspection);
    const plugin = filter.plugin as Required<ApolloServerPlugin<GatewayContext>>;
    const server = (await plugin.serverWillStart({} as never)) as { schemaDidLoadOrUpdate(update: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }): void };
    server.schemaDidLoadOrUpdate({ apiSchema, coreSupergraphSdl: readFileSync(SUPERGRAPH_FILE, "utf8") });
    const listenerFor = async (principal: Principal) =>
      (await plugin.requestDidStart({ contextValue: { requestId: "r", principal } } as never)) as GraphQLRequestListener<GatewayContext>;
    const document = parse(dossierQuery);
    const resolved = { document, operation: getOperationAST(document), operationName: null, request: {} };

    await expect((await listenerFor(PRIVACY_OFFICER)).didResolveOperation!(resolved as never)).rejects.toMatchObject({
      message: expect.stringMatching(/^De gateway weigert deze aanvraag/),
      extensions: { code: "FORBIDDEN", verwijderdDoor: "gateway" },
    });
    // The local team's teamleider may read the dossier content: nothing to refuse.
    await expect((await listenerFor(DEFAULT_HUB_PRINCIPAL)).didResolveOperation!(resolved as never)).resolves.toBeUndefined();
  });
});

/** `gezin(id){ leden { gezin { leden { … id } } } }`, `depth` selections deep as graphql-armor counts (gezin is 1, id the last). */
function deepQuery(depth: number): string {
  const levels = Array.from({ length: depth - 2 }, (_, i) => (i % 2 === 0 ? "leden" : "gezin"));
  return `{ gezin(id: "${gezinId}") { ${levels.map((field) => `${field} { `).join("")}id${" }".repeat(levels.length)} } }`;
}

describe("query limits (graphql-armor)", () => {
  it("answers the README's gezinsbeeld query and a page of 25 whole gezinsbeelden", async () => {
    // What the policy refuses (FORBIDDEN) may be in the answer; no limit may be.
    const readme = await hub.request(README_QUERY, { id: gezinId });
    expect(readme.errors?.filter((e) => /GRAPHQL_|BAD_REQUEST|INTERNAL/.test(String(e.extensions?.code))) ?? []).toEqual([]);
    expect(readme.data).toHaveProperty("gezin");
    const whole = await hub.request(GEZINSBEELD_QUERY, { id: gezinId });
    expect(whole.errors?.filter((e) => /GRAPHQL_|BAD_REQUEST|INTERNAL/.test(String(e.extensions?.code))) ?? []).toEqual([]);
    expect(whole.data).toHaveProperty("gezin");
    const page = await hub.request(GEZINSBEELD_PAGE_QUERY, { first: 25 });
    expect(page.errors?.filter((e) => /GRAPHQL_|INTERNAL/.test(String(e.extensions?.code))) ?? []).toEqual([]);
    expect(page.data?.gezinnen?.nodes.length).toBeGreaterThan(0);
  });

  it.each([
    ["a query 14 levels deep", () => deepQuery(14), "GRAPHQL_VALIDATION_FAILED", /te diep genest/],
    ["1000 aliases of gezin(id)", () => `{ ${Array.from({ length: 1000 }, (_, i) => `g${i}: gezin(id: "${gezinId}") { naam }`).join(" ")} }`, "GRAPHQL_PARSE_FAILED", /te lang/],
    ["5000 aliases of a list field", () => `{ gezin(id: "${gezinId}") { ${Array.from({ length: 5000 }, (_, i) => `l${i}: leden { voornamen }`).join(" ")} } }`, "GRAPHQL_PARSE_FAILED", /te lang/],
    ["20 aliases", () => `{ ${Array.from({ length: 20 }, (_, i) => `g${i}: gezin(id: "${gezinId}") { naam }`).join(" ")} }`, "GRAPHQL_VALIDATION_FAILED", /te veel aliassen/],
    ["30 directives", () => `{ gezin(id: "${gezinId}") { ${Array.from({ length: 30 }, () => "naam @include(if: true)").join(" ")} } }`, "GRAPHQL_VALIDATION_FAILED", /te veel directives/],
    ["100 whole gezinsbeelden in one page", () => `{ gezinnen(first: 100) { totalCount nodes { ${GEZINSBEELD_FIELDS} } } }`, "GRAPHQL_VALIDATION_FAILED", /te veel gegevens tegelijk/],
  ])("refuses %s at the gateway, quickly, with a coded Dutch error", async (_attack, query, code, message) => {
    hub.resetStatements();
    const answer = await postGateway(JSON.stringify({ query: query() }));
    expect(answer.status).toBe(400);
    expectCleanError(answer);
    expect(codes(answer)).toEqual([code]);
    expect(answer.json.errors?.[0]?.message).toMatch(message);
    expect(answer.json.data).toBeUndefined();
    expect(answer.ms).toBeLessThan(2_000);
    // Refused before planning: no subgraph ran a statement.
    expect(hub.statementCount()).toBe(0);
  });

  it("counts list sizes given in variables: 100 whole gezinsbeelden are refused, 25 are not", async () => {
    const refused = await postGateway(JSON.stringify({ query: GEZINSBEELD_PAGE_QUERY, variables: { first: 100 } }));
    expect(refused.status).toBe(400);
    expect(refused.json.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", limiet: "maxCost" });
    const answered = await postGateway(JSON.stringify({ query: GEZINSBEELD_PAGE_QUERY, variables: { first: 25 } }));
    expect(answered.status).toBe(200);
    // The sizes found within the limit are remembered per document; other sizes of the same text are counted again.
    const again = await postGateway(JSON.stringify({ query: GEZINSBEELD_PAGE_QUERY, variables: { first: 100 } }));
    expect(again.status).toBe(400);
    expect(again.json.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", limiet: "maxCost" });
    const wrongType = await postGateway(JSON.stringify({ query: GEZINSBEELD_PAGE_QUERY, variables: { first: "100" } }));
    expect(wrongType.status).toBe(400);
  });

  it("refuses a deep query sent straight to a subgraph", async () => {
    const answer = await postSubgraph(JSON.stringify({ query: deepQuery(14) }));
    expect(answer.status).toBe(400);
    expectCleanError(answer);
    expect(answer.json.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", limiet: "maxDepth" });
  });
});

describe("every error is a GraphQL JSON error with a code and no internals", () => {
  const cases: Array<[string, () => string, number, string, RegExp]> = [
    ["malformed JSON", () => "{ nope", 400, "BAD_REQUEST", /^De aanvraag is geen geldige JSON\.$/],
    ["a 2 MB body", () => JSON.stringify({ query: "{ __typename }", opvulling: "x".repeat(2 * 1024 * 1024) }), 413, "BAD_REQUEST", /^De aanvraag is groter dan 1 MB\.$/],
    ["an unknown operationName", () => JSON.stringify({ query: "query Bekend { __typename }", operationName: "Onbekend" }), 400, "OPERATION_RESOLUTION_FAILURE", /geen operatie met de naam "Onbekend"/],
    ["a NUL in zoek", () => JSON.stringify({ query: `{ gezinnen(zoek: "\\u0000") { totalCount } }` }), 400, "BAD_USER_INPUT", /bevat een ongeldig teken/],
    ["a NUL in a variable", () => JSON.stringify({ query: `query($z: String) { gezinnen(zoek: $z) { totalCount } }`, variables: { z: "jans\u0000" } }), 400, "BAD_USER_INPUT", /bevat een ongeldig teken/],
  ];

  it.each(cases)("answers %s through the gateway", async (_case, body, _status, code, message) => {
    const answer = await postGateway(body());
    expectCleanError(answer);
    expect(codes(answer)).toEqual([code]);
    expect(answer.json.errors?.[0]?.message).toMatch(message);
    // Through the gateway a subgraph's refusal arrives inside a 200 answer; the gateway's own carry their status.
    if (code !== "BAD_USER_INPUT") expect(answer.status).toBe(_status);
  });

  it.each(cases)("answers %s straight from a subgraph", async (_case, body, status, code, message) => {
    const answer = await postSubgraph(body());
    expectCleanError(answer);
    expect(answer.status).toBe(status);
    expect(codes(answer)).toEqual([code]);
    expect(answer.json.errors?.[0]?.message).toMatch(message);
  });

  it("refuses a query text with a NUL each time it is sent, though its check is remembered per parsed query", async () => {
    const body = JSON.stringify({ query: `{ gezinnen(zoek: "ab\\u0000") { totalCount } }` });
    for (let i = 0; i < 3; i++) {
      const answer = await postSubgraph(body);
      expect(answer.status).toBe(400);
      expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
    }
    const schoon = await postSubgraph(JSON.stringify({ query: `{ gezinnen(zoek: "ab") { totalCount } }` }));
    expect(schoon.json.errors).toBeUndefined();
  });

  it("answers an unknown address with a JSON 404, at the gateway and at a subgraph", async () => {
    for (const url of [hub.gateway.url.replace(/\/graphql$/, "/bestaat-niet"), lokaalTeam.url.replace(/\/graphql$/, "/bestaat-niet")]) {
      const answer = await send(url, {});
      expect(answer.status).toBe(404);
      expectCleanError(answer);
      expect(codes(answer)).toEqual(["NOT_FOUND"]);
    }
  });

  it("puts Apollo's own refusals in Dutch: a batch at a subgraph", async () => {
    const answer = await postSubgraph(JSON.stringify([{ query: "{ __typename }" }]));
    expectCleanError(answer);
    expect(codes(answer)).toEqual(["BAD_REQUEST"]);
    expect(answer.json.errors?.[0]?.message).toMatch(/batching/);
    expect(answer.json.errors?.[0]?.message).toMatch(/niet ondersteund/);
  });
});
