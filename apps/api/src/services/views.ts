// Internal shapes the resolvers return: rows mapped to the served locale, with the English fallback
// made explicit (never silent), text by text.
import { SOURCE_LOCALE, type EntryGraph, type Locale } from "@kb/db";

/** What a view needs of an entry (the loaders' EntryGraph has it). */
export type ErrorCodeRow = Pick<
  EntryGraph,
  "id" | "code" | "value" | "status" | "version" | "publishedVersion" | "updatedAt" | "translations"
>;

export const HEAD_TEXTS = ["title", "summary", "message", "notes"] as const;
export type HeadText = (typeof HEAD_TEXTS)[number];

export interface ErrorCodeView {
  id: string;
  code: string;
  value: bigint;
  status: ErrorCodeRow["status"];
  version: number;
  publishedVersion: number | null;
  updatedAt: Date;
  title: string;
  message: string;
  summary: string;
  notes: string | null;
  /** The locale asked for; every text falls back from it to English on its own. */
  locale: Locale;
  /** The locale of the title. */
  servedLocale: Locale;
  isFallback: boolean;
  /** Head texts served in another locale than the one asked for. */
  fallbackTexts: HeadText[];
}

/** The text of the asked locale, else English, else whatever exists. */
export function pickLocale<T extends { locale: Locale }>(rows: T[], locale: Locale): T | undefined {
  return rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === SOURCE_LOCALE) ?? rows[0];
}

/** One text of `rows` in the asked locale where it has one, else in English; with the locale served. */
export function pickText<T extends { locale: Locale }>(
  rows: T[],
  locale: Locale,
  text: (row: T) => string | null | undefined,
): { text: string | null; servedLocale: Locale } {
  const own = rows.find((r) => r.locale === locale);
  if (own && text(own)) return { text: text(own)!, servedLocale: locale };
  const source = rows.find((r) => r.locale === SOURCE_LOCALE);
  if (source && text(source)) return { text: text(source)!, servedLocale: SOURCE_LOCALE };
  return { text: null, servedLocale: locale };
}

export function toView(row: ErrorCodeRow, locale: Locale): ErrorCodeView {
  const picked = Object.fromEntries(
    HEAD_TEXTS.map((key) => [key, pickText(row.translations, locale, (t) => t[key])]),
  ) as Record<HeadText, ReturnType<typeof pickText>>;
  const servedLocale = picked.title.servedLocale;
  return {
    id: row.id,
    code: row.code,
    value: row.value,
    status: row.status,
    version: row.version,
    publishedVersion: row.publishedVersion,
    updatedAt: row.updatedAt,
    title: picked.title.text ?? row.code,
    message: picked.message.text ?? "",
    summary: picked.summary.text ?? "",
    notes: picked.notes.text,
    locale,
    servedLocale,
    isFallback: servedLocale !== locale,
    fallbackTexts: HEAD_TEXTS.filter((k) => picked[k].text !== null && picked[k].servedLocale !== locale),
  };
}
