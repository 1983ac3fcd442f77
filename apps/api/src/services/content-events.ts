// Fans out "entry X changed" notices from the database (LISTEN/NOTIFY, so they also come from other API
// processes sharing the database): to in-process subscribers such as caches, and to the portal's
// on-demand revalidation endpoint when one is configured. With a read replica, a notice is fanned out
// once the replica shows the change (services/replica-wait.ts).
import type { Db } from "@kb/db";
import type { Logger } from "pino";
import { replicaWait } from "./replica-wait.ts";

export interface PortalHook {
  url: string;
  secret: string;
}

export interface ContentEvents {
  subscribe(listener: (code: string) => void): () => void;
  close(): Promise<void>;
}

export async function startContentEvents(
  db: Db,
  logger: Logger,
  portal?: PortalHook,
  /** With a replica: how long a notice waits for it (KB_REPLICA_WAIT_MS). */
  replicaWaitMs = 10_000,
): Promise<ContentEvents> {
  const listeners = new Set<(code: string) => void>();
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  // Codes are batched for 100 ms: an import or a burst of saves makes one call, not hundreds.
  const flush = async () => {
    timer = undefined;
    const codes = [...pending];
    pending = new Set();
    if (!portal || codes.length === 0) return;
    try {
      const res = await fetch(portal.url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-kb-revalidate-secret": portal.secret },
        body: JSON.stringify({ codes }),
        signal: AbortSignal.timeout(5_000),
      });
      if (!res.ok) logger.warn({ status: res.status, codes }, "portal revalidation refused");
    } catch (error) {
      logger.warn({ err: error, codes }, "portal revalidation failed");
    }
  };

  const fanOut = (code: string) => {
    for (const listener of listeners) listener(code);
    if (code === "*") return; // a (re)connect: the portal's time-based revalidation covers missed notices
    pending.add(code);
    timer ??= setTimeout(() => void flush(), 100);
  };
  const held = db.replicated
    ? replicaWait(db.prisma, db.reader, logger, fanOut, { timeoutMs: replicaWaitMs })
    : undefined;
  const unlisten = await db.onContentChange(held ? held.notice : fanOut);

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      held?.close();
      clearTimeout(timer);
      await flush();
      await unlisten();
    },
  };
}
