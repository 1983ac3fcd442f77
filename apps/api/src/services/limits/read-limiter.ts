// Read limits: anonymous requests per minute per client address (KB_READ_LIMIT) and per API token by
// its class (KB_TOKEN_READ_LIMITS), counted in the shared PostgreSQL counters. The requests that
// arrive while a statement is out are counted together by the next one (each key once, with how many
// requests it carries), and the statement's atomic count gives each request its own position, so the
// limit stays exact across requests and processes at one statement per batch, not per request. A key
// found over its limit is remembered here until its window ends (refusing needs no round trip; it only
// ever refuses, so the limit still holds). Sessions (editors in the admin) and our own proxies asking
// for themselves (the portal rendering a page) are not read-limited.
import { hitRateCounters, type PrismaClient, type RateCount } from "@kb/db";
import { LRUCache } from "lru-cache";
import { AppError } from "../../errors.ts";
import type { Viewer } from "../visibility.ts";
import { addressSubject, counterKey, secondsUntil, type RatePolicy, type RateState } from "./rate-limits.ts";

export interface ReadLimitSettings {
  /** Anonymous requests per minute per address; 0 = no limit. */
  anonymous: number;
  /** Requests per minute for each token class; 0 = no limit. */
  classes: Record<string, number>;
}

const WINDOW_MS = 60_000;

interface Waiting {
  policy: RatePolicy;
  resolve(position: { count: RateCount; position: number }): void;
  reject(error: unknown): void;
}

export class ReadLimiter {
  private readonly refused = new LRUCache<string, { until: number; limit: number }>({ max: 10_000 });
  /** Requests waiting for the next statement, by counter key. */
  private queue = new Map<string, Waiting[]>();
  private inFlight = false;

  constructor(
    private readonly db: PrismaClient,
    private readonly settings: ReadLimitSettings,
  ) {}

  /** True when some read limit is set (else take() never touches the database). */
  get enabled(): boolean {
    return this.settings.anonymous > 0 || Object.values(this.settings.classes).some((n) => n > 0);
  }

  /** Counts one request; RATE_LIMITED (429) past the limit; undefined when no limit applies. */
  async take(viewer: Viewer, fromProxy: boolean): Promise<RateState | undefined> {
    const policy = this.policyFor(viewer, fromProxy);
    if (!policy) return undefined;
    const [p, subject] = policy;
    const key = counterKey(p, subject);
    const known = this.refused.get(key);
    if (known && known.until > Date.now()) {
      throw refusal(secondsUntil(new Date(known.until), p), known.limit);
    }
    const { count, position } = await new Promise<{ count: RateCount; position: number }>(
      (resolve, reject) => {
        const waiting = this.queue.get(key);
        if (waiting) waiting.push({ policy: p, resolve, reject });
        else this.queue.set(key, [{ policy: p, resolve, reject }]);
        if (!this.inFlight) void this.flush();
      },
    );
    const resetSeconds = secondsUntil(count.resetAt, p);
    if (position > p.limit) {
      this.refused.set(key, { until: count.resetAt.getTime(), limit: p.limit });
      throw refusal(resetSeconds, p.limit);
    }
    return { limit: p.limit, remaining: Math.max(0, p.limit - position), resetSeconds };
  }

  /** Counts everything queued in one statement, then whatever queued meanwhile, until none is left. */
  private async flush(): Promise<void> {
    this.inFlight = true;
    try {
      while (this.queue.size > 0) {
        const batch = this.queue;
        this.queue = new Map();
        const keys = [...batch.keys()];
        try {
          const counts = await hitRateCounters(
            this.db,
            keys.map((key) => {
              const waiting = batch.get(key)!;
              return { key, windowMs: waiting[0]!.policy.windowMs, amount: waiting.length };
            }),
          );
          counts.forEach((count, i) => {
            const waiting = batch.get(keys[i]!)!;
            const first = count.count - waiting.length + 1;
            waiting.forEach((w, j) => w.resolve({ count, position: first + j }));
          });
        } catch (error) {
          for (const waiting of batch.values()) for (const w of waiting) w.reject(error);
        }
      }
    } finally {
      this.inFlight = false;
    }
  }

  private policyFor(viewer: Viewer, fromProxy: boolean): readonly [RatePolicy, string] | undefined {
    if (viewer.user) return undefined;
    if (viewer.token) {
      const { classes } = this.settings;
      const name = viewer.token.rateClass in classes ? viewer.token.rateClass : "standard";
      const limit = classes[name] ?? 0;
      return limit > 0 ? [{ name: `read:token`, limit, windowMs: WINDOW_MS }, viewer.token.id] : undefined;
    }
    if (fromProxy || this.settings.anonymous <= 0) return undefined;
    return [
      { name: "read:address", limit: this.settings.anonymous, windowMs: WINDOW_MS },
      addressSubject(viewer.ip),
    ];
  }
}

const message = (seconds: number) =>
  `Too many requests: the read limit is reached. Try again in ${seconds} s.`;
const refusal = (seconds: number, limit: number) =>
  new AppError("RATE_LIMITED", message(seconds), { retryAfter: seconds, limit });
