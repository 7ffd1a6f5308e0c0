import { readFileSync } from "node:fs";
import path from "node:path";
import { ApolloGateway } from "@apollo/gateway";
import { applyToResult, filterOperation, HUISHOUDEN_KEY, PLACEHOLDER_KEY, readEigenaren, readGegevenscategorieen, startGateway, weigeringenPerEigenaar } from "@gezinsbeeld/gateway";
import { developmentKeys, Gegevenscategorie, Organisatie, type Principal, Rol } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import { type GraphQLSchema, type ObjectTypeDefinitionNode, parse, print, validate, visit } from "graphql";

const SUPERGRAPH = readFileSync(path.join(__dirname, "..", "..", "gateway", "supergraph.graphql"), "utf8");

const GEZIN_QUERY = `query Gezin($id: ID!) {
  gezin(id: $id) {
    naam
    meldingen { datum melder { naam } }
    vertrouwensartsAdviezen { advies }
    maatregelen { soort }
    ervaringsdeskundigen { totaalContacten }
  }
}`;

const medewerker = (organisatie: Organisatie): Principal => ({ userId: `test-${organisatie}`, organisatie, rol: Rol.MEDEWERKER });
const ERVARINGSDESKUNDIGE = medewerker(DemoOrganisatie.ERVARINGSDESKUNDIGEN);
const LOKAAL_TEAM = medewerker(DemoOrganisatie.LOKAAL_TEAM);
const VEILIG_THUIS = medewerker(DemoOrganisatie.VEILIG_THUIS);
const PRIVACY_OFFICER: Principal = { userId: "test-po", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.PRIVACY_OFFICER };

let schema: GraphQLSchema;
const categorieen = readGegevenscategorieen(SUPERGRAPH);

beforeAll(async () => {
  // The API schema exactly as the gateway serves it.
  const gateway = new ApolloGateway({ supergraphSdl: SUPERGRAPH });
  schema = (await gateway.load()).schema;
  await gateway.stop();
});

function filter(query: string, principal: Principal, operationName?: string) {
  const result = filterOperation(parse(query), schema, categorieen, principal, operationName);
  // Whatever the filter returns, the gateway must be able to plan it.
  expect(validate(schema, result.document)).toEqual([]);
  return { ...result, printed: print(result.document), velden: result.removed.map((r) => r.veld).sort() };
}

const normalised = (query: string): string => print(parse(query));

/** The supergraph with one field's `@gegevens` category replaced, or removed when `categorie` is undefined. */
function reclassified(type: string, field: string, categorie: string | undefined): string {
  return print(
    visit(parse(SUPERGRAPH), {
      FieldDefinition(node, _key, _parent, _path, ancestors) {
        const owner = ancestors[ancestors.length - 1] as { name?: { value: string } };
        if (owner.name?.value !== type || node.name.value !== field) return undefined;
        const others = (node.directives ?? []).filter((d) => d.name.value !== "gegevens");
        const directive = parse(`type T { f: ID @gegevens(categorie: ${JSON.stringify(categorie)}) }`);
        const gegevens = (directive.definitions[0] as ObjectTypeDefinitionNode).fields![0].directives!;
        return { ...node, directives: categorie === undefined ? others : [...others, ...gegevens] };
      },
    }),
  );
}

describe("reading the data categories from the supergraph", () => {
  it("reads the category of every field", () => {
    expect(categorieen.get("Gezin.meldingen")).toBe(Gegevenscategorie.VEILIGHEID);
    expect(categorieen.get("Melding.melder")).toBe(Gegevenscategorie.MELDER);
    expect(categorieen.get("VertrouwensartsAdvies.advies")).toBe(Gegevenscategorie.MEDISCH);
    expect(categorieen.get("Gezin.id")).toBe(Gegevenscategorie.GEEN);
  });

  it("refuses a supergraph with a field that has no category, naming the field", () => {
    expect(() => readGegevenscategorieen(reclassified("Gezin", "naam", undefined))).toThrow(/^- lokaal-team: Gezin\.naam has no data category/m);
  });

  it("stops the gateway from starting on a supergraph with an unclassified field", async () => {
    await expect(
      startGateway({ port: 0, supergraphSdl: reclassified("Melding", "melder", undefined), keys: await developmentKeys() }),
    ).rejects.toThrow(/Melding\.melder/);
  });

  it("refuses a category the policy does not know", () => {
    expect(() => readGegevenscategorieen(reclassified("VertrouwensartsAdvies", "advies", "GEHEIM"))).toThrow(
      /- veilig-thuis: VertrouwensartsAdvies\.advies has an unknown data category "GEHEIM"; known are GEEN, /,
    );
  });
});

