import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, startTestApi, type TestApi } from "./testing/test-api.ts";

const received: { secret: string | undefined; body: { codes: string[] } }[] = [];
const portal = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    received.push({ secret: req.headers["x-kb-revalidate-secret"] as string, body: JSON.parse(body) });
    res.end("{}");
  });
});

let api: TestApi;
beforeAll(async () => {
  await new Promise<void>((r) => portal.listen(0, "127.0.0.1", r));
  const { port } = portal.address() as AddressInfo;
  api = await startTestApi({
    settings: {
      KB_PORTAL_REVALIDATE_URL: `http://127.0.0.1:${port}/api/revalidate`,
      KB_REVALIDATE_SECRET: "s".repeat(24),
    },
  });
});
afterAll(async () => {
  await api?.close();
  portal.close();
});

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
};

describe("content change notices", () => {
  it("reach the portal's revalidation endpoint when an entry is published or unpublished", async () => {
    const editor = await signIn(api, "EDITOR");
    received.length = 0;
    await api.gql(
      `mutation { unpublishErrorCode(id: "0xC004F074", expectedVersion: 1) { version } }`,
      {},
      editor,
    );
    await until(() => received.length > 0);
    expect(received).toEqual([{ secret: "s".repeat(24), body: { codes: ["0xC004F074"] } }]);
  });

  it("say nothing for a save that fails", async () => {
    const editor = await signIn(api, "EDITOR");
    received.length = 0;
    const res = await api.gql(
      `mutation { publishErrorCode(id: "0xC004F074", expectedVersion: 1) { version } }`,
      {},
      editor,
    );
    expect(res.errors![0]!.extensions!.code).toBe("CONFLICT");
    await new Promise((r) => setTimeout(r, 400));
    expect(received).toEqual([]);
  });
});
