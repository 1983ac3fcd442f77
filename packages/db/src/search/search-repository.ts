// Full-text search SQL (the same on PGlite and on the server). Matches are found in SearchMatch (narrow
// rows: lexemes without positions, title lexemes, status, a static weight) and only a bounded set of
// candidates is ranked on SearchDocument's weighted vectors; highlights are cut for the kept hits alone.
import type { EntryStatus, Locale, PrismaClient } from "../generated/prisma/client.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { statusIn } from "../entries/read-graph.ts";

/** Marks around matched words in `highlight` (private-use characters, never in the texts). */
export const MARK_START = "\uE000";
export const MARK_STOP = "\uE001";
// One passage around the best match: with several fragments, ts_headline cut adjacent ones apart (and
// a placeholder in two) and repeated lines a text has twice.
const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=30, MinWords=12`;

/**
 * How many candidates a text search considers at most: entries whose title matches, then entries
 * whose text matches (each in physical order, i.e. without reading every match), then the best by
 * static weight are ranked. Below these sizes the ranking is exact (every match is ranked).
 */
export const CANDIDATES = { title: 200, text: 1000, ranked: 100 } as const;

export interface SearchHitRow {
  id: string;
  rank: number;
  /** ts_headline output of kb_search_text(body): marks as MARK_START/STOP, chr(1..3) for . < >. */
  highlight: string | null;
}

const config = (locale: Locale) => Prisma.sql`kb_search_config(${locale}::"Locale")`;
const statusesOf = (statuses: readonly EntryStatus[]) =>
  Prisma.sql`${[...statuses]}::text[]::"EntryStatus"[]`;

/**
 * The tsquery of some words: websearch syntax ("quoted phrase", or), all words required; with `any`
 * the same lexemes are ORed. Written inline (not in a CTE) so that the planner sees the constant
 * query and estimates how many rows match.
 */
function tsquery(words: string, locale: Locale, any: boolean): Prisma.Sql {
  const all = Prisma.sql`websearch_to_tsquery(${config(locale)}, kb_search_text(${words}))`;
  return any ? Prisma.sql`replace(${all}::text, ' & ', ' | ')::tsquery` : all;
}

/** The best `limit` entries for some words, ranked, each with its highlight. */
export async function searchText(
  db: PrismaClient,
  words: string,
  locale: Locale,
  statuses: readonly EntryStatus[],
  limit: number,
  any = false,
): Promise<SearchHitRow[]> {
  const q = tsquery(words, locale, any);
  // The narrow rows have no positions: phrases ("pare-feu" is 'pare-feu' <-> 'par' <-> 'feu') are
  // matched there as all of their words, and checked as phrases on the ranked documents.
  const loose = Prisma.sql`regexp_replace(${q}::text, '<(-|[0-9]+)>', '&', 'g')::tsquery`;
  const match = (column: "title" | "terms", cap: number) => Prisma.sql`
    SELECT m."errorCodeId" AS id, m."weight" FROM "SearchMatch" m
    WHERE m."locale" = ${locale}::"Locale" AND m."status" = ANY(${statusesOf(statuses)})
      AND m.${Prisma.raw(`"${column}"`)} @@ ${loose}
    LIMIT ${Math.max(cap, limit)}`;
  return db.$queryRaw<SearchHitRow[]>`
    WITH titled AS (${match("title", CANDIDATES.title)}),
    texts AS (${match("terms", CANDIDATES.text)}),
    candidates AS (
      SELECT id, min(tier) AS tier, max(weight) AS weight
      FROM (SELECT id, weight, 0 AS tier FROM titled UNION ALL SELECT id, weight, 1 FROM texts) c
      GROUP BY id
      ORDER BY min(tier), max(weight) DESC, id
      LIMIT ${Math.max(CANDIDATES.ranked, limit)}),
    ranked AS (
      SELECT c.id, e."code", ts_rank_cd(d."document", ${q}, 32)::float8 AS rank
      FROM candidates c
      JOIN "SearchDocument" d ON d."errorCodeId" = c.id AND d."locale" = ${locale}::"Locale"
      JOIN "ErrorCode" e ON e."id" = c.id
      WHERE d."document" @@ ${q}
      ORDER BY rank DESC, e."code"
      LIMIT ${limit})
    SELECT r.id, r.rank,
           (SELECT ts_headline(${config(locale)}, kb_search_text(b."body"), ${q}, ${HEADLINE})
            FROM "SearchDocument" b
            WHERE b."errorCodeId" = r.id AND b."locale" = ${locale}::"Locale") AS highlight
    FROM ranked r
    ORDER BY r.rank DESC, r."code"`;
}

/** How many entries (at most `cap`) some words match, all of them required. */
export async function countTextMatches(
  db: PrismaClient,
  words: string,
  locale: Locale,
  statuses: readonly EntryStatus[],
  cap: number,
): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM "SearchMatch" m
      WHERE m."locale" = ${locale}::"Locale" AND m."status" = ANY(${statusesOf(statuses)})
        AND m."terms" @@ regexp_replace(${tsquery(words, locale, false)}::text, '<(-|[0-9]+)>', '&', 'g')::tsquery
      LIMIT ${cap}) x`;
  return rows[0]?.n ?? 0;
}

