// Per-request batching: whatever the page size, each relation of ErrorCode costs one query (plus one
// per nested level), never one per code.
import DataLoader from "dataloader";
import type { PrismaClient } from "@kb/db";
import type { EntryCache } from "./entry-cache.ts";

function byCode<T extends { errorCodeId: string }>(ids: readonly string[], rows: T[]): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(row.errorCodeId)?.push(row);
  return ids.map((id) => groups.get(id)!);
}
const byPosition = { orderBy: { position: "asc" as const } };

export function createLoaders(db: PrismaClient, cache?: EntryCache) {
  const options = { maxBatchSize: 1000 };
  // With a cache (anonymous readers, engine path on) each batch is answered from memory where it can.
  const loader = <V>(relation: string, batch: (keys: readonly string[]) => Promise<V[]>) =>
    new DataLoader<string, V>(cache ? cache.wrap(relation, batch) : batch, options);
  return {
    /** Published entries by canonical code, with their translations (null when unknown). */
    publishedByCode: loader("publishedByCode", async (codes) => {
      const rows = await db.errorCode.findMany({
        where: { code: { in: [...codes] }, status: "PUBLISHED" },
        include: { translations: true },
      });
      return codes.map((code) => rows.find((r) => r.code === code) ?? null);
    }),
    translations: loader("translations", async (ids) =>
      byCode(ids, await db.errorCodeTranslation.findMany({ where: { errorCodeId: { in: [...ids] } } })),
    ),
    activationTypes: loader("activationTypes", async (ids) =>
      byCode(
        ids,
        await db.errorCodeActivationType.findMany({
          where: { errorCodeId: { in: [...ids] } },
          ...byPosition,
        }),
      ),
    ),
    causes: loader("causes", async (ids) =>
      byCode(
        ids,
        await db.cause.findMany({
          where: { errorCodeId: { in: [...ids] } },
          include: { translations: true },
          ...byPosition,
        }),
      ),
    ),
    resolutions: loader("resolutions", async (ids) =>
      byCode(
        ids,
        await db.resolution.findMany({
          where: { errorCodeId: { in: [...ids] } },
          include: { translations: true, steps: { include: { translations: true }, ...byPosition } },
          ...byPosition,
        }),
      ),
    ),
    references: loader("references", async (ids) =>
      byCode(
        ids,
        await db.reference.findMany({
          where: { errorCodeId: { in: [...ids] } },
          include: { translations: true },
          ...byPosition,
        }),
      ),
    ),
    /** Every activation type with its names: four rows, loaded once per request. */
    activationTypeNames: loader("activationTypeNames", async (keys) => {
      const all = await db.activationTypeTranslation.findMany();
      return keys.map((key) => all.filter((t) => t.activationTypeKey === key));
    }),
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
      return byCode(ids, rows).map((list) => list.map((r) => r.relatedId));
    }),
    /** Entries by id, with their translations (for related codes). */
    errorCodes: loader("errorCodes", async (ids) => {
      const rows = await db.errorCode.findMany({
        where: { id: { in: [...ids] } },
        include: { translations: true },
      });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
