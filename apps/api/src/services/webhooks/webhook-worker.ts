// Sends the outbox's due deliveries: woken by every content notice and by a poll timer, it claims rows
// (FOR UPDATE SKIP LOCKED, so several API processes share the work), POSTs each signed body with a
// timeout, and records the outcome: delivered on a 2xx, else retried with exponential backoff until the
// attempt limit, then marked failed. A crash mid-send leaves the claim's lease to expire: at least once.
import http from "node:http";
import https from "node:https";
import {
  claimDueDeliveries,
  nextDeliveryDue,
  recordAttempt,
  type ClaimedDelivery,
  type PrismaClient,
} from "@kb/db";
import type { Logger } from "pino";
import { guardedLookup } from "./url-guard.ts";
import { signedHeaders } from "./webhook-signature.ts";

export interface WebhookWorkerSettings {
  pollMs: number;
  timeoutMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  allowPrivate: boolean;
}

const BATCH = 20;
const MAX_BACKOFF_MS = 6 * 60 * 60_000;

export interface WebhookWorker {
  wake(): void;
  stop(): Promise<void>;
}

/** The delay before retry n (1-based): base, 2×base, 4×base … capped at six hours, with ±20% jitter. */
export function backoff(attempt: number, baseMs: number): number {
  const delay = Math.min(baseMs * 2 ** (attempt - 1), MAX_BACKOFF_MS);
  return Math.round(delay * (0.8 + Math.random() * 0.4));
}

/** One POST; resolves with the status code, rejects on a network error, a refused address or the timeout. */
function post(url: string, headers: Record<string, string>, body: string, settings: WebhookWorkerSettings) {
  const target = new URL(url);
  const client = target.protocol === "https:" ? https : http;
  return new Promise<number>((resolve, reject) => {
    const req = client.request(
      target,
      {
        method: "POST",
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
          "user-agent": "kb-webhooks/1",
        },
        lookup: guardedLookup(settings.allowPrivate),
        signal: AbortSignal.timeout(settings.timeoutMs),
      },
      (res) => {
        res.resume(); // the answer's body is not used; drain it so the socket is released
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

export function startWebhookWorker(
  db: PrismaClient,
  logger: Logger,
  settings: WebhookWorkerSettings,
): WebhookWorker {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  // After each pass one timer is set for the earliest pending delivery, so a backoff shorter than the
  // poll is kept, and so is every later retry (not only the first one scheduled).
  let retryTimer: NodeJS.Timeout | undefined;
  let retryTimerAt = Infinity;
  const scheduleRetry = (at: Date) => {
    if (stopped || at.getTime() >= retryTimerAt) return;
    clearTimeout(retryTimer);
    retryTimerAt = at.getTime();
    retryTimer = setTimeout(
      () => {
        retryTimerAt = Infinity;
        wake();
      },
      // A floor, so a row another process is claiming right now is not polled in a tight loop.
      Math.max(25, at.getTime() - Date.now()),
    );
    retryTimer.unref();
  };
  // The lease outlasts one attempt's timeout, so a live sender never sees its row claimed twice.
  const leaseMs = settings.timeoutMs + 30_000;

  async function deliver(row: ClaimedDelivery) {
    const body = JSON.stringify(row.payload);
    let status: number | null = null;
    let error: string | null = null;
    try {
      status = await post(row.url, signedHeaders(row.secret, row.eventId, body), body, settings);
      if (status < 200 || status > 299) error = `HTTP ${status}`;
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      error = e.name === "TimeoutError" ? `no answer within ${settings.timeoutMs} ms` : e.message;
    }
    const delivered = error === null;
    const retryAt =
      delivered || row.attempts >= settings.maxAttempts
        ? null
        : new Date(Date.now() + backoff(row.attempts, settings.retryBaseMs));
    await recordAttempt(db, row.id, { status, error, retryAt, delivered });
    if (!delivered) {
      logger.warn(
        { delivery: row.id, eventId: row.eventId, attempt: row.attempts, status, error, retryAt },
        retryAt ? "webhook delivery failed; will retry" : "webhook delivery failed; giving up",
      );
    }
  }

  async function run() {
    do {
      again = false;
      try {
        let rows: ClaimedDelivery[];
        do {
          rows = await claimDueDeliveries(db, BATCH, leaseMs);
          await Promise.all(rows.map((row) => deliver(row)));
        } while (rows.length === BATCH && !stopped);
        const next = await nextDeliveryDue(db);
        if (next) scheduleRetry(next);
      } catch (error) {
        // The database went away or the like: the rows stay due and the next poll retries.
        logger.warn({ err: error }, "webhook worker pass failed");
      }
    } while (again && !stopped);
  }

  const wake = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => (running = undefined));
  };
  const timer = setInterval(wake, settings.pollMs);
  timer.unref();
  wake();

  return {
    wake,
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(retryTimer);
      await running;
    },
  };
}