/** Entries with exactly these canonical codes, in the order given. */
export async function searchCodes(
  db: PrismaClient,
  codes: readonly string[],
  statuses: readonly EntryStatus[],
): Promise<{ id: string; code: string }[]> {
  const rows = await db.$queryRaw<{ id: string; code: string }[]>`
    SELECT e."id", e."code" FROM "ErrorCode" e
    WHERE e."code" = ANY(${[...codes]}::text[]) AND ${statusIn(statuses)}`;
  return codes.flatMap((c) => rows.filter((r) => r.code === c));
}

/** Entries whose code contains a hex fragment ("F074", "8007"), the exact code first. */
export async function searchCodeFragment(
  db: PrismaClient,
  fragment: string,
  statuses: readonly EntryStatus[],
  limit: number,
): Promise<{ id: string; code: string }[]> {
  return db.$queryRaw<{ id: string; code: string }[]>`
    SELECT e."id", e."code" FROM "ErrorCode" e
    WHERE e."code" ILIKE ${`%${fragment.replace(/^0X/i, "")}%`} AND ${statusIn(statuses)}
    ORDER BY (e."code" = ${fragment}) DESC, e."code"
    LIMIT ${limit}`;
}

export interface WordCheck {
  input: string;
  /** The word is in the locale's vocabulary, or is a stop word (nothing to correct). */
  known: boolean;
  /** The most similar word of the vocabulary (pg_trgm), when there is one. */
  closest: string | null;
}

/** For each word, whether the locale's indexed texts have it, and the closest word they have. */
export async function checkWords(
  db: PrismaClient,
  words: readonly string[],
  locale: Locale,
): Promise<WordCheck[]> {
  if (words.length === 0) return [];
  return db.$queryRaw<WordCheck[]>`
    SELECT u.input,
           (numnode(plainto_tsquery(${config(locale)}, u.input)) = 0
            OR EXISTS (SELECT 1 FROM "SearchWord" s
                       WHERE s."locale" = ${locale}::"Locale" AND s."key" = lower(unaccent(u.input)))) AS known,
           (SELECT s."word" FROM "SearchWord" s
            WHERE s."locale" = ${locale}::"Locale" AND s."key" % lower(unaccent(u.input))
            ORDER BY similarity(s."key", lower(unaccent(u.input))) DESC, s."key"
            LIMIT 1) AS closest
    FROM unnest(${[...words]}::text[]) WITH ORDINALITY AS u(input, n)
    ORDER BY u.n`;
}
