import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

/**
 * True when `value` is a real calendar date written as YYYY-MM-DD
 * (so 2024-02-30 and 2023-02-29 are refused).
 */
export function isGeldigeDatum(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parseDatum(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== "string" || !isGeldigeDatum(value)) {
    throw new GraphQLError(
      `Ongeldige datum '${String(value)}': geef een bestaande datum op als JJJJ-MM-DD, bijvoorbeeld 2024-03-15.`,
      { extensions: { code: "BAD_USER_INPUT", reden: "ongeldige-datum" } },
    );
  }
  return value;
}

/** A calendar date without time, as YYYY-MM-DD. Stored in PostgreSQL as `date`. */
export const DatumScalar = new GraphQLScalarType({
  name: "Datum",
  description: "Kalenderdatum zonder tijd, als JJJJ-MM-DD.",
  serialize: (value) => parseDatum(value),
  parseValue: (value) => parseDatum(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError("Een datum wordt als tekst opgegeven, bijvoorbeeld \"2024-03-15\".", {
        extensions: { code: "BAD_USER_INPUT", reden: "ongeldige-datum" },
      });
    }
    return parseDatum(ast.value);
  },
});
