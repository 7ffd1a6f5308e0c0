import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { POSTGRES_IMAGE } from "@gezinsbeeld/infra/dist/k8sBase";
import { loadKeys } from "@gezinsbeeld/shared-schema";
import { loadYamlDocuments } from "@gezinsbeeld/infra/dist/k8sYaml";

/** docker-compose.yml and .env.example: the deployment on one machine. */
const REPO = path.join(__dirname, "..", "..");
const COMPOSE_FILE = path.join(REPO, "docker-compose.yml");
const PORT: Record<string, number> = { "lokaal-team": 4001, "veilig-thuis": 4002, rvdk: 4003, gi: 4004, ervaringsdeskundigen: 4005 };
const ORGANISATIONS = Object.keys(PORT);

interface ComposeService {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test?: string[]; disable?: boolean };
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
  read_only?: boolean;
  cap_drop?: string[];
}

const composeText = readFileSync(COMPOSE_FILE, "utf8");
const compose = loadYamlDocuments(composeText, COMPOSE_FILE, { merge: true })[0] as { services: Record<string, ComposeService> };
const services = compose.services;
const envExample = readFileSync(path.join(REPO, ".env.example"), "utf8");

/** `fetch(...)/ready` run by node: the image has no curl. */
function readyCheck(port: number): string[] {
  return ["CMD", "node", "-e", `fetch('http://127.0.0.1:${port}/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`];
}

