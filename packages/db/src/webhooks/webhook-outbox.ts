// Webhooks and their transactional outbox: a content change writes its delivery rows in its own
// transaction (so a rolled-back change sends nothing), and delivery workers in any number of API
// processes claim due rows with FOR UPDATE SKIP LOCKED (so no two send the same attempt).
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { EntryStatus, WebhookEvent } from "../generated/prisma/enums.ts";

type Client = PrismaClient | Prisma.TransactionClient;

/** The payload's type for each subscribable event (Standard Webhooks' dotted names). */
export const EVENT_TYPES: Record<WebhookEvent, string> = {
  ENTRY_PUBLISHED: "entry.published",
  ENTRY_UNPUBLISHED: "entry.unpublished",
  ENTRY_ARCHIVED: "entry.archived",
};
/** The event a change of status into each status reports. */
export const STATUS_EVENTS: Record<EntryStatus, WebhookEvent> = {
  PUBLISHED: "ENTRY_PUBLISHED",
  DRAFT: "ENTRY_UNPUBLISHED",
  ARCHIVED: "ENTRY_ARCHIVED",
};
export const TEST_EVENT_TYPE = "webhook.test";

export interface ContentEvent {
  type: WebhookEvent;
  code: string;
  status: string;
  version: number;
}

const newEventId = () => `msg_${randomUUID().replaceAll("-", "")}`;

/** Queues the event for every active webhook subscribed to it; call it inside the change's transaction. */
export async function enqueueContentEvent(tx: Client, event: ContentEvent): Promise<number> {
  return enqueueContentEvents(tx, [event]);
}

/** The same for many events in one statement (an import publishing thousands of entries). */
export async function enqueueContentEvents(tx: Client, events: readonly ContentEvent[]): Promise<number> {
  if (!events.length) return 0;
  const timestamp = new Date().toISOString();
  const rows = events.map((event) => ({
    eventId: newEventId(),
    event: event.type,
    payload: {
      type: EVENT_TYPES[event.type],
      timestamp,
      data: { code: event.code, status: event.status, version: event.version },
    },
  }));
  // One event id per event, shared by the rows of every webhook that receives it.
  return tx.$executeRaw`
    INSERT INTO "WebhookDelivery" ("id", "webhookId", "eventId", "type", "payload")
    SELECT gen_random_uuid(), w."id", e."eventId", e."payload"->>'type', e."payload"
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS e("eventId" text, "event" text, "payload" jsonb)
    JOIN "Webhook" w ON w."disabledAt" IS NULL AND e."event"::"WebhookEvent" = ANY(w."events")`;
}

/** A test delivery to one webhook, outside any content change. */
export async function enqueueTestEvent(db: Client, webhookId: string) {
  const payload = {
    type: TEST_EVENT_TYPE,
    timestamp: new Date().toISOString(),
    data: { webhookId },
  };
  return db.webhookDelivery.create({
    data: { webhookId, eventId: newEventId(), type: TEST_EVENT_TYPE, payload },
  });
}

export interface ClaimedDelivery {
  id: string;
  eventId: string;
  payload: unknown;
  attempts: number;
  url: string;
  secret: string;
}

/**
 * Claims up to `limit` due deliveries in one statement: the attempt is counted and the row's next
 * attempt moved `leaseMs` ahead, so a process that dies mid-send leaves it to be retried (at least once).
 */
export async function claimDueDeliveries(db: Client, limit: number, leaseMs: number) {
  return db.$queryRaw<ClaimedDelivery[]>`
    WITH due AS (
      SELECT d."id" FROM "WebhookDelivery" d
      WHERE d."deliveredAt" IS NULL AND d."failedAt" IS NULL AND d."nextAttemptAt" <= now()
      ORDER BY d."nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    UPDATE "WebhookDelivery" d
    SET "attempts" = d."attempts" + 1, "lastAttemptAt" = now(),
        "nextAttemptAt" = now() + make_interval(secs => ${leaseMs / 1000}::float8)
    FROM due, "Webhook" w
    WHERE d."id" = due."id" AND w."id" = d."webhookId"
    RETURNING d."id", d."eventId", d."payload", d."attempts", w."url", w."secret"`;
}

