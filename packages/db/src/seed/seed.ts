// Seeds the 30 entries of the article. Idempotent: an entry already as the file says is left alone,
// and an entry an editor changed since it was seeded is never overwritten (it is reported instead).
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { repoRoot } from "../client.ts";
import { entryHash } from "../entries/content-hash.ts";
import { completeEntriesSchema, describeIssues, type Entry } from "../entries/entry-schema.ts";
import { toEntry } from "../entries/read-entry.ts";
import { readEntryGraphs } from "../entries/read-graph.ts";
import { writeEntry, type Tx } from "../entries/write-entry.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";

export const seedFilePath = path.join(repoRoot, "prisma", "seed", "error-codes.json");

const seedFileSchema = z.object({
  source: z.string().optional(),
  corrections: z.array(z.record(z.string(), z.string())).optional(),
  entries: completeEntriesSchema,
});

export class SeedFileError extends Error {}

/** Parses and validates a seed file; every problem is reported with its entry and field. */
export function parseSeedFile(text: string, name = "seed file"): Entry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SeedFileError(`${name} is not valid JSON: ${(error as Error).message}`);
  }
  const result = seedFileSchema.safeParse(json);
  if (!result.success) {
    const entries = (json as { entries?: unknown }).entries;
    throw new SeedFileError(`${name} is not valid:\n${describeIssues(result.error, entries, ["entries"])}`);
  }
  return result.data.entries;
}

export function loadSeedFile(file = seedFilePath): Entry[] {
  return parseSeedFile(readFileSync(file, "utf8"), path.relative(repoRoot, file));
}

export interface SeedReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  /** Changed by an editor since the seed wrote them: left as the editor saved them. */
  keptEdited: string[];
}

export async function seed(prisma: PrismaClient, entries: Entry[] = loadSeedFile()): Promise<SeedReport> {
  const report: SeedReport = { created: [], updated: [], unchanged: [], keptEdited: [] };
  await prisma.$transaction(
    async (tx) => {
      for (const entry of entries) report[await seedOne(tx, entry)].push(entry.code);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return report;
}

async function seedOne(tx: Tx, entry: Entry): Promise<keyof SeedReport> {
  const hash = entryHash(entry);
  const [row] = await readEntryGraphs(tx, { codes: [entry.code] });
  if (!row) {
    const id = await writeEntry(tx, entry, {
      status: entry.status ?? "PUBLISHED",
      version: 1,
      seedHash: hash,
    });
    await tx.revision.create({
      data: {
        errorCodeId: id,
        version: 1,
        snapshot: await snapshot(tx, entry.code),
        summary: "Seeded from the article",
        published: true,
      },
    });
    return "created";
  }
  const current = entryHash(toEntry(row));
  if (current === hash) return "unchanged";
  if (current !== row.seedHash) return "keptEdited";
  const version = row.version + 1;
  await writeEntry(tx, entry, { status: row.status, version, seedHash: hash });
  await tx.revision.create({
    data: {
      errorCodeId: row.id,
      version,
      snapshot: await snapshot(tx, entry.code),
      summary: "Updated from the seed file",
    },
  });
  return "updated";
}

/** The entry as stored, item ids and translation sources included (what revisions keep). */
async function snapshot(tx: Tx, code: string) {
  const [row] = await readEntryGraphs(tx, { codes: [code] });
  return toEntry(row!);
}
