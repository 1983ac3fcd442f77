// Sign-in, password-change and feedback limits over HTTP, as an attacker would try them: bursts of
// parallel requests, two API processes on one database, and a flood of other keys.
import { counterKey } from "./services/limits/rate-limits.ts";
import { SIGN_IN_PER_ACCOUNT } from "./services/limits/rate-limits.ts";
import { createDb, type Db } from "@kb/db";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiServer, type ApiServer } from "./server.ts";
import { createUser, signIn, startTestApi, TEST_PASSWORD, type TestApi } from "./testing/test-api.ts";

let api: TestApi;
let second: ApiServer;
let secondDb: Db;
beforeAll(async () => {
  api = await startTestApi();
  // A second API process on the same database (its own pool on the server engine).
  secondDb = api.db.url ? createDb({ url: api.db.url }) : api.db;
  second = await startApiServer(
    secondDb,
    { HOST: "127.0.0.1", PORT: 0, KB_INTROSPECTION: false, KB_MAX_BODY_BYTES: 100_000 },
    pino({ level: "silent" }),
  );
});
afterAll(async () => {
  await second?.close();
  if (secondDb && secondDb !== api.db) await secondDb.close();
  await api?.close();
});

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const post = async (url: string, query: string, variables: object, headers: Record<string, string>) => {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: { extensions: { code: string } }[] };
  return {
    status: res.status,
    headers: res.headers,
    code: body.errors?.[0]?.extensions.code,
    data: body.data,
  };
};
const account = async (email: string) =>
  createUser(api.db.prisma, "system", { email, name: "Target", role: "EDITOR", password: TEST_PASSWORD });
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("sign-in limits", () => {
  it("check at most 5 of 20 parallel guesses, and refuse the right password sent 12th", async () => {
    const email = "race@kb.test";
    await account(email);
    // Spread over both processes; each guess from its own address, so only the account limit applies.
    const attempt = (i: number, password: string) =>
      post(
        i % 2 ? second.url : api.url,
        LOGIN,
        { email, password },
        { "x-forwarded-for": `198.51.100.${i}` },
      );
    const sent: Promise<Awaited<ReturnType<typeof attempt>>>[] = [];
    for (let i = 0; i < 20; i++) {
      if (i === 11) await pause(25); // "followed by": the right one leaves after the first eleven
      sent.push(attempt(i, i === 11 ? TEST_PASSWORD : `wrong guess number ${i}`));
    }
    const results = await Promise.all(sent);
    const checked = results.filter((r) => r.code !== "RATE_LIMITED");
    console.log(
      `20 parallel sign-ins: ${checked.length} password checks, ${20 - checked.length} refused unchecked`,
    );
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(checked.every((r) => r.code === "UNAUTHENTICATED")).toBe(true);
    expect(results[11]).toMatchObject({ status: 429, code: "RATE_LIMITED" });
    expect(results[11]!.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("give a right password's attempt back: signing in often never locks anyone out", async () => {
    const email = "regular@kb.test";
    await account(email);
    for (let i = 0; i < 8; i++) {
      const ok = await post(api.url, LOGIN, { email, password: TEST_PASSWORD }, {});
      expect(ok.data?.login.token).toBeTruthy();
    }
  });

  it("keep a lockout through a flood of 50,000 other keys", async () => {
    const email = "flooded@kb.test";
    await account(email);
    for (let i = 0; i < 5; i++) {
      const r = await post(
        api.url,
        LOGIN,
        { email, password: "wrong guess again" },
        { "x-forwarded-for": "192.0.2.7" },
      );
      expect(r.code).toBe("UNAUTHENTICATED");
    }
    // 50,000 failed sign-ins for other accounts and addresses, written as the API writes them.
    await api.db.prisma.$executeRaw`
      INSERT INTO "RateCounter" ("key", "count", "resetAt")
      SELECT CASE WHEN g % 2 = 0 THEN 'sign-in:account:flood' || g || '@example.com'
                  ELSE 'sign-in:address:10.' || (g / 65536) || '.' || (g / 256 % 256) || '.' || (g % 256) END,
             1, clock_timestamp() + interval '15 minutes'
      FROM generate_series(1, 50000) g
      ON CONFLICT DO NOTHING`;
    const right = await post(
      second.url,
      LOGIN,
      { email, password: TEST_PASSWORD },
      { "x-forwarded-for": "192.0.2.8" },
    );
    expect(right).toMatchObject({ status: 429, code: "RATE_LIMITED" });
    const row = await api.db.prisma.rateCounter.findUniqueOrThrow({
      where: { key: counterKey(SIGN_IN_PER_ACCOUNT, email) },
    });
    expect(row.count).toBe(6);
  });
});

describe("password change", () => {
  it("check at most 5 guesses of the current password, even 20 at once", async () => {
    const email = "stolen-session@kb.test";
    await account(email);
    const session = await signIn(api, "EDITOR", email);
    const CHANGE = `mutation ($c: String!) { changePassword(currentPassword: $c, newPassword: "a brand new passphrase") { token } }`;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(i % 2 ? second.url : api.url, CHANGE, { c: `guess ${i} of many` }, session),
      ),
    );
    const checked = results.filter((r) => r.code === "BAD_USER_INPUT").length;
    console.log(`20 parallel password changes: ${checked} current-password checks`);
    expect(checked).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r.status === 429)).toHaveLength(20 - checked);
    const right = await post(api.url, CHANGE, { c: TEST_PASSWORD }, session);
    expect(right).toMatchObject({ status: 429, code: "RATE_LIMITED" });
  });
});

describe("feedback", () => {
  it("accept exactly 20 per address an hour out of 30 at once, then answer 429 with RateLimit headers", async () => {
    const SEND = `mutation { submitFeedback(code: "0xC004F074", locale: EN, helpful: true) }`;
    const from = { "x-forwarded-for": "203.0.113.44" };
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => post(i % 2 ? second.url : api.url, SEND, {}, from)),
    );
    expect(results.filter((r) => r.data?.submitFeedback === true)).toHaveLength(20);
    const refused = results.find((r) => r.status === 429)!;
    expect(refused.code).toBe("RATE_LIMITED");
    expect(refused.headers.get("ratelimit-limit")).toBe("20");
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(3000);
    expect(refused.headers.get("ratelimit-reset")).toBe(refused.headers.get("retry-after"));
    // Another address is not affected.
    expect((await post(api.url, SEND, {}, { "x-forwarded-for": "203.0.113.45" })).data?.submitFeedback).toBe(
      true,
    );
  });
});
