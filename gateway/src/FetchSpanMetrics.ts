import { SpanStatusCode } from "@opentelemetry/api";
import { type ReadableSpan, type SpanProcessor, subgraphFetchMetrics } from "@gezinsbeeld/shared-schema";

/** The span Apollo Gateway opens around each fetch from one subgraph, with the subgraph's name as attribute `service`. */
const FETCH_SPAN = "gateway.fetch";

/**
 * Reads the gateway's subgraph metrics from Apollo Gateway's own `gateway.fetch`
 * spans: one span per fetch, named for its subgraph, ending in status ERROR
 * when the fetch failed (no answer, time-out, an HTTP error). Observes
 * `gezinsbeeld_subgraph_fetch_duration_seconds{subgraph}` for every fetch and
 * counts `gezinsbeeld_subgraph_fetch_errors_total{subgraph}` for the failed ones.
 */
export class FetchSpanMetrics implements SpanProcessor {
  private readonly metrics: ReturnType<typeof subgraphFetchMetrics>;

  /** @param service the registry to count in; the gateway's is `gateway` */
  constructor(service = "gateway") {
    this.metrics = subgraphFetchMetrics(service);
  }

  onStart(): void {}

  onEnd(span: ReadableSpan): void {
    if (span.name !== FETCH_SPAN) return;
    const subgraph = span.attributes.service;
    if (typeof subgraph !== "string") return;
    const [seconds, nanos] = span.duration;
    this.metrics.duration.observe({ subgraph }, seconds + nanos / 1e9);
    if (span.status.code === SpanStatusCode.ERROR) this.metrics.errors.inc({ subgraph });
  }

  async forceFlush(): Promise<void> {}

  async shutdown(): Promise<void> {}
}
