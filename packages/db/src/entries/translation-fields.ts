// Translation tracked per field: every translatable text of an entry, in one locale, with the English it
// was translated from and the English now. A field is MISSING without a translation, STALE when its
// English changed since, CURRENT otherwise; the entry's status in a locale is the worst of its fields.
import { SOURCE_LOCALE, type Entry, type LocaleKey } from "./entry-schema.ts";

export type TranslationStatus = "CURRENT" | "STALE" | "MISSING";

export interface TranslationField {
  /**
   * `fr.title`, `causes[<id>].fr`, `resolutions[<id>].steps[<id>].fr` (a sub-step:
   * `resolutions[<id>].steps[<id>].steps[<id>].fr`), `references[<id>].fr` …
   */
  path: string;
  status: TranslationStatus;
  /** The translation (null while missing). */
  text: string | null;
  /** The English the translation was made from (null when missing or not known). */
  sourceBefore: string | null;
  /** The English now. */
  sourceNow: string;
}

type Lang = "en" | "fr";
export type Sourced = {
  id?: string | undefined;
  en: string;
  fr?: string | undefined;
  sources?: { fr?: string | undefined } | undefined;
};
export const lang = (locale: LocaleKey) => locale.toLowerCase() as Lang;
const HEAD = ["title", "summary", "message", "notes"] as const;

interface Slot {
  path: string;
  en: string;
  text: string | undefined;
  source: string | undefined;
}

/**
 * Calls `visit` with every translatable item (causes, resolutions, text steps and notes with their
 * sub-steps, references) and its path.
 */
export function eachItem(entry: Entry, l: Lang, visit: (path: string, item: Sourced) => void): void {
  entry.causes.forEach((c, i) => visit(`causes[${c.id ?? i}].${l}`, c));
  entry.resolutions.forEach((r, i) => {
    const prefix = `resolutions[${r.id ?? i}]`;
    visit(`${prefix}.${l}`, r);
    r.steps?.forEach((s, j) => {
      if ("command" in s) return;
      const step = `${prefix}.steps[${s.id ?? j}]`;
      visit(`${step}.${l}`, s);
      s.steps?.forEach((sub, k) => "command" in sub || visit(`${step}.steps[${sub.id ?? k}].${l}`, sub));
    });
  });
  entry.references.forEach((r, i) => visit(`references[${r.id ?? i}].${l}`, r));
}

/** Every translatable text of the entry in `locale` (commands are language-neutral and not listed). */
function slots(entry: Entry, locale: LocaleKey): Slot[] {
  const l = lang(locale);
  if (l === "en") return [];
  const out: Slot[] = [];
  for (const key of HEAD) {
    const en = entry.en[key];
    if (en) out.push({ path: `${l}.${key}`, en, text: entry[l]?.[key], source: entry.sources?.[l]?.[key] });
  }
  eachItem(entry, l, (path, x) => out.push({ path, en: x.en, text: x[l], source: x.sources?.[l] }));
  return out;
}

export function translationFields(entry: Entry, locale: LocaleKey): TranslationField[] {
  return slots(entry, locale).map((s) => ({
    path: s.path,
    status: s.text === undefined ? "MISSING" : s.source === s.en ? "CURRENT" : "STALE",
    text: s.text ?? null,
    sourceBefore: s.text === undefined || !s.source ? null : s.source,
    sourceNow: s.en,
  }));
}

export interface LocaleState {
  status: TranslationStatus;
  missing: number;
  stale: number;
}

export function localeState(entry: Entry, locale: LocaleKey): LocaleState {
  if (locale === SOURCE_LOCALE) return { status: "CURRENT", missing: 0, stale: 0 };
  const fields = translationFields(entry, locale);
  const missing = fields.filter((f) => f.status === "MISSING").length;
  const stale = fields.filter((f) => f.status === "STALE").length;
  return { status: missing ? "MISSING" : stale ? "STALE" : "CURRENT", missing, stale };
}

/**
 * The entry with the English each translation was made from filled in: a source the entry carries is
 * kept (imports, restores); otherwise a translation whose text is unchanged since `before` keeps its old
 * source, and a new or edited one was made from today's English. Items are matched by id.
 */
export function fillSources(entry: Entry, before: Entry | null): Entry {
  const prior = new Map((before ? slots(before, "FR") : []).map((s) => [s.path, s]));
  const pick = (path: string, en: string, text: string | undefined, given: string | undefined) => {
    if (text === undefined) return undefined;
    if (given !== undefined) return given;
    const p = prior.get(path);
    return p && p.text === text ? (p.source ?? en) : en;
  };
  const next = structuredClone(entry);
  const head: Partial<Record<(typeof HEAD)[number], string>> = {};
  for (const key of HEAD) {
    const en = next.en[key];
    const source = en && pick(`fr.${key}`, en, next.fr?.[key], next.sources?.fr?.[key]);
    if (source !== undefined) head[key] = source;
  }
  if (Object.keys(head).length) next.sources = { fr: head };
  else delete next.sources;
  eachItem(next, "fr", (path, x) => {
    const source = pick(path, x.en, x.fr, x.sources?.fr);
    if (source === undefined) delete x.sources;
    else x.sources = { fr: source };
  });
  return next;
}
