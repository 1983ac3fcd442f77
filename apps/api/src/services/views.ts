// Internal shapes the resolvers return: rows mapped to the served locale, with the English fallback
// made explicit (never silent).
import { SOURCE_LOCALE, type EntryGraph, type Locale } from "@kb/db";

/** What a view needs of an entry (the loaders' EntryGraph has it). */
export type ErrorCodeRow = Pick<
  EntryGraph,
  "id" | "code" | "value" | "status" | "version" | "updatedAt" | "translations"
>;

export interface ErrorCodeView {
  id: string;
  code: string;
  value: bigint;
  status: ErrorCodeRow["status"];
  version: number;
  updatedAt: Date;
  title: string;
  message: string;
  summary: string;
  notes: string | null;
  /** The locale asked for; children fall back from it to English item by item. */
  locale: Locale;
  servedLocale: Locale;
  isFallback: boolean;
}

/** The text of the asked locale, else English, else whatever exists. */
export function pickLocale<T extends { locale: Locale }>(rows: T[], locale: Locale): T | undefined {
  return rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === SOURCE_LOCALE) ?? rows[0];
}

export function toView(row: ErrorCodeRow, locale: Locale): ErrorCodeView {
  const t = pickLocale(row.translations, locale);
  return {
    id: row.id,
    code: row.code,
    value: row.value,
    status: row.status,
    version: row.version,
    updatedAt: row.updatedAt,
    title: t?.title ?? row.code,
    message: t?.message ?? "",
    summary: t?.summary ?? "",
    notes: t?.notes ?? null,
    locale,
    servedLocale: t?.locale ?? locale,
    isFallback: t?.locale !== locale,
  };
}
