import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor, startTracing, type Tracing } from "@gezinsbeeld/shared-schema";
import { GEZINSBEELD_QUERY } from "../supergraph/gezinsbeeldQuery";
import { DEFAULT_HUB_PRINCIPAL, startHubForTest, type HubUnderTest } from "../support/hub";

const spans = new InMemorySpanExporter();
let tracing: Tracing;
let hub: HubUnderTest;

beforeAll(async () => {
  // Before the hub: its services join this provider and its in-memory exporter.
  tracing = startTracing({ service: "hub-under-test", spanProcessors: [new SimpleSpanProcessor(spans)] });
  hub = await startHubForTest(60);
});

afterAll(async () => {
  await hub?.close();
  await tracing?.stop();
});

/** A red household with children and an expert by experience: every organisation has data on it. */
function gezinVanAlleVijf(): string {
  const gezin = hub.scenario.gezinnen.find((g) => g.fase === "ROOD" && g.mijlpalen.ervaringsdeskundigeVanaf && g.mijlpalen.meldingOp && g.leden.some((l) => l.gezinsrol === "KIND"));
  if (!gezin) throw new Error("the demo scenario has no household with data at all five organisations");
  return gezin.id;
}

async function vraag(headers: Record<string, string> = {}): Promise<{ requestId: string; body: { data?: unknown; errors?: unknown[] } }> {
  const response = await fetch(hub.gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await hub.userToken(DEFAULT_HUB_PRINCIPAL)}`, ...headers },
    body: JSON.stringify({ query: GEZINSBEELD_QUERY, variables: { id: gezinVanAlleVijf() } }),
  });
  return { requestId: response.headers.get("x-request-id") ?? "", body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

/** The spans of one trace once every service ended its part (a subgraph ends its server span just after answering). */
async function spoor(traceId: string, klaar: (spans: ReadableSpan[]) => boolean): Promise<ReadableSpan[]> {
  const deadline = Date.now() + 5000;
  for (;;) {
    await tracing.forceFlush();
    const found = spans.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    if (klaar(found) || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const parentOf = (span: ReadableSpan): string | undefined => span.parentSpanContext?.spanId;

/** Whether `span` descends from `ancestor` within `all`. */
function under(span: ReadableSpan, ancestor: ReadableSpan, all: ReadableSpan[]): boolean {
  const byId = new Map(all.map((s) => [s.spanContext().spanId, s]));
  for (let current = byId.get(parentOf(span) ?? ""); current; current = byId.get(parentOf(current) ?? "")) {
    if (current === ancestor) return true;
  }
  return false;
}

describe("one gateway request is one trace", () => {
  it("reaches all five subgraphs and their SQL under the gateway's trace id, which is the request id", async () => {
    spans.reset();
    const { requestId, body } = await vraag();
    expect(body.errors).toBeUndefined();
    expect(requestId).toMatch(/^[0-9a-f]{32}$/);

    const databases = new Map(hub.subgraphs.map((subgraph) => [subgraph.name, subgraph.databaseName]));
    const trace = await spoor(requestId, (found) =>
      [...databases.values()].every((database) => found.some((span) => span.attributes["db.namespace"] === database || span.attributes["db.name"] === database)),
    );
    const root = trace.find((span) => parentOf(span) === undefined);
    expect(root?.kind).toBe(1); // SERVER: the gateway's own request span, the trace's root
    expect(trace.some((span) => span.name === "gateway.request")).toBe(true);

    for (const [subgraph, database] of databases) {
      // The gateway's fetch from this subgraph…
      const fetches = trace.filter((span) => span.name === "gateway.fetch" && span.attributes.service === subgraph);
      expect({ subgraph, fetches: fetches.length > 0 }).toEqual({ subgraph, fetches: true });
      // …leads to the subgraph's server span (its traceparent came along)…
      const servers = trace.filter((span) => span.kind === 1 && fetches.some((fetch) => under(span, fetch, trace)));
      expect({ subgraph, servers: servers.length > 0 }).toEqual({ subgraph, servers: true });
      // …and from there to this subgraph's own SQL.
      const sql = trace.filter((span) => (span.attributes["db.namespace"] ?? span.attributes["db.name"]) === database && servers.some((server) => under(span, server, trace)));
      expect({ subgraph, sql: sql.length > 0 }).toEqual({ subgraph, sql: true });
    }
    // No SQL parameters in any span: the BSNs the query reads stay in the database's answer.
    const gezin = hub.scenario.gezinnen.find((g) => g.id === gezinVanAlleVijf())!;
    const tekst = JSON.stringify(trace.map((span) => span.attributes));
    for (const lid of gezin.leden) expect(tekst).not.toContain(lid.bsn);
  });

  it("records the trace id as request_id in every subgraph's access log", async () => {
    const { requestId } = await vraag();
    for (const subgraph of hub.subgraphs) {
      const rijen = (await subgraph.db.query(`SELECT DISTINCT request_id FROM toegangslog WHERE request_id = $1`, [requestId])) as Array<{ request_id: string }>;
      expect({ subgraph: subgraph.name, rijen }).toEqual({ subgraph: subgraph.name, rijen: [{ request_id: requestId }] });
    }
  });

  it("keeps a GET's query string, the variables with it, out of every span", async () => {
    spans.reset();
    const gezin = hub.scenario.gezinnen[0]!;
    const bsn = gezin.leden[0]!.bsn;
    const query = `query Lid($id: ID!) { gezin(id: $id) { naam } }`;
    const response = await fetch(`${hub.gateway.url}?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ id: gezin.id, bsn }))}`, {
      headers: { authorization: `Bearer ${await hub.userToken(DEFAULT_HUB_PRINCIPAL)}`, "apollo-require-preflight": "true" },
    });
    expect(response.status).toBe(200);
    const trace = await spoor(response.headers.get("x-request-id") ?? "", (found) => found.some((span) => parentOf(span) === undefined));
    const root = trace.find((span) => parentOf(span) === undefined);
    expect(root?.attributes["url.path"]).toBe("/graphql");
    expect(root?.attributes["url.query"]).toBe("REDACTED");
    expect(JSON.stringify(trace.map((span) => span.attributes))).not.toContain(bsn);
  });

  it("starts its own trace whatever traceparent a client sends: the client does not choose the request id", async () => {
    const gekozen = "4bf92f3577b34da6a3ce929d0e0e4736";
    const { requestId } = await vraag({ traceparent: `00-${gekozen}-00f067aa0ba902b7-01` });
    expect(requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(requestId).not.toBe(gekozen);
    const lokaalTeam = hub.subgraphs.find((subgraph) => subgraph.name === "lokaal-team")!;
    const [{ n }] = (await lokaalTeam.db.query(`SELECT count(*)::int AS n FROM toegangslog WHERE request_id = $1`, [gekozen])) as [{ n: number }];
    expect(n).toBe(0);
  });
});
