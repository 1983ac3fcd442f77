// Per-request batching: whatever the page size, each relation of ErrorCode costs one query (plus one
// per nested level), never one per code.
import DataLoader from "dataloader";
import type { PrismaClient } from "@kb/db";

function byCode<T extends { errorCodeId: string }>(ids: readonly string[], rows: T[]): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(row.errorCodeId)?.push(row);
  return ids.map((id) => groups.get(id)!);
}
const byPosition = { orderBy: { position: "asc" as const } };

export function createLoaders(db: PrismaClient) {
  const options = { maxBatchSize: 1000 };
  return {
    translations: new DataLoader(
      async (ids: readonly string[]) =>
        byCode(ids, await db.errorCodeTranslation.findMany({ where: { errorCodeId: { in: [...ids] } } })),
      options,
    ),
    activationTypes: new DataLoader(
      async (ids: readonly string[]) =>
        byCode(
          ids,
          await db.errorCodeActivationType.findMany({
            where: { errorCodeId: { in: [...ids] } },
            ...byPosition,
          }),
        ),
      options,
    ),
    causes: new DataLoader(
      async (ids: readonly string[]) =>
        byCode(
          ids,
          await db.cause.findMany({
            where: { errorCodeId: { in: [...ids] } },
            include: { translations: true },
            ...byPosition,
          }),
        ),
      options,
    ),
    resolutions: new DataLoader(
      async (ids: readonly string[]) =>
        byCode(
          ids,
          await db.resolution.findMany({
            where: { errorCodeId: { in: [...ids] } },
            include: { translations: true, steps: { include: { translations: true }, ...byPosition } },
            ...byPosition,
          }),
        ),
      options,
    ),
    references: new DataLoader(
      async (ids: readonly string[]) =>
        byCode(
          ids,
          await db.reference.findMany({
            where: { errorCodeId: { in: [...ids] } },
            include: { translations: true },
            ...byPosition,
          }),
        ),
      options,
    ),
    /** Every activation type with its names: four rows, loaded once per request. */
    activationTypeNames: new DataLoader(async (keys: readonly string[]) => {
      const all = await db.activationTypeTranslation.findMany();
      return keys.map((key) => all.filter((t) => t.activationTypeKey === key));
    }),
    /** Ids of the codes sharing an English message, title or underlying Win32 error with each code. */
    related: new DataLoader(async (ids: readonly string[]) => {
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
    errorCodes: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.errorCode.findMany({
        where: { id: { in: [...ids] } },
        include: { translations: true },
      });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
