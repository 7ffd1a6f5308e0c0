import { execFile, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { demoOuders, demoScenario } from "@gezinsbeeld/demo";
import { readSubgraphConfig } from "@gezinsbeeld/gateway";
import { startNpmStart } from "../support/npmStart";
import { metBrowser, nieuwePagina, startBrowser } from "../web/support/browser";
import { postGraphQL, testDatabaseServer } from "../support/subgraph";

/**
 * The sixth organisation as a partner joins and a user meets it: `npm start`
 * runs the GGZ's own process from its `proces` entry, `npm run conformance`
 * passes against every one of the six running subgraphs, and the gezinsbeeld
 * shows the GGZ's trajectories to its own professional and refuses them to a
 * professional the household gave no consent for, each look in the GGZ's log.
 */

const REPO = path.join(__dirname, "..", "..");
const OFFSET = 21000 + (process.pid % 1000) * 10;
const GATEWAY = `http://127.0.0.1:${4000 + OFFSET}/graphql`;
/** The household the README's example uses (Gezin Visser): the GGZ's demo treats it. */
const VISSER = "858de37c-7a60-5a87-ac7f-67865dcd03f6";
const exec = promisify(execFile);

let hub: ChildProcess;
let output = "";
let keysDir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  keysDir = await mkdtemp(path.join(tmpdir(), "gezinsbeeld-zesde-keys-"));
  env = { ...process.env, GEZINSBEELD_DATABASE_URL: testDatabaseServer(), GEZINSBEELD_PORT_OFFSET: String(OFFSET), PORT: "4000", GEZINSBEELD_KEYS_DIR: keysDir, GEZINSBEELD_RESEED: "1" };
  const gestart = await startNpmStart(env);
  hub = gestart.child;
  output = gestart.output();
}, 120_000);

afterAll(async () => {
  if (hub && hub.exitCode === null) {
    hub.kill("SIGTERM");
    await new Promise((resolve) => hub.once("exit", resolve));
  }
  if (keysDir) await rm(keysDir, { recursive: true, force: true });
});

async function token(...args: string[]): Promise<string> {
  const { stdout } = await exec(process.execPath, [path.join(REPO, "infra", "dist", "token.js"), ...args], { env });
  return stdout.trim();
}

const subgraphs = readSubgraphConfig();

describe("a sixth organisation, joined as a partner would", () => {
  it("is started by npm start from its proces entry, on a database of its own", () => {
    expect(subgraphs.map((s) => s.name)).toContain("ggz");
    expect(output).toContain("ggz: partner subgraph (subgraphs/ggz/dist/main.js), database gezinsbeeld_ggz");
  });

  it.each(subgraphs.map((s) => [s.name, s.organisatie!] as const))("passes npm run conformance: %s (%s)", async (naam, organisatie) => {
    const eigen = subgraphs.find((s) => s.name === naam)!;
    const url = new URL(eigen.url);
    url.port = String(Number(url.port) + OFFSET);
    const register = `http://127.0.0.1:${4001 + OFFSET}/graphql`;
    const uitkomst = await exec(process.execPath, [path.join(REPO, "infra", "dist", "conformance.js"), "--url", url.toString(), "--org", organisatie, "--register", register], { env }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: `${error.stdout}${error.stderr}` }),
    );
    // The whole report on failure: it names the check that broke and why.
    expect(uitkomst).toEqual({ code: 0, stdout: expect.stringContaining("all 7 checks passed") });
  }, 60_000);

  it("shows in the gezinsbeeld to its own professional, refuses the local team without consent, and logs both", async () => {
    const query = `query($id: ID!) { gezin(id: $id) { betrokkenheden { organisatie regime } ggzTrajecten { soort startdatum diagnose behandelaar } } }`;
    const ggz = await postGraphQL<{ gezin: { ggzTrajecten: Array<{ soort: string; diagnose: string | null }> | null } }>(GATEWAY, query, { id: VISSER }, {
      authorization: `Bearer ${await token("--org", "ggz", "--role", "medewerker", "--user", "ggz-lotte-visser")}`,
    });
    expect(ggz.data?.gezin.ggzTrajecten?.length).toBeGreaterThan(0);
    expect(ggz.data?.gezin.ggzTrajecten?.[0]).toMatchObject({ soort: expect.any(String), diagnose: expect.any(String) });
    expect(ggz.errors?.filter((e) => e.path?.includes("ggzTrajecten")) ?? []).toEqual([]);

    const lokaalTeam = await postGraphQL<{ gezin: { betrokkenheden: Array<{ organisatie: string; regime: string }>; ggzTrajecten: unknown } }>(GATEWAY, query, { id: VISSER }, {
      authorization: `Bearer ${await token("--org", "lokaal-team", "--role", "teamleider", "--user", "lt-karin-smits")}`,
    });
    // The register follows the GGZ's work: the local team sees that it is involved...
    expect(lokaalTeam.data?.gezin.betrokkenheden).toContainEqual({ organisatie: "GGZ", regime: "GROEN" });
    // ...and was told so: a signal that the GGZ became involved with the household.
    const signalen = await postGraphQL<{ signalen: Array<{ gezinId: string; organisatie: string; soort: string }> }>(GATEWAY, `{ signalen(first: 100) { gezinId organisatie soort } }`, {}, {
      authorization: `Bearer ${await token("--org", "lokaal-team", "--role", "teamleider", "--user", "lt-karin-smits")}`,
    });
    expect(signalen.data?.signalen).toContainEqual({ gezinId: VISSER, organisatie: "GGZ", soort: "BETROKKEN" });
    // ...and not what it treats: no consent of the household.
    expect(lokaalTeam.data?.gezin.ggzTrajecten).toBeNull();
    expect(lokaalTeam.errors).toContainEqual(expect.objectContaining({ path: ["gezin", "ggzTrajecten"], extensions: expect.objectContaining({ code: "FORBIDDEN", reden: "no-consent", serviceName: "ggz" }) }));

    const log = await postGraphQL<{ toegangslogGgz: { nodes: Array<{ gebruiker: string; beslissing: string; veldpaden: string[] }> } }>(
      GATEWAY,
      `query($id: ID!) { toegangslogGgz(filter: { gezinId: $id }, first: 100) { nodes { gebruiker beslissing veldpaden } } }`,
      { id: VISSER },
      { authorization: `Bearer ${await token("--org", "ggz", "--role", "privacy_officer", "--user", "ggz-wouter-de-haan")}` },
    );
    expect(log.errors).toBeUndefined();
    const nodes = log.data!.toegangslogGgz.nodes;
    expect(nodes).toContainEqual(expect.objectContaining({ gebruiker: "ggz-lotte-visser", beslissing: "TOEGESTAAN", veldpaden: expect.arrayContaining(["Gezin.ggzTrajecten"]) }));
    expect(nodes).toContainEqual(expect.objectContaining({ gebruiker: "lt-karin-smits", beslissing: "GEWEIGERD", veldpaden: expect.arrayContaining(["Gezin.ggzTrajecten"]) }));
  }, 60_000);

  it("a wrong professional of the GGZ itself sees nothing of a household it does not treat", async () => {
    const onbehandeld = "25e52fc6-860a-5a9d-a9a3-5e5005fbc6b2";
    const antwoord = await postGraphQL<{ gezin: { ggzTrajecten: unknown } | null }>(GATEWAY, `query($id: ID!) { gezin(id: $id) { ggzTrajecten { soort } } }`, { id: onbehandeld }, {
      authorization: `Bearer ${await token("--org", "ggz", "--role", "medewerker", "--user", "ggz-lotte-visser")}`,
    });
    expect(antwoord.data?.gezin?.ggzTrajecten ?? null).toBeNull();
    expect(antwoord.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
  }, 60_000);
});

