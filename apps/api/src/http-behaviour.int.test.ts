// The API as another service's HTTP client meets it: CORS, compression, caching headers, GET per the
// GraphQL-over-HTTP spec (persisted queries included), and 4xx answers with codes for bad requests.
import { createHash } from "node:crypto";
import http from "node:http";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

const ALLOWED = "https://tools.example.com";
let api: TestApi;
beforeAll(
  async () =>
    (api = await startTestApi({ settings: { KB_CORS_ORIGINS: [ALLOWED], KB_INTROSPECTION: false } })),
);
afterAll(() => api?.close());

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  bytes: Buffer;
}

/** node:http, because fetch decompresses and hides what went over the wire. */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  const url = new URL(path, api.url);
  return new Promise<Raw>((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? "GET", headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

const PAGE = `query Page($first: Int) { errorCodes(first: $first) { edges { node { code title message summary
  causes { text } resolutions { text steps { kind text command } } } } } }`;
const pagePath = (first = 30) =>
  `/graphql?query=${encodeURIComponent(PAGE)}&variables=${encodeURIComponent(JSON.stringify({ first }))}`;
const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("CORS", () => {
  it("answers a preflight from an allowed origin with 204 and the Access-Control headers", async () => {
    const res = await raw("/graphql", {
      method: "OPTIONS",
      headers: {
        origin: ALLOWED,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, authorization",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers["access-control-allow-origin"]).toBe(ALLOWED);
    expect(res.headers["access-control-allow-methods"]).toContain("POST");
    expect(res.headers["access-control-allow-headers"]).toContain("authorization");
    expect(res.headers["access-control-allow-headers"]).toContain("content-type");
    expect(Number(res.headers["access-control-max-age"])).toBeGreaterThan(0);
    expect(res.headers["access-control-allow-credentials"]).toBeUndefined();
  });

  it("refuses a preflight from another origin, without any Access-Control-Allow-Origin", async () => {
    const res = await raw("/graphql", {
      method: "OPTIONS",
      headers: { origin: "https://evil.example.net", "access-control-request-method": "POST" },
    });
    expect(res.status).toBe(403);
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    expect(JSON.parse(res.bytes.toString()).errors[0].message).toContain("KB_CORS_ORIGINS");
  });

  it("marks actual responses for an allowed origin only, and varies on Origin", async () => {
    const query = { query: '{ decodeHResult(code: "0x80070005") { hex } }' };
    const allowed = await post(query, { origin: ALLOWED });
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(allowed.headers.get("access-control-expose-headers")).toContain("etag");
    expect(allowed.headers.get("vary")).toContain("Origin");
    const other = await post(query, { origin: "https://evil.example.net" });
    expect(other.status).toBe(200); // a server-side caller is not a browser; the browser withholds it
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("compression", () => {
  it("sends brotli and gzip as Accept-Encoding prefers, and varies on it", async () => {
    const plain = await raw(pagePath(), { headers: { "accept-encoding": "identity" } });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(10_000);

    const br = await raw(pagePath(), { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toContain("Accept-Encoding");
    expect(br.bytes.length).toBeLessThan(plain.bytes.length / 3);
    expect(zlib.brotliDecompressSync(br.bytes).toString()).toBe(plain.bytes.toString());

    const gzip = await raw(pagePath(), { headers: { "accept-encoding": "br;q=0.5, gzip;q=0.9" } });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzip.bytes).toString()).toBe(plain.bytes.toString());

    const refused = await raw(pagePath(), { headers: { "accept-encoding": "br;q=0, gzip;q=0" } });
    expect(refused.headers["content-encoding"]).toBeUndefined();
  });

  it("compresses uncached answers (POST) too, and leaves small answers alone", async () => {
    const big = await raw("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-encoding": "gzip" },
      body: JSON.stringify({ query: PAGE, variables: { first: 30 } }),
    });
    expect(big.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(zlib.gunzipSync(big.bytes).toString()).data.errorCodes.edges).toHaveLength(30);
    const small = await raw("/graphql?query=%7B__typename%7D", { headers: { "accept-encoding": "br" } });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(small.bytes.toString())).toEqual({ data: { __typename: "Query" } });
  });
});

describe("caching of anonymous reads", () => {
  it("GET answers are public for a minute, with an ETag, Vary and Content-Language", async () => {
    const path = `/graphql?query=${encodeURIComponent('{ errorCode(code: "0xC004F074") { title } }')}`;
    const first = await raw(path, { headers: { "accept-language": "fr-CA, en;q=0.5" } });
    expect(first.status).toBe(200);
    expect(first.headers["cache-control"]).toBe("public, max-age=60, stale-while-revalidate=600");
    expect(first.headers["content-language"]).toBe("fr");
    for (const name of ["Accept", "Accept-Encoding", "Accept-Language", "Origin"]) {
      expect(first.headers.vary).toContain(name);
    }
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await raw(path, {
      headers: { "accept-language": "fr-CA, en;q=0.5", "if-none-match": etag },
    });
    expect(again.status).toBe(304);

    const english = await fetch(
      `${api.url}?query=${encodeURIComponent('{ errorCode(code: "0xC004F074", locale: EN) { title } }')}`,
    );
    expect(english.headers.get("content-language")).toBe("en");
  });

  it("signed-in, failed and written answers are not kept", async () => {
    const failed = await fetch(
      `${api.url}?query=${encodeURIComponent('{ errorCode(code: "nope") { title } }')}`,
    );
    expect(failed.headers.get("cache-control")).toBe("no-store");
    const token = await fetch(`${api.url}?query=%7B__typename%7D`, {
      headers: { authorization: "Bearer kbt_x" },
    });
    expect(token.headers.get("cache-control")).toBe("no-store");
  });

  it("serves an automatic persisted query by hash over GET, from the cache", async () => {
    const query = '{ errorCode(code: "0xC004F009") { code title } }';
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));
    const unknown = await fetch(`${api.url}?extensions=${extensions}`);
    expect((await unknown.json()).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const registered = await fetch(`${api.url}?query=${encodeURIComponent(query)}&extensions=${extensions}`);
    expect(registered.status).toBe(200);
    const byHash = await fetch(`${api.url}?extensions=${extensions}`);
    expect((await byHash.json()).data.errorCode.code).toBe("0xC004F009");
    expect(byHash.headers.get("cache-control")).toContain("max-age=60");
    expect(byHash.headers.get("x-cache")).toBe("HIT");
  });
});

describe("the SDL at /graphql/schema.graphql", () => {
  it("is served as text with an ETag, even with introspection off", async () => {
    const res = await raw("/graphql/schema.graphql", { headers: { "accept-encoding": "gzip" } });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(res.headers["cache-control"]).toContain("public");
    const sdl = zlib.gunzipSync(res.bytes).toString();
    expect(sdl).toContain("type Query {");
    expect(sdl).toContain("errorCode(");
    const again = await raw("/graphql/schema.graphql", { headers: { "if-none-match": res.headers.etag! } });
    expect(again.status).toBe(304);
  });
});

describe("bad requests are 4xx with a code", () => {
  const codeOf = async (res: Response) =>
    ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code;

  it("a syntax error is 400 GRAPHQL_PARSE_FAILED", async () => {
    const res = await post({ query: "{ errorCode(" });
    expect(res.status).toBe(400);
    expect(await codeOf(res)).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("too many tokens is 400 GRAPHQL_PARSE_FAILED, saying so", async () => {
    const res = await post({ query: `{ ${"__typename ".repeat(2500)} }` });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(body.errors[0].message).toMatch(/2000 tokens/);
  });

  it("variables nested 10,000 deep are 400, not a stack overflow", async () => {
    const deep = `${"[".repeat(10_000)}1${"]".repeat(10_000)}`;
    const res = await post(
      `{"query":"query ($c: String!) { errorCode(code: $c) { code } }","variables":{"c":${deep}}}`,
    );
    expect(res.status).toBe(400);
    expect(await codeOf(res)).toBe("BAD_REQUEST");
    const get = await fetch(
      `${api.url}?query=${encodeURIComponent("query ($c: String!) { errorCode(code: $c) { code } }")}&variables=${encodeURIComponent(`{"c":${"[".repeat(100)}${"]".repeat(100)}}`)}`,
    );
    expect(get.status).toBe(400);
  });

  it("the cost limit speaks of cost, and counts a literal first and a variable alike", async () => {
    const shape = "{ edges { node { code related { code related { code } } } } }";
    const literal = await post({ query: `{ errorCodes(first: 1000) ${shape} }` });
    const variable = await post({
      query: `query ($n: Int) { errorCodes(first: $n) ${shape} }`,
      variables: { n: 1000 },
    });
    for (const res of [literal, variable]) {
      expect(res.status).toBe(400);
      const error = (await res.json()).errors[0];
      expect(error.message).toMatch(/^Query cost \d+ exceeds the limit of 20000/);
      expect(error.message).not.toMatch(/syntax/i);
      expect(error.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", maxCost: 20000 });
    }
  });

  it("a subscription is 400 with a clear message", async () => {
    const res = await post({ query: "subscription { entryChanged }" });
    expect(res.status).toBe(400);
    const error = (await res.json()).errors[0];
    expect(error.extensions.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/Subscriptions are not supported/);
  });

  it("a mutation over GET is 405", async () => {
    const res = await fetch(`${api.url}?query=${encodeURIComponent("mutation { logout }")}`);
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
  });

  it("an 18 KB URL is a readable 414, and 70 KB of headers a readable 431", async () => {
    const long = await raw(`/graphql?query=${"a".repeat(18_000)}`);
    expect(long.status).toBe(414);
    expect(JSON.parse(long.bytes.toString()).errors[0].message).toContain("POST");
    const headers = await raw("/graphql?query=%7B__typename%7D", {
      headers: { "x-filler": "a".repeat(70_000) },
    });
    expect(headers.status).toBe(431);
    expect(JSON.parse(headers.bytes.toString()).errors[0].extensions.code).toBe("BAD_REQUEST");
  });
});
