// A schema used only by the bench databases (never by the product's migrations): the product's own
// full-text SQL wrapped in a function, so that P1 and PostGraphile run exactly the same search.
import type pg from "pg";

// The same statement as searchText() in packages/db/src/search/search-repository.ts (AND of the words,
// published entries, candidates from SearchMatch, ranked on SearchDocument, ts_headline with
// private-use delimiters), then what the API does to the highlight in JavaScript (separators back to
// "." "<" ">", HTML escape, <mark>), done here in SQL on the few rows kept.
const SEARCH = String.raw`
CREATE FUNCTION bench.search(q text, loc "Locale", lim int) RETURNS SETOF bench.search_hit
  LANGUAGE sql STABLE AS $fn$
  WITH q AS (SELECT websearch_to_tsquery(kb_search_config(loc), kb_search_text(q)) AS tsq),
  l AS (SELECT regexp_replace(q.tsq::text, '<(-|[0-9]+)>', '&', 'g')::tsquery AS tsq FROM q),
  titled AS (
    SELECT m."errorCodeId" AS id, m."weight" FROM "SearchMatch" m, l
    WHERE m."locale" = loc AND m."status" = 'PUBLISHED' AND m."title" @@ l.tsq LIMIT greatest(200, lim)),
  texts AS (
    SELECT m."errorCodeId" AS id, m."weight" FROM "SearchMatch" m, l
    WHERE m."locale" = loc AND m."status" = 'PUBLISHED' AND m."terms" @@ l.tsq LIMIT greatest(1000, lim)),
  candidates AS (
    SELECT id, min(tier) AS tier, max(weight) AS weight
    FROM (SELECT id, weight, 0 AS tier FROM titled UNION ALL SELECT id, weight, 1 FROM texts) c
    GROUP BY id ORDER BY min(tier), max(weight) DESC, id LIMIT greatest(100, lim)),
  ranked AS (
    SELECT c.id, e."code", ts_rank_cd(d."document", q.tsq, 32)::float8 AS rank
    FROM candidates c CROSS JOIN q
    JOIN "SearchDocument" d ON d."errorCodeId" = c.id AND d."locale" = loc
    JOIN "ErrorCode" e ON e."id" = c.id
    WHERE d."document" @@ q.tsq
    ORDER BY rank DESC, e."code" LIMIT lim),
  hits AS (
    SELECT r.id, r.rank, r."code",
           (SELECT translate(ts_headline(kb_search_config(loc), kb_search_text(b."body"), q.tsq,
              'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', MaxWords=30, MinWords=12'),
              chr(1) || chr(2) || chr(3), '.<>')
            FROM "SearchDocument" b CROSS JOIN q
            WHERE b."errorCodeId" = r.id AND b."locale" = loc) AS highlight
    FROM ranked r)
  SELECT id, rank,
         regexp_replace(replace(replace(
           replace(replace(replace(replace(replace(highlight, '&', '&#38;'), '<', '&#60;'), '>', '&#62;'),
             '"', '&#34;'), '''', '&#39;'),
           chr(57344), '<mark>'), chr(57345), '</mark>'), '\s*\n\s*', ' … ', 'g')
  FROM hits ORDER BY rank DESC, code
$fn$`;

export const BENCH_SCHEMA_SQL = [
  "DROP SCHEMA IF EXISTS bench CASCADE",
  "CREATE SCHEMA bench",
  // What the database holds, so that --reuse can tell a matching database.
  "CREATE TABLE bench.meta (key text PRIMARY KEY, value text NOT NULL)",
  `COMMENT ON TABLE bench.meta IS '@omit'`,
  `CREATE TYPE bench.search_hit AS (error_code_id uuid, rank float8, highlight text)`,
  // PostGraphile follows this to the entry, as it follows the real foreign keys of the tables.
  `COMMENT ON TYPE bench.search_hit IS E'@foreignKey (error_code_id) references public."ErrorCode" (id)'`,
  SEARCH,
];

export async function installBenchSchema(client: pg.Client | pg.Pool): Promise<void> {
  for (const sql of BENCH_SCHEMA_SQL) await client.query(sql);
}

export async function readMeta(client: pg.Client, key: string): Promise<string | null> {
  const res = await client
    .query<{ value: string }>("SELECT value FROM bench.meta WHERE key = $1", [key])
    .catch(() => null);
  return res?.rows[0]?.value ?? null;
}

export async function writeMeta(client: pg.Client, key: string, value: string): Promise<void> {
  await client.query(
    "INSERT INTO bench.meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2",
    [key, value],
  );
}
