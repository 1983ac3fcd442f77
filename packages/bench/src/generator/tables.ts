// Entries as column arrays per table, inserted with one `INSERT ... SELECT FROM unnest(...)` per table
// and batch: the rows writeEntry() would store, without one Prisma transaction per entry.
import { randomUUID } from "node:crypto";
import type { Entry } from "@kb/db";
// writeEntry's per-locale content hash and translation sources, from their own modules: the P1 peer must
// not load the Prisma client behind @kb/db's main entry (its memory is what the bench reports).
import { localeHash } from "@kb/db/content-hash";
import { fillSources, localeState } from "@kb/db/translation-fields";

// Each table's columns in the order the rows below fill them, as "name:type" (the array type the values
// are sent as; enum types in double quotes), parents before children.
const SPEC = {
  ErrorCode: 'id:uuid code:text value:int8 status:"EntryStatus"',
  ErrorCodeTranslation:
    'errorCodeId:uuid locale:"Locale" title:text summary:text message:text notes:text contentHash:text sources:jsonb',
  TranslationState: 'errorCodeId:uuid locale:"Locale" status:"TranslationStatus" missing:int4 stale:int4',
  ErrorCodeActivationType: 'errorCodeId:uuid activationTypeKey:"ActivationTypeKey" position:int4',
  Cause: "id:uuid errorCodeId:uuid position:int4",
  CauseTranslation: 'causeId:uuid locale:"Locale" text:text source:text',
  Resolution: 'id:uuid errorCodeId:uuid position:int4 activationTypeKey:"ActivationTypeKey"',
  ResolutionTranslation: 'resolutionId:uuid locale:"Locale" text:text source:text',
  ResolutionStep: 'id:uuid resolutionId:uuid position:int4 kind:"StepKind" command:text',
  StepTranslation: 'stepId:uuid locale:"Locale" text:text source:text',
  Reference: "id:uuid errorCodeId:uuid position:int4 url:text",
  ReferenceTranslation: 'referenceId:uuid locale:"Locale" title:text source:text',
};

/** Column name and the SQL array type its values are sent as. */
type Column = readonly [string, string];

export const TABLES = Object.fromEntries(
  Object.entries(SPEC).map(([table, spec]) => [
    table,
    spec.split(" ").map((c) => {
      const [name = "", type = ""] = c.split(":");
      return [name, `${type}[]`] as const;
    }),
  ]),
) as Record<keyof typeof SPEC, Column[]>;

export type TableName = keyof typeof TABLES;
export type Columns = Record<TableName, unknown[][]>;

// Columns the product fills with defaults or @updatedAt, given here as constants.
const FIXED: Partial<Record<TableName, [string, string][]>> = {
  ErrorCode: [
    ["version", "1"],
    ["publishedAt", "now()"],
    ["updatedAt", "now()"],
  ],
  ErrorCodeTranslation: [["updatedAt", "now()"]],
};

/** The INSERT of one table from one array parameter per column (parents first: see TABLES order). */
export function insertSql(table: TableName, offset = 0): string {
  const columns = TABLES[table];
  const fixed = FIXED[table] ?? [];
  const names = [...columns.map(([name]) => name), ...fixed.map(([name]) => name)].map((n) => `"${n}"`);
  const params = columns.map(([, type], i) => `$${offset + i + 1}::${type}`).join(", ");
  const constants = fixed.map(([, value]) => `, ${value}`).join("");
  return `INSERT INTO "${table}" (${names.join(", ")}) SELECT *${constants} FROM unnest(${params})`;
}

function emptyColumns(): Columns {
  return Object.fromEntries(
    Object.entries(TABLES).map(([name, cols]) => [name, cols.map(() => [])]),
  ) as unknown as Columns;
}

/**
 * Column arrays for a batch of entries (new ids unless given; hashes, translation sources and French
 * status as writeEntry computes them for a fresh save: every French text made from today's English).
 */
export function toColumns(entries: Entry[], given: string[] = []) {
  const columns = emptyColumns();
  const ids: string[] = [];
  const add = (table: TableName, row: unknown[]) => row.forEach((v, i) => columns[table][i]!.push(v));
  for (const [index, raw] of entries.entries()) {
    const entry = fillSources(raw, null);
    const id = given[index] ?? randomUUID();
    ids.push(id);
    add("ErrorCode", [id, entry.code, BigInt(entry.code).toString(), entry.status ?? "PUBLISHED"]);
    for (const locale of ["EN", "FR"] as const) {
      const t = locale === "EN" ? entry.en : entry.fr;
      const sources = locale === "EN" ? null : JSON.stringify(entry.sources?.fr ?? {});
      const row = [
        t?.title,
        t?.summary ?? null,
        t?.message ?? null,
        t?.notes ?? null,
        localeHash(entry, locale),
        sources,
      ];
      if (t) add("ErrorCodeTranslation", [id, locale, ...row]);
    }
    const state = localeState(entry, "FR");
    add("TranslationState", [id, "FR", state.status, state.missing, state.stale]);
    entry.activationTypes.forEach((key, position) => add("ErrorCodeActivationType", [id, key, position]));
    entry.causes.forEach((cause, position) => {
      const causeId = randomUUID();
      add("Cause", [causeId, id, position]);
      localized(cause, (locale, text, source) => add("CauseTranslation", [causeId, locale, text, source]));
    });
    entry.resolutions.forEach((resolution, position) => {
      const resolutionId = randomUUID();
      add("Resolution", [resolutionId, id, position, resolution.activationType ?? null]);
      localized(resolution, (locale, text, source) =>
        add("ResolutionTranslation", [resolutionId, locale, text, source]),
      );
      (resolution.steps ?? []).forEach((step, stepPosition) => {
        const stepId = randomUUID();
        const command = "command" in step ? step.command : null;
        add("ResolutionStep", [stepId, resolutionId, stepPosition, command ? "COMMAND" : "TEXT", command]);
        if (!("command" in step))
          localized(step, (locale, text, source) => add("StepTranslation", [stepId, locale, text, source]));
      });
    });
    entry.references.forEach((reference, position) => {
      const referenceId = randomUUID();
      add("Reference", [referenceId, id, position, reference.url ?? null]);
      localized(reference, (locale, title, source) =>
        add("ReferenceTranslation", [referenceId, locale, title, source]),
      );
    });
  }
  return { ids, columns };
}

function localized(
  text: { en: string; fr?: string | undefined; sources?: { fr?: string | undefined } | undefined },
  add: (locale: "EN" | "FR", text: string, source: string | null) => void,
) {
  add("EN", text.en, null);
  if (text.fr) add("FR", text.fr, text.sources?.fr ?? null);
}
