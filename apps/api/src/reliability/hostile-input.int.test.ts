// Hostile requests get a clear 4xx or a typed GraphQL error, and change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, startTestApi, type TestApi } from "../testing/test-api.ts";

let api: TestApi;
beforeAll(async () => (api = await startTestApi()));
afterAll(() => api?.close());

const raw = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  fetch(api.url, { method: "POST", headers, body });

describe("hostile input", () => {
  it("wide queries hit the cost or token limit", async () => {
    const wide = `{ ${Array.from({ length: 400 }, (_, i) => `f${i}: decodeHResult(code: "${i}") { hex }`).join(" ")} }`;
    const res = await api.gql(wide);
    expect(res.errors![0]!.message).toMatch(/token|alias|cost/i);
  });

  it("huge strings and lone surrogates are answered with typed errors", async () => {
    const huge = await api.gql(`query ($c: String!) { errorCode(code: $c) { code } }`, {
      c: "9".repeat(50_000),
    });
    expect(huge.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    const lone = await raw(
      `{"query":"query ($q: String!) { search(query: $q) { rank } }","variables":{"q":"\\ud800 gr\\udfffce"}}`,
    );
    expect(lone.status).toBeLessThan(500);
    const body = (await lone.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
    expect(body.errors?.every((e) => e.extensions.code !== "INTERNAL_SERVER_ERROR") ?? true).toBe(true);
  });

  it("NUL characters are refused before reaching the database", async () => {
    const res = await raw(JSON.stringify({ query: `{ search(query: "a\\u0000b") { rank } }` }));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("NUL character");
  });

  it("mutations over GET are refused, even with the preflight header", async () => {
    const url = `${api.url}?query=${encodeURIComponent(`mutation { logout }`)}`;
    const res = await fetch(url, { headers: { "apollo-require-preflight": "true" } });
    expect(res.status).toBe(405);
  });

  it("wrong content types are refused", async () => {
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
    ]) {
      const res = await raw("query={__typename}", { "content-type": type });
      expect(res.status, type).toBe(415);
    }
  });

  it("markup saved through the API comes back as inert text, and secret fields cannot be filtered on", async () => {
    const editor = await signIn(api, "EDITOR");
    const input = {
      code: "0xC004F0CC",
      activationTypes: [],
      en: {
        title: '<img src=x onerror="alert(1)">',
        summary: "[x](javascript:alert(1))",
        message: "<script>alert(1)</script>",
      },
      causes: [],
      resolutions: [],
      references: [{ en: "Bad link", url: "javascript:alert(1)" }],
    };
    const res = await api.gql(
      `mutation ($input: ErrorCodeInput!) { createErrorCode(input: $input) { code } }`,
      { input },
      editor,
    );
    expect(res.errors![0]!.extensions!.fields).toContainEqual(
      expect.objectContaining({
        path: "references.0.url",
        code: "INVALID_FORMAT",
        message: expect.stringMatching(/URL|http/i),
      }),
    );
    input.references = [];
    await api.gql(
      `mutation ($input: ErrorCodeInput!) { createErrorCode(input: $input) { code } }`,
      { input },
      editor,
    );
    const back = await api.gql(
      `{ errorCodeSource(id: "0xC004F0CC") { source { en { title message } } } }`,
      {},
      editor,
    );
    expect(back.data!.errorCodeSource.source.en).toEqual({
      title: input.en.title,
      message: input.en.message,
    });
    const secret = await api.gql(`{ users(filter: { passwordHash: "x" }) { email } }`, {}, editor);
    expect(secret.errors![0]!.extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
