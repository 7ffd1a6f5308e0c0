import { readFileSync } from "node:fs";
import { SUPERGRAPH_FILE } from "@gezinsbeeld/gateway";
import { Kind, parse, type FieldDefinitionNode, type TypeNode } from "graphql";

/** The checked-in, composed supergraph, parsed: what tests that read classifications read. */
export const SUPERGRAPH = parse(readFileSync(SUPERGRAPH_FILE, "utf8"));

/** A field's `@gegevens(categorie:)` in the supergraph, if any. */
export function categorie(field: FieldDefinitionNode): string | undefined {
  const argument = field.directives?.find((d) => d.name.value === "gegevens")?.arguments?.find((a) => a.name.value === "categorie");
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}

/** The named type under a field's list and non-null wrappers. */
export function benoemdType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : benoemdType(type.type);
}
