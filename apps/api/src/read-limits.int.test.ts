// Read limits over HTTP: anonymous requests per client address and API-token classes, answered 429
// with RateLimit-* and Retry-After, exact under 40 racing requests and across two API processes.
import { createDb, type Db } from "@kb/db";
import { parseTrustProxy } from "@kb/trust-proxy";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiServer, type ApiServer, type Settings } from "./server.ts";
import { signIn, startTestApi, type TestApi } from "./testing/test-api.ts";

const LIMIT = 10;
const settings: Partial<Settings> = {
  KB_READ_LIMIT: LIMIT,
  KB_TOKEN_READ_LIMITS: { standard: 5, bulk: 50, unlimited: 0 },
};
let api: TestApi;
let second: ApiServer;
let secondDb: Db;
let admin: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi({ settings });
  secondDb = api.db.url ? createDb({ url: api.db.url }) : api.db;
  second = await startApiServer(
    secondDb,
    { HOST: "127.0.0.1", PORT: 0, KB_INTROSPECTION: false, KB_MAX_BODY_BYTES: 100_000, ...settings },
    pino({ level: "silent" }),
  );
  admin = await signIn(api, "ADMIN");
});
afterAll(async () => {
  await second?.close();
  if (secondDb && secondDb !== api.db) await secondDb.close();
  await api?.close();
});

const LOOKUP = JSON.stringify({ query: `{ errorCode(code: "0xC004F074") { code } }` });
const read = async (url: string, headers: Record<string, string>) => {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: LOOKUP,
  });
  const body = (await res.json()) as { data?: any; errors?: { extensions: { code: string } }[] };
  const h = (name: string) => res.headers.get(name);
  return {
    status: res.status,
    body,
    limit: h("ratelimit-limit"),
    remaining: h("ratelimit-remaining"),
    reset: h("ratelimit-reset"),
    retryAfter: h("retry-after"),
  };
};

describe("anonymous read limit", () => {
  it(`counts down in RateLimit-Remaining, then answers 429 with Retry-After`, async () => {
    const from = { "x-forwarded-for": "203.0.113.1" };
    for (let i = 1; i <= LIMIT; i++) {
      const ok = await read(api.url, from);
      expect(ok.status).toBe(200);
      expect([ok.limit, ok.remaining]).toEqual([String(LIMIT), String(LIMIT - i)]);
      expect(Number(ok.reset)).toBeGreaterThan(0);
      expect(Number(ok.reset)).toBeLessThanOrEqual(60);
    }
    const refused = await read(api.url, from);
    expect(refused.status).toBe(429);
    expect(refused.body.errors![0]!.extensions.code).toBe("RATE_LIMITED");
    expect(refused.body.data).toBeUndefined();
    expect([refused.limit, refused.remaining]).toEqual([String(LIMIT), "0"]);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.reset).toBe(refused.retryAfter);
    // Another address has its own budget.
    expect((await read(api.url, { "x-forwarded-for": "203.0.113.2" })).status).toBe(200);
  });

  it(`lets exactly ${LIMIT} of 40 racing requests through, across two API processes`, async () => {
    const from = { "x-forwarded-for": "2001:db8:7:7::1" };
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => read(i % 2 ? second.url : api.url, from)),
    );
    const passed = results.filter((r) => r.status === 200).length;
    console.log(`40 racing reads, limit ${LIMIT}: ${passed} answered, ${40 - passed} refused with 429`);
    expect(passed).toBe(LIMIT);
    expect(results.filter((r) => r.status === 429)).toHaveLength(40 - LIMIT);
    // The same /64 is one client: another address in it shares the budget.
    expect((await read(api.url, { "x-forwarded-for": "2001:db8:7:7::2" })).status).toBe(429);
  });

  it("leaves our own proxies' requests alone (the portal rendering a page), unless proxies are not trusted", async () => {
    for (let i = 0; i < LIMIT + 5; i++) expect((await read(api.url, {})).status).toBe(200);
    const strict = await startApiServer(
      api.db,
      {
        HOST: "127.0.0.1",
        PORT: 0,
        KB_INTROSPECTION: false,
        KB_MAX_BODY_BYTES: 100_000,
        ...settings,
        KB_TRUST_PROXY: parseTrustProxy("0"),
      },
      pino({ level: "silent" }),
    );
    try {
      // Trusting nobody, loopback is a client like any other, and its X-Forwarded-For is ignored.
      const statuses = [];
      for (let i = 0; i < LIMIT + 1; i++)
        statuses.push((await read(strict.url, { "x-forwarded-for": `192.0.2.${i}` })).status);
      expect(statuses.slice(0, LIMIT).every((s) => s === 200)).toBe(true);
      expect(statuses[LIMIT]).toBe(429);
    } finally {
      await strict.close();
    }
  });
});

describe("API-token read limits", () => {
  const token = async (rateClass: string) => {
    const res = await api.gql(
      `mutation ($c: String!) { createApiToken(name: "reader", scopes: [READ_DRAFTS], rateClass: $c) { secret token { rateClass } } }`,
      { c: rateClass },
      admin,
    );
    return res;
  };

  it("limit each token by its class, whatever address it comes from", async () => {
    const made = await token("standard");
    const bearer = { authorization: `Bearer ${made.data!.createApiToken.secret}` };
    const statuses = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await read(i % 2 ? second.url : api.url, { ...bearer, "x-forwarded-for": `198.51.100.${i}` }))
          .status,
      );
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const free = await token("unlimited");
    const unlimited = { authorization: `Bearer ${free.data!.createApiToken.secret}` };
    for (let i = 0; i < 12; i++) expect((await read(api.url, unlimited)).limit).toBeNull();
  });

  it("refuse a class the server does not know", async () => {
    const res = await token("platinum");
    expect(res.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.message).toBe("rateClass must be one of standard, bulk, unlimited.");
  });

  it("do not apply to editors' sessions", async () => {
    for (let i = 0; i < LIMIT + 2; i++) expect((await read(api.url, admin)).status).toBe(200);
  });
});
