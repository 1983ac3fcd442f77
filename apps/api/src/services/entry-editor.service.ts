// Whole-entry saves with optimistic concurrency: every save names the version it started from, and
// everything (texts, lists, revision) is written in one transaction or not at all.
import {
  describeIssues,
  entrySchema,
  readEntry,
  readEntryGraphs,
  toEntry,
  writeEntry,
  type Entry,
  type EntryStatus,
  type PrismaClient,
  type Tx,
} from "@kb/db";
import { AppError } from "../errors.ts";
import { parseCodeArg } from "./error-code.service.ts";
import { demand, type Viewer } from "./visibility.ts";

const TX = { timeout: 30_000, maxWait: 10_000 };

/** GraphQL inputs carry null for what a client left out; the entry format leaves such keys out. */
function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, dropNulls(v)]),
    );
  }
  return value;
}

/** Checks an entry coming from a client; errors name each field, for inline display. */
export function validateEntry(input: unknown): Entry {
  const raw = dropNulls(input) as Record<string, unknown> | undefined;
  if (raw && typeof raw.code === "string") raw.code = parseCodeArg(raw.code, "input.code").hex;
  const result = entrySchema.safeParse(raw);
  if (!result.success) {
    const fields = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    const message = describeIssues(result.error, [raw]).replace(/^entry \S+ \(#1\): /gm, "");
    throw new AppError("BAD_USER_INPUT", `The entry is not valid:\n${message}`, { fields });
  }
  return result.data;
}

async function claimVersion(tx: Tx, code: string, expectedVersion: number) {
  const bumped = await tx.errorCode.updateMany({
    where: { code, version: expectedVersion },
    data: { version: { increment: 1 } },
  });
  if (bumped.count === 1) return expectedVersion + 1;
  const current = await tx.errorCode.findUnique({ where: { code }, select: { version: true } });
  if (!current) throw new AppError("NOT_FOUND", `${code} is not in the knowledge base.`);
  throw new AppError(
    "CONFLICT",
    `${code} was saved by someone else since you opened it (your version ${expectedVersion}, now ${current.version}). Reload it, then apply your changes again.`,
    { currentVersion: current.version, expectedVersion },
  );
}

async function record(tx: Tx, code: string, version: number, viewer: Viewer, summary: string | null) {
  const [row] = await readEntryGraphs(tx, { codes: [code] });
  if (!row) throw new Error(`${code} vanished inside its own save`);
  await tx.revision.create({
    data: {
      errorCodeId: row.id,
      version,
      snapshot: toEntry(row),
      summary,
      authorId: viewer.user?.id ?? null,
    },
  });
  return code;
}

/** A translator may change French texts only: everything else must stay as it is. */
function checkTranslatorChanges(viewer: Viewer, before: Entry, after: Entry) {
  if (viewer.permissions.has("write:content")) return;
  demand(viewer, "write:translation");
  const strip = (e: Entry) =>
    JSON.stringify({
      ...e,
      status: undefined,
      version: undefined,
      fr: undefined,
      causes: e.causes.map((c) => c.en),
      resolutions: e.resolutions.map((r) => ({
        ...r,
        fr: undefined,
        steps: r.steps?.map((s) => ("command" in s ? s : s.en)),
      })),
      references: e.references.map((r) => ({ ...r, fr: undefined })),
    });
  if (strip(before) !== strip(after)) {
    throw new AppError(
      "FORBIDDEN",
      "Translators may change French texts only; this save changes something else.",
    );
  }
}

export async function createErrorCode(
  db: PrismaClient,
  viewer: Viewer,
  input: unknown,
  summary?: string | null,
) {
  demand(viewer, "write:content");
  const entry = validateEntry(input);
  return db.$transaction(async (tx) => {
    if (await tx.errorCode.findUnique({ where: { code: entry.code }, select: { id: true } })) {
      throw new AppError("CONFLICT", `${entry.code} exists already: open it and save a new version instead.`);
    }
    await writeEntry(tx, entry, { status: "DRAFT", version: 1 });
    return record(tx, entry.code, 1, viewer, summary ?? "Created");
  }, TX);
}

export async function updateErrorCode(
  db: PrismaClient,
  viewer: Viewer,
  code: string,
  expectedVersion: number,
  input: unknown,
  summary?: string | null,
) {
  demand(viewer, "write:translation");
  const hex = await codeOf(db, code);
  const entry = validateEntry(input);
  if (entry.code !== hex)
    throw new AppError("BAD_USER_INPUT", "input.code must be the code being saved; codes cannot be renamed.");
  return db.$transaction(async (tx) => {
    const version = await claimVersion(tx, hex, expectedVersion);
    const before = (await readEntry(tx, hex))!;
    checkTranslatorChanges(viewer, before, entry);
    await writeEntry(tx, entry, { status: before.status, version });
    return record(tx, hex, version, viewer, summary ?? null);
  }, TX);
}

const TRANSITIONS: Record<"publish" | "unpublish" | "archive", { to: EntryStatus; label: string }> = {
  publish: { to: "PUBLISHED", label: "Published" },
  unpublish: { to: "DRAFT", label: "Unpublished" },
  archive: { to: "ARCHIVED", label: "Archived" },
};

export async function changeStatus(
  db: PrismaClient,
  viewer: Viewer,
  code: string,
  action: keyof typeof TRANSITIONS,
  expectedVersion: number,
) {
  demand(viewer, "publish");
  const hex = await codeOf(db, code);
  const { to, label } = TRANSITIONS[action];
  return db.$transaction(async (tx) => {
    const version = await claimVersion(tx, hex, expectedVersion);
    await tx.errorCode.update({
      where: { code: hex },
      data: { status: to, ...(to === "PUBLISHED" && { publishedAt: new Date() }) },
    });
    return record(tx, hex, version, viewer, label);
  }, TX);
}

export async function restoreRevision(
  db: PrismaClient,
  viewer: Viewer,
  code: string,
  revision: number,
  expectedVersion: number,
) {
  demand(viewer, "write:content");
  const hex = await codeOf(db, code);
  return db.$transaction(async (tx) => {
    const old = await tx.revision.findFirst({ where: { version: revision, errorCode: { code: hex } } });
    if (!old) throw new AppError("NOT_FOUND", `${hex} has no revision ${revision}.`);
    const version = await claimVersion(tx, hex, expectedVersion);
    const current = (await readEntry(tx, hex))!;
    await writeEntry(
      tx,
      { ...validateEntry(old.snapshot), status: current.status },
      { status: current.status, version },
    );
    return record(tx, hex, version, viewer, `Restored revision ${revision}`);
  }, TX);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Editorial arguments name an entry by its id or by any form of its code. */
export async function codeOf(db: PrismaClient, id: string): Promise<string> {
  if (!UUID.test(id)) return parseCodeArg(id, "id").hex;
  const row = await db.errorCode.findUnique({ where: { id }, select: { code: true } });
  if (!row) throw new AppError("NOT_FOUND", `No entry with id ${id}.`);
  return row.code;
}

/** The entry as an editor opens it: state, version to send back, bilingual source. */
export async function getEditable(db: PrismaClient, viewer: Viewer, id: string) {
  demand(viewer, "read:drafts");
  const code = await codeOf(db, id);
  const [row] = await readEntryGraphs(db, { codes: [code] });
  return row ? { ...row, source: toEntry(row) } : null;
}
