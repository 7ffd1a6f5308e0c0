import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

/**
 * True when `value` is a valid burgerservicenummer: nine digits that pass the
 * elfproef (9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11, and not zero).
 */
export function isGeldigBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0 && sum !== 0;
}

function parseBsn(value: unknown): string {
  const text = typeof value === "number" ? String(value).padStart(9, "0") : value;
  if (typeof text !== "string" || !isGeldigBsn(text)) {
    throw new GraphQLError(
      `Ongeldig burgerservicenummer '${String(value)}': een BSN bestaat uit 9 cijfers en moet voldoen aan de elfproef.`,
      { extensions: { code: "BAD_USER_INPUT", reden: "ongeldig-bsn" } },
    );
  }
  return text;
}

/** Burgerservicenummer, checked with the elfproef on input and output. */
export const BsnScalar = new GraphQLScalarType({
  name: "BSN",
  description: "Burgerservicenummer: 9 cijfers, gecontroleerd met de elfproef.",
  serialize: (value) => parseBsn(value),
  parseValue: (value) => parseBsn(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError("Een burgerservicenummer wordt als tekst opgegeven, bijvoorbeeld \"999990019\".", {
        extensions: { code: "BAD_USER_INPUT", reden: "ongeldig-bsn" },
      });
    }
    return parseBsn(ast.value);
  },
});
