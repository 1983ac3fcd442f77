// Full-text search in PostgreSQL (the same SQL on PGlite and on the server): stemmed, accent-folded
// matching of titles, messages, causes and resolutions in the asked locale, plus code fragments.
import { tryParseCode } from "@kb/codes";
import { Prisma, statusIn, type EntryStatus, type Locale, type PrismaClient } from "@kb/db";
import { AppError } from "../errors.ts";
import type { Loaders } from "./loaders.ts";
import { toView, type ErrorCodeView } from "./views.ts";

export const MAX_QUERY_LENGTH = 200;
export const MAX_HITS = 50;
// Private-use delimiters: the snippet is HTML-escaped after ts_headline, then these become <mark>.
const START = "\uE000";
const STOP = "\uE001";
const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;

export interface SearchHitView {
  errorCode: ErrorCodeView;
  rank: number;
  highlight: string | null;
}

export interface Hit {
  id: string;
  rank: number;
  highlight: string | null;
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

/** A code or a fragment of one ("F074", "0xC004F0") matched against the canonical codes. */
function codeFragment(q: string): string | null {
  const fragment = /^(?:0x)?([0-9a-f]{3,7})$/i.exec(q);
  if (fragment) return fragment[1]!.toUpperCase();
  return tryParseCode(q)?.hex ?? null;
}

async function textHits(
  db: PrismaClient,
  q: string,
  locale: Locale,
  statuses: EntryStatus[],
  limit: number,
  any: boolean,
) {
  const config = Prisma.sql`kb_search_config(${locale}::"Locale")`;
  // websearch_to_tsquery ANDs the words; with `any` the same lexemes are ORed (used when AND finds nothing).
  const all = Prisma.sql`websearch_to_tsquery(${config}, ${q})`;
  const tsquery = any ? Prisma.sql`replace(${all}::text, ' & ', ' | ')::tsquery` : all;
  // The matches are ranked carrying their id only; the text for the highlight is read for the kept hits
  // alone. Joining the documents whole (text and tsvector) made PostgreSQL hash 23,000 wide rows, spilling
  // to disk, for "période de grâce" at 100,000 codes: 250 ms, against 195 ms this way (EXPLAIN ANALYZE).
  return db.$queryRaw<Hit[]>`
    WITH q AS (SELECT ${tsquery} AS tsq),
    ranked AS (
      SELECT d."errorCodeId" AS id, ts_rank_cd(d."document", q.tsq, 32)::float8 AS rank
      FROM "SearchDocument" d CROSS JOIN q
      WHERE d."locale" = ${locale}::"Locale" AND d."document" @@ q.tsq)
    SELECT r.id, r.rank,
           (SELECT ts_headline(${config}, b."body", q.tsq, ${HEADLINE})
            FROM "SearchDocument" b CROSS JOIN q
            WHERE b."errorCodeId" = r.id AND b."locale" = ${locale}::"Locale") AS highlight
    FROM ranked r
    JOIN "ErrorCode" e ON e."id" = r.id
    WHERE ${statusIn(statuses)}
    ORDER BY r.rank DESC, e."code"
    LIMIT ${limit}`;
}

async function codeHits(db: PrismaClient, fragment: string, statuses: EntryStatus[], limit: number) {
  return db.$queryRaw<Hit[]>`
    SELECT e."id", CASE WHEN e."code" = ${fragment} THEN 2.0 ELSE 1.0 END::float8 AS rank, NULL AS highlight
    FROM "ErrorCode" e
    WHERE e."code" ILIKE ${`%${fragment.replace(/^0X/i, "")}%`} AND ${statusIn(statuses)}
    ORDER BY rank DESC, e."code"
    LIMIT ${limit}`;
}

/**
 * The best `limit` hits among entries in `statuses` for a checked query: code fragments first, then
 * ranked text matches (all the words; any of them when all finds nothing). Called through the `hits`
 * loader, which the read model keeps for anonymous readers until the next content notice.
 */
export async function findHits(
  db: PrismaClient,
  q: string,
  locale: Locale,
  statuses: EntryStatus[],
  limit: number,
): Promise<Hit[]> {
  const fragment = codeFragment(q);
  const byCode = fragment ? await codeHits(db, fragment, statuses, limit) : [];
  let byText = await textHits(db, q, locale, statuses, limit, false);
  if (byText.length === 0 && byCode.length === 0)
    byText = await textHits(db, q, locale, statuses, limit, true);
  const seen = new Set<string>();
  return [...byCode, ...byText].filter((h) => !seen.has(h.id) && seen.add(h.id)).slice(0, limit);
}

/** Ids of the entries a text filter matches (for errorCodes(filter: { text })). */
export async function matchingIds(loaders: Loaders, text: string, locale: Locale): Promise<string[]> {
  const hits = await loaders.hits.load(checkQuery(text), locale, 10_000);
  return hits.map((h) => h.id);
}

export async function search(
  loaders: Loaders,
  query: string,
  locale: Locale,
  first: number,
): Promise<SearchHitView[]> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_HITS) {
    throw new AppError("BAD_USER_INPUT", `first must be an integer from 1 to ${MAX_HITS}.`, {
      argument: "first",
    });
  }
  const hits = await loaders.hits.load(checkQuery(query), locale, first);
  const rows = await loaders.entries.loadMany(hits.map((h) => h.id));
  return hits.flatMap((h, i) => {
    const row = rows[i];
    return row && !(row instanceof Error)
      ? [{ errorCode: toView(row, locale), rank: Number(h.rank), highlight: markUp(h.highlight) }]
      : [];
  });
}

function markUp(snippet: string | null): string | null {
  if (!snippet) return null;
  const escaped = snippet.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return escaped
    .replaceAll(START, "<mark>")
    .replaceAll(STOP, "</mark>")
    .replace(/\s*\n\s*/g, " … ");
}
