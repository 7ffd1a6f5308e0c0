import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { organisatieRegister } from "../organisaties/organisatieRegister";

/**
 * An organisation of the hub: its code in the organisation register
 * (`gateway/organisaties.json`), e.g. `VEILIG_THUIS`. Not an enum: a partner that
 * joins is a row in the register, and no code that decides or records access
 * names an organisation.
 */
export type Organisatie = string;

function organisatie(waarde: unknown): Organisatie {
  const register = organisatieRegister();
  if (!register.bekend(waarde)) {
    throw new GraphQLError(`Onbekende organisatie '${String(waarde)}'; het organisatieregister kent ${register.codes().join(", ")}.`, {
      extensions: { code: "BAD_USER_INPUT", reden: "onbekende-organisatie" },
    });
  }
  return waarde;
}

/**
 * The GraphQL type `Organisatie`: a code from the organisation register. It
 * reads like the enum it replaces (`organisatie: VEILIG_THUIS`, or a string in
 * variables) and refuses any code the register does not list, so a sixth
 * partner changes no other subgraph's schema.
 */
export const OrganisatieScalar = new GraphQLScalarType({
  name: "Organisatie",
  description: "Code van een organisatie uit het organisatieregister (gateway/organisaties.json), bijvoorbeeld VEILIG_THUIS.",
  serialize: organisatie,
  parseValue: organisatie,
  parseLiteral: (node: ValueNode) => {
    if (node.kind !== Kind.ENUM && node.kind !== Kind.STRING) {
      throw new GraphQLError("Een organisatie is een code uit het organisatieregister, bijvoorbeeld VEILIG_THUIS.", { extensions: { code: "BAD_USER_INPUT", reden: "onbekende-organisatie" } });
    }
    return organisatie(node.value);
  },
});
