// Managing webhooks (admins only): create with a secret shown once, list, delete, send a test, and read
// deliveries. Sending is the worker's (webhook-worker.ts).
import * as outbox from "@kb/db";
import type { PrismaClient, WebhookEvent } from "@kb/db";
import { AppError } from "../../errors.ts";
import { demand, type Viewer } from "../visibility.ts";
import { checkWebhookUrl } from "./url-guard.ts";
import { newWebhookSecret } from "./webhook-signature.ts";

export interface WebhookRuntime {
  allowPrivate: boolean;
  /** Asks the delivery worker to look for due rows now. */
  wake(): void;
}

export const MAX_WEBHOOKS = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function webhookId(id: string) {
  if (!UUID.test(id))
    throw new AppError(
      "BAD_USER_INPUT",
      "id must be a webhook id returned by createWebhook or listWebhooks.",
      {
        argument: "id",
      },
    );
  return id;
}

async function existing(db: PrismaClient, id: string) {
  const hook = await outbox.findWebhook(db, webhookId(id));
  if (!hook) throw new AppError("NOT_FOUND", `No webhook with id ${id}.`);
  return hook;
}

export async function createWebhook(
  db: PrismaClient,
  viewer: Viewer,
  runtime: WebhookRuntime,
  input: { url: string; events: WebhookEvent[] },
) {
  demand(viewer, "admin");
  const events = [...new Set(input.events)];
  if (events.length === 0)
    throw new AppError("BAD_USER_INPUT", "events must name at least one event.", { argument: "events" });
  const url = await checkWebhookUrl(input.url, runtime.allowPrivate);
  const secret = newWebhookSecret();
  const data = { url, events, secret, createdById: viewer.user?.id ?? null };
  const hook = await outbox.createWebhook(db, data, MAX_WEBHOOKS);
  if (!hook) throw new AppError("BAD_USER_INPUT", `At most ${MAX_WEBHOOKS} webhooks; delete one first.`);
  return {
    secret,
    webhook: { ...hook, createdBy: viewer.user?.email ?? null, delivered: 0, failed: 0, pending: 0 },
  };
}

export async function listWebhooks(db: PrismaClient, viewer: Viewer) {
  demand(viewer, "admin");
  const hooks = await outbox.listWebhooks(db);
  return hooks.map((h) => ({ ...h, createdBy: h.createdBy?.email ?? null }));
}

export async function deleteWebhook(db: PrismaClient, viewer: Viewer, id: string) {
  demand(viewer, "admin");
  await existing(db, id);
  return outbox.deleteWebhook(db, id);
}

type DeliveryRow = Awaited<ReturnType<typeof outbox.listDeliveries>>[number];
const toDelivery = (row: DeliveryRow) => ({
  ...row,
  payload: JSON.stringify(row.payload),
  state: row.deliveredAt ? "DELIVERED" : row.failedAt ? "FAILED" : "PENDING",
  nextAttemptAt: row.deliveredAt || row.failedAt ? null : row.nextAttemptAt,
});

export async function testWebhook(db: PrismaClient, viewer: Viewer, runtime: WebhookRuntime, id: string) {
  demand(viewer, "admin");
  await existing(db, id);
  const row = await outbox.enqueueTestEvent(db, id);
  runtime.wake();
  return toDelivery(row);
}

export async function listDeliveries(
  db: PrismaClient,
  viewer: Viewer,
  id: string,
  options: { first: number; failedOnly: boolean },
) {
  demand(viewer, "admin");
  await existing(db, id);
  if (!Number.isInteger(options.first) || options.first < 1 || options.first > 200)
    throw new AppError("BAD_USER_INPUT", "first must be an integer from 1 to 200.", { argument: "first" });
  return (await outbox.listDeliveries(db, id, options)).map(toDelivery);
}