describe("removing fields the requester may never read", () => {
  it("leaves an expert by experience the household's name and contact counts, nothing of the case", () => {
    const result = filter(GEZIN_QUERY, ERVARINGSDESKUNDIGE);
    // The household is asked along, under a key no client uses, so each refusal is logged with it.
    expect(result.printed).toBe(normalised(`query Gezin($id: ID!) { gezin(id: $id) { naam ervaringsdeskundigen { totaalContacten } ${HUISHOUDEN_KEY}: id } }`));
    expect(result.huishoudens).toEqual([["gezin"]]);
    expect(result.removed).toEqual([
      { veld: "Gezin.meldingen", categorie: "VEILIGHEID", reden: "category-not-allowed", path: ["gezin", "meldingen"] },
      { veld: "Gezin.vertrouwensartsAdviezen", categorie: "MEDISCH", reden: "category-not-allowed", path: ["gezin", "vertrouwensartsAdviezen"] },
      { veld: "Gezin.maatregelen", categorie: "JUSTITIEEL", reden: "category-not-allowed", path: ["gezin", "maatregelen"] },
    ]);
  });

  it("removes only the reporter and the confidential doctor's advice for the local team", () => {
    const result = filter(GEZIN_QUERY, LOKAAL_TEAM);
    expect(result.printed).toBe(
      normalised(`query Gezin($id: ID!) {
        gezin(id: $id) { naam meldingen { datum } maatregelen { soort } ervaringsdeskundigen { totaalContacten } ${HUISHOUDEN_KEY}: id }
      }`),
    );
    expect(result.removed).toEqual([
      { veld: "Melding.melder", categorie: "MELDER", reden: "protected-reporter", path: ["gezin", "meldingen", "melder"] },
      { veld: "Gezin.vertrouwensartsAdviezen", categorie: "MEDISCH", reden: "category-not-allowed", path: ["gezin", "vertrouwensartsAdviezen"] },
    ]);
  });

  it("leaves a Veilig Thuis employee's operation as it is", () => {
    const document = parse(GEZIN_QUERY);
    const result = filterOperation(document, schema, categorieen, VEILIG_THUIS);
    expect(result.document).toBe(document);
    expect(result.removed).toEqual([]);
  });

  it("removes every personal-data field for a privacy officer and keeps the emptied selection valid", () => {
    const result = filter(GEZIN_QUERY, PRIVACY_OFFICER);
    expect(result.velden).toEqual(["Gezin.ervaringsdeskundigen", "Gezin.maatregelen", "Gezin.meldingen", "Gezin.naam", "Gezin.vertrouwensartsAdviezen"]);
    // Emptied, a household's selection still asks its id (for the log): no placeholder needed.
    expect(result.printed).toBe(normalised(`query Gezin($id: ID!) { gezin(id: $id) { ${HUISHOUDEN_KEY}: id } }`));
    expect(result.placeholders).toEqual([]);
    // A selection of a type that names no household gets the placeholder.
    const melding = filter(`{ melding(id: "x") { melder { naam } } }`, PRIVACY_OFFICER);
    expect(melding.printed).toBe(normalised(`{ melding(id: "x") { ${PLACEHOLDER_KEY}: __typename } }`));
    expect(melding.placeholders).toEqual([["melding"]]);
  });

  it("keeps what is no personal data for a privacy officer", () => {
    const result = filter(`{ gezin(id: "x") { id aangemeldOp naam leden { id voornamen } } }`, PRIVACY_OFFICER);
    expect(result.printed).toBe(normalised(`{ gezin(id: "x") { id aangemeldOp ${HUISHOUDEN_KEY}: id } }`));
    expect(result.placeholders).toEqual([]);
  });

  it("removes a field from a fragment and reports it at every place the fragment is spread", () => {
    const result = filter(
      `query Beeld($id: ID!) {
        gezin(id: $id) { meldingen { ...MeldingVelden } }
        meldingenVanGezin(gezinId: $id) { ...MeldingVelden }
      }
      fragment MeldingVelden on Melding { datum melder { naam } }`,
      LOKAAL_TEAM,
    );
    expect(result.printed).toContain(normalised(`fragment MeldingVelden on Melding { datum }`));
    expect(result.removed.map((r) => r.path)).toEqual([
      ["gezin", "meldingen", "melder"],
      ["meldingenVanGezin", "melder"],
    ]);
  });

  it("removes fields inside inline fragments and reports them under their aliases", () => {
    const result = filter(
      `{ huishouden: gezin(id: "x") { ... on Gezin { veilig: meldingen { wanneer: datum wie: melder { naam } } } } }`,
      LOKAAL_TEAM,
    );
    expect(result.printed).toBe(normalised(`{ huishouden: gezin(id: "x") { ... on Gezin { veilig: meldingen { wanneer: datum } ${HUISHOUDEN_KEY}: id } ${HUISHOUDEN_KEY}: id } }`));
    expect(result.removed).toEqual([expect.objectContaining({ veld: "Melding.melder", path: ["huishouden", "veilig", "wie"] })]);
  });

  it("puts a placeholder in a fragment left empty", () => {
    const result = filter(`{ gezin(id: "x") { meldingen { datum ...Melder } } } fragment Melder on Melding { melder { naam } anoniem }`, LOKAAL_TEAM);
    expect(result.printed).toContain(normalised(`fragment Melder on Melding { ${PLACEHOLDER_KEY}: __typename }`));
    expect(result.placeholders).toEqual([["gezin", "meldingen"]]);
  });

  it("drops the fragments and variables only removed fields used", () => {
    const result = filter(
      `query Beeld($id: ID!, $van: Datum) {
        gezin(id: $id) { id aantalContactenErvaringsdeskundigen(van: $van) meldingen { ...M } }
      }
      fragment M on Melding { datum }`,
      PRIVACY_OFFICER,
    );
    expect(result.printed).toBe(normalised(`query Beeld($id: ID!) { gezin(id: $id) { id ${HUISHOUDEN_KEY}: id } }`));
  });

  it("reports only the fields of the operation that runs", () => {
    const query = `query Ed { gezin(id: "x") { naam meldingen { datum } } } query Lt { gezin(id: "x") { maatregelen { soort } } }`;
    expect(filter(query, ERVARINGSDESKUNDIGE, "Ed").velden).toEqual(["Gezin.meldingen"]);
    expect(filter(query, ERVARINGSDESKUNDIGE, "Lt").velden).toEqual(["Gezin.maatregelen"]);
  });

  it("leaves an invalid operation as it is, so Apollo reports why", () => {
    const document = parse(`{ gezin(id: "x") { meldingen { datum } bestaatNiet } }`);
    const result = filterOperation(document, schema, categorieen, ERVARINGSDESKUNDIGE);
    expect(result.document).toBe(document);
    expect(result.removed).toEqual([]);
  });
});

