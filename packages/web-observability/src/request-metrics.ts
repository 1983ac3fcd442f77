// Request ids, access-log lines and Prometheus metrics for a Next.js server, from Node's own HTTP
// diagnostics channel: every request the server answers (pages, server actions, route handlers,
// static files) is seen without wrapping Next's server. Installed once per process from
// instrumentation.ts.
import { randomUUID } from "node:crypto";
import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** The same rule as the API's: a caller's id is kept when well formed, else one is made. */
export const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

export interface ServerObservability {
  registry: Registry;
}

interface Options {
  logger: Logger;
  /** The route pattern of a path, e.g. "/[locale]/codes/[code]": a label with few values. */
  routeOf(path: string): string;
}

const KEY = "kb-server-observability";

/** Starts observing this process's HTTP server (idempotent). */
export function observeServer(options: Options): ServerObservability {
  const shared = globalThis as unknown as Record<string, ServerObservability | undefined>;
  const existing = shared[KEY];
  if (existing) return existing;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: "kb_http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its answer, by route and status.",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  diagnostics.subscribe("http.server.request.start", (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    track(request, response, options, duration);
  });
  return (shared[KEY] = { registry });
}

function track(req: IncomingMessage, res: ServerResponse, options: Options, duration: Histogram<string>) {
  const started = process.hrtime.bigint();
  const given = req.headers["x-request-id"];
  const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
  // Pages and actions read it with headers() and pass it on to the API.
  req.headers["x-request-id"] = id;
  res.setHeader("x-request-id", id);
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  const route = options.routeOf(path);
  res.once("close", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    duration.observe({ method: req.method ?? "", route, status: String(res.statusCode) }, seconds);
    const traceId = TRACEPARENT.exec(String(req.headers.traceparent ?? ""))?.[1];
    const line = {
      reqId: id,
      method: req.method,
      path: path.slice(0, 200),
      route,
      status: res.statusCode,
      durationMs: Math.round(seconds * 1e4) / 10,
      traceId: traceId && !/^0+$/.test(traceId) ? traceId : undefined,
      ...(!res.writableFinished && { aborted: true }),
    };
    // Static files, probes and scrapes are many and dull: debug.
    const quiet = route === "static" || route === "/healthz" || route === "/readyz" || route === "/metrics";
    if (quiet || line.aborted) options.logger.debug(line, "request");
    else options.logger.info(line, "request");
  });
}
