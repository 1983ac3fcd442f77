// Stores whole entries as working drafts: the code rows, their translations and every child list, items
// keeping their ids. Publishing (kb_publish) copies a draft into the readers' document. Many entries are
// written with a fixed number of set-based statements (one INSERT … SELECT FROM jsonb_to_recordset per
// table), so that an import of thousands costs about what one save does per table.
// Callers run it inside a transaction so that a failure leaves nothing half-written.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client.ts";
import { localeHash } from "./content-hash.ts";
import { LOCALES, SOURCE_LOCALE, allSteps, type Entry, type LocaleKey } from "./entry-schema.ts";
import { readEntryGraphs, type EntryGraph } from "./read-graph.ts";
import { toEntry } from "./read-entry.ts";
import { fillSources, lang, localeState } from "./translation-fields.ts";

export type Tx = Prisma.TransactionClient;

export interface WriteOptions {
  /** The entry's status after the write (default: the entry's own, else DRAFT). */
  status?: Entry["status"];
  /** The entry's version after the write (default: 1 for a new entry, unchanged for an existing one). */
  version?: number;
  seedHash?: string | null;
  /**
   * Whether readers see this content from now on (default: when the status is PUBLISHED). A save of a
   * published entry's draft passes false: readers keep the published version. A status other than
   * PUBLISHED always withdraws what readers saw.
   */
  publish?: boolean;
  /**
   * The entry's working draft as the caller read it in this transaction (after locking it), so that it is
   * not read again; null when the caller knows the entry is new. Absent: read here.
   */
  before?: EntryGraph | null;
}

export interface EntryWrite extends WriteOptions {
  entry: Entry;
}

/** Creates or replaces the working draft of the entry with this code; returns its id. */
export async function writeEntry(tx: Tx, input: Entry, options: WriteOptions = {}): Promise<string> {
  const [id] = await writeEntries(tx, [{ ...options, entry: input }]);
  return id!;
}

/**
 * Creates or replaces the working drafts of these entries (distinct codes), at most 20 statements whatever
 * their number; returns their ids in the same order. A new entry whose code another transaction creates
 * meanwhile fails with the unique violation of "ErrorCode"."code".
 */
