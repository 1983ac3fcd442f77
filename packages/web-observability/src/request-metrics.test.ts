// observeServer on a real node HTTP server: ids kept or made, one log line per request, the histogram.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metricsResponse, serverRegistry } from "./probes.ts";
import { observeServer } from "./request-metrics.ts";

const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, callback) {
    for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
    callback();
  },
});

let server: http.Server;
let origin: string;
beforeAll(async () => {
  observeServer({
    logger: pino({ level: "debug" }, sink),
    routeOf: (p) => (p.startsWith("/en") ? "/[locale]" : p),
  });
  server = http.createServer((req, res) => {
    // What a page sees: the id instrumentation put on the request.
    res.end(String(req.headers["x-request-id"]));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("observeServer", () => {
  it("keeps a well-formed request id, hands it to the handler and logs the request once", async () => {
    const res = await fetch(`${origin}/en/codes?x=1`, { headers: { "x-request-id": "abc.DEF-1_2" } });
    expect(res.headers.get("x-request-id")).toBe("abc.DEF-1_2");
    expect(await res.text()).toBe("abc.DEF-1_2");
    await new Promise((r) => setTimeout(r, 50));
    expect(lines.filter((l) => l.reqId === "abc.DEF-1_2")).toEqual([
      expect.objectContaining({
        msg: "request",
        level: 30,
        path: "/en/codes",
        route: "/[locale]",
        status: 200,
      }),
    ]);
  });

  it("replaces a malformed id", async () => {
    const res = await fetch(origin, { headers: { "x-request-id": "no spaces allowed" } });
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await res.text()).toBe(res.headers.get("x-request-id"));
  });

  it("counts requests by route in the registry /metrics serves, behind the token when one is set", async () => {
    await (await fetch(`${origin}/en`)).text();
    const open = await metricsResponse(new Request("http://x/metrics"), serverRegistry(), undefined);
    const text = await open.text();
    expect(text).toMatch(
      /kb_http_request_duration_seconds_count\{method="GET",route="\/\[locale\]",status="200"\} [2-9]/,
    );
    expect(text).toContain("process_resident_memory_bytes");
    const guarded = await metricsResponse(
      new Request("http://x/metrics"),
      serverRegistry(),
      "token-0123456789abcdef",
    );
    expect(guarded.status).toBe(401);
  });
});
