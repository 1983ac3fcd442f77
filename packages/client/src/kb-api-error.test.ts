// How responses become KbApiErrors. The fake fetch only hands the client a response body to parse (the
// CONFLICT error the editorial API will send); everything that needs the API talks to the real one in
// client.int.test.ts and transport.int.test.ts.
import { describe, expect, it } from "vitest";
import { createKbClient } from "./client.ts";
import { rejection } from "./testing/reject.ts";

const API_URL = "http://kb.test/graphql";

function answering(body: string, status = 200) {
  return createKbClient({
    url: API_URL,
    fetch: async () => new Response(body, { status, headers: { "content-type": "application/json" } }),
  });
}

describe("KbApiError mapping", () => {
  it("keeps the code and extensions of a CONFLICT, even when data came along", async () => {
    const body = {
      data: { errorCode: null },
      errors: [
        {
          message: "0xC004F074 was changed by someone else (version 3).",
          path: ["updateErrorCode"],
          extensions: { code: "CONFLICT", currentVersion: 3 },
        },
        { message: "second", extensions: { code: "FORBIDDEN" } },
      ],
    };
    const error = await rejection(answering(JSON.stringify(body)).lookup("0xC004F074"));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("KbApiError");
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("0xC004F074 was changed by someone else (version 3).");
    expect(error.extensions).toEqual({ code: "CONFLICT", currentVersion: 3 });
    expect(error.path).toEqual(["updateErrorCode"]);
    expect(error.status).toBe(200);
    expect(error.url).toBe(API_URL);
    expect(error.errors.map((e) => e.extensions?.code)).toEqual(["CONFLICT", "FORBIDDEN"]);
  });

  it("calls an error without a code INTERNAL_SERVER_ERROR", async () => {
    const error = await rejection(
      answering(JSON.stringify({ errors: [{ message: "boom" }] }), 500).decode("1"),
    );
    expect(error).toMatchObject({ code: "INTERNAL_SERVER_ERROR", message: "boom", status: 500 });
  });

  it("turns a body that is not JSON into HTTP_ERROR quoting the status and the API_URL", async () => {
    const error = await rejection(answering("<html>Bad gateway</html>", 502).decode("1"));
    expect(error.code).toBe("HTTP_ERROR");
    expect(error.status).toBe(502);
    expect(error.message).toContain(`the API at ${API_URL} answered with HTTP 502`);
    expect(error.message).toContain("Bad gateway");
  });
});
