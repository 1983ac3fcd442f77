// What a consuming service relies on to follow changes: the change feed (updatedSince, orderBy UPDATED_AT)
// and signed webhooks from the outbox, over HTTP against a real receiver.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { startApiServer } from "./server.ts";
import { verify } from "./services/webhooks/webhook-signature.ts";
import { signIn, startTestApi, type TestApi } from "./testing/test-api.ts";

interface Received {
  at: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A receiver that answers each request with the next status of `script` (then 200). */
function receiver() {
  const received: Received[] = [];
  const script: number[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ at: Date.now(), headers: req.headers, body });
      res.statusCode = script.shift() ?? 200;
      res.end("ok");
    });
  });
  return {
    received,
    script,
    server,
    async listen() {
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
    },
  };
}

const until = async (check: () => boolean | Promise<boolean>, ms = 5000) => {
  const end = Date.now() + ms;
  while (!(await check()) && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
};

const CREATE = `mutation ($input: CreateWebhookInput!) {
  createWebhook(input: $input) { secret webhook { id url events } } }`;
const STATUS = (action: string, code: string, version: number) =>
  `mutation { ${action}(id: "${code}", expectedVersion: ${version}) { version } }`;

let api: TestApi;
const hook = receiver();
let hookUrl: string;
beforeAll(async () => {
  hookUrl = await hook.listen();
  api = await startTestApi({
    settings: {
      KB_WEBHOOK_ALLOW_PRIVATE: true,
      KB_WEBHOOK_RETRY_BASE_MS: 200,
      KB_WEBHOOK_TIMEOUT_MS: 2000,
      KB_WEBHOOK_MAX_ATTEMPTS: 3,
      // Deliveries must come from the content notice, not from polling.
      KB_WEBHOOK_POLL_MS: 60_000,
    },
  });
});
afterAll(async () => {
  await api?.close();
  hook.server.close();
});

async function versionOf(code: string) {
  return (await api.db.prisma.errorCode.findUniqueOrThrow({ where: { code } })).version;
}

describe("the change feed", () => {
  const LIST = `query ($since: DateTimeISO, $order: ErrorCodeOrder, $first: Int, $after: String) {
    errorCodes(filter: { updatedSince: $since }, orderBy: $order, first: $first, after: $after) {
      edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }`;

  it("pages through every entry in publish order with no gap or repeat, and keeps code order by default", async () => {
    const all = await api.gql(LIST, { order: "UPDATED_AT", first: 100 });
    const codes: string[] = all.data!.errorCodes.edges.map((e: any) => e.node.code);
    expect(codes).toHaveLength(30);
    const rows = await api.db.prisma.errorCode.findMany({
      where: { status: "PUBLISHED" },
      orderBy: [{ publishedAt: "asc" }, { code: "asc" }],
    });
    expect(codes).toEqual(rows.map((r) => r.code));

    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: any = await api.gql(LIST, { order: "UPDATED_AT", first: 7, after });
      paged.push(...res.data.errorCodes.edges.map((e: any) => e.node.code));
      if (!res.data.errorCodes.pageInfo.hasNextPage) break;
      after = res.data.errorCodes.pageInfo.endCursor;
    }
    expect(paged).toEqual(codes);

    const byCode = await api.gql(LIST, { first: 100 });
    const inCodeOrder = byCode.data!.errorCodes.edges.map((e: any) => e.node.code);
    expect(inCodeOrder).toEqual([...codes].sort());
    // A cursor from one order is refused in the other, with a message saying why.
    const mixed = await api.gql(LIST, {
      first: 5,
      after: byCode.data!.errorCodes.edges[0].cursor,
      order: "UPDATED_AT",
    });
    expect(mixed.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  });

  it("updatedSince returns what was published since, last published last; an unpublished entry leaves it", async () => {
    const editor = await signIn(api, "EDITOR");
    const since = new Date().toISOString();
    for (const code of ["0xC004F074", "0x8007232B"]) {
      await api.gql(STATUS("unpublishErrorCode", code, await versionOf(code)), {}, editor);
      await api.gql(STATUS("publishErrorCode", code, await versionOf(code)), {}, editor);
    }
    const res = await api.gql(LIST, { since, order: "UPDATED_AT", first: 10 });
    expect(res.data!.errorCodes.edges.map((e: any) => e.node.code)).toEqual(["0xC004F074", "0x8007232B"]);

    await api.gql(STATUS("unpublishErrorCode", "0x8007232B", await versionOf("0x8007232B")), {}, editor);
    const after = await api.gql(LIST, { since, order: "UPDATED_AT", first: 10 });
    expect(after.data!.errorCodes.edges.map((e: any) => e.node.code)).toEqual(["0xC004F074"]);
    await api.gql(STATUS("publishErrorCode", "0x8007232B", await versionOf("0x8007232B")), {}, editor);

    const future = await api.gql(LIST, { since: new Date(Date.now() + 60_000).toISOString(), first: 10 });
    expect(future.data!.errorCodes.edges).toEqual([]);
    const bad = await api.gql(LIST, { since: "yesterday", first: 10 });
    expect(bad.status).toBe(400);
  });
});

describe("webhooks", () => {
  let secret: string;
  let webhookId: string;
  let admin: Record<string, string>;
  let editor: Record<string, string>;

  beforeAll(async () => {
    admin = await signIn(api, "ADMIN");
    editor = await signIn(api, "EDITOR");
  });

  it("are for admins only", async () => {
    const input = { url: hookUrl, events: ["ENTRY_PUBLISHED"] };
    expect((await api.gql(CREATE, { input })).errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    expect((await api.gql(CREATE, { input }, editor)).errors![0]!.extensions!.code).toBe("FORBIDDEN");
    const list = await api.gql(`{ listWebhooks { id } }`, {}, editor);
    expect(list.errors![0]!.extensions!.code).toBe("FORBIDDEN");
  });

  it("deliver a signed entry.published within 2 s of a publish", async () => {
    const res = await api.gql(
      CREATE,
      { input: { url: hookUrl, events: ["ENTRY_PUBLISHED", "ENTRY_ARCHIVED"] } },
      admin,
    );
    secret = res.data!.createWebhook.secret;
    webhookId = res.data!.createWebhook.webhook.id;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(res.data!.createWebhook.webhook).toMatchObject({
      url: hookUrl,
      events: ["ENTRY_PUBLISHED", "ENTRY_ARCHIVED"],
    });
    // Never readable again.
    const stored = await api.gql(`{ listWebhooks { id url events delivered pending failed } }`, {}, admin);
    expect(JSON.stringify(stored.data)).not.toContain(secret);

    await api.gql(STATUS("unpublishErrorCode", "0xC004F074", await versionOf("0xC004F074")), {}, editor);
    hook.received.length = 0;
    const publishedAt = Date.now();
    const published = await api.gql(
      STATUS("publishErrorCode", "0xC004F074", await versionOf("0xC004F074")),
      {},
      editor,
    );
    expect(published.errors).toBeUndefined();
    await until(() => hook.received.length > 0, 2000);
    expect(hook.received).toHaveLength(1); // the unpublish before was not subscribed to
    const [got] = hook.received;
    expect(got!.at - publishedAt).toBeLessThan(2000);
    // Verified by the Standard Webhooks reference library and by our own verifier.
    const payload = new StandardWebhook(secret).verify(got!.body, got!.headers as Record<string, string>);
    expect(payload).toMatchObject({
      type: "entry.published",
      data: { code: "0xC004F074", status: "PUBLISHED", version: await versionOf("0xC004F074") },
    });
    expect(verify(secret, got!.headers, got!.body)).toBe(true);
    expect(verify(secret, got!.headers, got!.body.replace("0xC004F074", "0xC004F075"))).toBe(false);
    expect(got!.headers["webhook-id"]).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(got!.headers["content-type"]).toBe("application/json");
  });

  it("retry after the receiver answers 500, with the same webhook-id, and show the attempts", async () => {
    hook.received.length = 0;
    hook.script.push(500);
    await api.gql(STATUS("archiveErrorCode", "0x8007232B", await versionOf("0x8007232B")), {}, editor);
    await until(() => hook.received.length >= 2, 4000);
    expect(hook.received).toHaveLength(2);
    expect(hook.received[1]!.headers["webhook-id"]).toBe(hook.received[0]!.headers["webhook-id"]);
    expect(
      new StandardWebhook(secret).verify(hook.received[1]!.body, hook.received[1]!.headers as never),
    ).toMatchObject({
      type: "entry.archived",
    });

    const q = `query ($id: ID!) { webhookDeliveries(id: $id) { type state attempts lastStatus lastError } }`;
    await until(async () => {
      const res = await api.gql(q, { id: webhookId }, admin);
      return res.data!.webhookDeliveries[0].state === "DELIVERED";
    });
    const res = await api.gql(q, { id: webhookId }, admin);
    expect(res.data!.webhookDeliveries[0]).toEqual({
      type: "entry.archived",
      state: "DELIVERED",
      attempts: 2,
      lastStatus: 200,
      lastError: "HTTP 500",
    });
    await api.gql(STATUS("publishErrorCode", "0x8007232B", await versionOf("0x8007232B")), {}, editor);
  });

  it("give up after the last attempt and record it", async () => {
    // The republish at the end of the test before is delivered first.
    await until(
      async () =>
        (await api.db.prisma.webhookDelivery.count({ where: { deliveredAt: null, failedAt: null } })) === 0,
      15_000,
    );
    hook.received.length = 0;
    hook.script.push(503, 503, 503);
    const test = await api.gql(
      `mutation ($id: ID!) { testWebhook(id: $id) { id state } }`,
      { id: webhookId },
      admin,
    );
    expect(test.data!.testWebhook.state).toBe("PENDING");
    const q = `query ($id: ID!) { webhookDeliveries(id: $id, failedOnly: true) { id type state attempts lastStatus lastError } }`;
    await until(async () => {
      const res = await api.gql(q, { id: webhookId }, admin);
      return res.data!.webhookDeliveries.some((d: any) => d.state === "FAILED");
    }, 15_000);
    const res = await api.gql(q, { id: webhookId }, admin);
    expect(res.data!.webhookDeliveries.find((d: any) => d.id === test.data!.testWebhook.id)).toMatchObject({
      type: "webhook.test",
      state: "FAILED",
      attempts: 3,
      lastStatus: 503,
    });
    expect(hook.received).toHaveLength(3);
  });

  it("send nothing for a change that rolls back after the event was queued", async () => {
    // The publish transaction fails after enqueueContentEvent: its revision insert is refused.
    await api.db.prisma.$executeRawUnsafe(`
      CREATE FUNCTION kb_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await api.db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER kb_test_refuse BEFORE INSERT ON "Revision" FOR EACH ROW EXECUTE FUNCTION kb_test_refuse()`,
    );
    try {
      const before = await api.db.prisma.webhookDelivery.count();
      hook.received.length = 0;
      const res = await api.gql(
        STATUS("archiveErrorCode", "0xC004F074", await versionOf("0xC004F074")),
        {},
        editor,
      );
      expect(res.errors![0]!.extensions!.code).toBe("INTERNAL_SERVER_ERROR");
      expect(
        (await api.db.prisma.errorCode.findUniqueOrThrow({ where: { code: "0xC004F074" } })).status,
      ).toBe("PUBLISHED");
      await new Promise((r) => setTimeout(r, 500));
      expect(hook.received).toEqual([]);
      expect(await api.db.prisma.webhookDelivery.count()).toBe(before);
    } finally {
      await api.db.prisma.$executeRawUnsafe(`DROP TRIGGER kb_test_refuse ON "Revision"`);
      await api.db.prisma.$executeRawUnsafe(`DROP FUNCTION kb_test_refuse()`);
    }
  });

  it("are sent once when two API processes share the database", async () => {
    await until(
      async () =>
        (await api.db.prisma.webhookDelivery.count({ where: { deliveredAt: null, failedAt: null } })) === 0,
      15_000,
    );
    const second = await startApiServer(
      api.db,
      {
        HOST: "127.0.0.1",
        PORT: 0,
        KB_INTROSPECTION: false,
        KB_MAX_BODY_BYTES: 100_000,
        KB_WEBHOOK_ALLOW_PRIVATE: true,
      },
      pino({ level: "silent" }),
    );
    try {
      hook.received.length = 0;
      await api.gql(STATUS("unpublishErrorCode", "0x8007232B", await versionOf("0x8007232B")), {}, editor);
      await api.gql(STATUS("publishErrorCode", "0x8007232B", await versionOf("0x8007232B")), {}, editor);
      await until(() => hook.received.length > 0, 2000);
      await new Promise((r) => setTimeout(r, 500));
      expect(hook.received.map((r) => JSON.parse(r.body).type)).toEqual(["entry.published"]);
    } finally {
      await second.close();
    }
  });

  it("can be deleted; ids that are not webhooks say so", async () => {
    const del = await api.gql(`mutation ($id: ID!) { deleteWebhook(id: $id) }`, { id: webhookId }, admin);
    expect(del.data!.deleteWebhook).toBe(true);
    const again = await api.gql(`mutation ($id: ID!) { deleteWebhook(id: $id) }`, { id: webhookId }, admin);
    expect(again.errors![0]!.extensions!.code).toBe("NOT_FOUND");
    const bad = await api.gql(`mutation { testWebhook(id: "nope") { id } }`, {}, admin);
    expect(bad.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(await api.db.prisma.webhookDelivery.count({ where: { webhookId } })).toBe(0);
  });
});
