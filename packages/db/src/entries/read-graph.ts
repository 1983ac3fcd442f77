// The readers of whole entries (texts in every locale with their translation sources, activation types
// with their names, causes, resolutions with steps, references). Editorial reads build the working draft
// with the SQL function kb_entry_document(); public reads take the document kb_publish() stored for the
// published version, so a draft never reaches them.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import type {
  ActivationTypeKey,
  EntryStatus,
  Locale,
  ReferenceKind,
  StepKind,
  StepsMode,
} from "../generated/prisma/enums.ts";
import { prepared } from "../prepared.ts";
import type { Tx } from "./write-entry.ts";

type Texts<K extends string> = ({ locale: Locale; source?: string | null } & Record<K, string>)[];
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
  /** The version readers see; null while nothing is public. */
  publishedVersion: number | null;
  /** The hash of the seed entry this one was last written from (null once an editor saved it). */
  seedHash: string | null;
  updatedAt: Date;
  translations: {
    locale: Locale;
    /** Outside English any text may be missing from a draft. */
    title: string | null;
    summary: string | null;
    message: string | null;
    notes: string | null;
    contentHash: string;
    /** Outside English: per head text, the English it was translated from. */
    sources: Partial<Record<"title" | "summary" | "message" | "notes", string>> | null;
  }[];
  activationTypes: { position: number; activationType: NamedActivationType }[];
  causes: { id: string; position: number; translations: Texts<"text"> }[];
  resolutions: {
    id: string;
    position: number;
    activationType: NamedActivationType | null;
    /** How the top-level steps read: in order, or as alternatives (do one of them). */
    stepsMode: StepsMode;
    translations: Texts<"text">;
    steps: GraphStep[];
  }[];
  references: {
    id: string;
    position: number;
    kind: ReferenceKind;
    url: string | null;
    translations: Texts<"title">;
  }[];
}

export interface GraphStep {
  id: string;
  /** Order within the resolution, sub-steps included (depth first). */
  position: number;
  kind: StepKind;
  command: string | null;
  translations: Texts<"text">;
  /** A top-level step's own steps, in order (always empty on a sub-step). */
  steps: GraphStep[];
}

/** The JSON form of a graph (kb_entry_document): the value as text, dates as ISO strings. */
type StoredStep = Omit<GraphStep, "steps"> & { steps?: StoredStep[] };
type Document = Omit<EntryGraph, "value" | "updatedAt" | "resolutions" | "references"> & {
  value: string;
  updatedAt: string;
  resolutions: (Omit<EntryGraph["resolutions"][number], "stepsMode" | "steps"> & {
    stepsMode?: StepsMode;
    steps: StoredStep[];
  })[];
  references: (Omit<EntryGraph["references"][number], "kind"> & { kind?: ReferenceKind })[];
};

// Documents stored before a field existed lack it (the migration that added them fills them in; a
// restored old backup may not): the defaults are what those documents meant.
const reviveStep = (s: StoredStep): GraphStep => ({ ...s, steps: (s.steps ?? []).map(reviveStep) });
const revive = (doc: Document): EntryGraph => ({
  ...doc,
  value: BigInt(doc.value),
  updatedAt: new Date(doc.updatedAt),
  resolutions: doc.resolutions.map((r) => ({
    ...r,
    stepsMode: r.stepsMode ?? "SEQUENCE",
    steps: r.steps.map(reviveStep),
  })),
  references: doc.references.map((r) => ({ ...r, kind: r.kind ?? "SEE_ALSO" })),
});

/**
 * `e."status" IN statuses` for raw SQL over the "ErrorCode" alias `e`. The array travels as text[] and is
 * cast to the enum in SQL: PGlite cannot bind an enum array, and comparing the enum itself (not
 * `status::text`) keeps PostgreSQL's indexes and estimates usable.
 */
export function statusIn(statuses: readonly EntryStatus[]): Prisma.Sql {
  return Prisma.sql`e."status" = ANY(${[...statuses]}::text[]::"EntryStatus"[])`;
}

/**
 * `e."code" IN codes` for raw SQL over the "ErrorCode" alias `e`, through the unique index on the value:
 * on "code" the planner may pick the trigram index (kept for code fragments), whose posting lists for
 * "0xC0…" hold nearly every code, and a lookup of a few hundred codes then reads the whole table. Stored
 * codes are canonical ("0x" + 8 upper-case hex digits), so any other string matches nothing.
 */
export function codeIn(codes: readonly string[]): Prisma.Sql {
  const values = codes.filter((c) => /^0x[0-9A-F]{8}$/.test(c)).map((c) => BigInt(c).toString());
  return Prisma.sql`e."value" = ANY(${values}::text[]::bigint[])`;
}

export interface GraphFilter {
  ids?: readonly string[];
  codes?: readonly string[];
  statuses?: readonly EntryStatus[];
}

/** Working drafts passing every filter given (none: all of them), in code order. */
export async function readEntryGraphs(
  db: PrismaClient | Tx,
  filter: GraphFilter = {},
): Promise<EntryGraph[]> {
  const conditions = [
    filter.ids && Prisma.sql`e."id" = ANY(${[...filter.ids]}::text[]::uuid[])`,
    filter.codes && codeIn(filter.codes),
    filter.statuses && statusIn(filter.statuses),
  ].filter((c) => c !== undefined);
  const where = conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
  const rows = await db.$queryRaw<{ doc: Document }[]>`
    SELECT kb_entry_document(e."id") AS doc FROM "ErrorCode" e WHERE ${where} ORDER BY e."code"`;
  return rows.map((r) => revive(r.doc));
}

/**
 * Published versions by id or by code (one of the two), as readers see them, in no particular order.
 * A named prepared statement on the server: the hottest read of the API.
 */
export async function readPublishedGraphs(
  db: PrismaClient | Tx,
  keys: { ids: readonly string[] } | { codes: readonly string[] },
): Promise<EntryGraph[]> {
  const rows =
    "ids" in keys
      ? await db.$queryRaw<{ document: Document }[]>(prepared`
          SELECT p."document" FROM "PublishedEntry" p WHERE p."errorCodeId" = ANY(${[...keys.ids]}::text[]::uuid[])`)
      : await db.$queryRaw<{ document: Document }[]>(prepared`
          SELECT p."document" FROM "PublishedEntry" p WHERE p."code" = ANY(${[...keys.codes]}::text[])`);
  return rows.map((r) => revive(r.document));
}
