// Export all or some entries (JSON in the seed file's format with item ids and translation sources, or
// XLIFF 2.0 for translators), and import them back: the whole file is validated first, a dry run only
// reports, an apply writes everything in one transaction or nothing. Imports write working drafts: what
// readers see changes only by publishing, except entries an import creates as published (a knowledge
// base moved into a new database), which an importer who may publish publishes at once.
// The apply locks every entry it changes in one statement, then writes batches of entries with a fixed
// number of set-based statements each (writeEntries), so that 10,000 entries take seconds, not minutes.
import {
  analyzeEntryTables,
  describeIssues,
  entriesSchema,
  enqueueContentEvents,
  entryHash,
  lockEntries,
  STATUS_EVENTS,
  readEntries,
  recordRevisions,
  writeEntries,
  type ContentEvent,
  type Entry,
  type PrismaClient,
} from "@kb/db";
import { AppError } from "../errors.ts";
import { demand, visibleStatuses, type Viewer } from "./visibility.ts";
import { applyTargets, parseXliff, toXliff } from "./xliff.ts";

export type Format = "JSON" | "XLIFF";

export async function exportEntries(
  db: PrismaClient,
  viewer: Viewer,
  format: Format,
  codes?: string[] | null,
) {
  demand(viewer, "read:drafts");
  const entries = await readEntries(db, {
    statuses: visibleStatuses(viewer),
    ...(codes?.length && { codes }),
  });
  return format === "XLIFF" ? toXliff(entries) : `${JSON.stringify({ entries }, null, 2)}\n`;
}

export interface ImportReport {
  dryRun: boolean;
  created: string[];
  updated: string[];
  unchanged: string[];
  /** Entries changed in the base since the file was exported (their version differs). */
  conflicts: string[];
}

async function parseFile(db: PrismaClient, format: Format, content: string): Promise<Entry[]> {
  if (format === "XLIFF") {
    const files = parseXliff(content);
    const known = new Map((await readEntries(db, { codes: [...files.keys()] })).map((e) => [e.code, e]));
    const unknown = [...files.keys()].filter((code) => !known.has(code));
    if (unknown.length)
      throw new AppError(
        "BAD_USER_INPUT",
        `XLIFF file${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")} ${unknown.length > 1 ? "are not entries" : "is not an entry"} of the knowledge base.`,
      );
    return [...files].map(([code, targets]) => applyTargets(known.get(code)!, targets));
  }
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new AppError("BAD_USER_INPUT", `The file is not valid JSON: ${(error as Error).message}`);
  }
  const list = (json as { entries?: unknown })?.entries;
  const result = entriesSchema.safeParse(list);
  if (!result.success) {
    throw new AppError(
      "BAD_USER_INPUT",
      `The file is not valid (nothing was imported):\n${describeIssues(result.error, list)}`,
    );
  }
  return result.data;
}