/** When the earliest pending delivery (a retry, or another process's expired lease) falls due; null when none waits. */
export async function nextDeliveryDue(db: Client): Promise<Date | null> {
  const [row] = await db.$queryRaw<{ at: Date | null }[]>`
    SELECT min("nextAttemptAt") AS at FROM "WebhookDelivery" WHERE "deliveredAt" IS NULL AND "failedAt" IS NULL`;
  return row?.at ?? null;
}

export interface AttemptResult {
  status: number | null;
  error: string | null;
  /** null when delivered or given up. */
  retryAt: Date | null;
  delivered: boolean;
}

export async function recordAttempt(db: Client, id: string, result: AttemptResult) {
  const now = new Date();
  await db.webhookDelivery.update({
    where: { id },
    data: {
      lastStatus: result.status,
      // A success keeps the error of the attempt before it, so a recovered delivery still shows why it was late.
      ...(result.error !== null && { lastError: result.error.slice(0, 500) }),
      ...(result.delivered
        ? { deliveredAt: now }
        : result.retryAt
          ? { nextAttemptAt: result.retryAt }
          : { failedAt: now }),
    },
  });
}

/**
 * Creates the webhook unless `max` active ones exist (null then). Creates take a transaction-scoped
 * advisory lock first, so parallel requests and several API processes cannot pass the cap together.
 */
export function createWebhook(
  db: PrismaClient,
  data: { url: string; events: WebhookEvent[]; secret: string; createdById: string | null },
  max: number,
) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext('kb_webhook_cap'))::text AS locked`;
    if ((await tx.webhook.count({ where: { disabledAt: null } })) >= max) return null;
    return tx.webhook.create({ data });
  });
}

/** Active webhooks, newest first, with their delivery counts; never their secrets. */
export async function listWebhooks(db: Client) {
  const hooks = await db.webhook.findMany({
    where: { disabledAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, url: true, events: true, createdAt: true, createdBy: { select: { email: true } } },
  });
  const counts = await db.$queryRaw<
    { webhookId: string; delivered: bigint; failed: bigint; pending: bigint }[]
  >`
    SELECT "webhookId",
      count(*) FILTER (WHERE "deliveredAt" IS NOT NULL) AS delivered,
      count(*) FILTER (WHERE "failedAt" IS NOT NULL) AS failed,
      count(*) FILTER (WHERE "deliveredAt" IS NULL AND "failedAt" IS NULL) AS pending
    FROM "WebhookDelivery" GROUP BY "webhookId"`;
  const byId = new Map(counts.map((c) => [c.webhookId, c]));
  return hooks.map((h) => {
    const c = byId.get(h.id);
    return {
      ...h,
      delivered: Number(c?.delivered ?? 0),
      failed: Number(c?.failed ?? 0),
      pending: Number(c?.pending ?? 0),
    };
  });
}

export function findWebhook(db: Client, id: string) {
  return db.webhook.findFirst({ where: { id, disabledAt: null } });
}

/** Deletes the webhook and its deliveries (pending ones are never sent). */
export async function deleteWebhook(db: Client, id: string): Promise<boolean> {
  const { count } = await db.webhook.deleteMany({ where: { id } });
  return count > 0;
}

export function listDeliveries(
  db: Client,
  webhookId: string,
  options: { first: number; failedOnly?: boolean },
) {
  return db.webhookDelivery.findMany({
    where: {
      webhookId,
      ...(options.failedOnly && {
        OR: [{ failedAt: { not: null } }, { deliveredAt: null, lastError: { not: null } }],
      }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: options.first,
  });
}
