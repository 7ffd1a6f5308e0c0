import type { Antwoord, Controle } from "./Controle";

/** What must never reach a caller, each with the name a report line gives it. */
const LEKKEN: ReadonlyArray<[string, RegExp]> = [
  ["a stack trace", /\bstack(trace)?\b|\n\s+at\s|\bat [\w.<>]+ \(/i],
  ["a file path", /(?:\/[\w.@-]+){2,}\.(?:[cm]?[jt]sx?|json|graphql)\b|node_modules|file:\/\/|[A-Za-z]:\\\\/],
  ["SQL", /\b(?:SELECT\b[\s\S]*\bFROM|INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM)\b|relation "|syntax error at or near|violates \w+ key constraint|duplicate key value|\bQueryFailed/i],
  ["an exception name", /\b[A-Z][A-Za-z]*(?:Error|Exception)\b|\bJW[STKE][A-Za-z]*(?:Expired|Failed|Invalid|NoMatchingKey)\b|\bERR_[A-Z_]+\b|\bE(?:CONNREFUSED|CONNRESET|TIMEDOUT)\b/],
];

/** The parts of a refusal a caller reads: each error's message and extensions (and anything beside `errors`). */
function teksten(antwoord: Antwoord): string[] {
  if (!antwoord.body) return antwoord.status === 0 ? [] : [antwoord.tekst];
  const { errors, data: _data, ...rest } = antwoord.body;
  return [
    ...(errors ?? []).flatMap((e) => [typeof e.message === "string" ? e.message : JSON.stringify(e.message), JSON.stringify(e.extensions ?? {})]),
    ...(Object.keys(rest).length > 0 ? [JSON.stringify(rest)] : []),
  ];
}

/**
 * Check 7: none of the refusals the other checks provoked (bad tokens, refused
 * fields, an unknown household, oversized queries) tells the caller how the
 * subgraph is built: no stack, no file path, no SQL, no English exception name
 * in any error's message or extensions.
 */
export function controleerLekken(alle: readonly Antwoord[]): Controle {
  // A request that got no answer showed nothing, so it proves nothing either.
  const antwoorden = alle.filter((antwoord) => antwoord.status !== 0);
  const gevonden: string[] = [];
  for (const antwoord of antwoorden) {
    for (const tekst of teksten(antwoord)) {
      for (const [soort, patroon] of LEKKEN) {
        const match = tekst.match(patroon);
        if (match) gevonden.push(`${antwoord.wat}: ${soort} ("${match[0].trim().slice(0, 60)}") in ${tekst.length > 160 ? `${tekst.slice(0, 160)}…` : tekst}`);
      }
    }
  }
  const wat = `no error leaks internals (${antwoorden.length} refusals read: no stack, file path, SQL or exception name)`;
  if (antwoorden.length === 0) return { nummer: 7, wat, geslaagd: false, waarom: "no refusal to read: the subgraph answered none of the other checks' requests", herstel: "mend the checks above first" };
  return gevonden.length === 0
    ? { nummer: 7, wat, geslaagd: true }
    : {
        nummer: 7,
        wat,
        geslaagd: false,
        waarom: `${gevonden.length} leak(s) in what a caller reads`,
        herstel: "answer each refusal with a Dutch message and a code (UNAUTHENTICATED, FORBIDDEN, GRAPHQL_VALIDATION_FAILED); log the cause, never return it (formatFout in shared-schema masks the rest)",
        details: gevonden,
      };
}
