import { performance } from "node:perf_hooks";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { getOperationAST } from "graphql";
import { graphqlMetrics } from "./metrics";

/** Options of {@link useRequestMetrics}. */
export interface RequestMetricsOptions {
  /** The service whose registry counts: `gateway` or the subgraph's name. */
  service: string;
  /**
   * Distinct operation names kept as labels; later names count as `other`, so
   * a client inventing names cannot grow the registry without end. Default 100.
   */
  maxOperations?: number;
}

/**
 * Counts every GraphQL request Apollo Server answers and times it:
 * `gezinsbeeld_graphql_requests_total` and
 * `gezinsbeeld_graphql_request_duration_seconds`, labelled `operation` (the
 * client's operation name, `anonymous` without one; at a subgraph without the
 * gateway's `__<subgraph>__<n>` suffix) and `outcome`: `ok` (no errors),
 * `partial` (data and errors) or `error` (errors, and no root field with a
 * value). Requests refused before Apollo (no token, rate limit) are not
 * GraphQL requests and are not counted here.
 */
export function useRequestMetrics<TContext extends BaseContext>(options: RequestMetricsOptions): ApolloServerPlugin<TContext> {
  const { requests, duration } = graphqlMetrics(options.service);
  const max = options.maxOperations ?? 100;
  const seen = new Set<string>();
  const label = (name: string | null | undefined): string => {
    const operation = name ? name.replace(/__[a-z0-9_]+__\d+$/, "").slice(0, 100) : "anonymous";
    if (seen.has(operation)) return operation;
    if (seen.size >= max) return "other";
    seen.add(operation);
    return operation;
  };
  return {
    async requestDidStart() {
      const start = performance.now();
      return {
        async willSendResponse({ response, errors, operationName, document, request }) {
          // A request that failed validation has no resolved operation, but its document may still name one.
          const name = operationName ?? (document ? getOperationAST(document, request.operationName)?.name?.value : undefined) ?? request.operationName;
          const body = response.body.kind === "single" ? response.body.singleResult : response.body.initialResult;
          const failed = (body.errors?.length ?? 0) > 0 || (errors?.length ?? 0) > 0;
          // `{ gezin: null }` is no answer: data only when some root field has a value.
          const data = Object.values(body.data ?? {}).some((value) => value !== null && value !== undefined);
          const labels = { operation: label(name), outcome: !failed ? "ok" : data ? "partial" : "error" };
          requests.inc(labels);
          duration.observe(labels, (performance.now() - start) / 1000);
        },
      };
    },
  };
}