export async function writeEntries(tx: Tx, writes: readonly EntryWrite[]): Promise<string[]> {
  if (!writes.length) return [];
  const codes = writes.map((w) => w.entry.code);
  if (new Set(codes).size !== codes.length) throw new Error("writeEntries: the codes must be distinct.");
  const unread = writes.filter((w) => w.before === undefined).map((w) => w.entry.code);
  const befores = new Map([
    ...(unread.length ? await readEntryGraphs(tx, { codes: unread }) : []).map((g) => [g.code, g] as const),
    ...writes.flatMap((w) => (w.before ? [[w.entry.code, w.before] as const] : [])),
  ]);
  const withIds = await assignIds(
    tx,
    writes.map((w) => w.entry),
    befores,
  );
  // What Prisma's @updatedAt would write: the client's clock in UTC (the column has no time zone).
  const now = new Date().toISOString();
  const plans = writes.map((w, i) => {
    const before = befores.get(w.entry.code);
    const status = w.status ?? w.entry.status ?? "DRAFT";
    return {
      id: before?.id ?? randomUUID(),
      before,
      entry: fillSources(withIds[i]!, before ? toEntry(before) : null),
      status,
      publish: status === "PUBLISHED" && (w.publish ?? true),
      version: w.version ?? null,
      seedHash: w.seedHash,
    };
  });
  const existing = plans.filter((p) => p.before).map((p) => p.id);
  const codeRow = (p: (typeof plans)[number]) => ({
    id: p.id,
    status: p.status,
    version: p.version,
    setSeed: p.seedHash !== undefined,
    seedHash: p.seedHash ?? null,
    updatedAt: now,
  });

  if (existing.length) {
    await tx.$executeRawUnsafe(
      `UPDATE "ErrorCode" e SET "status" = v."status", "version" = coalesce(v."version", e."version"),
         "seedHash" = CASE WHEN v."setSeed" THEN v."seedHash" ELSE e."seedHash" END, "updatedAt" = v."updatedAt"
       FROM jsonb_to_recordset($1::jsonb) AS v("id" uuid, "status" "EntryStatus", "version" int,
         "setSeed" boolean, "seedHash" text, "updatedAt" timestamp(3))
       WHERE e."id" = v."id"`,
      JSON.stringify(plans.filter((p) => p.before).map(codeRow)),
    );
    // The entries' rows in one statement (their items' translations and steps go by cascade).
    const owned = `WHERE "errorCodeId" = ANY($1::text[]::uuid[])`;
    await tx.$executeRawUnsafe(
      `WITH a AS (DELETE FROM "ErrorCodeActivationType" ${owned}), c AS (DELETE FROM "Cause" ${owned}),
         r AS (DELETE FROM "Resolution" ${owned}), f AS (DELETE FROM "Reference" ${owned})
       DELETE FROM "ErrorCodeTranslation" ${owned}`,
      existing,
    );
  }
  await insertRecords(
    tx,
    "ErrorCode",
    {
      id: "uuid",
      code: "text",
      value: "bigint",
      status: '"EntryStatus"',
      version: "int",
      seedHash: "text",
      updatedAt: "timestamp(3)",
    },
    plans
      .filter((p) => !p.before)
      .map((p) => ({
        ...codeRow(p),
        code: p.entry.code,
        value: String(BigInt(p.entry.code)),
        version: p.version ?? 1,
      })),
  );

  await insertRecords(
    tx,
    "ErrorCodeTranslation",
    {
      errorCodeId: "uuid",
      locale: '"Locale"',
      title: "text",
      summary: "text",
      message: "text",
      notes: "text",
      contentHash: "text",
      sources: "jsonb",
      updatedAt: "timestamp(3)",
    },
    plans.flatMap(({ id, entry }) =>
      present(entry).map((locale) => {
        const head = entry[lang(locale)]!;
        return {
          errorCodeId: id,
          locale,
          title: head.title ?? null,
          summary: head.summary ?? null,
          message: head.message ?? null,
          notes: head.notes ?? null,
          contentHash: localeHash(entry, locale)!,
          sources: locale === SOURCE_LOCALE ? null : (entry.sources?.fr ?? {}),
          updatedAt: now,
        };
      }),
    ),
  );
  await insertRecords(
    tx,
    "TranslationState",
    { errorCodeId: "uuid", locale: '"Locale"', status: '"TranslationStatus"', missing: "int", stale: "int" },
    plans.flatMap(({ id, entry }) =>
      LOCALES.filter((l) => l !== SOURCE_LOCALE).map((locale) => ({
        errorCodeId: id,
        locale,
        ...localeState(entry, locale),
      })),
    ),
    `ON CONFLICT ("errorCodeId", "locale") DO UPDATE SET "status" = excluded."status",
       "missing" = excluded."missing", "stale" = excluded."stale"`,
  );
  await insertRecords(
    tx,
    "ErrorCodeActivationType",
    { errorCodeId: "uuid", activationTypeKey: '"ActivationTypeKey"', position: "int" },
    plans.flatMap(({ id, entry }) =>
      entry.activationTypes.map((key, position) => ({ errorCodeId: id, activationTypeKey: key, position })),
    ),
  );
  await writeChildren(
    tx,
    plans.map((p) => ({ errorCodeId: p.id, entry: p.entry })),
  );

  const publish = plans.filter((p) => p.publish).map((p) => p.id);
  if (publish.length) await tx.$executeRawUnsafe(`SELECT kb_publish($1::text[]::uuid[])`, publish);
  const unpublished = plans.filter((p) => p.status !== "PUBLISHED");
  const withdrawn = unpublished.filter((p) => p.before?.publishedVersion != null).map((p) => p.id);
  if (withdrawn.length) {
    await tx.$executeRawUnsafe(
      `DELETE FROM "PublishedEntry" WHERE "errorCodeId" = ANY($1::text[]::uuid[])`,
      withdrawn,
    );
    await tx.$executeRawUnsafe(
      `UPDATE "ErrorCode" SET "publishedVersion" = NULL, "updatedAt" = $2::timestamp(3)
       WHERE "id" = ANY($1::text[]::uuid[])`,
      withdrawn,
      now,
    );
  }
  // A published entry's search documents are its published version's: a draft save leaves them.
  if (unpublished.length)
    await tx.$executeRawUnsafe(
      `SELECT kb_refresh_search($1::text[]::uuid[])`,
      unpublished.map((p) => p.id),
    );
  return plans.map((p) => p.id);
}

