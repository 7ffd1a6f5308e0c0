import type { ClientRequest, IncomingMessage } from "node:http";
import { context, isSpanContextValid, propagation, type Span, trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import type { InstrumentationBase } from "@opentelemetry/instrumentation";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { PgInstrumentation } from "@opentelemetry/instrumentation-pg";
import { UndiciInstrumentation } from "@opentelemetry/instrumentation-undici";
import { detectResources, envDetector, resourceFromAttributes } from "@opentelemetry/resources";
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  ParentBasedSampler,
  type ReadableSpan,
  type Sampler,
  SamplingDecision,
  type SamplingResult,
  type SpanProcessor,
} from "@opentelemetry/sdk-trace-node";

/** What a span processor sees and is (see {@link Tracing.addSpanProcessor}). */
export type { ReadableSpan, SpanProcessor } from "@opentelemetry/sdk-trace-node";
/** Re-exported for tests and tools that keep spans in memory (`new SimpleSpanProcessor(new InMemorySpanExporter())`). */
export { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-node";

/** Options of {@link startTracing}. */
export interface TracingOptions {
  /**
   * The service, e.g. `gateway` or `gi`. Spans carry `service.name`
   * `gezinsbeeld-<service>`, or `OTEL_SERVICE_NAME` when set. The first start in
   * a process names it: services started in one process (the tests' hub) share
   * one provider.
   */
  service: string;
  /** Processors to add for as long as this start holds tracing, e.g. a test's in-memory exporter. Default: none. */
  spanProcessors?: readonly SpanProcessor[];
}

/** One service's hold on the process's tracing, from {@link startTracing}. */
export interface Tracing {
  /** `otlp` when spans leave the process, `none` when they only carry trace ids along. */
  readonly exporter: "otlp" | "none";
  /** The `service.name` the spans carry. */
  readonly serviceName: string;
  /** Add a processor for the spans that end from now on; call the returned function to remove it. */
  addSpanProcessor(processor: SpanProcessor): () => void;
  /** Hand every ended span to its processors (and the exporter) now. */
  forceFlush(): Promise<void>;
  /** Release this hold; the last one flushes the exporter, shuts tracing down and removes the instrumentation. */
  stop(): Promise<void>;
}

/** The processors of the one provider; services and tests come and go while it lives. */
class SpanProcessors implements SpanProcessor {
  readonly members = new Set<SpanProcessor>();

  onStart(span: Parameters<SpanProcessor["onStart"]>[0], parent: Parameters<SpanProcessor["onStart"]>[1]): void {
    for (const member of this.members) member.onStart(span, parent);
  }

  onEnd(span: ReadableSpan): void {
    for (const member of this.members) member.onEnd(span);
  }

  async forceFlush(): Promise<void> {
    await Promise.all([...this.members].map((member) => member.forceFlush()));
  }

  async shutdown(): Promise<void> {
    await Promise.all([...this.members].map((member) => member.shutdown()));
  }
}

interface ProcessTracing {
  provider: NodeTracerProvider;
  processors: SpanProcessors;
  undici: UndiciInstrumentation;
  unpatch: Array<() => void>;
  exporter: "otlp" | "none";
  serviceName: string;
  holds: number;
}

let running: ProcessTracing | undefined;

/** Probes are no requests: they would only bury the traces that matter. */
const PROBE_PATHS = new Set(["/health", "/ready", "/metrics"]);

/** Spans say where a request went, never what it asked: a GraphQL GET carries its variables (BSNs) in the query string. */
function withoutQuery(span: Span, request: ClientRequest | IncomingMessage): void {
  if ("headers" in request && typeof request.url === "string") {
    if (request.url.includes("?")) span.setAttribute("url.query", "REDACTED");
  } else if ("path" in request && request.path.includes("?")) {
    span.setAttribute("url.full", `${request.protocol}//${request.host}${request.path.slice(0, request.path.indexOf("?"))}?REDACTED`);
  }
}

/** Records a trace when at least one processor receives spans; else a span only carries its ids. */
class WieLuistert implements Sampler {
  constructor(private readonly processors: SpanProcessors) {}

  shouldSample(): SamplingResult {
    return { decision: this.processors.members.size > 0 ? SamplingDecision.RECORD_AND_SAMPLED : SamplingDecision.NOT_RECORD };
  }

  toString(): string {
    return "WieLuistert";
  }
}

function create(options: TracingOptions): ProcessTracing {
  // The exporter reads its endpoint, headers and timeout from the same environment.
  const env = process.env;
  const serviceName = env.OTEL_SERVICE_NAME || `gezinsbeeld-${options.service}`;
  const processors = new SpanProcessors();
  const otlp = Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
  if (otlp) processors.members.add(new BatchSpanProcessor(new OTLPTraceExporter()));
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": serviceName }).merge(detectResources({ detectors: [envDetector] })),
    // Every request the gateway starts is traced while anyone receives its spans (an exporter, a test's
    // processor), and a subgraph follows the gateway's choice. Sampling, where wanted, belongs in the
    // collector. With nobody receiving them, spans are not recorded, yet carry their trace ids along
    // (the request id, traceparent to the subgraphs): their cost is then next to nothing.
    sampler: new ParentBasedSampler({ root: new WieLuistert(processors) }),
    spanProcessors: [processors],
  });
  // W3C traceparent (and baggage) on every request, context through async code.
  provider.register();
  // http and pg are patched by hand (instrumentLoadedModules), so they start switched off: no require hook of their own.
  const patched: InstrumentationBase[] = [
    new HttpInstrumentation({
      enabled: false,
      ignoreIncomingRequestHook: (request) => PROBE_PATHS.has((request.url ?? "").split("?")[0] ?? ""),
      // Readiness probes, key fetches and the like outside any request start no trace of their own.
      requireParentforOutgoingSpans: true,
      requestHook: withoutQuery,
    }),
    // SQL text only, never its parameters (enhancedDatabaseReporting stays off); no root spans for migrations or seeding.
    new PgInstrumentation({ enabled: false, requireParentSpan: true, enhancedDatabaseReporting: false }),
  ];
  // fetch (undici) reports through diagnostics channels, which need no patching.
  const undici = new UndiciInstrumentation({ requireParentforSpans: true });
  for (const instrumentation of [...patched, undici]) instrumentation.setTracerProvider(provider);
  return { provider, processors, undici, unpatch: instrumentLoadedModules(patched), exporter: otlp ? "otlp" : "none", serviceName, holds: 0 };
}

