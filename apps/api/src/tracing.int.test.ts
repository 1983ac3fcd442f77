// OpenTelemetry tracing as an operator turns it on: KB_OTEL=true with the exporter pointed at a
// collector (here a local HTTP server taking OTLP/HTTP JSON). A request carrying a W3C traceparent must
// reach the collector as a server span of that trace, with its GraphQL operation as a child span.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readApiEnv } from "./env.ts";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
}
const received: OtlpSpan[] = [];
const collector = http.createServer((req, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
  req.on("end", () => {
    if (req.url === "/v1/traces" && req.headers["content-type"]?.includes("json")) {
      const payload = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
      for (const rs of payload.resourceSpans) for (const ss of rs.scopeSpans) received.push(...ss.spans);
    }
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
});
/** OTLP/JSON writes ids as hex; tolerate base64 too. */
const hex = (id: string) =>
  /^[0-9a-f]+$/i.test(id) ? id.toLowerCase() : Buffer.from(id, "base64").toString("hex");
const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value && Object.values(value)[0];
};

const lines: Record<string, unknown>[] = [];
let api: TestApi;
let closed = false;
const close = async () => {
  if (!closed) await api?.close();
  closed = true;
};
beforeAll(async () => {
  await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
  const { port } = collector.address() as AddressInfo;
  // The settings as env.ts reads them from the environment.
  const env = readApiEnv({ KB_OTEL: "true", OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}/` });
  expect(env.KB_OTEL_TRACES_URL).toBe(`http://127.0.0.1:${port}/v1/traces`);
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString("utf8")) as Record<string, unknown>);
      done();
    },
  });
  api = await startTestApi({
    settings: { KB_OTEL: env.KB_OTEL, KB_OTEL_TRACES_URL: env.KB_OTEL_TRACES_URL },
    logger: pino({ level: "info" }, sink),
  });
});
afterAll(async () => {
  await close();
  collector.close();
});

describe("tracing with KB_OTEL=true", () => {
  it("exports a server span continuing the caller's traceparent, and the operation's span under it", async () => {
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const callerSpan = "00f067aa0ba902b7";
    const res = await api.gql(
      `query Lookup { errorCode(code: "0xC004F074") { title } }`,
      {},
      { traceparent: `00-${traceId}-${callerSpan}-01` },
    );
    expect(res.data!.errorCode.title).toBeTruthy();
    // Closing the API flushes the exporter's batch.
    await close();
    const ours = received.filter((s) => hex(s.traceId) === traceId);
    const server = ours.find((s) => s.name === "POST /graphql");
    expect(server, JSON.stringify(received.map((s) => s.name))).toBeDefined();
    expect(server!.kind).toBe(2); // SERVER
    expect(hex(server!.parentSpanId!)).toBe(callerSpan);
    expect(attribute(server!, "http.response.status_code")).toBe(200);
    expect(attribute(server!, "graphql.operation.name")).toBe("Lookup");
    const operation = ours.find((s) => s.name === "query Lookup");
    expect(operation).toBeDefined();
    expect(hex(operation!.parentSpanId!)).toBe(hex(server!.spanId));
    // The access log names the same trace.
    expect(lines.find((l) => l.msg === "request" && l.operation === "Lookup")?.traceId).toBe(traceId);
  });

  it("is off unless switched on, and the switch and the endpoint are checked", () => {
    expect(readApiEnv({}).KB_OTEL).toBe(false);
    expect(() => readApiEnv({ KB_OTEL: "yes" })).toThrow(/KB_OTEL must be "true" or "false"/);
    expect(() => readApiEnv({ KB_OTEL: "true", OTEL_EXPORTER_OTLP_ENDPOINT: "collector" })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT must be the collector's OTLP\/HTTP address/,
    );
  });
});
