// The one reader of whole entries (texts in every locale, activation types with their names, causes,
// resolutions with steps, references): one hand-written statement, PostgreSQL building the nested JSON.
// The API serves from it and toEntry turns it into the entry format. Prisma's relation joins give the
// same in one statement too, but their generic SQL (every column, JSONB at every level) took PostgreSQL
// about 1.6 ms for one entry against 1.0 ms end to end for this one.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import type { ActivationTypeKey, EntryStatus, Locale, StepKind } from "../generated/prisma/enums.ts";
import { prepared } from "../prepared.ts";
import type { Tx } from "./write-entry.ts";

type Texts<K extends string> = ({ locale: Locale } & Record<K, string>)[];
export interface NamedActivationType {
  key: ActivationTypeKey;
  translations: Texts<"name">;
}

export interface EntryGraph {
  id: string;
  code: string;
  value: bigint;
  status: EntryStatus;
  version: number;
  /** The hash of the seed entry this one was last written from (null once an editor saved it). */
  seedHash: string | null;
  updatedAt: Date;
  translations: {
    locale: Locale;
    title: string;
    summary: string;
    message: string;
    notes: string | null;
    contentHash: string;
    sourceHash: string | null;
  }[];
  activationTypes: { position: number; activationType: NamedActivationType }[];
  causes: { id: string; position: number; translations: Texts<"text"> }[];
  resolutions: {
    id: string;
    position: number;
    activationType: NamedActivationType | null;
    translations: Texts<"text">;
    steps: {
      id: string;
      position: number;
      kind: StepKind;
      command: string | null;
      translations: Texts<"text">;
    }[];
  }[];
  references: { id: string; position: number; url: string | null; translations: Texts<"title"> }[];
}

type Row = Omit<EntryGraph, "value"> & { value: string };

/**
 * `e."status" IN statuses` for raw SQL over the "ErrorCode" alias `e`. The array travels as text[] and is
 * cast to the enum in SQL: PGlite cannot bind an enum array, and comparing the enum itself (not
 * `status::text`) keeps PostgreSQL's indexes and estimates usable.
 */
export function statusIn(statuses: readonly EntryStatus[]): Prisma.Sql {
  return Prisma.sql`e."status" = ANY(${[...statuses]}::text[]::"EntryStatus"[])`;
}

export interface GraphFilter {
  ids?: readonly string[];
  codes?: readonly string[];
  statuses?: readonly EntryStatus[];
}

/** The entries passing every filter given (none: all of them), in code order. */
export async function readEntryGraphs(
  db: PrismaClient | Tx,
  filter: GraphFilter = {},
): Promise<EntryGraph[]> {
  const conditions = [
    filter.ids && Prisma.sql`e."id" = ANY(${[...filter.ids]}::text[]::uuid[])`,
    filter.codes && Prisma.sql`e."code" = ANY(${[...filter.codes]}::text[])`,
    filter.statuses && statusIn(filter.statuses),
  ].filter((c) => c !== undefined);
  const where = conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
  // The texts of one child in every locale; names are constants of this file, never input.
  const texts = (table: string, key: string, id: string, field: string) =>
    Prisma.raw(`(SELECT json_agg(json_build_object('locale', x."locale", '${field}', x."${field}"))
     FROM "${table}" x WHERE x."${key}" = ${id})`);
  const rows = await db.$queryRaw<Row[]>(prepared`
    WITH names AS (
      SELECT n."activationTypeKey" AS key,
             json_build_object('key', n."activationTypeKey",
               'translations', json_agg(json_build_object('locale', n."locale", 'name', n."name"))) AS type
      FROM "ActivationTypeTranslation" n GROUP BY n."activationTypeKey")
    SELECT e."id", e."code", e."value"::text AS "value", e."status"::text AS "status", e."version", e."seedHash", e."updatedAt",
      coalesce((SELECT json_agg(json_build_object('locale', t."locale", 'title', t."title",
          'summary', t."summary", 'message', t."message", 'notes', t."notes",
          'contentHash', t."contentHash", 'sourceHash', t."sourceHash"))
        FROM "ErrorCodeTranslation" t WHERE t."errorCodeId" = e."id"), '[]') AS "translations",
      coalesce((SELECT json_agg(json_build_object('position', l."position", 'activationType', n.type)
          ORDER BY l."position")
        FROM "ErrorCodeActivationType" l JOIN names n ON n.key = l."activationTypeKey"
        WHERE l."errorCodeId" = e."id"), '[]') AS "activationTypes",
      coalesce((SELECT json_agg(json_build_object('id', c."id", 'position', c."position",
          'translations', coalesce(${texts("CauseTranslation", "causeId", `c."id"`, "text")}, '[]'))
          ORDER BY c."position")
        FROM "Cause" c WHERE c."errorCodeId" = e."id"), '[]') AS "causes",
      coalesce((SELECT json_agg(json_build_object('id', r."id", 'position', r."position",
          'activationType', n.type,
          'translations', coalesce(${texts("ResolutionTranslation", "resolutionId", `r."id"`, "text")}, '[]'),
          'steps', coalesce((SELECT json_agg(json_build_object('id', s."id", 'position', s."position",
              'kind', s."kind", 'command', s."command",
              'translations', coalesce(${texts("StepTranslation", "stepId", `s."id"`, "text")}, '[]'))
              ORDER BY s."position")
            FROM "ResolutionStep" s WHERE s."resolutionId" = r."id"), '[]'))
          ORDER BY r."position")
        FROM "Resolution" r LEFT JOIN names n ON n.key = r."activationTypeKey"
        WHERE r."errorCodeId" = e."id"), '[]') AS "resolutions",
      coalesce((SELECT json_agg(json_build_object('id', f."id", 'position', f."position", 'url', f."url",
          'translations', coalesce(${texts("ReferenceTranslation", "referenceId", `f."id"`, "title")}, '[]'))
          ORDER BY f."position")
        FROM "Reference" f WHERE f."errorCodeId" = e."id"), '[]') AS "references"
    FROM "ErrorCode" e
    WHERE ${where}
    ORDER BY e."code"`);
  return rows.map((row) => ({ ...row, value: BigInt(row.value) }));
}