describe("putting removed fields back into the answer", () => {
  it("under a union, nulls the removed type's field only, and keeps another type's field answered under the same key", () => {
    const { removed, placeholders } = filter(
      `{ gezin(id: "x") { gezinstijdlijn { nodes { datum inhoud { __typename ... on TijdlijnMedisch { titel } ... on TijdlijnHulpverlening { titel } } } } } }`,
      LOKAAL_TEAM,
    );
    expect(removed.map((r) => r.veld)).toEqual(["TijdlijnMedisch.titel"]);
    const result = {
      data: {
        gezin: {
          gezinstijdlijn: {
            nodes: [
              { datum: "2026-02-14", inhoud: { __typename: "TijdlijnHulpverlening", titel: "Netwerkberaad gehouden" } },
              { datum: "2026-02-10", inhoud: { __typename: "TijdlijnMedisch" } },
            ],
          },
        },
      } as Record<string, unknown>,
    };
    applyToResult(result, { removed, placeholders });
    expect((result.data.gezin as any).gezinstijdlijn.nodes.map((n: any) => n.inhoud)).toEqual([
      { __typename: "TijdlijnHulpverlening", titel: "Netwerkberaad gehouden" },
      { __typename: "TijdlijnMedisch", titel: null },
    ]);
  });

  it("sets null wherever the field would have been, lists included, with one FORBIDDEN error per removed field", () => {
    const { removed, placeholders } = filter(`{ gezin(id: "x") { naam meldingen { datum melder { naam } } vertrouwensartsAdviezen { advies } } }`, LOKAAL_TEAM);
    const result = {
      data: { gezin: { naam: "Gezin Visser", meldingen: [{ datum: "2026-02-14" }, { datum: "2026-03-01" }] } } as Record<string, unknown>,
    };
    applyToResult(result, { removed, placeholders });
    expect(result).toEqual({
      data: {
        gezin: {
          naam: "Gezin Visser",
          meldingen: [
            { datum: "2026-02-14", melder: null },
            { datum: "2026-03-01", melder: null },
          ],
          vertrouwensartsAdviezen: null,
        },
      },
      errors: [
        {
          message: expect.stringContaining("Melding.melder"),
          path: ["gezin", "meldingen", "melder"],
          extensions: { code: "FORBIDDEN", categorie: "MELDER", reden: "protected-reporter", veld: "Melding.melder", verwijderdDoor: "gateway" },
        },
        {
          message: expect.stringContaining("MEDISCH"),
          path: ["gezin", "vertrouwensartsAdviezen"],
          extensions: { code: "FORBIDDEN", categorie: "MEDISCH", reden: "category-not-allowed", veld: "Gezin.vertrouwensartsAdviezen", verwijderdDoor: "gateway" },
        },
      ],
    });
  });

  it("takes the household key and the placeholder out again and leaves a missing parent missing", () => {
    const { removed, placeholders, huishoudens } = filter(GEZIN_QUERY, PRIVACY_OFFICER);
    const found = { data: { gezin: { [HUISHOUDEN_KEY]: "858de37c-7a60-5a87-ac7f-67865dcd03f6" } } as Record<string, unknown> };
    applyToResult(found, { removed, placeholders, huishoudens });
    expect(found.data).toEqual({ gezin: { naam: null, meldingen: null, vertrouwensartsAdviezen: null, maatregelen: null, ervaringsdeskundigen: null } });
    const notFound = { data: { gezin: null } as Record<string, unknown> };
    applyToResult(notFound, { removed, placeholders, huishoudens });
    expect(notFound.data).toEqual({ gezin: null });
    const melding = filter(`{ melding(id: "x") { melder { naam } } }`, PRIVACY_OFFICER);
    const leeg = { data: { melding: { [PLACEHOLDER_KEY]: "Melding" } } as Record<string, unknown> };
    applyToResult(leeg, melding);
    expect(leeg.data).toEqual({ melding: { melder: null } });
  });

  it("names, per owning subgraph, each refused field once per household it was asked of", () => {
    const { removed } = filter(`{ gezinnen(first: 2) { nodes { naam meldingen { datum melder { naam } } vertrouwensartsAdviezen { advies } } } }`, LOKAAL_TEAM);
    const result = {
      data: {
        gezinnen: {
          nodes: [
            { [HUISHOUDEN_KEY]: "00000000-0000-4000-8000-00000000000a", naam: "A", meldingen: [{ datum: "2026-01-01" }, { datum: "2026-01-02" }] },
            { [HUISHOUDEN_KEY]: "00000000-0000-4000-8000-00000000000b", naam: "B", meldingen: [] },
          ],
        },
      },
    };
    const perEigenaar = weigeringenPerEigenaar(result, removed, readEigenaren(SUPERGRAPH));
    expect([...perEigenaar.keys()].sort()).toEqual(["veilig-thuis"]);
    expect(perEigenaar.get("veilig-thuis")).toEqual(
      expect.arrayContaining([
        { gezinId: "00000000-0000-4000-8000-00000000000a", veld: "Melding.melder", categorie: "MELDER", reden: "protected-reporter" },
        { gezinId: "00000000-0000-4000-8000-00000000000a", veld: "Gezin.vertrouwensartsAdviezen", categorie: "MEDISCH", reden: "category-not-allowed" },
        { gezinId: "00000000-0000-4000-8000-00000000000b", veld: "Gezin.vertrouwensartsAdviezen", categorie: "MEDISCH", reden: "category-not-allowed" },
      ]),
    );
    // Household B has no melding: no reporter was refused there.
    expect(perEigenaar.get("veilig-thuis")).toHaveLength(3);
  });
});
