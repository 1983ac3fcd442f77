// With a read replica, a content notice (from the primary, after the commit) must not empty the caches
// before the replica can show the change: the next anonymous read would fetch the old version from the
// replica and cache it until the next change. So a notice is held until the replica has replayed the
// primary's WAL position read after the notice arrived (which is at or after the change's commit).
// Notices that arrive while one batch waits form the next batch (one position read for all of them).
import {
  currentWalPosition,
  hasReplayed,
  replayedWalPosition,
  walPositionValue,
  type PrismaClient,
} from "@kb/db";
import type { Logger } from "pino";

export interface ReplicaWaitOptions {
  /** How long a batch waits before it is delivered anyway (logged; delivered again once replayed). */
  timeoutMs: number;
  /** Pause between two reads of the replica's position. */
  pollMs?: number;
}

/** Returns the function that takes each notice; `deliver` gets them once the replica shows them. */
export function replicaWait(
  primary: PrismaClient,
  replica: PrismaClient,
  logger: Logger,
  deliver: (code: string) => void,
  options: ReplicaWaitOptions,
): { notice(code: string): void; close(): void } {
  const pollMs = options.pollMs ?? 5;
  let queued: string[] = [];
  let running = false;
  let closed = false;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Polls the replica until it has replayed `target` or `ms` have passed; true when it has. */
  async function replayed(target: string, ms: number, interval: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    for (;;) {
      if (hasReplayed(await replayedWalPosition(replica), target)) return true;
      if (closed || Date.now() >= deadline) return false;
      await sleep(interval);
    }
  }

  const deliverAll = (codes: string[]) => {
    for (const code of new Set(codes)) deliver(code);
  };

  async function drain() {
    running = true;
    try {
      while (queued.length && !closed) {
        const batch = queued;
        queued = [];
        const started = Date.now();
        let target: string;
        try {
          target = await currentWalPosition(primary);
          if (await replayed(target, options.timeoutMs, pollMs)) {
            deliverAll(batch);
            continue;
          }
        } catch (error) {
          // Either server is unreachable: nothing to wait for that could succeed now.
          logger.warn({ err: error, codes: batch.slice(0, 20) }, "replica position unknown: caches dropped");
          deliverAll(batch);
          continue;
        }
        const lag = await replayedWalPosition(replica).then(
          (at) => (at ? String(walPositionValue(target) - walPositionValue(at)) : "0"),
          () => "unknown",
        );
        logger.warn(
          { target, lagBytes: lag, waitedMs: Date.now() - started, codes: batch.slice(0, 20) },
          "the read replica has not replayed a published change in time: caches dropped anyway",
        );
        deliverAll(batch);
        // What readers fetched from the replica meanwhile may be old: drop it again once it has caught up.
        void replayed(target, options.timeoutMs * 10, 100)
          .then((ok) => {
            if (!ok || closed) return;
            logger.info({ target, waitedMs: Date.now() - started }, "the read replica caught up");
            deliverAll(batch);
          })
          .catch(() => {});
      }
    } finally {
      running = false;
    }
  }

  return {
    notice(code) {
      queued.push(code);
      if (!running) void drain();
    },
    close() {
      closed = true;
    },
  };
}
