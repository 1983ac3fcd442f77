// GET for queries when asked, and partial data kept next to errors, against a real API over HTTP.
import { startTestApi, type TestApi } from "@kb/api/testing";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKbClient } from "./client.ts";
import { SignInDocument } from "./generated/graphql.ts";
import { KbApiError } from "./kb-api-error.ts";
import { rejection } from "./testing/reject.ts";

let api: TestApi;
const sent: { method: string; url: string }[] = [];
const recording = (input: string, init: RequestInit) => {
  sent.push({ method: init.method ?? "GET", url: input });
  return fetch(input, init);
};
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe("createKbClient({ get: true })", () => {
  it("sends queries as GET (cacheable) and mutations as POST", async () => {
    const kb = createKbClient({ url: api.url, get: true, fetch: recording });
    sent.length = 0;
    expect((await kb.lookup("0xC004F074"))?.code).toBe("0xC004F074");
    expect(sent[0]!.method).toBe("GET");
    expect(new URL(sent[0]!.url).searchParams.get("variables")).toContain("0xC004F074");
    const error = await rejection(
      kb.request(SignInDocument, { email: "nobody@kb.test", password: "wrong password!" }),
    );
    expect(error).toBeInstanceOf(KbApiError);
    expect(sent[1]!.method).toBe("POST");
  });

  it("uses POST by default", async () => {
    const kb = createKbClient({ url: api.url, fetch: recording });
    sent.length = 0;
    await kb.decode("0xC004F074");
    expect(sent[0]!.method).toBe("POST");
  });
});

describe("partial results", () => {
  it("keep the data that resolved next to the errors", async () => {
    const kb = createKbClient({ url: api.url });
    const both = parse(
      `query Both { found: errorCode(code: "0xC004F074") { code } bad: errorCode(code: "not a code") { code } }`,
    );
    const error = await rejection(
      kb.request(both as TypedDocumentNode<Record<string, unknown>, Record<string, never>>),
    );
    expect(error).toBeInstanceOf(KbApiError);
    expect((error as KbApiError).code).toBe("BAD_USER_INPUT");
    expect((error as KbApiError).data).toEqual({ found: { code: "0xC004F074" }, bad: null });
  });
});
