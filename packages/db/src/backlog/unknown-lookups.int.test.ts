import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../testing/test-db.ts";
import { recordUnknownLookups } from "./unknown-lookups.ts";

describe("unknown lookups", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db?.close());

  const newCodes = async (readerHash: string) =>
    (
      await db.prisma.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM "UnknownLookupReader" WHERE "readerHash" = ${readerHash}`
    )[0]!.n;

  it("hold a reader to the hourly cap across 20 parallel batches (as from several processes)", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        recordUnknownLookups(db.prisma, [{ code: `0x8007${1000 + i}`, readerHash: "busy", count: 1 }], 5),
      ),
    );
    expect(await newCodes("busy")).toBe(5n);
  });

  it("hold the cap when each batch runs in the caller's transaction", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.prisma.$transaction((tx) =>
          recordUnknownLookups(tx, [{ code: `0x8007${2000 + i}`, readerHash: "in-tx", count: 1 }], 5),
        ),
      ),
    );
    expect(await newCodes("in-tx")).toBe(5n);
  });

  it("count repeat lookups of a known pair without counting them against the cap", async () => {
    await recordUnknownLookups(db.prisma, [{ code: "0x80073000", readerHash: "repeat", count: 1 }], 1);
    await recordUnknownLookups(
      db.prisma,
      [
        { code: "0x80073000", readerHash: "repeat", count: 3 },
        { code: "0x80073001", readerHash: "repeat", count: 1 },
      ],
      1,
    );
    const rows = await db.prisma.$queryRaw<{ code: string; count: number; readers: number }[]>`
      SELECT "code", "count", "readers" FROM "UnknownLookup" WHERE "code" LIKE '0x80073%'`;
    expect(rows).toEqual([{ code: "0x80073000", count: 4, readers: 1 }]);
  });
});
