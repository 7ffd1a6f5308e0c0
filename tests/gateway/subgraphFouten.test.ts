import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { GraphQLDataSourceRequestKind } from "@apollo/gateway/dist/datasources/types";
import { SubgraphDataSource, zonderStapels } from "@gezinsbeeld/gateway";
import { developmentKeys, generateDevelopmentKeySet } from "@gezinsbeeld/shared-schema";
import { GraphQLError } from "graphql";

/**
 * A subgraph's refusals reach Apollo Gateway's own error mapping unchanged, and
 * that mapping makes them without a stack trace (`zonderStapels`); nothing else
 * loses its stack.
 */
const WEIGERING = {
  message: "Geen toegang tot gegevens van categorie JUSTITIEEL: het huishouden heeft hiervoor geen toestemming gegeven aan uw organisatie.",
  path: ["_entities", 0, "maatregelen"],
  extensions: { code: "FORBIDDEN", categorie: "JUSTITIEEL", reden: "no-consent" },
};

let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ data: { _entities: [{ maatregelen: null }] }, errors: [WEIGERING, { ...WEIGERING, path: ["_entities", 1, "maatregelen"] }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Frames in a stack trace: the lines after the first that start with "at". */
const frames = (stack: string | undefined): number => (stack ?? "").split("\n").filter((line) => /^\s+at /.test(line)).length;

it("hands Apollo a subgraph's errors as they came, and its map makes them without stacks", async () => {
  const keys = await developmentKeys(await generateDevelopmentKeySet());
  const dataSource = new SubgraphDataSource({ url, name: "gi", gatewayPrivateKey: keys.gatewayPrivateKey! });
  const response = await dataSource.process({
    kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
    request: { query: "{ __typename }", http: { method: "POST", url, headers: new Headers() as never } },
    context: { requestId: "r-fouten" } as never,
    incomingRequestContext: {} as never,
    pathInIncomingRequest: [],
  } as never);
  expect(response.errors).toEqual([WEIGERING, { ...WEIGERING, path: ["_entities", 1, "maatregelen"] }]);
  const limiet = Error.stackTraceLimit;
  // As executeQueryPlan's downstreamServiceError makes them.
  const fouten = response.errors!.map((fout) => new GraphQLError(fout.message, { originalError: fout as never, extensions: { ...fout.extensions, serviceName: "gi" } }));
  expect(fouten.map((fout) => frames(fout.stack))).toEqual([0, 0]);
  expect(fouten[0]!.extensions).toEqual({ ...WEIGERING.extensions, serviceName: "gi" });
  expect(Error.stackTraceLimit).toBe(limiet);
  // Outside that one map, errors keep their stacks.
  expect(frames(new GraphQLError("elders").stack)).toBeGreaterThan(0);
  expect(frames([1].map(() => new Error("elders"))[0]!.stack)).toBeGreaterThan(0);
});

it("restores the stack limit when the mapping throws", () => {
  const fouten = [WEIGERING];
  zonderStapels(fouten);
  const limiet = Error.stackTraceLimit;
  expect(() =>
    fouten.map(() => {
      throw new Error("midden in de map");
    }),
  ).toThrow("midden in de map");
  expect(Error.stackTraceLimit).toBe(limiet);
  expect(JSON.parse(JSON.stringify(fouten))).toEqual([WEIGERING]);
});
