import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { startGateway, type RunningGateway } from "@gezinsbeeld/gateway";
import { dropDatabase, ensureDatabase } from "@gezinsbeeld/infra";
import { lokaalTeam } from "@gezinsbeeld/lokaal-team";
import {
  createDevToken,
  createLogger,
  databaseUrlFor,
  developmentKeys,
  type IdentityKeys,
  Rol,
  type RunningSubgraph,
  startSubgraph,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie, demoScenario } from "@gezinsbeeld/demo";
import { testDatabaseServer } from "../support/subgraph";

/** Every line a logger wrote, as text. */
class Opvang extends Writable {
  tekst = "";
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.tekst += chunk.toString();
    done();
  }
  regels(): Array<Record<string, any>> {
    return this.tekst
      .split("\n")
      .filter((regel) => regel.trim() !== "")
      .map((regel) => JSON.parse(regel) as Record<string, any>);
  }
}

/** A BSN that passes the eleven test, made up for this run. */
function verzonnenBsn(): string {
  for (;;) {
    const cijfers = [...randomBytes(9)].map((b) => b % 10);
    const som = cijfers.slice(0, 8).reduce((totaal, cijfer, i) => totaal + cijfer * (9 - i), 0) - cijfers[8]!;
    if (cijfers[0] !== 0 && som % 11 === 0) return cijfers.join("");
  }
}

const scenario = demoScenario(6);
const databaseName = `t_${randomBytes(4).toString("hex")}_logs_lokaal_team`;
const gatewayLog = new Opvang();
const subgraphLog = new Opvang();
let keys: IdentityKeys;
let subgraph: RunningSubgraph;
let gateway: RunningGateway;

beforeAll(async () => {
  keys = await developmentKeys();
  await ensureDatabase(testDatabaseServer(), databaseName);
  subgraph = await startSubgraph(lokaalTeam, {
    databaseUrl: databaseUrlFor(testDatabaseServer(), databaseName),
    port: 0,
    gatewayPublicKey: keys.gatewayPublicKey,
    logger: createLogger({ service: "lokaal-team", level: "info", destination: subgraphLog }),
  });
  await lokaalTeam.seed(subgraph.db, scenario);
  gateway = await startGateway({
    port: 0,
    keys,
    subgraphs: [{ name: "lokaal-team", url: subgraph.url }],
    logger: createLogger({ service: "gateway", level: "info", destination: gatewayLog }),
  });
});

afterAll(async () => {
  await gateway?.stop();
  await subgraph?.stop();
  await dropDatabase(testDatabaseServer(), databaseName);
});

describe("the logs of the gateway and a subgraph", () => {
  it("never hold a BSN, a name, a token or the stated purpose, though the requests carried all of them", async () => {
    const gezin = scenario.gezinnen[0]!;
    const token = await createDevToken({ org: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER, user: "lt-karin-smits" }, keys);
    const bsn = verzonnenBsn();
    const invoer = { bsn, voornamen: "Wietske Geheim", achternaam: "Vertrouwelijk", geboortedatum: "2015-03-04", gezinsrol: "KIND" };
    const doel = "Overleg over Wietske Vertrouwelijk";
    const headers = { "content-type": "application/json", authorization: `Bearer ${token}`, "x-doel": doel, cookie: "sessie=geheim-koekje" };
    const mutation = `mutation Lid($g: ID!, $p: PersoonInvoer!) { voegGezinslidToe(gezinId: $g, invoer: $p) { id bsn voornamen } }`;
    const toevoegen = () => fetch(gateway.url, { method: "POST", headers, body: JSON.stringify({ query: mutation, variables: { g: gezin.id, p: invoer } }) });

    const eerste = await toevoegen();
    const eersteBody = (await eerste.json()) as { data?: { voegGezinslidToe?: { bsn: string } }; errors?: unknown[] };
    // The subgraph took the BSN in: it wrote the member and answered with it.
    expect(eersteBody.errors).toBeUndefined();
    expect(eersteBody.data?.voegGezinslidToe?.bsn).toBe(bsn);
    // The second time the subgraph refuses with a message that names the BSN.
    const tweede = (await (await toevoegen()).json()) as { errors?: Array<{ message: string }> };
    expect(tweede.errors?.[0]?.message).toContain(bsn);
    // A GET carries its variables in the query string, and the answer the household's members.
    const query = `query Leden($g: ID!) { gezin(id: $g) { leden { bsn voornamen achternaam } } }`;
    const leden = await fetch(`${gateway.url}?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ g: gezin.id, bsn }))}`, {
      headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "true", "x-doel": doel },
    });
    expect(await leden.text()).toContain(gezin.leden[0]!.bsn);

    // The logs did see these requests: one access line per request at the gateway and at the subgraph…
    const gatewayRegels = gatewayLog.regels().filter((regel) => regel.req?.url === "/graphql");
    const subgraphRegels = subgraphLog.regels().filter((regel) => regel.req?.url === "/graphql");
    expect(gatewayRegels).toHaveLength(3);
    expect(subgraphRegels.length).toBeGreaterThanOrEqual(3);
    expect(gatewayRegels[0]).toMatchObject({ service: "gateway", level: "info", res: { statusCode: 200 }, traceId: eerste.headers.get("x-request-id") });
    expect(subgraphRegels[0]).toMatchObject({ service: "lokaal-team", traceId: eerste.headers.get("x-request-id") });
    // …and none of what they carried.
    const alles = gatewayLog.tekst + subgraphLog.tekst;
    const geheimen = [bsn, "Wietske", "Vertrouwelijk", doel, token, "geheim-koekje", ...gezin.leden.flatMap((lid) => [lid.bsn, lid.achternaam])];
    for (const geheim of geheimen) expect({ geheim, gevonden: alles.includes(geheim) }).toEqual({ geheim, gevonden: false });
    // No JWT of any kind: neither the user's token nor the ones the gateway signed for the subgraph.
    expect(alles).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
    expect(alles).not.toMatch(/bearer/i);
  });

  it("redacts credentials, purpose and variables wherever a line logs them", () => {
    const opvang = new Opvang();
    const logger = createLogger({ service: "test", level: "info", destination: opvang });
    logger.info(
      {
        req: { headers: { authorization: "Bearer eyJgeheim", "x-toegangsbeslisser-token": "eyJbeslis", cookie: "a=b", "x-doel": "Jan Jansen" }, body: { bsn: "123456782" } },
        variables: { bsn: "123456782" },
        verzoek: { variables: { bsn: "123456782" }, token: "eyJnogeen" },
      },
      "verzoek",
    );
    const [regel] = opvang.regels();
    expect(regel).toMatchObject({
      req: { headers: { authorization: "[redacted]", "x-toegangsbeslisser-token": "[redacted]", cookie: "[redacted]", "x-doel": "[redacted]" }, body: "[redacted]" },
      variables: "[redacted]",
      verzoek: { variables: "[redacted]", token: "[redacted]" },
    });
    expect(opvang.tekst).not.toContain("123456782");
    expect(opvang.tekst).not.toContain("eyJ");
  });
});
