// What an operator sees of the API: x-request-id on every answer, one access-log line per request
// (captured from the real pino logger), and /metrics in the Prometheus text format.
import { Writable } from "node:stream";
import parsePrometheusTextFormat, { type PrometheusFamily } from "parse-prometheus-text-format";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, callback) {
    for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
    callback();
  },
});

let api: TestApi;
let origin: string;
beforeAll(async () => {
  api = await startTestApi({ logger: pino({ level: "info" }, sink) });
  origin = new URL(api.url).origin;
});
afterAll(() => api?.close());

const LOOKUP = `query Lookup($code: String!) { errorCode(code: $code) { code title } }`;

async function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

/** The access-log line of a request id (written when the answer ends, so wait for it briefly). */
async function logLine(reqId: string) {
  for (let i = 0; i < 50; i++) {
    const line = lines.find((l) => l.reqId === reqId && l.msg === "request");
    if (line) return line;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no access-log line for ${reqId}`);
}

interface Scrape {
  families: PrometheusFamily[];
  text: string;
}

async function scrape(): Promise<Scrape> {
  const res = await fetch(`${origin}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await res.text();
  // The parser throws on any line that is not valid exposition format.
  return { families: parsePrometheusTextFormat(text), text };
}

function family({ families }: Scrape, name: string): PrometheusFamily {
  const found = families.find((f) => f.name === name);
  if (!found) throw new Error(`no metric ${name} in ${families.map((f) => f.name).join(", ")}`);
  return found;
}

/** Requests counted by the histogram's _count series with these labels. The parser folds a labelled
 * histogram's series into one, so the _count lines are read from the (already validated) text. */
function requestCount(scraped: Scrape, labels: Record<string, string>): number {
  expect(family(scraped, "kb_http_request_duration_seconds").type).toBe("HISTOGRAM");
  return scraped.text
    .split("\n")
    .filter((line) => line.startsWith("kb_http_request_duration_seconds_count{"))
    .filter((line) => Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`)))
    .reduce((sum, line) => sum + Number(line.split(" ").at(-1)), 0);
}

describe("request ids and the access log", () => {
  it("echoes a well-formed x-request-id and logs it with the operation, status, cache and trace id", async () => {
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const res = await post(
      { query: LOOKUP, variables: { code: "0xC004F074" } },
      { "x-request-id": "portal-7f3a.1", traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe("portal-7f3a.1");
    const line = await logLine("portal-7f3a.1");
    expect(line).toMatchObject({
      level: 30,
      method: "POST",
      path: "/graphql",
      operation: "Lookup",
      status: 200,
      cache: "MISS",
      traceId,
    });
    expect(typeof line.durationMs).toBe("number");

    const again = await post(
      { query: LOOKUP, variables: { code: "0xC004F074" } },
      { "x-request-id": "second" },
    );
    expect(again.headers.get("x-request-id")).toBe("second");
    expect(await logLine("second")).toMatchObject({ cache: "HIT", status: 200 });
  });

  it("replaces a malformed id with a generated one, on every route and on errors", async () => {
    for (const [path, status] of [
      ["/graphql", 400],
      ["/healthz", 200],
      ["/nowhere", 404],
    ] as const) {
      const res = await fetch(`${origin}${path}`, {
        method: path === "/graphql" ? "POST" : "GET",
        headers: { "x-request-id": "bad id\twith spaces", "content-type": "application/json" },
        body: path === "/graphql" ? "{not json" : undefined,
      });
      expect(res.status).toBe(status);
      const id = res.headers.get("x-request-id");
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
    const long = await fetch(`${origin}/healthz`, { headers: { "x-request-id": "a".repeat(129) } });
    expect(long.headers.get("x-request-id")).not.toBe("a".repeat(129));
    // No traceparent, or a malformed one: no trace id in the line.
    const res = await post({ query: "{ activationTypes { key } }" }, { traceparent: "00-zz-11-01" });
    const line = await logLine(res.headers.get("x-request-id")!);
    expect(line.traceId).toBeUndefined();
    expect(line.operation).toBeUndefined();
  });
});

describe("/metrics", () => {
  it("parses as Prometheus text and counts a request by route and operation", async () => {
    const before = requestCount(await scrape(), { route: "/graphql", operation: "MetricsProbe" });
    const res = await post({ query: "query MetricsProbe { activationTypes { key } }" });
    expect(res.status).toBe(200);
    await res.text();
    const families = await scrape();
    expect(requestCount(families, { route: "/graphql", operation: "MetricsProbe", status: "200" })).toBe(
      before + 1,
    );
    // Node's defaults: event-loop lag and memory.
    expect(Number(family(families, "nodejs_eventloop_lag_seconds").metrics[0]?.value)).toBeGreaterThanOrEqual(
      0,
    );
    expect(Number(family(families, "process_resident_memory_bytes").metrics[0]?.value)).toBeGreaterThan(0);
  });

  it("counts cache hits and misses at both depths", async () => {
    const lookups = (families: Scrape, depth: string, result: string) =>
      Number(
        family(families, "kb_cache_lookups_total").metrics.find(
          (m) => m.labels?.depth === depth && m.labels?.result === result,
        )?.value ?? 0,
      );
    const first = await scrape();
    const query = `query CacheProbe { errorCode(code: "0xC004F074") { code } }`;
    await (await post({ query })).text(); // http miss; read model miss (or hit: other tests read it)
    await (await post({ query })).text(); // http hit
    // Another text for the same entry: an http miss, answered by the read model.
    await (await post({ query: `query CacheProbe2 { errorCode(code: "0xC004F074") { title } }` })).text();
    const after = await scrape();
    expect(lookups(after, "http", "hit") - lookups(first, "http", "hit")).toBe(1);
    expect(lookups(after, "http", "miss") - lookups(first, "http", "miss")).toBe(2);
    expect(lookups(after, "read_model", "hit") - lookups(first, "read_model", "hit")).toBeGreaterThanOrEqual(
      1,
    );
  });

  it("shows the database pool on the PostgreSQL server", async () => {
    const pool = (await scrape()).families.find((f) => f.name === "kb_db_pool_connections");
    if (api.db.kind === "pglite") return expect(pool?.metrics ?? []).toEqual([]);
    const states = Object.fromEntries(pool!.metrics.map((m) => [m.labels!.state, Number(m.value)]));
    expect(states.total).toBeGreaterThanOrEqual(1);
    expect(states).toHaveProperty("idle");
    expect(states).toHaveProperty("waiting");
  });

  it("asks for the token when KB_METRICS_TOKEN is set", async () => {
    const guarded = await startTestApi({ settings: { KB_METRICS_TOKEN: "metrics-token-0123456789" } });
    try {
      const metrics = new URL("/metrics", guarded.url).toString();
      expect((await fetch(metrics)).status).toBe(401);
      expect(
        (await fetch(metrics, { headers: { authorization: "Bearer wrong-token-0123456789" } })).status,
      ).toBe(401);
      const ok = await fetch(metrics, { headers: { authorization: "Bearer metrics-token-0123456789" } });
      expect(ok.status).toBe(200);
      expect(parsePrometheusTextFormat(await ok.text()).length).toBeGreaterThan(10);
    } finally {
      await guarded.close();
    }
  });
});
