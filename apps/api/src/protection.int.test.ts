import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

let api: TestApi;
beforeAll(
  async () =>
    (api = await startTestApi({ settings: { KB_INTROSPECTION: false, KB_MAX_BODY_BYTES: 20_000 } })),
);
afterAll(() => api?.close());

const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  fetch(api.url, { method: "POST", headers, body });

describe("request protection", () => {
  it("refuses queries deeper than the limit", async () => {
    const deep = `{ errorCode(code: "0x8007232B") { ${"related { ".repeat(9)}code${" }".repeat(9)} } }`;
    const res = await api.gql(deep);
    expect(res.errors![0]!.message).toMatch(/depth/i);
    expect(res.data).toBeUndefined();
  });

  it("refuses too many aliases", async () => {
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `a${i}: decodeHResult(code: "0x8007000${i % 10}") { hex }`,
    );
    const res = await api.gql(`{ ${aliases.join(" ")} }`);
    expect(res.errors![0]!.message).toMatch(/alias/i);
  });

  it("refuses batched arrays, invalid JSON and other content types with 400", async () => {
    const batch = await post(JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]));
    expect(batch.status).toBe(400);
    expect(await batch.text()).toContain("Batched requests are not supported");
    const invalid = await post("{ query: ");
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toContain("not valid JSON");
    const text = await post("{ __typename }", { "content-type": "text/plain" });
    expect(text.status).toBe(415);
    expect(await text.text()).toContain("Content-Type: application/json");
    const none = await fetch(api.url, { method: "POST", body: new Blob(['{"query":"{ __typename }"}']) });
    expect(none.status).toBe(415);
  });

  it("refuses an oversized body with 413 before reading it all", async () => {
    const res = await post(JSON.stringify({ query: `{ search(query: "${"a".repeat(30_000)}") { rank } }` }));
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("at most 20000 bytes");
  });

  it("serves anonymous GET requests, and asks a GET carrying the session cookie for a preflight header", async () => {
    const url = `${api.url}?query=${encodeURIComponent('{ decodeHResult(code: "0x80070005") { hex } }')}`;
    expect(await (await fetch(url)).json()).toEqual({ data: { decodeHResult: { hex: "0x80070005" } } });
    const cookie = { cookie: "kb_session=anything" };
    const blocked = await fetch(url, { headers: cookie });
    expect(blocked.status).toBe(400);
    expect(await blocked.text()).toContain("apollo-require-preflight");
    // With the header the request runs, and a session the API does not know is refused and cleared.
    const stale = await fetch(url, { headers: { ...cookie, "apollo-require-preflight": "true" } });
    expect(stale.status).toBe(401);
    expect(stale.headers.get("set-cookie")).toMatch(/^kb_session=;.*Max-Age=0/);
  });

  it("turns introspection off when configured", async () => {
    const res = await api.gql(`{ __schema { types { name } } }`);
    expect(res.errors![0]!.message).toMatch(/introspection/i);
  });

  it("answers /healthz and /readyz, and 404 elsewhere", async () => {
    const base = api.url.replace("/graphql", "");
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: "ready" });
    const missing = await fetch(`${base}/nope`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("no-store");
    const refused = await fetch(api.url, { method: "DELETE" });
    expect(refused.status).toBe(405);
    expect(refused.headers.get("cache-control")).toBe("no-store");
  });
});
