// Hashes of an entry's texts: entryHash lets the seed and imports tell content an editor changed from
// their own. localeHash fills ErrorCodeTranslation."contentHash", which the product no longer reads
// (translation status is per field, see translation-fields.ts); only the bench's P1 peer compares it.
import { createHash } from "node:crypto";
import { allSteps, type Entry, type LocaleKey } from "./entry-schema.ts";

const sha = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 32);

type Lang = "en" | "fr";
const lang = (locale: LocaleKey) => locale.toLowerCase() as Lang;

/** Every text of the entry in one locale, in order; null when the locale has no title. */
export function localeTexts(entry: Entry, locale: LocaleKey): unknown[] | null {
  const l = lang(locale);
  const head = entry[l];
  if (!head) return null;
  return [
    head.title,
    head.summary,
    head.message,
    head.notes ?? null,
    entry.causes.map((c) => c[l] ?? null),
    entry.resolutions.map((r) => [
      r[l] ?? null,
      // Sub-steps follow their step (an entry without any hashes as it did before they existed).
      allSteps(r.steps).flatMap((s) => ("command" in s ? [] : [s[l] ?? null])),
    ]),
    entry.references.map((r) => r[l] ?? null),
  ];
}

export function localeHash(entry: Entry, locale: LocaleKey): string | null {
  const texts = localeTexts(entry, locale);
  return texts && sha(texts);
}

/**
 * A key-order-independent hash of the entry's content: status, version, item ids and translation
 * sources excluded, so that the same texts in the same order hash alike wherever they come from.
 */
export function entryHash(entry: Entry): string {
  const { status: _status, version: _version, ...content } = entry;
  return sha(sortKeys(content));
}

const BOOKKEEPING = new Set(["id", "sources"]);
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k, v]) => v !== undefined && !BOOKKEEPING.has(k))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}
