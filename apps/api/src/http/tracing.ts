// OpenTelemetry traces, switched on by KB_OTEL=true: one server span per HTTP request, continuing the
// caller's W3C `traceparent`, and one child span per GraphQL operation, exported over OTLP/HTTP in
// batches. Switched off, nothing of OpenTelemetry is loaded (this module imports only types; the SDK
// comes in through startTracing's dynamic imports), so the API pays nothing for it.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Span } from "@opentelemetry/api";

export interface TracingSettings {
  /** The OTLP/HTTP traces endpoint (…/v1/traces). */
  url: string;
  serviceName: string;
  /** Share of new traces kept (0 to 1); a caller's sampled flag is followed. */
  sampleRatio: number;
}

export interface RequestSpan {
  readonly traceId: string;
  /** Names the span after its route once known, and records what the request was. */
  describe(attributes: Record<string, string | number | undefined>): void;
}

export interface Tracing {
  /** The request's span, ended when the response is done (or the client goes away). */
  startRequest(req: IncomingMessage, res: ServerResponse, route: string): RequestSpan;
  /** A child span for the GraphQL operation; call the result with the errors when it is answered. */
  startOperation(
    parent: RequestSpan,
    type: string,
    name: string | undefined,
  ): (errors?: readonly { extensions?: { code?: unknown } }[]) => void;
  /** Sends what is buffered, then stops. */
  shutdown(): Promise<void>;
}

export async function startTracing(settings: TracingSettings): Promise<Tracing> {
  const [api, core, sdk, resources, { OTLPTraceExporter }] = await Promise.all([
    import("@opentelemetry/api"),
    import("@opentelemetry/core"),
    import("@opentelemetry/sdk-trace-base"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/exporter-trace-otlp-http"),
  ]);
  const { ROOT_CONTEXT, SpanKind, SpanStatusCode, defaultTextMapGetter, trace } = api;
  const provider = new sdk.BasicTracerProvider({
    resource: resources.resourceFromAttributes({ "service.name": settings.serviceName }),
    sampler: new sdk.ParentBasedSampler({ root: new sdk.TraceIdRatioBasedSampler(settings.sampleRatio) }),
    spanProcessors: [
      new sdk.BatchSpanProcessor(new OTLPTraceExporter({ url: settings.url, timeoutMillis: 5_000 })),
    ],
  });
  const tracer = provider.getTracer("kb-api");
  const propagator = new core.W3CTraceContextPropagator();
  const spans = new WeakMap<RequestSpan, Span>();

  return {
    startRequest(req, res, route) {
      const parent = propagator.extract(ROOT_CONTEXT, req.headers, defaultTextMapGetter);
      const method = req.method ?? "GET";
      const span = tracer.startSpan(
        `${method} ${route}`,
        {
          kind: SpanKind.SERVER,
          attributes: {
            "http.request.method": method,
            "http.route": route,
            "url.path": route,
            "url.scheme": "http",
            "network.peer.address": req.socket.remoteAddress,
            "user_agent.original": req.headers["user-agent"],
          },
        },
        parent,
      );
      const done = () => {
        res.off("finish", done);
        res.off("close", done);
        span.setAttribute("http.response.status_code", res.statusCode);
        if (!res.writableFinished) span.setAttribute("kb.aborted", true);
        if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      };
      res.on("finish", done);
      res.on("close", done);
      const handle: RequestSpan = {
        traceId: span.spanContext().traceId,
        describe(attributes) {
          for (const [key, value] of Object.entries(attributes))
            if (value !== undefined) span.setAttribute(key, value);
        },
      };
      spans.set(handle, span);
      return handle;
    },

    startOperation(parent, type, name) {
      const context = trace.setSpan(ROOT_CONTEXT, spans.get(parent)!);
      const span = tracer.startSpan(
        name ? `${type} ${name}` : type,
        {
          kind: SpanKind.INTERNAL,
          attributes: { "graphql.operation.type": type, "graphql.operation.name": name },
        },
        context,
      );
      return (errors) => {
        if (errors?.length) {
          const codes = [
            ...new Set(errors.map((e) => String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR"))),
          ];
          span.setAttribute("kb.error_codes", codes);
          span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(", ") });
        }
        span.end();
      };
    },

    // A collector that does not answer must not keep a stopping API alive: at most 5 s for the last batch.
    shutdown: () =>
      Promise.race([
        provider.shutdown().catch(() => {}),
        new Promise<void>((resolve) => setTimeout(resolve, 5_000).unref()),
      ]),
  };
}
