// Export all or some entries (JSON in the seed file's format with item ids and translation sources, or
// XLIFF 2.0 for translators), and import them back: the whole file is validated first, a dry run only
// reports, an apply writes everything in one transaction or nothing. Imports write working drafts: what
// readers see changes only by publishing, except entries an import creates as published (a knowledge
// base moved into a new database), which an importer who may publish publishes at once.
import {
  describeIssues,
  entriesSchema,
  enqueueContentEvent,
  entryHash,
  lockEntry,
  STATUS_EVENTS,
  readEntries,
  readEntry,
  writeEntry,
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
    const out: Entry[] = [];
    for (const [code, targets] of files) {
      const entry = await readEntry(db, code);
      if (!entry)
        throw new AppError("BAD_USER_INPUT", `XLIFF file ${code} is not an entry of the knowledge base.`);
      out.push(applyTargets(entry, targets));
    }
    return out;
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
  const current = await readEntries(db, { codes: entries.map((e) => e.code) });
  for (const entry of entries) {
    const now = current.find((c) => c.code === entry.code);
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
  const changedMeanwhile = (code: string) =>
    new AppError("CONFLICT", `Nothing was imported: ${code} was saved by someone else during the import.`, {
      conflicts: [code],
    });
  await db
    .$transaction(
      async (tx) => {
        for (const { entry, version, seen } of plan) {
          const v = version ?? 1;
          // The entry as planned, locked until the import commits: a save in between is a conflict.
          const row = await lockEntry(tx, entry.code);
          if ((row?.version ?? null) !== seen) throw changedMeanwhile(entry.code);
          const publish = seen === null && entry.status === "PUBLISHED" && viewer.permissions.has("publish");
          const status =
            seen === null
              ? publish
                ? "PUBLISHED"
                : entry.status === "ARCHIVED"
                  ? "ARCHIVED"
                  : "DRAFT"
              : entry.status;
          const id = await writeEntry(tx, entry, { status, version: v, publish });
          if (publish) {
            await enqueueContentEvent(tx, {
              type: STATUS_EVENTS.PUBLISHED,
              code: entry.code,
              status: "PUBLISHED",
              version: v,
            });
          }
          const snapshot = (await readEntry(tx, entry.code))!;
          await tx.revision.create({
            data: {
              errorCodeId: id,
              version: v,
              snapshot,
              summary: `Imported (${format})`,
              published: publish,
              authorId: viewer.user?.id ?? null,
            },
          });
        }
      },
      { timeout: 120_000, maxWait: 10_000 },
    )
    .catch((error: unknown) => {
      // Two imports creating the same code at once: the second meets the first's row.
      if ((error as { code?: string }).code === "P2002") throw changedMeanwhile(report.created.join(", "));
      throw error;
    });
  return report;
}
