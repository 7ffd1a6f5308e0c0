import { GraphQLError } from "graphql";

/**
 * Invalid input: the professional can correct it. `veld` names the input field
 * at fault so a front-end can point at it.
 */
export function invoerFout(message: string, veld?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...(veld ? { veld } : {}) } });
}

/** The referenced record does not exist (or is not visible). */
export function nietGevonden(soort: string, id: string): GraphQLError {
  return new GraphQLError(`${soort} met id '${id}' bestaat niet.`, { extensions: { code: "NOT_FOUND", soort, id } });
}

/** Check that `start` ≤ `eind` when both are given (dates as YYYY-MM-DD). */
export function eisPeriode(start: string, eind: string | null | undefined, wat: string, veld = "einddatum"): void {
  if (eind && eind < start) {
    throw invoerFout(`${wat}: de einddatum (${eind}) ligt vóór de startdatum (${start}).`, veld);
  }
}