export async function importEntries(
  db: PrismaClient,
  viewer: Viewer,
  format: Format,
  content: string,
  dryRun: boolean,
) {
  demand(viewer, format === "XLIFF" ? "write:translation" : "write:content");
  const entries = await parseFile(db, format, content);
  const report: ImportReport = { dryRun, created: [], updated: [], unchanged: [], conflicts: [] };
  const plan: { entry: Entry; version: number | null; seen: number | null }[] = [];
  const current = new Map(
    (await readEntries(db, { codes: entries.map((e) => e.code) })).map((e) => [e.code, e]),
  );
  for (const entry of entries) {
    const now = current.get(entry.code);
    if (!now) {
      report.created.push(entry.code);
      plan.push({ entry, version: null, seen: null });
    } else if (entryHash(now) === entryHash(entry) && (entry.status ?? now.status) === now.status) {
      report.unchanged.push(entry.code);
    } else if (entry.version !== undefined && entry.version !== now.version) {
      report.conflicts.push(entry.code);
    } else {
      report.updated.push(entry.code);
      plan.push({ entry: { ...entry, status: now.status }, version: now.version! + 1, seen: now.version! });
    }
  }
  if (dryRun) return report;
  if (report.conflicts.length) {
    throw new AppError(
      "CONFLICT",
      `Nothing was imported: ${report.conflicts.join(", ")} changed since the file was made.`,
      {
        conflicts: report.conflicts,
      },
    );
  }
  const changedMeanwhile = (codes: string[]) =>
    new AppError(
      "CONFLICT",
      `Nothing was imported: ${listed(codes)} ${codes.length > 1 ? "were" : "was"} saved by someone else during the import.`,
      { conflicts: codes },
    );
  const canPublish = viewer.permissions.has("publish");
  await db
    .$transaction(
      async (tx) => {
        // Every entry as planned, locked until the import commits: a save in between is a conflict.
        const locked = new Map(
          (
            await lockEntries(
              tx,
              plan.map((p) => p.entry.code),
            )
          ).map((row) => [row.code, row.version]),
        );
        const moved = plan.filter((p) => (locked.get(p.entry.code) ?? null) !== p.seen);
        if (moved.length) throw changedMeanwhile(moved.map((p) => p.entry.code));
        for (let start = 0, batches = 1; start < plan.length; start += IMPORT_BATCH, batches++) {
          const batch = plan.slice(start, start + IMPORT_BATCH).map(({ entry, version, seen }) => {
            const publish = seen === null && entry.status === "PUBLISHED" && canPublish;
            const status =
              seen === null
                ? publish
                  ? "PUBLISHED"
                  : entry.status === "ARCHIVED"
                    ? "ARCHIVED"
                    : "DRAFT"
                : entry.status;
            return { entry, status, version: version ?? 1, publish };
          });
          const ids = await writeEntries(tx, batch);
          const published = batch.filter((w) => w.publish);
          await enqueueContentEvents(
            tx,
            published.map((w): ContentEvent => ({
              type: STATUS_EVENTS.PUBLISHED,
              code: w.entry.code,
              status: "PUBLISHED",
              version: w.version,
            })),
          );
          await recordRevisions(
            tx,
            batch.map((w, k) => ({
              errorCodeId: ids[k]!,
              version: w.version,
              summary: `Imported (${format})`,
              published: w.publish,
              authorId: viewer.user?.id ?? null,
            })),
          );
          // The tables grow under the planner's feet: fresh statistics after 1, 2, 4, 8 … batches keep
          // every later batch on its indexes, at a logarithmic number of ANALYZEs.
          if (start + IMPORT_BATCH < plan.length && (batches & (batches - 1)) === 0)
            await analyzeEntryTables(tx);
        }
      },
      { timeout: 120_000, maxWait: 10_000 },
    )
    .catch(async (error: unknown) => {
      // Another import created some of the same codes meanwhile: the insert met its committed rows.
      if (isUniqueViolation(error)) {
        const taken = await db.errorCode.findMany({
          where: { code: { in: report.created } },
          select: { code: true },
          orderBy: { code: "asc" },
        });
        throw changedMeanwhile(taken.length ? taken.map((r) => r.code) : report.created);
      }
      throw error;
    });
  return report;
}

/** Codes for a message: the first ten, then how many more (the error's extensions list them all). */
const listed = (codes: string[]) =>
  codes.length > 10 ? `${codes.slice(0, 10).join(", ")} and ${codes.length - 10} more` : codes.join(", ");

/** Entries per batch of set-based statements: large enough that statements are few, small enough that
 * each one's JSON parameter stays around a megabyte. */
const IMPORT_BATCH = 500;

/** A unique index refused a row (Prisma's P2002, or a raw statement's 23505 through the driver adapter). */
function isUniqueViolation(error: unknown): boolean {
  const e = error as {
    code?: string;
    meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } };
  };
  const cause = e?.meta?.driverAdapterError?.cause;
  return (
    e?.code === "P2002" || cause?.kind === "UniqueConstraintViolation" || cause?.originalCode === "23505"
  );
}
