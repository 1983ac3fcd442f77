// Saves of the working draft, with optimistic concurrency: every save names the version it started
// from, and everything (texts, lists, revision) is written in one transaction or not at all. A save
// never changes what readers see; publishing does (editor/publishing.service.ts).
import {
  allSteps,
  entryHash,
  lockEntry,
  readEntryGraphs,
  toEntry,
  writeEntry,
  type Entry,
  type LockedEntry,
  type PrismaClient,
  type Tx,
} from "@kb/db";
import { AppError } from "../errors.ts";
import { keepOmittedFields } from "./editor/omitted-fields.ts";
import { validateEntry } from "./editor/validate-entry.ts";
import { parseCodeArg } from "./code-arg.ts";
import { demand, type Viewer } from "./visibility.ts";

export { validateEntry };
export const TX = { timeout: 30_000, maxWait: 10_000 };

/** The entry, locked for this transaction; CONFLICT when someone saved since `expectedVersion`. */
export async function claim(tx: Tx, code: string, expectedVersion: number): Promise<LockedEntry> {
  const row = await lockEntry(tx, code);
  if (!row) throw new AppError("NOT_FOUND", `${code} is not in the knowledge base.`);
  if (row.version !== expectedVersion) {
    throw new AppError(
      "CONFLICT",
      `${code} was saved by someone else since you opened it (your version ${expectedVersion}, now ${row.version}). Reload it, then apply your changes again.`,
      { currentVersion: row.version, expectedVersion },
    );
  }
  return row;
}

/** Records the entry as it now is under `version`. */
export async function record(
  tx: Tx,
  code: string,
  version: number,
  viewer: Viewer,
  summary: string | null,
  published = false,
) {
  const [row] = await readEntryGraphs(tx, { codes: [code] });
  if (!row) throw new Error(`${code} vanished inside its own save`);
  await tx.revision.create({
    data: {
      errorCodeId: row.id,
      version,
      snapshot: toEntry(row),
      summary,
      published,
      authorId: viewer.user?.id ?? null,
    },
  });
  return code;
}

type Item = { id?: string | undefined };
const itemsOf = (e: Entry): Item[] => [
  ...e.causes,
  ...e.resolutions.flatMap((r): Item[] => [r, ...allSteps(r.steps)]),
  ...e.references,
];

/** Everything of an entry but its French texts: what a translator must leave as it is. */
const structure = (e: Entry) =>
  JSON.stringify({
    activationTypes: e.activationTypes,
    en: e.en,
    causes: e.causes.map((c) => [c.id, c.en]),
    resolutions: e.resolutions.map((r) => [
      r.id,
      r.en,
      r.activationType,
      r.stepsMode ?? "SEQUENCE",
      r.steps?.map((s) =>
        "command" in s
          ? [s.id, s.command]
          : [
              s.id,
              s.kind ?? "TEXT",
              s.en,
              s.steps?.map((sub) =>
                "command" in sub ? [sub.id, sub.command] : [sub.id, sub.kind ?? "TEXT", sub.en],
              ),
            ],
      ),
    ]),
    references: e.references.map((r) => [r.id, r.kind ?? "SEE_ALSO", r.en, r.url]),
  });

/**
 * A save whose items carry no ids at all comes from a client that does not know them (one written before
 * items had ids): its items are the ones at the same places, as they were then. Otherwise an item without
 * an id is a new one.
 */
function adoptIds(before: Entry, after: Entry): Entry {
  const next = structuredClone(after);
  const mine = itemsOf(next);
  if (mine.some((i) => i.id)) return next;
  const place = (list: Item[], k: number) => list[k]?.id;
  next.causes.forEach((c, k) => (c.id = place(before.causes, k)));
  next.resolutions.forEach((r, k) => {
    const old = before.resolutions[k];
    r.id = old?.id;
    r.steps?.forEach((s, j) => {
      const was = old?.steps?.[j];
      s.id = was?.id;
      if ("steps" in s)
        s.steps?.forEach((sub, k) => (sub.id = was && "steps" in was ? was.steps?.[k]?.id : undefined));
    });
  });
  next.references.forEach((r, k) => (r.id = place(before.references, k)));
  return next;
}

/** A translator may change French texts only. */
function checkTranslatorChanges(viewer: Viewer, before: Entry, next: Entry): Entry {
  if (viewer.permissions.has("write:content")) return next;
  demand(viewer, "write:translation");
  if (structure(before) !== structure(next)) {
    throw new AppError(
      "FORBIDDEN",
      "Translators may change French texts only; this save changes something else.",
    );
  }
  return next;
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

/** Saves the working draft. A save that changes nothing keeps the version (and writes nothing). */
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
  const parsed = validateEntry(input);
  if (parsed.code !== hex)
    throw new AppError("BAD_USER_INPUT", "input.code must be the code being saved; codes cannot be renamed.");
  return db.$transaction(async (tx) => {
    const row = await claim(tx, hex, expectedVersion);
    const [graph] = await readEntryGraphs(tx, { codes: [hex] });
    const before = toEntry(graph!);
    const entry = checkTranslatorChanges(viewer, before, keepOmittedFields(before, adoptIds(before, parsed)));
    if (entryHash(before) === entryHash(entry) && sameIds(before, entry)) return hex;
    const version = row.version + 1;
    await writeEntry(tx, entry, { status: row.status, version, publish: false, before: graph! });
    return record(tx, hex, version, viewer, summary ?? null);
  }, TX);
}

/** Same items in the same places (items sent without ids count as the ones already there). */
function sameIds(before: Entry, after: Entry): boolean {
  const a = itemsOf(before);
  return itemsOf(after).every((item, k) => !item.id || item.id === a[k]?.id);
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
    const row = await claim(tx, hex, expectedVersion);
    const version = row.version + 1;
    await writeEntry(tx, validateEntry({ ...(old.snapshot as object), status: row.status }), {
      status: row.status,
      version,
      publish: false,
    });
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

/** The entry as an editor opens it: its working draft, version to send back, and publication state. */
export async function getEditable(db: PrismaClient, viewer: Viewer, id: string) {
  demand(viewer, "read:drafts");
  const code = await codeOf(db, id);
  // The draft and its review request side by side (two connections on a server), not one after the other.
  const [[row], review] = await Promise.all([
    readEntryGraphs(db, { codes: [code] }),
    db.errorCode.findUnique({
      where: { code },
      select: { reviewRequestedAt: true, reviewRequestedBy: { select: { name: true } } },
    }),
  ]);
  if (!row) return null;
  return {
    ...row,
    source: toEntry(row),
    hasUnpublishedChanges: row.publishedVersion === null || row.version > row.publishedVersion,
    reviewRequestedAt: review?.reviewRequestedAt ?? null,
    reviewRequestedBy: review?.reviewRequestedBy?.name ?? null,
  };
}

export type Editable = NonNullable<Awaited<ReturnType<typeof getEditable>>>;
