// The cap on active webhooks holds when admins create them in parallel (a check-then-write done in one
// locked transaction, not a count followed by an insert).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_WEBHOOKS } from "./services/webhooks/webhook.service.ts";
import { signIn, startTestApi, type TestApi } from "./testing/test-api.ts";

let api: TestApi;
let admin: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi({ settings: { KB_WEBHOOK_ALLOW_PRIVATE: true } });
  admin = await signIn(api, "ADMIN");
});
afterAll(() => api?.close());

const CREATE = `mutation ($url: String!) {
  createWebhook(input: { url: $url, events: [ENTRY_PUBLISHED] }) { webhook { id } } }`;
const create = (i: number) => api.gql(CREATE, { url: `http://127.0.0.1:9/hook-${i}` }, admin);

describe("the webhook cap", () => {
  it("lets exactly the remaining places through when 20 creates race", async () => {
    for (let i = 0; i < MAX_WEBHOOKS - 5; i++) expect((await create(i)).errors).toBeUndefined();
    const raced = await Promise.all(Array.from({ length: 20 }, (_, i) => create(1000 + i)));
    const made = raced.filter((r) => !r.errors);
    expect(made).toHaveLength(5);
    for (const refused of raced.filter((r) => r.errors)) {
      expect(refused.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
      expect(refused.errors![0]!.message).toContain(`At most ${MAX_WEBHOOKS} webhooks`);
    }
    expect(await api.db.prisma.webhook.count({ where: { disabledAt: null } })).toBe(MAX_WEBHOOKS);
  });
});
