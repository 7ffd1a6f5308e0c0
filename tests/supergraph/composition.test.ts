import { readFileSync } from "node:fs";
import { generateSchemas } from "@gezinsbeeld/infra/dist/schemas";
import { Kind, parse, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from "graphql";
import path from "node:path";

const SUPERGRAPH = path.join(__dirname, "..", "..", "gateway", "supergraph.graphql");

/** Object types that are federation or GraphQL plumbing, not organisation data. */
const PLUMBING = new Set(["Query", "Mutation", "Subscription", "_Service"]);

describe("the composed supergraph", () => {
  it("is up to date with every subgraph's code (run `npm run compose` when this fails)", async () => {
    const { files } = await generateSchemas();
    for (const [file, expected] of files) {
      expect({ file: path.relative(process.cwd(), file), content: readFileSync(file, "utf8") }).toEqual({
        file: path.relative(process.cwd(), file),
        content: expected,
      });
    }
  });

  it("classifies every field of every type with @gegevens", () => {
    const document = parse(readFileSync(SUPERGRAPH, "utf8"));
    const unclassified: string[] = [];
    let checked = 0;
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || PLUMBING.has(definition.name.value) || definition.name.value.startsWith("join__") || definition.name.value.startsWith("link__")) continue;
      for (const field of (definition as ObjectTypeDefinitionNode).fields ?? []) {
        checked++;
        if (!(field as FieldDefinitionNode).directives?.some((directive) => directive.name.value === "gegevens")) {
          unclassified.push(`${definition.name.value}.${field.name.value}`);
        }
      }
    }
    expect(unclassified).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });

  it("composes the five organisation subgraphs, each reaching Gezin", () => {
    const sdl = readFileSync(SUPERGRAPH, "utf8");
    for (const name of ["LOKAAL_TEAM", "VEILIG_THUIS", "RVDK", "GI", "ERVARINGSDESKUNDIGEN"]) {
      expect(sdl).toMatch(new RegExp(`type Gezin[^{]*@join__type\\(graph: ${name}, key: "id"\\)`));
    }
    expect(sdl).toContain('@link(url: "https://specs.gezinsbeeld.nl/privacy/v0.1"');
  });
});
