// One record per request: its id (x-request-id, taken from the caller when well formed so that a chain
// of services shares one), the W3C trace id of a `traceparent` header, and at the end one access-log
// line and one histogram observation.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { ApiMetrics } from "./metrics.ts";
import type { RequestSpan, Tracing } from "./tracing.ts";

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;
const ROUTES = new Set(["/graphql", "/healthz", "/readyz", "/metrics"]);
// Probes and scrapes arrive every few seconds: their lines are logged at debug.
const QUIET_ROUTES = new Set(["/healthz", "/readyz", "/metrics"]);

export interface RequestRecord {
  id: string;
  /** The GraphQL operation's name, when the request names one. */
  operation?: string;
  /** What the response cache did: HIT, MISS (computed, then kept), BYPASS (not cacheable) or OFF. */
  cache?: string;
  /** The request's trace span, when tracing is on. */
  span?: RequestSpan;
}

export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
}

/** The trace id of a well-formed `traceparent` (all zeros is invalid per the spec). */
export function traceIdOf(req: IncomingMessage): string | undefined {
  const id = TRACEPARENT.exec(String(req.headers.traceparent ?? "").trim())?.[1];
  return id && !/^0+$/.test(id) ? id : undefined;
}

/** The operation a GraphQL request names: operationName, else the first named operation of the query. */
export function operationNameOf(params: Record<string, unknown> | undefined): string | undefined {
  if (!params) return undefined;
  if (typeof params.operationName === "string" && params.operationName) return params.operationName;
  if (typeof params.query !== "string") return undefined;
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(params.query)?.[1];
}

/** Gives the request its id (echoed at once as x-request-id) and logs it when the answer is done. */
export function trackRequest(
  req: IncomingMessage,
  res: ServerResponse,
  logger: Logger,
  metrics: ApiMetrics,
  tracing?: Tracing,
): RequestRecord {
  const started = process.hrtime.bigint();
  const record: RequestRecord = { id: requestIdOf(req) };
  res.setHeader("x-request-id", record.id);
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  const route = ROUTES.has(path) ? path : "other";
  const done = () => {
    res.off("finish", done);
    res.off("close", done);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const aborted = !res.writableFinished;
    metrics.observe(
      { method: req.method ?? "", route, operation: record.operation, status: res.statusCode },
      seconds,
    );
    const line = {
      reqId: record.id,
      method: req.method,
      path: route === "other" ? path.slice(0, 200) : route,
      operation: record.operation,
      status: res.statusCode,
      durationMs: Math.round(seconds * 1e4) / 10,
      cache: record.cache,
      traceId: record.span?.traceId ?? traceIdOf(req),
      ...(aborted && { aborted: true }),
    };
    record.span?.describe({
      "kb.request_id": record.id,
      "graphql.operation.name": record.operation,
      "kb.cache": record.cache,
    });
    if (QUIET_ROUTES.has(route) || aborted) logger.debug(line, "request");
    else logger.info(line, "request");
  };
  res.on("finish", done);
  res.on("close", done);
  // After the listeners above, so that the span ends once they have described it.
  if (tracing) record.span = tracing.startRequest(req, res, route);
  return record;
}