/**
 * The instrumentations patch a module when it is required after they start;
 * a service starts tracing when `http` and `pg` are long loaded (and jest's
 * module registry never passes a require hook at all). So patch the module
 * instances this process uses, as a bundler integration does.
 */
function instrumentLoadedModules(instrumentations: InstrumentationBase[]): Array<() => void> {
  const unpatch: Array<() => void> = [];
  for (const instrumentation of instrumentations) {
    for (const definition of instrumentation.getModuleDefinitions()) {
      let exports: unknown;
      try {
        exports = require(definition.name);
      } catch {
        // Not installed here (pg in a process without a database): nothing to patch.
        continue;
      }
      const version = packageVersion(definition.name);
      definition.patch?.(exports, version);
      unpatch.push(() => definition.unpatch?.(exports, version));
    }
  }
  return unpatch;
}

function packageVersion(name: string): string | undefined {
  try {
    return (require(`${name}/package.json`) as { version?: string }).version;
  } catch {
    // A core module has no package.json.
    return undefined;
  }
}

/**
 * Start tracing for a service (the gateway or a subgraph), once per process:
 * W3C `traceparent` propagation on incoming and outgoing HTTP (node:http and
 * fetch), a span for every SQL statement (pg), and spans exported over
 * OTLP/HTTP when `OTEL_EXPORTER_OTLP_ENDPOINT` is set; without it nothing
 * leaves the process, but trace ids still travel and tie logs and the access
 * log together. Later starts in the same process share the first one's
 * provider (and add their `spanProcessors`); each start is released with
 * {@link Tracing.stop}.
 */
export function startTracing(options: TracingOptions): Tracing {
  // Nobody to receive spans (no exporter, no processor): nothing is instrumented at all until someone asks.
  if (!running && !ontvangerVoor(options)) return zonderOntvanger(options);
  running ??= create(options);
  const tracing = running;
  tracing.holds++;
  const own = [...(options.spanProcessors ?? [])];
  for (const processor of own) tracing.processors.members.add(processor);
  let stopped = false;
  return {
    exporter: tracing.exporter,
    serviceName: tracing.serviceName,
    addSpanProcessor: (processor) => {
      tracing.processors.members.add(processor);
      return () => tracing.processors.members.delete(processor);
    },
    forceFlush: () => tracing.provider.forceFlush(),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await tracing.provider.forceFlush();
      for (const processor of own) tracing.processors.members.delete(processor);
      tracing.holds--;
      if (tracing.holds > 0 || running !== tracing) return;
      running = undefined;
      tracing.undici.disable();
      for (const undo of tracing.unpatch) undo();
      await tracing.provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

/** Whether spans would go anywhere: an OTLP endpoint is configured, or the start brings processors of its own. */
function ontvangerVoor(options: TracingOptions): boolean {
  const env = process.env;
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) || (options.spanProcessors?.length ?? 0) > 0;
}

/**
 * A service's hold on tracing while nobody receives spans: no provider, no
 * instrumentation, no context manager (on Node 20 its async hooks tax every
 * promise of the process), so tracing then costs nothing. The request id still
 * travels without it (the gateway makes one and sends it as `x-request-id`; see
 * accessLog). A processor added later starts real tracing from then on.
 */
function zonderOntvanger(options: TracingOptions): Tracing {
  const later: Tracing[] = [];
  return {
    exporter: "none",
    serviceName: process.env.OTEL_SERVICE_NAME || `gezinsbeeld-${options.service}`,
    addSpanProcessor: (processor) => {
      const echt = startTracing({ service: options.service, spanProcessors: [processor] });
      later.push(echt);
      return () => void echt.stop();
    },
    forceFlush: async () => {
      await Promise.all(later.map((t) => t.forceFlush()));
    },
    stop: async () => {
      await Promise.all(later.splice(0).map((t) => t.stop()));
    },
  };
}

/** The trace id (32 hex digits) of the span active here; undefined outside a traced request. */
export function currentTraceId(): string | undefined {
  const spanContext = trace.getActiveSpan()?.spanContext();
  return spanContext && isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
}
