// Entries as column arrays per table, inserted with one `INSERT ... SELECT FROM unnest(...)` per table
// and batch: the rows writeEntry() would store, without one Prisma transaction per entry.
import { randomUUID } from "node:crypto";
import type { Entry } from "@kb/db";
// writeEntry's per-locale content hash, from its own module: the P1 peer must not load the Prisma client
// behind @kb/db's main entry (its memory is what the bench reports).
import { localeHash } from "@kb/db/content-hash";

// Each table's columns in the order the rows below fill them, as "name:type" (the array type the values
// are sent as; enum types in double quotes), parents before children.
const SPEC = {
  ErrorCode: 'id:uuid code:text value:int8 status:"EntryStatus"',
  ErrorCodeTranslation:
    'errorCodeId:uuid locale:"Locale" title:text summary:text message:text notes:text contentHash:text sourceHash:text',
  ErrorCodeActivationType: 'errorCodeId:uuid activationTypeKey:"ActivationTypeKey" position:int4',
  Cause: "id:uuid errorCodeId:uuid position:int4",
  CauseTranslation: 'causeId:uuid locale:"Locale" text:text',
  Resolution: 'id:uuid errorCodeId:uuid position:int4 activationTypeKey:"ActivationTypeKey"',
  ResolutionTranslation: 'resolutionId:uuid locale:"Locale" text:text',
  ResolutionStep: 'id:uuid resolutionId:uuid position:int4 kind:"StepKind" command:text',
  StepTranslation: 'stepId:uuid locale:"Locale" text:text',
  Reference: "id:uuid errorCodeId:uuid position:int4 url:text",
  ReferenceTranslation: 'referenceId:uuid locale:"Locale" title:text',
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

/** Column arrays for a batch of entries (new ids unless given; hashes as writeEntry computes them). */
export function toColumns(entries: Entry[], given: string[] = []) {
  const columns = emptyColumns();
  const ids: string[] = [];
  const add = (table: TableName, row: unknown[]) => row.forEach((v, i) => columns[table][i]!.push(v));
  for (const [index, entry] of entries.entries()) {
    const id = given[index] ?? randomUUID();
    ids.push(id);
    add("ErrorCode", [id, entry.code, BigInt(entry.code).toString(), entry.status ?? "PUBLISHED"]);
    const en = localeHash(entry, "EN");
    for (const locale of ["EN", "FR"] as const) {
      const t = locale === "EN" ? entry.en : entry.fr;
      // A French text is "made from" the current English: CURRENT, as a fresh save makes it.
      const hashes = locale === "EN" ? [en, null] : [localeHash(entry, "FR"), en];
      const row = [t?.title, t?.summary, t?.message, t?.notes ?? null, ...hashes];
      if (t) add("ErrorCodeTranslation", [id, locale, ...row]);
    }
    entry.activationTypes.forEach((key, position) => add("ErrorCodeActivationType", [id, key, position]));
    entry.causes.forEach((cause, position) => {
      const causeId = randomUUID();
      add("Cause", [causeId, id, position]);
      localized(cause, (locale, text) => add("CauseTranslation", [causeId, locale, text]));
    });
    entry.resolutions.forEach((resolution, position) => {
      const resolutionId = randomUUID();
      add("Resolution", [resolutionId, id, position, resolution.activationType ?? null]);
      localized(resolution, (locale, text) => add("ResolutionTranslation", [resolutionId, locale, text]));
      (resolution.steps ?? []).forEach((step, stepPosition) => {
        const stepId = randomUUID();
        const command = "command" in step ? step.command : null;
        add("ResolutionStep", [stepId, resolutionId, stepPosition, command ? "COMMAND" : "TEXT", command]);
        if (!("command" in step))
          localized(step, (locale, text) => add("StepTranslation", [stepId, locale, text]));
      });
    });
    entry.references.forEach((reference, position) => {
      const referenceId = randomUUID();
      add("Reference", [referenceId, id, position, reference.url ?? null]);
      localized(reference, (locale, title) => add("ReferenceTranslation", [referenceId, locale, title]));
    });
  }
  return { ids, columns };
}

function localized(
  text: { en: string; fr?: string | undefined },
  add: (locale: "EN" | "FR", text: string) => void,
) {
  add("EN", text.en);
  if (text.fr) add("FR", text.fr);
}
