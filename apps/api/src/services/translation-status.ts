// CURRENT, STALE or MISSING per locale and per field, from the translation sources writeEntry stores
// (@kb/db translationFields): an entry's status in a locale is the worst of its fields.
import { LOCALES, localeState, toEntry, type EntryGraph } from "@kb/db";

export type Status = "CURRENT" | "STALE" | "MISSING";

/** Every locale with its head texts (null where missing) and the entry's status there. */
export function translationStatuses(graph: EntryGraph) {
  const entry = toEntry(graph);
  return LOCALES.map((locale) => {
    const row = graph.translations.find((r) => r.locale === locale);
    return {
      locale,
      title: row?.title ?? null,
      message: row?.message ?? null,
      status: localeState(entry, locale).status,
    };
  });
}
