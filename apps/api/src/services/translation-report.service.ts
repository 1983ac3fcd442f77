// Translation status in SQL, so that lists can filter on it and the report can count it.
import { Prisma, statusIn, type EntryStatus, type Locale, type PrismaClient } from "@kb/db";
import { demand, visibleStatuses, type Viewer } from "./visibility.ts";
import type { Status } from "./translation-status.ts";

/** One row per visible entry: its status in the given locale (the same rule as statusOf). */
function statusSql(locale: Locale, statuses: EntryStatus[]) {
  return Prisma.sql`
    SELECT e."id",
      CASE WHEN t."errorCodeId" IS NULL OR (t."locale" <> 'EN' AND t."sourceHash" IS NULL) THEN 'MISSING'
           WHEN t."locale" = 'EN' OR t."sourceHash" = s."contentHash" THEN 'CURRENT'
           ELSE 'STALE' END AS status
    FROM "ErrorCode" e
    LEFT JOIN "ErrorCodeTranslation" t ON t."errorCodeId" = e."id" AND t."locale" = ${locale}::"Locale"
    LEFT JOIN "ErrorCodeTranslation" s ON s."errorCodeId" = e."id" AND s."locale" = 'EN'
    WHERE ${statusIn(statuses)}`;
}

export async function idsWithStatus(db: PrismaClient, viewer: Viewer, locale: Locale, status: Status) {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM (${statusSql(locale, visibleStatuses(viewer))}) x WHERE status = ${status}`;
  return rows.map((r) => r.id);
}

export async function translationReport(db: PrismaClient, viewer: Viewer, locale: Locale) {
  demand(viewer, "read:drafts");
  const rows = await db.$queryRaw<{ status: Status; n: number }[]>`
    SELECT status, count(*)::int AS n FROM (${statusSql(locale, visibleStatuses(viewer))}) x GROUP BY status`;
  const count = (s: Status) => rows.find((r) => r.status === s)?.n ?? 0;
  return { locale, current: count("CURRENT"), stale: count("STALE"), missing: count("MISSING") };
}
