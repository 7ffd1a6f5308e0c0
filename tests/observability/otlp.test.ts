import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { startGateway } from "@gezinsbeeld/gateway";
import { createDevToken, developmentKeys, type IdentityKeys, keyEnvironment, Rol, startTracing } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";

/** What an OTLP/HTTP collector received: the JSON bodies posted to /v1/traces. */
interface Ontvangen {
  resourceSpans: Array<{
    resource: { attributes: Array<{ key: string; value: { stringValue?: string } }> };
    scopeSpans: Array<{ spans: Array<{ traceId: string; name: string }> }>;
  }>;
}

let collector: Server;
let collectorUrl: string;
const ontvangen: Ontvangen[] = [];
let keys: IdentityKeys;

beforeAll(async () => {
  keys = await developmentKeys();
  collector = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (req.url === "/v1/traces") ontvangen.push(JSON.parse(Buffer.concat(chunks).toString("utf8")) as Ontvangen);
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
  collectorUrl = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => collector?.close(resolve));
});

async function eenVerzoek(url: string): Promise<string> {
  const token = await createDevToken({ org: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER, user: "lt-otlp" }, keys);
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query: "query Wie { __typename }" }) });
  expect(response.status).toBe(200);
  return response.headers.get("x-request-id") ?? "";
}

describe("the OTLP exporter", () => {
  it("sends nothing anywhere without OTEL_EXPORTER_OTLP_ENDPOINT", async () => {
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    delete process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
    const gateway = await startGateway({ port: 0, keys, subgraphs: [] });
    const tracing = startTracing({ service: "kijker" });
    try {
      expect(tracing.exporter).toBe("none");
      await eenVerzoek(gateway.url);
      await tracing.forceFlush();
    } finally {
      await tracing.stop();
      await gateway.stop();
    }
    expect(ontvangen).toEqual([]);
  });

  it("sends a gateway process's spans, named for its service, to OTEL_EXPORTER_OTLP_ENDPOINT, flushing them when it stops", async () => {
    // A real process, started as a user starts it: the exporter loads its transport in a way jest's module system does not allow.
    const env: NodeJS.ProcessEnv = { ...process.env, ...(await keyEnvironment(keys)).gateway, PORT: "0", HOST: "127.0.0.1", OTEL_EXPORTER_OTLP_ENDPOINT: collectorUrl };
    delete env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
    delete env.OTEL_SERVICE_NAME;
    const child = spawn(process.execPath, [path.join(__dirname, "..", "..", "gateway", "dist", "main.js")], { env, stdio: ["ignore", "pipe", "pipe"] });
    let uitvoer = "";
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`gateway not ready within 30 s:\n${uitvoer}`)), 30_000);
      const lees = (chunk: Buffer): void => {
        uitvoer += chunk.toString();
        const match = /ready at (\S+)/.exec(uitvoer);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout.on("data", lees);
      child.stderr.on("data", lees);
      child.once("exit", (code) => reject(new Error(`gateway exited (${code}):\n${uitvoer}`)));
    });
    const requestId = await eenVerzoek(url);
    const gestopt = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await gestopt).toBe(0);

    const resources = ontvangen.flatMap((body) => body.resourceSpans);
    const serviceNames = new Set(resources.map((r) => r.resource.attributes.find((a) => a.key === "service.name")?.value.stringValue));
    expect(serviceNames).toEqual(new Set(["gezinsbeeld-gateway"]));
    const spans = resources.flatMap((r) => r.scopeSpans.flatMap((scope) => scope.spans));
    expect(requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(spans.filter((span) => span.traceId === requestId).map((span) => span.name)).toEqual(expect.arrayContaining(["gateway.request", "POST"]));
  });
});