describe("docker-compose.yml", () => {
  it("runs a migration per database before its subgraph: the database healthy first, then `npm run migrate -- <subgraph>` to completion", () => {
    for (const organisation of ORGANISATIONS) {
      const migrate = services[`migrate-${organisation}`];
      expect({ organisation, command: migrate.command, restart: migrate.restart, database: migrate.environment?.DATABASE_URL }).toEqual({
        organisation,
        command: ["node", "infra/dist/migrate.js", organisation],
        restart: "no",
        database: `postgres://gezinsbeeld:\${POSTGRES_PASSWORD}@db-${organisation}:5432/gezinsbeeld_${organisation.replace(/-/g, "_")}`,
      });
      expect(migrate.depends_on).toEqual({ [`db-${organisation}`]: { condition: "service_healthy" } });
      expect(services[organisation].depends_on).toMatchObject({
        [`db-${organisation}`]: { condition: "service_healthy" },
        [`migrate-${organisation}`]: { condition: "service_completed_successfully" },
      });
      expect(services[organisation].environment?.DATABASE_URL).toBe(migrate.environment?.DATABASE_URL);
    }
  });

  it("calls a service healthy when GET /ready on its port answers 200, and starts the gateway after all five subgraphs are", () => {
    for (const organisation of ORGANISATIONS) {
      expect({ organisation, test: services[organisation].healthcheck?.test, port: services[organisation].environment?.PORT }).toEqual({
        organisation,
        test: readyCheck(PORT[organisation]),
        port: String(PORT[organisation]),
      });
    }
    expect(services.gateway.healthcheck?.test).toEqual(readyCheck(4000));
    expect(services.gateway.depends_on).toEqual(Object.fromEntries(ORGANISATIONS.map((organisation) => [organisation, { condition: "service_healthy" }])));
    // The partners' /ready asks lokaal-team's decision service.
    for (const partner of ORGANISATIONS.filter((name) => name !== "lokaal-team")) expect(services[partner].depends_on?.["lokaal-team"]).toEqual({ condition: "service_healthy" });
    for (const organisation of ORGANISATIONS) {
      expect(services[`db-${organisation}`].healthcheck?.test).toEqual(["CMD", "pg_isready", "-U", "gezinsbeeld", "-d", `gezinsbeeld_${organisation.replace(/-/g, "_")}`]);
    }
  });

  it("runs the hub's containers with NODE_ENV=production, read-only, without capabilities, and the same PostgreSQL as Kubernetes", () => {
    for (const name of [...ORGANISATIONS, "gateway", ...ORGANISATIONS.map((organisation) => `migrate-${organisation}`)]) {
      expect({ name, production: services[name].environment?.NODE_ENV, readOnly: services[name].read_only, capDrop: services[name].cap_drop }).toEqual({
        name,
        production: "production",
        readOnly: true,
        capDrop: ["ALL"],
      });
    }
    for (const organisation of ORGANISATIONS) expect(services[`db-${organisation}`].image).toBe(POSTGRES_IMAGE);
  });

  it("hands the gateway's private key to the gateway only", () => {
    for (const [name, service] of Object.entries(services)) {
      expect({ name, hasPrivateKey: Object.keys(service.environment ?? {}).some((variable) => variable.startsWith("GEZINSBEELD_GATEWAY_PRIVATE_KEY")) }).toEqual({ name, hasPrivateKey: name === "gateway" });
    }
  });

  it("documents in .env.example every variable it reads, each with a comment, and nothing it does not read but the audit keys", () => {
    const used = new Set([...composeText.matchAll(/\$\{([A-Z_][A-Z0-9_]*)/g)].map((match) => match[1]));
    const lines = envExample.split("\n");
    const documented = new Map<string, boolean>();
    lines.forEach((line, index) => {
      const match = /^([A-Z_][A-Z0-9_]*)=/.exec(line);
      if (match) documented.set(match[1], (lines[index - 1] ?? "").startsWith("#"));
    });
    for (const variable of used) expect({ variable, documented: documented.get(variable) }).toEqual({ variable, documented: true });
    expect([...documented.keys()].filter((variable) => !used.has(variable)).sort()).toEqual(["GEZINSBEELD_AUDIT_PRIVATE_KEY", "GEZINSBEELD_AUDIT_PUBLIC_KEY"]);
    expect(envExample).toMatch(/openssl genpkey -algorithm ed25519/);
    expect(envExample).toMatch(/generateKeyPairSync\("ed25519"\)/);
  });

  it("makes keys that the services accept under NODE_ENV=production with the command .env.example gives", async () => {
    const command = /^#\s+(node -e '.*')$/m.exec(envExample)?.[1];
    expect(command).toBeDefined();
    const output = execFileSync("bash", ["-c", command!], { encoding: "utf8" });
    const value = (name: string): string => new RegExp(`^${name}='(.*)'$`, "m").exec(output)![1];
    const gateway = await loadKeys({ production: true, env: { GEZINSBEELD_GATEWAY_PRIVATE_KEY: value("GEZINSBEELD_GATEWAY_PRIVATE_KEY") } });
    const subgraph = await loadKeys({ production: true, env: { GEZINSBEELD_GATEWAY_PUBLIC_KEY: value("GEZINSBEELD_GATEWAY_PUBLIC_KEY") } });
    expect(gateway.gatewayPrivateKey?.kid).toMatch(/^gateway-\d{4}-\d{2}-\d{2}$/);
    expect(subgraph.gatewayPublicKey).toBeDefined();
  });

  const dockerCompose = spawnSync("docker-compose", ["version"], { stdio: "ignore" }).status === 0;
  (dockerCompose ? it : it.skip)("passes `docker-compose config -q` with .env filled in, and refuses to run without its secrets (needs docker-compose)", () => {
    const scratch = mkdtempSync(path.join(tmpdir(), "gezinsbeeld-compose-"));
    try {
      const filled = path.join(scratch, "filled.env");
      writeFileSync(
        filled,
        [
          "POSTGRES_PASSWORD=0123abcd",
          "GEZINSBEELD_JWT_ISSUER=https://login.example",
          "GEZINSBEELD_GATEWAY_PRIVATE_KEY='{\"kty\":\"OKP\"}'",
          "GEZINSBEELD_GATEWAY_PUBLIC_KEY='{\"kty\":\"OKP\"}'",
          ...["VEILIG_THUIS", "RVDK", "GI", "ERVARINGSDESKUNDIGEN"].map((org) => `GEZINSBEELD_AANKONDIGING_PRIVATE_KEY_${org}='{"kty":"OKP","kid":"${org}"}'`),
          "GEZINSBEELD_AANKONDIGING_PUBLIC_KEYS='{\"keys\":[]}'",
          "",
        ].join("\n"),
      );
      // Only PATH from this environment: a developer's own variables must not fill in what the test leaves empty.
      const env = { PATH: process.env.PATH ?? "" };
      const run = (envFile: string): ReturnType<typeof spawnSync> => spawnSync("docker-compose", ["-f", COMPOSE_FILE, "--project-directory", REPO, "--env-file", envFile, "config", "-q"], { env, encoding: "utf8" });
      const ok = run(filled);
      expect({ status: ok.status, stderr: ok.stderr }).toEqual({ status: 0, stderr: "" });
      const empty = path.join(scratch, "empty.env");
      writeFileSync(empty, "");
      const refused = run(empty);
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toMatch(/set (POSTGRES_PASSWORD|GEZINSBEELD_\w+) in \.env/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
