// Unknown-code lookups, aggregated in memory and written in batches: a flood of lookups costs one
// statement per flush, not one per request. Each client address may add at most `capPerHour` distinct codes
// an hour (checked here, so a flood is dropped before it is even queued, and again in SQL across
// processes). Addresses are kept only until the flush, which stores them hashed with the day's salt.
import { createHmac } from "node:crypto";
import { forgetOldReaders, readerSalt, recordUnknownLookups, type PrismaClient } from "@kb/db";
import { LRUCache } from "lru-cache";
import type { Logger } from "pino";

export interface BacklogSettings {
  capPerHour: number;
  flushMs: number;
}

/** Pending (code, address) pairs before a flush is forced; beyond twice this, lookups are dropped. */
const MAX_PENDING = 5_000;

export class BacklogRecorder {
  /** Per address and hour: the codes it has added. Bounded: a spread of addresses cannot exhaust memory. */
  private readonly perAddress = new LRUCache<string, Set<string>>({
    maxSize: 200_000,
    sizeCalculation: (codes) => codes.size + 1,
  });
  private pending = new Map<string, { code: string; address: string; count: number }>();
  private flushing: Promise<void> | undefined;
  private readonly timer: NodeJS.Timeout;
  private salt: { day: string; value: string } | undefined;

  constructor(
    private readonly db: PrismaClient,
    private readonly logger: Logger,
    private readonly settings: BacklogSettings,
  ) {
    this.timer = setInterval(() => void this.flush(), settings.flushMs);
    this.timer.unref();
  }

  record(code: string, address: string, now = Date.now()): void {
    const hourKey = `${Math.floor(now / 3_600_000)}:${address}`;
    let codes = this.perAddress.get(hourKey);
    if (!codes) this.perAddress.set(hourKey, (codes = new Set()));
    if (!codes.has(code)) {
      if (codes.size >= this.settings.capPerHour) return;
      codes.add(code);
      this.perAddress.set(hourKey, codes); // its size changed
    }
    const key = `${code} ${address}`;
    const entry = this.pending.get(key);
    if (entry) entry.count++;
    else if (this.pending.size < 2 * MAX_PENDING) this.pending.set(key, { code, address, count: 1 });
    if (this.pending.size >= MAX_PENDING) void this.flush();
  }

  /** Writes what is pending (one statement); concurrent calls share the running flush. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing.then(() => (this.pending.size ? this.flush() : undefined));
    if (this.pending.size === 0) return Promise.resolve();
    const batch = [...this.pending.values()];
    this.pending = new Map();
    this.flushing = this.write(batch)
      .catch((error: unknown) => this.logger.warn({ err: error, rows: batch.length }, "backlog flush failed"))
      .finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async write(batch: { code: string; address: string; count: number }[]) {
    const day = new Date().toISOString().slice(0, 10);
    if (this.salt?.day !== day) {
      this.salt = { day, value: await readerSalt(this.db, day) };
      await forgetOldReaders(this.db, day);
    }
    const salt = this.salt.value;
    const rows = new Map<string, { code: string; readerHash: string; count: number }>();
    for (const { code, address, count } of batch) {
      const readerHash = createHmac("sha256", salt).update(address).digest("base64url").slice(0, 22);
      const row = rows.get(`${code} ${readerHash}`);
      if (row) row.count += count;
      else rows.set(`${code} ${readerHash}`, { code, readerHash, count });
    }
    // recordUnknownLookups serializes flushes itself (an advisory lock), so the cap holds across processes.
    await recordUnknownLookups(this.db, [...rows.values()], this.settings.capPerHour);
  }
}
