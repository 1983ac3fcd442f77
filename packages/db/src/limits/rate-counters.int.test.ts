import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../testing/test-db.ts";
import {
  deleteExpiredRateCounters,
  forgiveRateCounters,
  hitRateCounters,
  peekRateCounter,
} from "./rate-counters.ts";

describe("rate counters", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db?.close());

  it("give 20 parallel hits 20 distinct counts (the row lock orders them)", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => hitRateCounters(db.prisma, [{ key: "race", windowMs: 60_000 }])),
    );
    expect(results.map((r) => r[0]!.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  it("count a batch of hits on one key at once, each batch getting its own range", async () => {
    const batches = await Promise.all(
      [3, 4, 5].map((amount) => hitRateCounters(db.prisma, [{ key: "batch", windowMs: 60_000, amount }])),
    );
    const ranges = batches.map((b, i) => [b[0]!.count - [3, 4, 5][i]! + 1, b[0]!.count]);
    const covered = ranges.flatMap(([from, to]) =>
      Array.from({ length: to! - from! + 1 }, (_, k) => from! + k),
    );
    expect(covered.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it("count several keys in one statement, and forgive one hit", async () => {
    const [a, b] = await hitRateCounters(db.prisma, [
      { key: "account:x", windowMs: 60_000 },
      { key: "address:y", windowMs: 60_000 },
    ]);
    expect([a!.count, b!.count]).toEqual([1, 1]);
    expect(a!.resetAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    await forgiveRateCounters(db.prisma, ["account:x"]);
    expect((await peekRateCounter(db.prisma, "account:x")).count).toBe(0);
    expect((await peekRateCounter(db.prisma, "address:y")).count).toBe(1);
  });

  it("start a new window once the last one ended", async () => {
    await hitRateCounters(db.prisma, [{ key: "short", windowMs: 1 }]);
    await new Promise((r) => setTimeout(r, 20));
    const [again] = await hitRateCounters(db.prisma, [{ key: "short", windowMs: 60_000 }]);
    expect(again!.count).toBe(1);
  });

  it("keep a live key through a flood of 50,000 others, and delete only ended windows, in batches", async () => {
    for (let i = 0; i < 5; i++) await hitRateCounters(db.prisma, [{ key: "victim", windowMs: 600_000 }]);
    await db.prisma.$executeRaw`
      INSERT INTO "RateCounter" ("key", "count", "resetAt")
      SELECT 'flood:' || g, 1, clock_timestamp() - interval '1 second' FROM generate_series(1, 50000) g`;
    expect(await deleteExpiredRateCounters(db.prisma, 20_000)).toBe(20_000);
    while ((await deleteExpiredRateCounters(db.prisma, 20_000)) > 0);
    expect((await peekRateCounter(db.prisma, "victim")).count).toBe(5);
  });
});
