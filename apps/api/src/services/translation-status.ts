// CURRENT, STALE or MISSING per locale, from the hashes writeEntry stores: a translation is CURRENT
// when it was saved against the English text as it is now.
import { LOCALES, SOURCE_LOCALE, type EntryGraph, type Locale } from "@kb/db";

type TranslationRow = Pick<
  EntryGraph["translations"][number],
  "locale" | "title" | "message" | "contentHash" | "sourceHash"
>;

export type Status = "CURRENT" | "STALE" | "MISSING";

export function statusOf(rows: TranslationRow[], locale: Locale): Status {
  const row = rows.find((r) => r.locale === locale);
  if (!row) return "MISSING";
  if (locale === SOURCE_LOCALE) return "CURRENT";
  if (!row.sourceHash) return "MISSING";
  const source = rows.find((r) => r.locale === SOURCE_LOCALE);
  return source && row.sourceHash === source.contentHash ? "CURRENT" : "STALE";
}

export function translationStatuses(rows: TranslationRow[]) {
  return LOCALES.map((locale) => {
    const row = rows.find((r) => r.locale === locale);
    return {
      locale,
      title: row?.title ?? null,
      message: row?.message ?? null,
      status: statusOf(rows, locale),
    };
  });
}
