// Search as a person means it: every code in a pasted text first (exact codes, or a fragment), then
// ranked full-text hits in the asked locale (stemmed, accent-folded; SQL in @kb/db's search
// repository). When all the words find nothing: a "did you mean" correction from the vocabulary of
// indexed words (applied when it finds something), the count of hits in the other language, and last
// any of the words.
import {
  checkWords,
  countTextMatches,
  searchCodeFragment,
  searchCodes,
  searchText,
  type EntryStatus,
  type Locale,
  type PrismaClient,
} from "@kb/db";
import { AppError } from "../errors.ts";
import { toHtml, toSegments, type HighlightSegment } from "./highlight.ts";
import type { Loaders } from "./loaders.ts";
import { correctableWords, parseSearchQuery } from "./search-query.ts";
import { toView, type ErrorCodeView } from "./views.ts";

export const MAX_QUERY_LENGTH = 200;
export const MAX_HITS = 50;
/** The other language's count is given up to this many. */
export const OTHER_LOCALE_CAP = 100;

export interface Hit {
  id: string;
  rank: number;
  highlight: string | null;
}

/** What one search found (kept whole by the read model). */
export interface SearchOutcome {
  hits: Hit[];
  /** The query with its unknown words corrected, when that query finds something. */
  suggestion: string | null;
  /** The hits are the suggestion's (the query itself found nothing). */
  suggestionApplied: boolean;
  otherLocale: Locale;
  /** Entries the words match in the other locale (counted when they match none here; capped). */
  otherLocaleHits: number;
}

export interface SearchHitView {
  errorCode: ErrorCodeView;
  rank: number;
  highlight: string | null;
  segments: HighlightSegment[];
}

export interface SearchResultsView extends Omit<SearchOutcome, "hits"> {
  hits: SearchHitView[];
}

function checkQuery(query: string): string {
  const q = query.trim();
  if (!q)
    throw new AppError("BAD_USER_INPUT", "query must contain a code or some words.", { argument: "query" });
  if (q.length > MAX_QUERY_LENGTH) {
    throw new AppError("BAD_USER_INPUT", `query must be at most ${MAX_QUERY_LENGTH} characters.`, {
      argument: "query",
    });
  }
  return q;
}

function checkFirst(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_HITS) {
    throw new AppError("BAD_USER_INPUT", `first must be an integer from 1 to ${MAX_HITS}.`, {
      argument: "first",
    });
  }
}

const otherLocaleOf = (locale: Locale): Locale => (locale === "FR" ? "EN" : "FR");

/** The query with each unknown word replaced by the closest known one; null when nothing changes. */
async function correct(db: PrismaClient, words: string, locale: Locale): Promise<string | null> {
  const checks = await checkWords(db, correctableWords(words), locale);
  const fixes = new Map(
    checks.filter((c) => !c.known && c.closest).map((c) => [c.input, c.closest!] as const),
  );
  if (fixes.size === 0) return null;
  return words
    .split(/(\s+)/)
    .map((token) => {
      const bare = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
      const fix = fixes.get(bare);
      return fix ? token.replace(bare, fix) : token;
    })
    .join("");
}

/**
 * What a checked query finds among entries in `statuses`, best first, at most `limit` hits. Called
 * through the `hits` loader, which the read model keeps for anonymous readers until the next notice.
 */
export async function findHits(
  db: PrismaClient,
  q: string,
  locale: Locale,
  statuses: EntryStatus[],
  limit: number,
): Promise<SearchOutcome> {
  const query = parseSearchQuery(q);
  const outcome: SearchOutcome = {
    hits: [],
    suggestion: null,
    suggestionApplied: false,
    otherLocale: otherLocaleOf(locale),
    otherLocaleHits: 0,
  };
  const byCode = [
    ...(query.codes.length ? await searchCodes(db, query.codes, statuses) : []),
    ...(query.fragment ? await searchCodeFragment(db, query.fragment, statuses, limit) : []),
  ].map((r) => ({ id: r.id, rank: r.code === query.fragment || !query.fragment ? 2 : 1, highlight: null }));
  let byText: Hit[] = [];
  if (query.words) {
    byText = await searchText(db, query.words, locale, statuses, limit);
    if (byText.length === 0 && !query.fragment) {
      // Independent: on the server they run on two pooled connections at once.
      const [otherLocaleHits, corrected] = await Promise.all([
        countTextMatches(db, query.words, outcome.otherLocale, statuses, OTHER_LOCALE_CAP),
        correct(db, query.words, locale),
      ]);
      outcome.otherLocaleHits = otherLocaleHits;
      if (corrected) {
        byText = await searchText(db, corrected, locale, statuses, limit);
        if (byText.length) Object.assign(outcome, { suggestion: corrected, suggestionApplied: true });
      }
      // Any of the words; after the codes of a paste too, whose words rarely all match one entry.
      if (byText.length === 0) byText = await searchText(db, query.words, locale, statuses, limit, true);
    }
  }
  const seen = new Set<string>();
  outcome.hits = [...byCode, ...byText]
    .filter((h) => !seen.has(h.id) && seen.add(h.id))
    .slice(0, limit)
    .map((h) => ({ ...h, rank: Number(h.rank) }));
  return outcome;
}

/** Ids of the entries a text filter matches (for errorCodes(filter: { text })). */
export async function matchingIds(loaders: Loaders, text: string, locale: Locale): Promise<string[]> {
  const found = await loaders.hits.load(checkQuery(text), locale, 10_000);
  return found.hits.map((h) => h.id);
}

/** The hits, a correction and the other language's count for a search box. */
export async function searchResults(
  loaders: Loaders,
  query: string,
  locale: Locale,
  first: number,
): Promise<SearchResultsView> {
  checkFirst(first);
  const found = await loaders.hits.load(checkQuery(query), locale, first);
  const rows = await loaders.entries.loadMany(found.hits.map((h) => h.id));
  const hits = found.hits.flatMap((h, i) => {
    const row = rows[i];
    if (!row || row instanceof Error) return [];
    const segments = toSegments(h.highlight);
    return [{ errorCode: toView(row, locale), rank: h.rank, highlight: toHtml(segments), segments }];
  });
  return { ...found, hits };
}

/** The hits alone (the `search` query). */
export async function search(
  loaders: Loaders,
  query: string,
  locale: Locale,
  first: number,
): Promise<SearchHitView[]> {
  return (await searchResults(loaders, query, locale, first)).hits;
}
