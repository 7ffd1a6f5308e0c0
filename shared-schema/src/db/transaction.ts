import { GraphQLError } from "graphql";
import { QueryFailedError, type EntityManager } from "typeorm";
import type { RequestContext } from "../context/RequestContext";
import { interneFout } from "../server/formatFout";

/** Messages for database constraints, by constraint name, that a professional understands. */
export type ConstraintMessages = Record<string, string>;

/**
 * Run one mutation in one transaction: either everything it writes lands, or
 * nothing does. Constraint violations the database catches (the last line of
 * defence behind input validation) become BAD_USER_INPUT errors; any other
 * database error is logged and becomes INTERNAL_SERVER_ERROR with a Dutch
 * message, never the database's own text.
 *
 * @param messages readable messages per constraint name; a generic one otherwise
 */
export async function inTransaction<T>(
  context: RequestContext,
  work: (manager: EntityManager) => Promise<T>,
  messages: ConstraintMessages = {},
): Promise<T> {
  try {
    // Inside a guarded mutation: its transaction, opened by the guard, holds the checks and the log entry too.
    if (context.mutatie) return await work(context.mutatie.manager);
    return await context.db.transaction("READ COMMITTED", work);
  } catch (error) {
    throw translateDatabaseError(error, messages, context);
  }
}

function translateDatabaseError(error: unknown, messages: ConstraintMessages, context: Pick<RequestContext, "requestId" | "subgraph">): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const driverError = error.driverError as { code?: string; constraint?: string; detail?: string };
  const constraint = driverError.constraint ?? "";
  const known = messages[constraint];
  switch (driverError.code) {
    case "23514":
      return new GraphQLError(known ?? `De gegevens voldoen niet aan de regel '${constraint}'; er is niets opgeslagen.`, {
        extensions: { code: "BAD_USER_INPUT", constraint },
      });
    case "23503":
      return new GraphQLError(known ?? "Een verwijzing in de invoer bestaat niet; er is niets opgeslagen.", {
        extensions: { code: "BAD_USER_INPUT", constraint },
      });
    case "23505":
      return new GraphQLError(known ?? "Dit bestaat al; er is niets opgeslagen.", {
        extensions: { code: "CONFLICT", constraint },
      });
    case "22007":
    case "22008":
      return new GraphQLError("Een datum in de invoer bestaat niet; er is niets opgeslagen.", {
        extensions: { code: "BAD_USER_INPUT" },
      });
    default:
      // The database's own text names tables, columns and values: it goes to the log, not to the professional.
      return interneFout(error, { requestId: context.requestId, bron: context.subgraph });
  }
}