metBrowser("the app names the sixth organisation by its register entry", () => {
  it("publishes the register's names, and a professional reads the GGZ's involvement as the register names it", async () => {
    const lijst = (await (await fetch(`http://127.0.0.1:${4000 + OFFSET}/organisaties.json`)).json()) as Array<{ code: string; naam: string }>;
    const ggz = lijst.find((o) => o.code === "GGZ");
    expect(ggz?.naam).toEqual(expect.any(String));
    const browser = await startBrowser();
    try {
      const { page, consolefouten } = await nieuwePagina(browser.browser);
      await page.goto(`http://127.0.0.1:${4000 + OFFSET}/`);
      await page.getByRole("button", { name: "Karin Smits", exact: true }).click();
      await page.getByText("Aangemeld als").waitFor();
      await page.goto(`http://127.0.0.1:${4000 + OFFSET}/gezinnen/${VISSER}`);
      // Built before the GGZ joined, the app still names it as the register does, not by its code.
      await page.getByText(ggz!.naam, { exact: false }).first().waitFor({ timeout: 15_000 });
      expect(consolefouten).toEqual([]);

      // The household itself finds the GGZ's looks among who looked in its dossier: its log is read as the register's sixth.
      // A look by the GGZ's professional just now, so it is among the newest the page shows first.
      await postGraphQL(GATEWAY, `query($id: ID!) { gezin(id: $id) { ggzTrajecten { soort } } }`, { id: VISSER }, {
        authorization: `Bearer ${await token("--org", "ggz", "--role", "medewerker", "--user", "ggz-lotte-visser")}`,
      });
      const ouder = demoOuders(demoScenario()).find(({ gezin }) => gezin.id === VISSER)!.ouder;
      const inwoner = await nieuwePagina(browser.browser);
      await inwoner.page.goto(`http://127.0.0.1:${4000 + OFFSET}/`);
      await inwoner.page.getByRole("button", { name: `${ouder.voornamen} ${ouder.achternaam}`, exact: true }).click();
      const wieKeek = inwoner.page.locator("section").filter({ has: inwoner.page.getByRole("heading", { level: 2, name: "Wie keek in ons dossier" }) });
      await wieKeek.locator("tbody tr").filter({ hasText: ggz!.naam }).first().waitFor({ timeout: 15_000 });
      expect(await wieKeek.getByText("ggz-lotte-visser").count()).toBe(0); // organisation and role, never the professional's id
      expect(inwoner.consolefouten).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
