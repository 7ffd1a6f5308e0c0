import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { InterneFout, isInterneFout } from "./formatFout";

/** Options of {@link useInterneFoutLog}. */
export interface InterneFoutLogOptions {
  /** Who logs: the subgraph's name or `gateway`; goes into every line as `bron`. */
  bron: string;
  /** Where each line goes. Default `console.error` (stderr). */
  log?: (line: string) => void;
}

/**
 * Log every internal error of a request as one JSON line (event `interne-fout`,
 * with the request id and the real message), because `formatFout` hands the
 * client only a generic Dutch message. Errors made with `interneFout` were
 * logged where they happened and are skipped.
 */
export function useInterneFoutLog<TContext extends BaseContext & { requestId?: string | null }>(options: InterneFoutLogOptions): ApolloServerPlugin<TContext> {
  const log = options.log ?? ((line: string) => console.error(line));
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const cause = unwrapResolverError(error);
            // Its code decides (a page's hundred refusals are not formatted twice for it).
            if (cause instanceof InterneFout || !isInterneFout({ message: error.message, extensions: error.extensions })) continue;
            const code = (cause as { code?: unknown } | null)?.code;
            log(
              JSON.stringify({
                event: "interne-fout",
                requestId: contextValue?.requestId ?? null,
                bron: options.bron,
                // The gateway hands on a subgraph's error as a plain object: its message is then the error's own.
                fout: cause instanceof Error ? String(cause) : error.message,
                ...(typeof code === "string" ? { code } : {}),
                ...(error.path ? { path: error.path } : {}),
              }),
            );
          }
        },
      };
    },
  };
}
