// A credential the API does not accept is refused with HTTP 401 UNAUTHENTICATED: never read as an
// anonymous request (which would hide a misconfigured integration behind public answers).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSecret } from "./services/auth/tokens.ts";
import { createUser, signIn, startTestApi, TEST_PASSWORD, type TestApi } from "./testing/test-api.ts";

let api: TestApi;
let admin: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi();
  admin = await signIn(api, "ADMIN");
});
afterAll(() => api?.close());

const LOOKUP = `{ errorCode(code: "0xC004F074") { code } }`;
const refusedWith401 = (res: Awaited<ReturnType<TestApi["gql"]>>) => {
  expect(res.status).toBe(401);
  expect(res.data).toBeUndefined();
  expect(res.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
};
const makeToken = async (as: Record<string, string>, name: string) => {
  const made = await api.gql(
    `mutation ($n: String!) { createApiToken(name: $n, scopes: [READ_DRAFTS]) { secret token { id rateClass } } }`,
    { n: name },
    as,
  );
  expect(made.data!.createApiToken.token.rateClass).toBe("standard");
  return made.data!.createApiToken as { secret: string; token: { id: string } };
};

describe("credentials", () => {
  it("anonymous requests still read", async () => {
    expect((await api.gql(LOOKUP)).data!.errorCode.code).toBe("0xC004F074");
  });

  it("an unknown bearer token or session is 401, even for a public read", async () => {
    refusedWith401(await api.gql(LOOKUP, {}, { authorization: "Bearer kbt_not-a-token-we-issued" }));
    refusedWith401(await api.gql(LOOKUP, {}, { authorization: "Bearer some-random-session-secret" }));
  });

  it("a revoked token is 401", async () => {
    const { secret, token } = await makeToken(admin, "to revoke");
    const bearer = { authorization: `Bearer ${secret}` };
    expect((await api.gql(LOOKUP, {}, bearer)).status).toBe(200);
    await api.gql(`mutation ($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: token.id }, admin);
    refusedWith401(await api.gql(LOOKUP, {}, bearer));
  });

  it("an expired session is 401, and its cookie is cleared", async () => {
    const session = await signIn(api, "VIEWER", "expiring@kb.test");
    const secret = session.authorization.replace("Bearer ", "");
    await api.db.prisma.session.update({
      where: { tokenHash: hashSecret(secret) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    refusedWith401(await api.gql(LOOKUP, {}, session));
    const byCookie = await api.gql(LOOKUP, {}, { cookie: `kb_session=${secret}` });
    refusedWith401(byCookie);
    expect(byCookie.headers.get("set-cookie")).toMatch(/^kb_session=; .*Max-Age=0/);
  });

  it("the token of a disabled account is 401, and works again once it is enabled", async () => {
    await createUser(api.db.prisma, "system", {
      email: "owner@kb.test",
      name: "Token owner",
      role: "ADMIN",
      password: TEST_PASSWORD,
    });
    const owner = await signIn(api, "ADMIN", "owner@kb.test");
    const { secret } = await makeToken(owner, "integration");
    const bearer = { authorization: `Bearer ${secret}` };
    const drafts = `{ errorCodes(filter: { status: DRAFT }) { totalCount } }`;
    expect((await api.gql(drafts, {}, bearer)).data!.errorCodes.totalCount).toBeGreaterThanOrEqual(0);
    const id = (await api.db.prisma.user.findUniqueOrThrow({ where: { email: "owner@kb.test" } })).id;
    const disable = (disabled: boolean) =>
      api.gql(
        `mutation ($id: ID!, $d: Boolean!) { updateUser(id: $id, input: { disabled: $d }) { id } }`,
        { id, d: disabled },
        admin,
      );
    await disable(true);
    refusedWith401(await api.gql(drafts, {}, bearer));
    refusedWith401(await api.gql(LOOKUP, {}, owner));
    await disable(false);
    expect((await api.gql(drafts, {}, bearer)).status).toBe(200);
  });
});
