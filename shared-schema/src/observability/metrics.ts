import type { RequestHandler } from "express";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

/**
 * The Prometheus metrics of the hub, each service in a registry of its own
 * (services started in one process, as the tests' hub, keep theirs apart).
 * Every name the hub defines is here, so the README's list has one source.
 */

const registries = new Map<string, Registry>();
const withProcessMetrics = new WeakSet<Registry>();

/** The registry of `service` (`gateway`, `gi`, …), made on first use. */
export function serviceRegistry(service: string): Registry {
  let registry = registries.get(service);
  if (!registry) {
    registry = new Registry();
    registries.set(service, registry);
  }
  return registry;
}

function counter<L extends string>(service: string, name: string, help: string, labelNames: readonly L[]): Counter<L> {
  const registry = serviceRegistry(service);
  return (registry.getSingleMetric(name) as Counter<L> | undefined) ?? new Counter({ name, help, labelNames, registers: [registry] });
}

function histogram<L extends string>(service: string, name: string, help: string, labelNames: readonly L[]): Histogram<L> {
  const registry = serviceRegistry(service);
  return (registry.getSingleMetric(name) as Histogram<L> | undefined) ?? new Histogram({ name, help, labelNames, registers: [registry] });
}

/** GraphQL requests that reached Apollo Server, on the gateway and on every subgraph. */
export function graphqlMetrics(service: string): { requests: Counter<"operation" | "outcome">; duration: Histogram<"operation" | "outcome"> } {
  return {
    requests: counter(service, "gezinsbeeld_graphql_requests_total", "GraphQL requests by operation name and outcome (ok, partial, error).", ["operation", "outcome"]),
    duration: histogram(service, "gezinsbeeld_graphql_request_duration_seconds", "GraphQL request latency by operation name and outcome.", ["operation", "outcome"]),
  };
}

/** The gateway's calls to its subgraphs (read from its `gateway.fetch` spans). */
export function subgraphFetchMetrics(service: string): { duration: Histogram<"subgraph">; errors: Counter<"subgraph"> } {
  return {
    duration: histogram(service, "gezinsbeeld_subgraph_fetch_duration_seconds", "Latency of the gateway's fetches from each subgraph.", ["subgraph"]),
    errors: counter(service, "gezinsbeeld_subgraph_fetch_errors_total", "Gateway fetches from a subgraph that failed (no answer, time-out, HTTP error).", ["subgraph"]),
  };
}

/** Access decisions of a subgraph's field guard, counted where each is noted (noteerToegang). */
export function toegangMetrics(subgraph: string): { besluiten: Counter<"beslissing" | "grondslag" | "reden"> } {
  return {
    besluiten: counter(
      subgraph,
      "gezinsbeeld_toegang_besluiten_total",
      "Access decisions by outcome (TOEGESTAAN, GEWEIGERD, ONBESLIST), basis (grondslag) and refusal reason (reden).",
      ["beslissing", "grondslag", "reden"],
    ),
  };
}

/** Writes of a subgraph's chained access log. */
export function toegangslogMetrics(subgraph: string): { writes: Counter<"outcome">; entries: Counter<never>; duration: Histogram<never> } {
  return {
    writes: counter(subgraph, "gezinsbeeld_toegangslog_writes_total", "Access-log writes (one transaction each) by outcome (ok, failed).", ["outcome"]),
    entries: counter(subgraph, "gezinsbeeld_toegangslog_entries_total", "Access-log entries written.", []),
    duration: histogram(subgraph, "gezinsbeeld_toegangslog_write_duration_seconds", "Latency of an access-log write, commit included.", []),
  };
}

/** Requests the gateway refused for exceeding a user's rate limit. */
export function rateLimitMetrics(service: string): { refused: Counter<never> } {
  return { refused: counter(service, "gezinsbeeld_rate_limited_total", "Requests answered 429 RATE_LIMITED.", []) };
}

/**
 * `GET /metrics` of a service: its registry in the Prometheus text format,
 * with the default process metrics (CPU, memory, event loop lag, GC, handles)
 * added on first use. Unauthenticated, on the service's own port: scrape it
 * from inside the network, never expose it publicly.
 */
export function metricsEndpoint(service: string): RequestHandler {
  const registry = serviceRegistry(service);
  if (!withProcessMetrics.has(registry)) {
    withProcessMetrics.add(registry);
    collectDefaultMetrics({ register: registry });
  }
  return async (_req, res, next) => {
    try {
      const text = await registry.metrics();
      res.set("content-type", registry.contentType).set("cache-control", "no-store").send(text);
    } catch (error) {
      next(error);
    }
  };
}
