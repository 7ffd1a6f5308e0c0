import { type IncomingMessage, Server, type ServerResponse } from "node:http";
import type { Express } from "express";

/** W3C trace context a client may send along. */
const TRACE_CONTEXT_HEADERS = ["traceparent", "tracestate"] as const;

/**
 * The gateway's HTTP server: a request's trace begins here. A client's
 * `traceparent` is dropped before the HTTP instrumentation reads it, because
 * the trace id is the request id that every subgraph's access log records
 * (and signs into its tokens as `rid`): a client may not choose it, nor make
 * two requests share one.
 */
export function createEdgeServer(app: Express): Server {
  const server = new Server(app);
  // An own `emit` runs before the prototype's, which the instrumentation wraps to open the request's span
  // (looked up at each call: tracing may start after this server).
  server.emit = function emit(this: Server, event: string, ...args: unknown[]): boolean {
    if (event === "request") {
      const [request] = args as [IncomingMessage, ServerResponse];
      for (const header of TRACE_CONTEXT_HEADERS) delete request.headers[header];
    }
    return (Server.prototype.emit as (this: Server, event: string, ...rest: unknown[]) => boolean).apply(this, [event, ...args]);
  } as Server["emit"];
  return server;
}
