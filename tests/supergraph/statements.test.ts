import { randomUUID } from "node:crypto";
import { Gegevenscategorie, Organisatie, Tijdlijnsoort } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { startHubForTest, type HubUnderTest } from "../support/hub";
import { GEZINSBEELD_PAGE_QUERY } from "./gezinsbeeldQuery";

let hub: HubUnderTest;

/**
 * A page of households with (or without) their merged timeline, every content type asked: each entry
 * decided for its own owner and category. Apart from the full gezinsbeeld, whose 50 households already
 * take most of the gateway's cost limit; a short timeline page for the same reason.
 */
const TIJDLIJN_PAGE_QUERY = (metTijdlijn: boolean) => `query Tijdlijnen($first: Int!, $zoek: String) {
  gezinnen(first: $first, zoek: $zoek) { totalCount nodes { id ${metTijdlijn ? `gezinstijdlijn(first: 2) { totalCount nodes { datum organisatie inhoud { __typename
    ${["TijdlijnVeiligheid", "TijdlijnMedisch", "TijdlijnJustitieel", "TijdlijnHulpverlening", "TijdlijnZorgen", "TijdlijnErvaringsdeskundigeContact"].map((t) => `... on ${t} { titel }`).join(" ")} } } }` : ""} } }
}`;

/** Timeline entries of every owner and category, as the owners announce them. */
const TIJDLIJNREGELS: ReadonlyArray<[Organisatie, Tijdlijnsoort, Gegevenscategorie]> = [
  [DemoOrganisatie.VEILIG_THUIS, Tijdlijnsoort.MELDING_ONTVANGEN, Gegevenscategorie.VEILIGHEID],
  [DemoOrganisatie.VEILIG_THUIS, Tijdlijnsoort.VERTROUWENSARTS_ADVIES, Gegevenscategorie.MEDISCH],
  [DemoOrganisatie.RVDK, Tijdlijnsoort.ONDERZOEK_GESTART, Gegevenscategorie.JUSTITIEEL],
  [DemoOrganisatie.GI, Tijdlijnsoort.INZET_GESTART, Gegevenscategorie.HULPVERLENING],
  [DemoOrganisatie.LOKAAL_TEAM, Tijdlijnsoort.GEBEURTENIS, Gegevenscategorie.ZORGEN],
  [DemoOrganisatie.ERVARINGSDESKUNDIGEN, Tijdlijnsoort.KOPPELING_GESTART, Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT],
];

beforeAll(async () => {
  hub = await startHubForTest(60);
  // From one entry to many (more than a page) per household, of every owner: the statements must not follow.
  const register = hub.subgraphs.find((subgraph) => subgraph.name === "lokaal-team")!;
  for (const gezin of hub.scenario.gezinnen) {
    for (let i = 0; i <= gezin.nummer % 9; i++) {
      const [organisatie, soort, categorie] = TIJDLIJNREGELS[i % TIJDLIJNREGELS.length]!;
      await register.db.query(
        `INSERT INTO tijdlijnregel ("gezinId", organisatie, soort, datum, categorie, titel, "recordType", "recordId") VALUES ($1, $2, $3, $4, $5, $6, 'Test', $7)`,
        [gezin.id, organisatie, soort, gezin.aangemeldOp, categorie, `Regel ${i + 1}`, randomUUID()],
      );
    }
  }
});

afterAll(async () => {
  await hub?.close();
});

interface Measurement {
  households: number;
  statements: number;
  /** SQL texts sent more than once in the request: with N+1 these repeat per household. */
  repeated: string[];
}

async function measure(variables: Record<string, unknown>, query = GEZINSBEELD_PAGE_QUERY): Promise<Measurement & { texts: string[] }> {
  hub.resetStatements();
  const response = await hub.request(query, variables);
  // Access control is on: fields the teamleider may not see are refused, nothing else fails.
  expect((response.errors ?? []).filter((e) => e.extensions?.code !== "FORBIDDEN")).toEqual([]);
  const texts = hub.subgraphs.flatMap((subgraph) => subgraph.statements.statements.map((sql) => `${subgraph.name}: ${sql}`));
  const seen = new Set<string>();
  const repeated = texts.filter((text) => (seen.has(text) ? true : (seen.add(text), false)));
  return { households: response.data?.gezinnen.nodes.length, statements: hub.statementCount(), repeated, texts };
}

