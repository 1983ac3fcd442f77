// The editors' backlog of valid codes readers asked for that the base does not hold. Lookups arrive in
// batches (the API aggregates them in memory); one statement stores a batch, dropping codes that exist in
// any status and holding every reader to a number of new codes per hour.
import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

type Client = PrismaClient | Prisma.TransactionClient;

export interface LookupBatchRow {
  code: string;
  /** The reader's address hashed with the day's salt. */
  readerHash: string;
  /** Lookups of the code by this reader in the batch. */
  count: number;
}

/** The salt of the given UTC day (made on first use, shared by every API process through the table). */
export async function readerSalt(db: Client, day: string): Promise<string> {
  await db.$executeRaw`
    INSERT INTO "ReaderSalt" ("day", "salt") VALUES (${day}, ${randomBytes(32).toString("base64")})
    ON CONFLICT ("day") DO NOTHING`;
  const [row] = await db.$queryRaw<{ salt: string }[]>`SELECT "salt" FROM "ReaderSalt" WHERE "day" = ${day}`;
  return row!.salt;
}

/** Drops salts and reader rows older than two days: after that a hash can no longer be linked to anyone. */
export async function forgetOldReaders(db: Client, today: string) {
  await db.$executeRaw`DELETE FROM "ReaderSalt" WHERE "day" < ${today}`;
  await db.$executeRaw`DELETE FROM "UnknownLookupReader" WHERE "firstSeenAt" < now() - interval '2 days'`;
}

/**
 * Stores a batch: rows for existing codes are dropped; a reader's codes beyond `capPerHour` new ones this
 * hour are dropped; a (code, reader) pair seen for the first time adds a reader, every row adds its
 * lookups. Returns the number of codes touched. The statement counts the reader's codes of the hour in
 * its snapshot, so batches run one at a time across processes (an advisory lock held to the end of the
 * transaction: the caller's, or one of its own when given a client).
 */
export async function recordUnknownLookups(
  db: Client,
  rows: LookupBatchRow[],
  capPerHour: number,
): Promise<number> {
  if (rows.length === 0) return 0;
  // A transaction client lacks $connect (and nested transactions need savepoints PGlite lacks).
  if ("$connect" in db) return db.$transaction((tx) => recordUnknownLookups(tx, rows, capPerHour));
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('kb_backlog_flush'))`;
  return db.$executeRaw`
    WITH input AS (
      SELECT i."code", i."readerHash", i."n"
      FROM unnest(${rows.map((r) => r.code)}::text[], ${rows.map((r) => r.readerHash)}::text[],
                  ${rows.map((r) => r.count)}::int[]) AS i("code", "readerHash", "n")
      WHERE NOT EXISTS (SELECT 1 FROM "ErrorCode" e WHERE e."code" = i."code")),
    marked AS (
      SELECT i.*, EXISTS (SELECT 1 FROM "UnknownLookupReader" r
                          WHERE r."code" = i."code" AND r."readerHash" = i."readerHash") AS "known"
      FROM input i),
    ranked AS (
      SELECT m.*, row_number() OVER (PARTITION BY m."readerHash", m."known" ORDER BY m."code") AS "rank",
        (SELECT count(*) FROM "UnknownLookupReader" r
         WHERE r."readerHash" = m."readerHash" AND r."firstSeenAt" >= date_trunc('hour', now())) AS "thisHour"
      FROM marked m),
    kept AS (
      SELECT * FROM ranked WHERE "known" OR "rank" + "thisHour" <= ${capPerHour}),
    added AS (
      INSERT INTO "UnknownLookupReader" ("code", "readerHash")
      SELECT "code", "readerHash" FROM kept WHERE NOT "known"
      ON CONFLICT DO NOTHING
      RETURNING "code")
    INSERT INTO "UnknownLookup" AS u ("code", "count", "readers")
    SELECT k."code", sum(k."n")::int, (SELECT count(*) FROM added a WHERE a."code" = k."code")::int
    FROM kept k GROUP BY k."code"
    ON CONFLICT ("code") DO UPDATE
    SET "count" = u."count" + excluded."count", "readers" = u."readers" + excluded."readers",
        "lastSeenAt" = now()`;
}
