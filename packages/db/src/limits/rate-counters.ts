// Fixed-window counters in PostgreSQL, shared by every API process. `hitRateCounters` increments and
// reads every key of one decision in a single INSERT … ON CONFLICT DO UPDATE … RETURNING: the row lock
// orders concurrent hits, so each one gets a distinct count and no burst can pass more than the limit.
// Keys are rows, never evicted by other keys; only rows whose window has ended are deleted.
import type { PrismaClient } from "../generated/prisma/client.ts";
import { prepared } from "../prepared.ts";

export interface RateHit {
  key: string;
  /** Length of the window, started by the first hit after the previous one ended. */
  windowMs: number;
  /** Hits to count at once (default 1): a batch of requests for the same key gets the counts
   * count - amount + 1 … count, each one distinct. Keys must be distinct within one call. */
  amount?: number;
}

export interface RateCount {
  key: string;
  /** Hits in the current window, this one included. */
  count: number;
  resetAt: Date;
}

type Client = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

/** Counts one hit on each key (in key order, so concurrent multi-key hits never deadlock). */
export async function hitRateCounters(db: Client, hits: readonly RateHit[]): Promise<RateCount[]> {
  if (hits.length === 0) return [];
  const keys = hits.map((h) => h.key);
  const windows = hits.map((h) => Math.max(1, Math.round(h.windowMs)));
  const amounts = hits.map((h) => Math.max(1, Math.round(h.amount ?? 1)));
  const rows = await db.$queryRaw<{ key: string; count: number; resetAt: Date }[]>(prepared`
    INSERT INTO "RateCounter" AS c ("key", "count", "resetAt")
    SELECT t.k, t.n, clock_timestamp() + t.w * interval '1 millisecond'
    FROM unnest(${keys}::text[], ${windows}::int[], ${amounts}::int[]) AS t(k, w, n)
    ORDER BY t.k
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN c."resetAt" <= clock_timestamp() THEN EXCLUDED."count" ELSE c."count" + EXCLUDED."count" END,
      "resetAt" = CASE WHEN c."resetAt" <= clock_timestamp() THEN EXCLUDED."resetAt" ELSE c."resetAt" END
    RETURNING c."key", c."count", c."resetAt"`);
  const byKey = new Map(rows.map((r) => [r.key, { ...r, count: Number(r.count) }]));
  return keys.map((key) => byKey.get(key)!);
}

/** Gives back one hit on each key still in its window (a successful sign-in is not a failure). */
export async function forgiveRateCounters(db: Client, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.$executeRaw(prepared`
    UPDATE "RateCounter" SET "count" = GREATEST("count" - 1, 0)
    WHERE "key" = ANY(${[...keys]}::text[]) AND "resetAt" > clock_timestamp()`);
}

/** The current count of a key (0 when it has no live window), without counting a hit. */
export async function peekRateCounter(db: Client, key: string): Promise<RateCount> {
  const rows = await db.$queryRaw<{ count: number; resetAt: Date }[]>(prepared`
    SELECT "count", "resetAt" FROM "RateCounter" WHERE "key" = ${key} AND "resetAt" > clock_timestamp()`);
  const row = rows[0];
  return { key, count: row ? Number(row.count) : 0, resetAt: row?.resetAt ?? new Date() };
}

/** Deletes at most `batch` rows whose window has ended; returns how many it deleted. */
export async function deleteExpiredRateCounters(db: Client, batch = 5_000): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "RateCounter" WHERE "key" IN (
      SELECT "key" FROM "RateCounter" WHERE "resetAt" <= clock_timestamp() LIMIT ${batch}
      FOR UPDATE SKIP LOCKED)`;
}
