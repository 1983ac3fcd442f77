// Who has an entry open in the admin: one row per (entry, person), refreshed by each heartbeat.
// Advisory only (saves are decided by expectedVersion), so no lock is taken anywhere.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";

export interface PresentViewer {
  userId: string;
  name: string;
  role: string;
  since: Date;
}

/**
 * Records that `userId` has the entry `code` open now and returns the others seen within
 * `ttlSeconds`, earliest first: one statement, so concurrent heartbeats of the same person
 * upsert the same row. `since` survives heartbeats and restarts after a lapse longer than the TTL.
 * Null when no entry has that code. Rows of others not seen within the TTL are deleted on the way.
 */
export async function touchEntryPresence(
  db: PrismaClient,
  input: { code: string; userId: string; ttlSeconds: number },
): Promise<PresentViewer[] | null> {
  const { code, userId, ttlSeconds } = input;
  // Timestamps are UTC without time zone, as Prisma writes them.
  const now = Prisma.sql`(now() AT TIME ZONE 'UTC')`;
  const fresh = Prisma.sql`${now} - make_interval(secs => ${ttlSeconds})`;
  const rows = await db.$queryRaw<
    { userId: string | null; name: string | null; role: string | null; since: Date | null }[]
  >`
    WITH entry AS (SELECT id FROM "ErrorCode" WHERE code = ${code}),
    -- Rows of people gone from this entry are deleted as others come, so the table holds live rows
    -- and at most one stale row per entry.
    gone AS (
      DELETE FROM "EntryPresence" p USING entry e
      WHERE p."errorCodeId" = e.id AND p."userId" <> ${userId}::uuid AND p."lastSeenAt" < ${fresh}
    ),
    touched AS (
      INSERT INTO "EntryPresence" ("errorCodeId", "userId", "since", "lastSeenAt")
      SELECT id, ${userId}::uuid, ${now}, ${now} FROM entry
      ON CONFLICT ("errorCodeId", "userId") DO UPDATE SET
        "since" = CASE WHEN "EntryPresence"."lastSeenAt" < ${fresh} THEN ${now} ELSE "EntryPresence"."since" END,
        "lastSeenAt" = ${now}
      RETURNING 1
    )
    SELECT u.id::text AS "userId", u.name, u.role::text AS role, p.since
    FROM entry e
    LEFT JOIN ("EntryPresence" p JOIN "User" u ON u.id = p."userId" AND u."disabledAt" IS NULL)
      ON p."errorCodeId" = e.id AND p."userId" <> ${userId}::uuid AND p."lastSeenAt" >= ${fresh}
    ORDER BY p.since, u.name`;
  if (rows.length === 0) return null;
  return rows
    .filter((r) => r.userId !== null)
    .map((r) => ({ userId: r.userId!, name: r.name!, role: r.role!, since: r.since! }));
}

/** `userId` closed the entry `code`: the others stop seeing them at once instead of after the TTL. */
export async function leaveEntryPresence(
  db: PrismaClient,
  input: { code: string; userId: string },
): Promise<void> {
  await db.$executeRaw`
    DELETE FROM "EntryPresence" p USING "ErrorCode" e
    WHERE e.code = ${input.code} AND p."errorCodeId" = e.id AND p."userId" = ${input.userId}::uuid`;
}