/** The tables an entry write fills, search included. */
const ENTRY_TABLES = [
  "ErrorCode",
  "ErrorCodeTranslation",
  "ErrorCodeActivationType",
  "TranslationState",
  "Cause",
  "CauseTranslation",
  "Resolution",
  "ResolutionTranslation",
  "ResolutionStep",
  "StepTranslation",
  "Reference",
  "ReferenceTranslation",
  "PublishedEntry",
  "SearchDocument",
  "SearchMatch",
  "SearchWord",
  "Revision",
];

/**
 * Refreshes the planner's statistics of the entry tables, inside the writer's transaction (ANALYZE counts
 * the transaction's own new rows). A bulk write calls it as the tables grow: planned with the sizes from
 * before, the statements of the next batches would scan whole tables (or a growing index pending list)
 * instead of using the keys, and each batch would cost more than the last.
 */
export async function analyzeEntryTables(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(`ANALYZE ${ENTRY_TABLES.map((t) => `"${t}"`).join(", ")}`);
}

/**
 * One INSERT of every row through jsonb_to_recordset: one parameter whatever the number of rows (a
 * multi-row VALUES would need one per value, and PostgreSQL takes at most 65,535). `columns` gives each
 * column's SQL type; identifiers come from this module only.
 */
export async function insertRecords(
  tx: Tx,
  table: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
  suffix = "",
): Promise<void> {
  if (!rows.length) return;
  const names = Object.keys(columns).map((c) => `"${c}"`);
  const types = Object.entries(columns).map(([c, type]) => `"${c}" ${type}`);
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${names.join(", ")}) SELECT ${names.join(", ")}
     FROM jsonb_to_recordset($1::jsonb) AS t(${types.join(", ")}) ${suffix}`,
    JSON.stringify(rows),
  );
}

/** A locale is stored when it has any text (a draft may hold only a French title). */
function present(entry: Entry): LocaleKey[] {
  return LOCALES.filter((l) => {
    const head = entry[lang(l)];
    return head && Object.values(head).some((v) => v !== undefined);
  });
}

type Ids = { id?: string | undefined };
const items = (entry: Entry): Ids[] => [
  ...entry.causes,
  ...entry.resolutions.flatMap((r): Ids[] => [r, ...allSteps(r.steps)]),
  ...entry.references,
];
const itemIds = (graph: EntryGraph) =>
  [
    ...graph.causes,
    ...graph.resolutions.flatMap((r): { id: string }[] => [r, ...r.steps.flatMap((s) => [s, ...s.steps])]),
    ...graph.references,
  ].map((i) => i.id);

/**
 * The entries with an id on every item: new items get one; an entry keeps the ids its items had; an id
 * the entry did not have before is kept too (an import into another database) unless an entry outside
 * this write holds it already, or an earlier entry of this write claimed it.
 */
async function assignIds(tx: Tx, inputs: Entry[], befores: Map<string, EntryGraph>): Promise<Entry[]> {
  const entries = inputs.map((e) => structuredClone(e));
  const known = entries.map((e) => new Set(befores.has(e.code) ? itemIds(befores.get(e.code)!) : []));
  const claimed = new Set<string>();
  entries.forEach((e, k) => items(e).forEach((i) => i.id && known[k]!.has(i.id) && claimed.add(i.id)));
  const foreign = entries.flatMap((e, k) =>
    items(e).flatMap((i) => (i.id && !known[k]!.has(i.id) ? [i.id] : [])),
  );
  const writing = new Set([...befores.values()].map((g) => g.id));
  // Rows of entries this write replaces are deleted before its rows are inserted: their ids are free.
  const taken = new Set(
    foreign.length
      ? (
          await tx.$queryRaw<{ id: string; owner: string }[]>`
            SELECT "id"::text, "errorCodeId"::text AS "owner" FROM "Cause" WHERE "id" = ANY(${foreign}::uuid[])
            UNION ALL SELECT "id"::text, "errorCodeId"::text FROM "Resolution" WHERE "id" = ANY(${foreign}::uuid[])
            UNION ALL SELECT s."id"::text, r."errorCodeId"::text FROM "ResolutionStep" s
              JOIN "Resolution" r ON r."id" = s."resolutionId" WHERE s."id" = ANY(${foreign}::uuid[])
            UNION ALL SELECT "id"::text, "errorCodeId"::text FROM "Reference" WHERE "id" = ANY(${foreign}::uuid[])`
        )
          .filter((r) => !writing.has(r.owner))
          .map((r) => r.id)
      : [],
  );
  entries.forEach((e, k) => {
    for (const item of items(e)) {
      if (item.id && known[k]!.has(item.id)) continue;
      if (!item.id || taken.has(item.id) || claimed.has(item.id)) item.id = randomUUID();
      claimed.add(item.id);
    }
  });
  return entries;
}

type Localized = { en: string; fr?: string | undefined; sources?: { fr?: string | undefined } | undefined };
const texts = (text: Localized, key: string, id: string, field: "text" | "title") =>
  LOCALES.flatMap((locale) => {
    const value = text[lang(locale)];
    const source = locale === SOURCE_LOCALE ? null : (text.sources?.fr ?? null);
    return value ? [{ [key]: id, locale, [field]: value, source }] : [];
  });
const textColumns = (key: string, field: "text" | "title") => ({
  [key]: "uuid",
  locale: '"Locale"',
  [field]: "text",
  source: "text",
});

async function writeChildren(tx: Tx, list: { errorCodeId: string; entry: Entry }[]) {
  const causes = list.flatMap(({ errorCodeId, entry }) =>
    entry.causes.map((c, position) => ({ id: c.id!, errorCodeId, position, c })),
  );
  await insertRecords(
    tx,
    "Cause",
    { id: "uuid", errorCodeId: "uuid", position: "int" },
    causes.map(({ c: _c, ...row }) => row),
  );
  await insertRecords(
    tx,
    "CauseTranslation",
    textColumns("causeId", "text"),
    causes.flatMap((c) => texts(c.c, "causeId", c.id, "text")),
  );

  const resolutions = list.flatMap(({ errorCodeId, entry }) =>
    entry.resolutions.map((r, position) => ({ id: r.id!, errorCodeId, position, r })),
  );
  await insertRecords(
    tx,
    "Resolution",
    {
      id: "uuid",
      errorCodeId: "uuid",
      position: "int",
      activationTypeKey: '"ActivationTypeKey"',
      stepsMode: '"StepsMode"',
    },
    resolutions.map(({ id, errorCodeId, position, r }) => ({
      id,
      errorCodeId,
      position,
      activationTypeKey: r.activationType ?? null,
      stepsMode: r.stepsMode ?? "SEQUENCE",
    })),
  );
  await insertRecords(
    tx,
    "ResolutionTranslation",
    textColumns("resolutionId", "text"),
    resolutions.flatMap((r) => texts(r.r, "resolutionId", r.id, "text")),
  );
  // Depth first: a step, then its sub-steps; positions run through the whole resolution.
  const steps = resolutions.flatMap(({ id, r }) =>
    (r.steps ?? [])
      .flatMap((s) => [
        { s, parentId: null as string | null },
        ...("steps" in s ? (s.steps ?? []) : []).map((sub) => ({ s: sub, parentId: s.id! })),
      ])
      .map(({ s, parentId }, position) => ({ id: s.id!, resolutionId: id, parentId, position, s })),
  );
  // A sub-step names its parent, inserted in the same statement: the foreign key is checked at its end.
  await insertRecords(
    tx,
    "ResolutionStep",
    {
      id: "uuid",
      resolutionId: "uuid",
      parentId: "uuid",
      position: "int",
      kind: '"StepKind"',
      command: "text",
    },
    steps.map(({ id, resolutionId, parentId, position, s }) => ({
      id,
      resolutionId,
      parentId,
      position,
      kind: "command" in s ? "COMMAND" : (s.kind ?? "TEXT"),
      command: "command" in s ? s.command : null,
    })),
  );
  await insertRecords(
    tx,
    "StepTranslation",
    textColumns("stepId", "text"),
    steps.flatMap(({ id, s }) => ("command" in s ? [] : texts(s, "stepId", id, "text"))),
  );

  const references = list.flatMap(({ errorCodeId, entry }) =>
    entry.references.map((r, position) => ({ id: r.id!, errorCodeId, position, r })),
  );
  await insertRecords(
    tx,
    "Reference",
    { id: "uuid", errorCodeId: "uuid", position: "int", kind: '"ReferenceKind"', url: "text" },
    references.map(({ id, errorCodeId, position, r }) => ({
      id,
      errorCodeId,
      position,
      kind: r.kind ?? "SEE_ALSO",
      url: r.url ?? null,
    })),
  );
  await insertRecords(
    tx,
    "ReferenceTranslation",
    textColumns("referenceId", "title"),
    references.flatMap((r) => texts(r.r, "referenceId", r.id, "title")),
  );
}
