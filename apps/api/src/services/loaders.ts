// Per-request batching. An entry is read whole in one statement, so a lookup costs one statement and a
// page two, whatever its size; each field resolver then picks from the loaded entry. Readers who may not
// see drafts read the published documents (readPublishedGraphs) and nothing else: a draft cannot reach
// them. Editors read the working drafts (readEntryGraphs).
import DataLoader from "dataloader";
import {
  Prisma,
  readEntryGraphs,
  readPublishedGraphs,
  type EntryGraph,
  type EntryStatus,
  type Locale,
  type PrismaClient,
} from "@kb/db";
import type { EntryCache } from "./entry-cache.ts";
import { findHits, type SearchOutcome } from "./search.service.ts";

/**
 * `statuses` bounds what the loaders return (anonymous readers: published only). With a cache
 * (anonymous readers, engine path on) each batch is answered from memory where it can.
 */
export function createLoaders(
  db: PrismaClient,
  statuses: EntryStatus[],
  cache?: EntryCache,
  /** A draft preview: this one code reads its working draft, every other code its published version. */
  draftCode?: string,
) {
  const options = { maxBatchSize: 1000 };
  const loader = <V>(relation: string, batch: (keys: readonly string[]) => Promise<V[]>) =>
    new DataLoader<string, V>(cache ? cache.wrap(relation, batch) : batch, options);
  const published = statuses.length === 1 && statuses[0] === "PUBLISHED";
  const previewed = async (filter: { ids: readonly string[] } | { codes: readonly string[] }) => {
    if (!draftCode || ("codes" in filter && !filter.codes.includes(draftCode))) return [];
    return readEntryGraphs(db, { ...filter, codes: [draftCode], statuses: ["PUBLISHED", "DRAFT"] });
  };
  // Visible entries keyed by id or by code, in the order of the keys (null where none is visible).
  const graphs = (key: "id" | "code") =>
    loader<EntryGraph | null>(`entries by ${key}`, async (keys) => {
      const filter = key === "id" ? { ids: keys } : { codes: keys };
      const rows = published
        ? [...(await readPublishedGraphs(db, filter)), ...(await previewed(filter))]
        : await readEntryGraphs(db, { ...filter, statuses });
      // The draft comes last, so it wins over the published version of the same code.
      const found = new Map(rows.map((r) => [r[key], r]));
      return keys.map((k) => found.get(k) ?? null);
    });
  const entries = graphs("id");
  const byCode = graphs("code");
  const hits = loader<SearchOutcome>("hits", (keys) =>
    Promise.all(
      keys.map((key) => {
        const [q, locale, limit] = JSON.parse(key) as [string, Locale, number];
        return findHits(db, q, locale, statuses, limit);
      }),
    ),
  );
  const loadByCode = async (code: string) => {
    const row = await byCode.load(code);
    if (row) entries.prime(row.id, row);
    return row;
  };
  return {
    /** Search hits for a checked query, among visible entries. */
    hits: {
      load: (q: string, locale: Locale, limit: number) => hits.load(JSON.stringify([q, locale, limit])),
    },
    /** Visible entries by id (null when unknown or not visible). */
    entries,
    /** Visible entries by canonical code; what it finds is also primed by id for the field resolvers. */
    byCode: { load: loadByCode },
    /**
     * The published version of a code whoever asks (Federation's `_entities`: an entity is the public
     * entry). For an editor it replaces any draft of that entry in this request, so its fields agree.
     */
    publishedByCode: async (code: string) => {
      if (published && !draftCode) return loadByCode(code);
      const [row] = await readPublishedGraphs(db, { codes: [code] });
      if (row) entries.clear(row.id).prime(row.id, row);
      return row ?? null;
    },
    /** Ids of the codes sharing an English message, title or underlying Win32 error with each code. */
    related: loader("related", async (ids) => {
      // Readers compare published versions only; editors compare working drafts.
      const english = published
        ? Prisma.sql`SELECT p."errorCodeId" AS "id", p."code", e."value", p."title", p."summary", p."message"
            FROM "PublishedEntry" p JOIN "ErrorCode" e ON e."id" = p."errorCodeId"`
        : Prisma.sql`SELECT e."id", e."code", e."value", t."title", t."summary", t."message"
            FROM "ErrorCode" e JOIN "ErrorCodeTranslation" t ON t."errorCodeId" = e."id" AND t."locale" = 'EN'`;
      const rows = await db.$queryRaw<{ errorCodeId: string; relatedId: string }[]>`
        WITH texts AS (${english})
        SELECT DISTINCT a."id" AS "errorCodeId", b."id" AS "relatedId", b."code"
        FROM texts a JOIN texts b ON b."id" <> a."id"
        WHERE a."id" = ANY(${[...ids]}::uuid[])
          AND (b."summary" = a."summary" OR b."message" = a."message" OR b."title" = a."title"
               OR ((a."value" >> 16) & 2047 = 7 AND (b."value" >> 16) & 2047 = 7
                   AND a."value" & 65535 = b."value" & 65535))
        ORDER BY b."code"`;
      const groups = new Map<string, string[]>(ids.map((id) => [id, []]));
      for (const row of rows) groups.get(row.errorCodeId)?.push(row.relatedId);
      return ids.map((id) => groups.get(id)!);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
