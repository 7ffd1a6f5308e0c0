import { randomBytes } from "node:crypto";
import { startGateway } from "@gezinsbeeld/gateway";
import { dropDatabase, ensureDatabase } from "@gezinsbeeld/infra";
import { gi } from "@gezinsbeeld/gi";
import { rvdk } from "@gezinsbeeld/rvdk";
import { databaseUrlFor, startSubgraph } from "@gezinsbeeld/shared-schema";
import { veiligThuis } from "@gezinsbeeld/veilig-thuis";
import { startHubForTest, type HubUnderTest } from "../support/hub";
import { startSubgraphForTest, testDatabaseServer } from "../support/subgraph";

let hub: HubUnderTest;

beforeAll(async () => {
  hub = await startHubForTest(3);
});

afterAll(async () => {
  await hub?.close();
});

interface Readiness {
  status: number;
  body: { status: string; failing?: string[]; checks: Record<string, { status: string; reason?: string; ms: number }> };
}

async function ready(url: string): Promise<Readiness> {
  const response = await fetch(new URL("/ready", url));
  return { status: response.status, body: (await response.json()) as Readiness["body"] };
}

const lokaalTeamUrl = (): string => hub.subgraphs.find((s) => s.name === "lokaal-team")!.url;

describe("/health and /ready", () => {
  it("answers /health 200 on every service without a token or a look at anything", async () => {
    for (const url of [hub.gateway.url, ...hub.subgraphs.map((s) => s.url)]) {
      const response = await fetch(new URL("/health", url));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: "ok" });
    }
  });

  it("is ready when the database answers, the migrations ran, the keys are loaded and, for a partner, the decision service answers", async () => {
    for (const subgraph of hub.subgraphs) {
      const { status, body } = await ready(subgraph.url);
      const expected = ["database", "migrations", "keys", ...(subgraph.name === "lokaal-team" ? [] : ["toegangsbeslisser"])];
      expect({ subgraph: subgraph.name, status, checks: Object.keys(body.checks).sort() }).toEqual({ subgraph: subgraph.name, status: 200, checks: expected.sort() });
      expect(Object.values(body.checks).every((check) => check.status === "ok")).toBe(true);
    }
  });

  it("has the gateway ready when its keys are loaded and every subgraph's /health answers", async () => {
    const { status, body } = await ready(hub.gateway.url);
    expect(status).toBe(200);
    expect(Object.keys(body.checks).sort()).toEqual(["keys", ...hub.subgraphs.map((s) => `subgraph:${s.name}`)].sort());
  });

  it("goes 503 naming the database when a subgraph loses it (connections closed, or refused by the server), while /health stays 200, and recovers", async () => {
    const partner = await startSubgraphForTest(veiligThuis, { keys: hub.keys, toegangsregisterUrl: lokaalTeamUrl() });
    try {
      expect((await ready(partner.url)).status).toBe(200);
      await partner.db.destroy();
      const { status, body } = await ready(partner.url);
      expect(status).toBe(503);
      expect(body.status).toBe("not-ready");
      expect(body.failing).toEqual(expect.arrayContaining(["database", "migrations"]));
      expect(body.failing).not.toContain("toegangsbeslisser");
      expect(body.checks.database).toMatchObject({ status: "failing", reason: "not connected" });
      expect((await fetch(new URL("/health", partner.url))).status).toBe(200);
      await partner.db.initialize();
      expect((await ready(partner.url)).status).toBe(200);

      // The server itself refuses the subgraph: its connections are ended and no new one is let in.
      const beheer = hub.subgraphs[0]!.db;
      await beheer.query(`ALTER DATABASE ${partner.databaseName} WITH ALLOW_CONNECTIONS false`);
      await beheer.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [partner.databaseName]);
      try {
        const weg = await ready(partner.url);
        expect(weg.status).toBe(503);
        expect(weg.body.checks.database).toMatchObject({ status: "failing", reason: "unavailable" });
      } finally {
        await beheer.query(`ALTER DATABASE ${partner.databaseName} WITH ALLOW_CONNECTIONS true`);
      }
      expect((await ready(partner.url)).status).toBe(200);
    } finally {
      await partner.close();
    }
  });

  it("goes 503 naming the migrations when the database lacks some", async () => {
    const server = testDatabaseServer();
    const databaseName = `t_${randomBytes(4).toString("hex")}_niet_gemigreerd`;
    await ensureDatabase(server, databaseName);
    const running = await startSubgraph(rvdk, {
      databaseUrl: databaseUrlFor(server, databaseName),
      port: 0,
      migrate: false,
      gatewayPublicKey: hub.keys.gatewayPublicKey,
      toegangsregisterUrl: lokaalTeamUrl(),
    });
    try {
      const { status, body } = await ready(running.url);
      expect(status).toBe(503);
      expect(body.failing).toEqual(["migrations"]);
      expect(body.checks.migrations).toMatchObject({ status: "failing", reason: "pending migrations" });
    } finally {
      await running.stop();
      await dropDatabase(server, databaseName);
    }
  });

  it("goes 503 naming the decision service when a partner cannot reach it", async () => {
    // No register at this address: the partner can decide nothing.
    const partner = await startSubgraphForTest(gi, { keys: hub.keys, toegangsregisterUrl: "http://127.0.0.1:9/graphql" });
    try {
      const { status, body } = await ready(partner.url);
      expect(status).toBe(503);
      expect(body.failing).toEqual(["toegangsbeslisser"]);
      expect(body.checks.toegangsbeslisser).toMatchObject({ status: "failing", reason: "unreachable" });
    } finally {
      await partner.close();
    }
  });

  it("has the gateway go 503 naming the subgraph that does not answer", async () => {
    const subgraphs = hub.subgraphs.map((s) => ({ name: s.name, url: s.name === "gi" ? "http://127.0.0.1:9/graphql" : s.url }));
    const gateway = await startGateway({ port: 0, keys: hub.keys, subgraphs });
    try {
      const { status, body } = await ready(gateway.url);
      expect(status).toBe(503);
      expect(body.failing).toEqual(["subgraph:gi"]);
      expect(body.checks["subgraph:veilig-thuis"]).toMatchObject({ status: "ok" });
    } finally {
      await gateway.stop();
    }
  });
});
