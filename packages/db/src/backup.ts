// Backups. On a PostgreSQL server: pg_dump's custom format, restored with pg_restore (everything:
// content, revisions, accounts). On the embedded database: a JSON export of the content in the entry
// format (the seed file's), restored by writing each entry back in one transaction.
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import { describeIssues, entriesSchema } from "./entries/entry-schema.ts";
import { readEntries } from "./entries/read-entry.ts";
import { writeEntry } from "./entries/write-entry.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";

const run = promisify(execFile);

export async function exportContent(prisma: PrismaClient): Promise<string> {
  return `${JSON.stringify({ entries: await readEntries(prisma) }, null, 2)}\n`;
}

/** Writes every entry of a JSON export into the database, keeping status and version; all or nothing. */
export async function importContent(prisma: PrismaClient, text: string): Promise<number> {
  const list = (JSON.parse(text) as { entries?: unknown }).entries;
  const parsed = entriesSchema.safeParse(list);
  if (!parsed.success) throw new Error(`The backup is not valid:\n${describeIssues(parsed.error, list)}`);
  await prisma.$transaction(
    async (tx) => {
      for (const entry of parsed.data) {
        await writeEntry(tx, entry, { status: entry.status ?? "DRAFT", version: entry.version ?? 1 });
      }
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
  return parsed.data.length;
}

export async function backup(prisma: PrismaClient, url: string | undefined, file: string): Promise<void> {
  if (url) await run("pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, url]);
  else await writeFile(file, await exportContent(prisma));
}

export async function restore(prisma: PrismaClient, url: string | undefined, file: string): Promise<void> {
  if (url)
    await run("pg_restore", [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--single-transaction",
      `--dbname=${url}`,
      file,
    ]);
  else await importContent(prisma, await readFile(file, "utf8"));
}
