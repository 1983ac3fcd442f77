// Translation status counted and filtered in SQL, from TranslationState (kept by every write).
import { Prisma, SOURCE_LOCALE, statusIn, type EntryStatus, type Locale, type PrismaClient } from "@kb/db";
import { demand, visibleStatuses, type Viewer } from "./visibility.ts";
import type { Status } from "./translation-status.ts";

/** One row per visible entry: its status in the given locale (English, the source, is always CURRENT). */
function statusSql(locale: Locale, statuses: EntryStatus[]) {
  const status =
    locale === SOURCE_LOCALE ? Prisma.sql`'CURRENT'` : Prisma.sql`coalesce(s."status"::text, 'MISSING')`;
  return Prisma.sql`
    SELECT e."id", ${status} AS status
    FROM "ErrorCode" e
    LEFT JOIN "TranslationState" s ON s."errorCodeId" = e."id" AND s."locale" = ${locale}::"Locale"
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
