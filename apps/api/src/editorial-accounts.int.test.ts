import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, TEST_PASSWORD } from "./testing/accounts.ts";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

let api: TestApi;
let admin: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi();
  admin = await signIn(api, "ADMIN");
});
afterAll(() => api?.close());

const ME = `{ me { email role } }`;
const DRAFTS = `{ errorCodes(filter: { status: DRAFT }) { totalCount } }`;

describe("sessions", () => {
  it("set an HttpOnly SameSite cookie that authenticates like the bearer token", async () => {
    const res = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation { login(email: "admin@kb.test", password: "${TEST_PASSWORD}") { user { role } } }`,
      }),
    });
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^kb_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Lax; Expires=/);
    const me = await api.gql(ME, {}, { cookie: cookie.split(";")[0]! });
    expect(me.data!.me).toEqual({ email: "admin@kb.test", role: "ADMIN" });
  });

  it("are revoked at once by logout", async () => {
    const viewer = await signIn(api, "VIEWER");
    expect((await api.gql(ME, {}, viewer)).data!.me.role).toBe("VIEWER");
    expect((await api.gql(`mutation { logout }`, {}, viewer)).data!.logout).toBe(true);
    // A revoked session is refused outright (401), never read as anonymous.
    const refused = await api.gql(ME, {}, viewer);
    expect(refused.status).toBe(401);
    expect(refused.data).toBeUndefined();
    expect(refused.errors![0]).toMatchObject({
      message: expect.stringContaining("expired or was revoked"),
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("are revoked at once when an admin disables the account, and by a password change", async () => {
    const editor = await signIn(api, "EDITOR");
    const id = (await api.db.prisma.user.findUniqueOrThrow({ where: { email: "editor@kb.test" } })).id;
    await api.gql(
      `mutation ($id: ID!) { updateUser(id: $id, input: { disabled: true }) { disabledAt } }`,
      { id },
      admin,
    );
    expect((await api.gql(DRAFTS, {}, editor)).errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    const login = await api.gql(
      `mutation { login(email: "editor@kb.test", password: "${TEST_PASSWORD}") { token } }`,
    );
    expect(login.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");

    const translator = await signIn(api, "TRANSLATOR");
    const changed = await api.gql(
      `mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "another long passphrase") { token } }`,
      {},
      translator,
    );
    expect((await api.gql(ME, {}, translator)).status).toBe(401);
    const fresh = { authorization: `Bearer ${changed.data!.changePassword.token}` };
    expect((await api.gql(ME, {}, fresh)).data!.me.role).toBe("TRANSLATOR");
  });

  it("throttle repeated failed sign-ins per account", async () => {
    const attempt = () =>
      api.gql(`mutation { login(email: "admin@kb.test", password: "wrong password here") { token } }`);
    for (let i = 0; i < 5; i++)
      expect((await attempt()).errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    const blocked = await attempt();
    expect(blocked.status).toBe(429);
    expect(blocked.errors![0]!.extensions!.code).toBe("RATE_LIMITED");
    expect(blocked.errors![0]!.message).toMatch(/Try again in \d+ s/);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(800);
    expect(blocked.headers.get("ratelimit-limit")).toBe("5");
    expect(blocked.headers.get("ratelimit-remaining")).toBe("0");
  });
});

describe("API tokens", () => {
  it("are shown once, stored hashed, scoped, and revocable", async () => {
    const made = await api.gql(
      `mutation { createApiToken(name: "helpdesk", scopes: [READ_DRAFTS]) { secret token { id scopes } } }`,
      {},
      admin,
    );
    const { secret, token } = made.data!.createApiToken;
    expect(secret).toMatch(/^kbt_/);
    expect(token.scopes).toEqual(["READ_DRAFTS"]);
    const row = await api.db.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).not.toContain(secret);
    const bearer = { authorization: `Bearer ${secret}` };
    expect((await api.gql(DRAFTS, {}, bearer)).data!.errorCodes.totalCount).toBeGreaterThanOrEqual(0);
    const write = await api.gql(
      `mutation { publishErrorCode(id: "0x80070005", expectedVersion: 1) { version } }`,
      {},
      bearer,
    );
    expect(write.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    expect(
      (await api.db.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt,
    ).not.toBeNull();
    await api.gql(`mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: token.id }, admin);
    expect((await api.gql(DRAFTS, {}, bearer)).errors![0]!.message).toContain("unknown or revoked");
  });

  it("with write:content can save and publish", async () => {
    const made = await api.gql(
      `mutation { createApiToken(name: "sync", scopes: [WRITE_CONTENT]) { secret } }`,
      {},
      admin,
    );
    const bearer = { authorization: `Bearer ${made.data!.createApiToken.secret}` };
    const res = await api.gql(
      `mutation { unpublishErrorCode(id: "0x80070490", expectedVersion: 1) { status } }`,
      {},
      bearer,
    );
    expect(res.data!.unpublishErrorCode.status).toBe("DRAFT");
  });
});

describe("feedback and the unknown-code backlog", () => {
  it("records feedback from the public and unknown lookups, visible to editors only", async () => {
    const sent = await api.gql(
      `mutation { submitFeedback(code: "c004f074", locale: FR, helpful: true, comment: "Merci !") }`,
    );
    expect(sent.data!.submitFeedback).toBe(true);
    const long = await api.gql(
      `mutation ($c: String) { submitFeedback(code: "0xC004F074", locale: EN, helpful: false, comment: $c) }`,
      { c: "x".repeat(1001) },
    );
    expect(long.errors![0]!.message).toContain("at most 1000 characters");
    for (let i = 0; i < 3; i++) await api.gql(`{ errorCode(code: "0x8007045A") { code } }`);
    await api.gql(`{ errorCode(code: "0xC004F213") { code } }`);
    const seen = await api.gql(
      `{ feedback { code locale helpful comment } unknownLookups { code count } }`,
      {},
      admin,
    );
    expect(seen.data!.feedback[0]).toEqual({
      code: "0xC004F074",
      locale: "FR",
      helpful: true,
      comment: "Merci !",
    });
    expect(seen.data!.unknownLookups.slice(0, 2)).toEqual([
      { code: "0x8007045A", count: 3 },
      { code: "0xC004F213", count: 1 },
    ]);
    expect((await api.gql(`{ unknownLookups { code } }`)).errors![0]!.extensions!.code).toBe(
      "UNAUTHENTICATED",
    );
  });
});
