// Webhook URLs that reach this machine or a private network are refused when created, and again when
// delivering (a stored URL whose name now resolves to a private address is never called).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, startTestApi, type TestApi } from "./testing/test-api.ts";

let api: TestApi;
let hits = 0;
const target = http.createServer((_req, res) => {
  hits++;
  res.end("ok");
});
beforeAll(async () => {
  await new Promise<void>((r) => target.listen(0, "127.0.0.1", r));
  api = await startTestApi({ settings: { KB_WEBHOOK_ALLOW_PRIVATE: false, KB_WEBHOOK_POLL_MS: 100 } });
});
afterAll(async () => {
  await api?.close();
  target.close();
});

const CREATE = `mutation ($url: String!) { createWebhook(input: { url: $url, events: [ENTRY_PUBLISHED] }) { secret } }`;

describe("webhook URLs", () => {
  it.each([
    "http://127.0.0.1:4000/hook",
    "http://localhost/hook",
    "http://[::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://10.1.2.3/hook",
    "http://172.16.0.1/hook",
    "http://192.168.1.1/hook",
    "http://169.254.169.254/latest/meta-data",
    "http://0.0.0.0/hook",
    "http://[fd00::1]/hook",
  ])("refuse %s at creation", async (url) => {
    const admin = await signIn(api, "ADMIN");
    const res = await api.gql(CREATE, { url }, admin);
    expect(res.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "url" });
    expect(res.errors![0]!.message).toMatch(/public address/);
  });

  it.each(["ftp://example.com/x", "not a url", "http://user:pw@example.com/x"])("refuse %s", async (url) => {
    const admin = await signIn(api, "ADMIN");
    const res = await api.gql(CREATE, { url }, admin);
    expect(res.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "url" });
  });

  it("are checked again at delivery: a stored loopback URL is never called", async () => {
    const { port } = target.address() as AddressInfo;
    const hook = await api.db.prisma.webhook.create({
      data: { url: `http://localhost:${port}/hook`, events: ["ENTRY_PUBLISHED"], secret: "whsec_AAAA" },
    });
    const admin = await signIn(api, "ADMIN");
    await api.gql(`mutation ($id: ID!) { testWebhook(id: $id) { id } }`, { id: hook.id }, admin);
    let row;
    for (let i = 0; i < 100; i++) {
      row = await api.db.prisma.webhookDelivery.findFirst({ where: { webhookId: hook.id } });
      if (row?.lastError) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(row!.lastError).toMatch(/non-public address/);
    expect(row!.deliveredAt).toBeNull();
    expect(hits).toBe(0);
  });
});
