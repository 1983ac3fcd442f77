// Per-request batching. An entry is read whole in one statement (its texts, activation types with their
// names, causes, resolutions with steps and references: readEntryGraphs), so a lookup costs one statement
// and a page two, whatever its size; each field resolver then picks from the loaded entry.
import DataLoader from "dataloader";
import { readEntryGraphs, type EntryGraph, type EntryStatus, type Locale, type PrismaClient } from "@kb/db";
import type { EntryCache } from "./entry-cache.ts";
import { findHits, type Hit } from "./search.service.ts";

/**
 * `statuses` bounds what the loaders return (anonymous readers: published only). With a cache
 * (anonymous readers, engine path on) each batch is answered from memory where it can.
 */
export function createLoaders(db: PrismaClient, statuses: EntryStatus[], cache?: EntryCache) {
  const options = { maxBatchSize: 1000 };
  const loader = <V>(relation: string, batch: (keys: readonly string[]) => Promise<V[]>, max?: number) =>
    new DataLoader<string, V>(cache ? cache.wrap(relation, batch, max) : batch, options);
  // Visible entries keyed by id or by code, in the order of the keys (null where none is visible).
  const graphs = (key: "id" | "code") =>
    loader<EntryGraph | null>(`entries by ${key}`, async (keys) => {
      const rows = await readEntryGraphs(
        db,
        key === "id" ? { ids: keys, statuses } : { codes: keys, statuses },
      );
      const found = new Map(rows.map((r) => [r[key], r]));
      return keys.map((k) => found.get(k) ?? null);
    });
  const entries = graphs("id");
  const byCode = graphs("code");
  const hits = loader<Hit[]>(
    "hits",
    (keys) =>
      Promise.all(
        keys.map((key) => {
          const [q, locale, limit] = JSON.parse(key) as [string, Locale, number];
          return findHits(db, q, locale, statuses, limit);
        }),
      ),
    // Hit lists can be long (a list filter asks for up to 10,000): keep fewer of them.
    200,
  );
  return {
    /** Search hits for a checked query, among visible entries. */
    hits: {
      load: (q: string, locale: Locale, limit: number) => hits.load(JSON.stringify([q, locale, limit])),
    },
    /** Visible entries by id (null when unknown or not visible). */
    entries,
    /** Visible entries by canonical code; what it finds is also primed by id for the field resolvers. */
    byCode: {
      load: async (code: string) => {
        const row = await byCode.load(code);
        if (row) entries.prime(row.id, row);
        return row;
      },
    },
    /** Ids of the codes sharing an English message, title or underlying Win32 error with each code. */
    related: loader("related", async (ids) => {
      const rows = await db.$queryRaw<{ errorCodeId: string; relatedId: string }[]>`
        SELECT DISTINCT a."id" AS "errorCodeId", b."id" AS "relatedId", b."code"
        FROM "ErrorCode" a
        JOIN "ErrorCodeTranslation" ta ON ta."errorCodeId" = a."id" AND ta."locale" = 'EN'
        JOIN "ErrorCode" b ON b."id" <> a."id"
        JOIN "ErrorCodeTranslation" tb ON tb."errorCodeId" = b."id" AND tb."locale" = 'EN'
        WHERE a."id" = ANY(${[...ids]}::uuid[])
          AND (tb."summary" = ta."summary" OR tb."message" = ta."message" OR tb."title" = ta."title"
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
