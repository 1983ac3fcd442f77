// What the client puts on the wire and how it reports a missing or wrong endpoint, against a real API.
import { startTestApi, type TestApi } from "@kb/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKbClient } from "./client.ts";
import { LookupErrorCodeDocument } from "./generated/graphql.ts";
import { closedPortUrl } from "./testing/closed-port.ts";
import { rejection } from "./testing/reject.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe("request headers", () => {
  it("sends the client's locale as Accept-Language, and the token as a bearer", async () => {
    const sent: Headers[] = [];
    const client = (token?: string) =>
      createKbClient({
        url: api.url,
        locale: "FR",
        ...(token && { token }),
        fetch: (url, init) => {
          sent.push(new Headers(init.headers));
          return fetch(url, init);
        },
      });
    // No locale variable: the server can only learn the language from the header.
    const { errorCode } = await client().request(LookupErrorCodeDocument, { code: "0xC004F074" });
    expect(errorCode?.servedLocale).toBe("FR");
    expect(sent[0]?.get("accept-language")).toBe("fr");
    expect(sent[0]?.get("content-type")).toBe("application/json");
    // A token the API does not know is refused (401), never read as anonymous.
    const error = await rejection(
      client("kb_test_token").request(LookupErrorCodeDocument, { code: "0xC004F074" }),
    );
    expect(sent[1]?.get("authorization")).toBe("Bearer kb_test_token");
    expect(error.code).toBe("UNAUTHENTICATED");
  });
});

describe("transport failures", () => {
  it("raises NETWORK_ERROR naming the URL when nothing listens", async () => {
    const url = await closedPortUrl();
    const error = await rejection(createKbClient({ url }).lookup("0xC004F074"));
    expect(error.code).toBe("NETWORK_ERROR");
    expect(error.message).toContain(`cannot reach the API at ${url}`);
    expect(error.status).toBeUndefined();
  });

  it("raises HTTP_ERROR for an answer that is not GraphQL", async () => {
    const url = api.url.replace(/\/graphql$/, "/nowhere");
    const error = await rejection(createKbClient({ url }).decode("0x8007232B"));
    expect(error).toMatchObject({ code: "HTTP_ERROR", status: 404 });
    expect(error.message).toContain(url);
  });

  it("keeps the API's code when it refuses the request itself (HTTP 400)", async () => {
    const error = await rejection(
      createKbClient({ url: api.url }).request(LookupErrorCodeDocument, {} as { code: string }),
    );
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", status: 400 });
    expect(error.message).toContain('Variable "$code"');
  });
});
