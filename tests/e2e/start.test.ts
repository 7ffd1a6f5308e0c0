import { execFile, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { startNpmStart } from "../support/npmStart";
import { postGraphQL, testDatabaseServer } from "../support/subgraph";

const REPO = path.join(__dirname, "..", "..");
const OFFSET = 20000 + (process.pid % 1000) * 10;
const GATEWAY = `http://127.0.0.1:${4000 + OFFSET}/graphql`;

let hub: ChildProcess;
let output = "";
let startSeconds = 0;
let keysDir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  // A key directory of its own, so the run never touches (or depends on) the developer's .data/keys.
  keysDir = await mkdtemp(path.join(tmpdir(), "gezinsbeeld-e2e-keys-"));
  env = {
    ...process.env,
    GEZINSBEELD_DATABASE_URL: testDatabaseServer(),
    GEZINSBEELD_PORT_OFFSET: String(OFFSET),
    PORT: "4000",
    GEZINSBEELD_KEYS_DIR: keysDir,
  };
  // Started the way a user starts it (`npm start` runs this script after `tsc -b`),
  // against this run's PostgreSQL instead of a second embedded one.
  const gestart = await startNpmStart(env);
  hub = gestart.child;
  output = gestart.output();
  startSeconds = gestart.startSeconds;
}, 120_000);

afterAll(async () => {
  if (hub && hub.exitCode === null) {
    hub.kill("SIGKILL");
  }
  if (keysDir) await rm(keysDir, { recursive: true, force: true });
});

/** A token from `npm run token` (the script it runs after `tsc -b`), with the hub's environment. */
async function token(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(REPO, "infra", "dist", "token.js"), ...args], { env });
  return stdout.trim();
}

describe("npm start", () => {
  it("prints where to query and an example, and answers a gezinsbeeld from all five organisations", async () => {
    expect(output).toContain(`http://localhost:${4000 + OFFSET}/graphql`);
    expect(output).toContain("query Gezinsbeeld");
    expect(startSeconds).toBeGreaterThan(0);
    expect(output).toContain("npm run -s token -- --org lokaal-team --role medewerker --user lt-");
    const id = /"id": "([0-9a-f-]{36})"/.exec(output)?.[1];
    expect(id).toBeDefined();
    const bearer = await token("--org", "lokaal-team", "--role", "teamleider", "--user", "lt-karin-smits");
    const response = await postGraphQL<{ gezin: Record<string, unknown[] | string> }>(
      GATEWAY,
      `query($id: ID!) { gezin(id: $id) { naam leden { voornamen } meldingen { datum } beschermingsonderzoeken { status } maatregelen { soort } ervaringsdeskundigen { vanaf } } }`,
      { id },
      { authorization: `Bearer ${bearer}` },
    );
    expect(response.errors).toBeUndefined();
    for (const field of ["leden", "meldingen", "beschermingsonderzoeken", "maatregelen"]) {
      expect((response.data?.gezin[field] as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it("refuses a request without a token, at the gateway and at a subgraph", async () => {
    const body = JSON.stringify({ query: "{ gezinnen(first: 1) { totalCount } }" });
    for (const url of [GATEWAY, `http://127.0.0.1:${4001 + OFFSET}/graphql`]) {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe("UNAUTHENTICATED");
    }
    // The user's own token opens the gateway, never a subgraph directly.
    const bearer = await token("--org", "lokaal-team", "--role", "teamleider", "--user", "lt-karin-smits");
    const direct = await fetch(`http://127.0.0.1:${4001 + OFFSET}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
      body,
    });
    expect(direct.status).toBe(401);
  });

  it("serves the query UI from the gateway itself, without any CDN", async () => {
    const page = await fetch(GATEWAY, { headers: { accept: "text/html" } });
    const html = await page.text();
    expect(html).toContain("/ui/graphiql.min.js");
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    const script = await fetch(GATEWAY.replace("/graphql", "/ui/graphiql.min.js"));
    expect(script.status).toBe(200);
  });

  it("stops every process it started on Ctrl-C", async () => {
    hub.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => hub.once("exit", resolve));
    expect(code).toBe(0);
    await expect(fetch(GATEWAY)).rejects.toThrow();
    await expect(fetch(`http://127.0.0.1:${4001 + OFFSET}/health`)).rejects.toThrow();
    await expect(fetch(`http://127.0.0.1:${4005 + OFFSET}/health`)).rejects.toThrow();
  });
});