describe("the gezinsbeeld query's SQL statements (no N+1)", () => {
  it("costs one statement per access path, never one per household: 1, 25 and 50 households", async () => {
    // Each subgraph's first log write after its start reads the chain's head (the locked way); every
    // later one writes from the head it left, in one statement. Measured from then on.
    await measure({ first: 1 });
    // The richest single household: members, timeline, dossier and every partner's data.
    const single = [];
    for (const gezin of hub.scenario.gezinnen.slice(0, 25)) {
      const measured = await measure({ first: 1, zoek: gezin.naam });
      single.push({ naam: gezin.naam, ...measured });
    }
    const richest = single.reduce((a, b) => (b.statements > a.statements ? b : a));
    const twentyFive = await measure({ first: 25 });
    const fifty = await measure({ first: 50 });
    console.log(
      `SQL statements for the full gezinsbeeld: 1 household = ${richest.statements} (${richest.naam}; ` +
        `single households range ${Math.min(...single.map((s) => s.statements))}-${richest.statements}), ` +
        `25 households = ${twentyFive.statements}, 50 households = ${fifty.statements}`,
    );
    expect(richest.households).toBe(1);
    expect(twentyFive.households).toBe(25);
    expect(fifty.households).toBe(50);
    // No access path is queried once per household, and nothing is read twice: the partners' decisions
    // come with the register holder's answer (see besluitenbundel), so no partner asks the decision
    // service, and lokaal-team reads its register once per request.
    expect(twentyFive.repeated).toEqual([]);
    expect(fifty.repeated).toEqual([]);
    // The register, read once: the households, their members and involvements (shared with the resolvers),
    // and in one statement its own facts (consents, break-glass claims, exceptions).
    const registerReads = twentyFive.texts.filter((sql) =>
      /FROM "gezin" "row" WHERE "row"."id"|FROM "(persoon|betrokkenheid)" "row" WHERE "row"."gezinId"|FROM unnest\(\$1::uuid\[\]\) AS g\(id\)/.test(sql),
    );
    expect(registerReads).toHaveLength(4);
    // Every subgraph's log: one statement per request.
    expect(twentyFive.texts.filter((sql) => /toegangslog/.test(sql)).length).toBe(hub.subgraphs.length);
    // So the count does not grow with the number of households.
    expect(fifty.statements).toBe(twentyFive.statements);
    // The richest single household (red: a measure, an investigation, a melding, an expert) already
    // touches every access path, so 25 households cost exactly what that one costs.
    expect(twentyFive.statements).toBe(richest.statements);
  });

  it("adds the merged timeline for the same statements with 1, 25 or 50 households and 1 to 9 entries each, of five owners", async () => {
    // The household with the most entries (nine, of every owner and category) on its own.
    const rijkste = hub.scenario.gezinnen.find((gezin) => gezin.nummer % 9 === 8)!;
    const meting = async (variables: Record<string, unknown>) => {
      const met = await measure(variables, TIJDLIJN_PAGE_QUERY(true));
      const zonder = await measure(variables, TIJDLIJN_PAGE_QUERY(false));
      return { met, zonder, erbij: met.statements - zonder.statements, tijdlijn: met.texts.filter((sql) => /tijdlijnregel/.test(sql)) };
    };
    const een = await meting({ first: 1, zoek: rijkste.naam });
    const vijfentwintig = await meting({ first: 25 });
    const vijftig = await meting({ first: 50 });
    console.log(`SQL statements the merged timeline adds: 1 household = ${een.erbij}, 25 = ${vijfentwintig.erbij}, 50 = ${vijftig.erbij}`);
    expect([een.met.households, vijfentwintig.met.households, vijftig.met.households]).toEqual([1, 25, 50]);
    // One statement for the pages of every household and one for their counts; the owners' decisions come from
    // the register the request already read (the request's loaders), so they cost none.
    for (const { tijdlijn } of [een, vijfentwintig, vijftig]) expect(tijdlijn).toHaveLength(2);
    expect(vijftig.met.repeated.filter((sql) => /tijdlijnregel/.test(sql))).toEqual([]);
    // What else it adds (the gateway records in lokaal-team's log that it withheld TijdlijnMedisch.titel) is one write per request.
    expect(vijfentwintig.erbij).toBe(een.erbij);
    expect(vijftig.erbij).toBe(een.erbij);
    expect(vijftig.met.statements).toBe(vijfentwintig.met.statements);
  });
});
