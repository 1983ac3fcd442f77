// Backups of the whole database, every table (content, drafts, revisions, accounts, sessions, tokens,
// feedback, webhooks and their outbox, the backlog, published documents, search). On a PostgreSQL server:
// pg_dump's custom format, restored with pg_restore in one transaction. On the embedded database: PGlite's
// data directory as a gzipped tar (dumpDataDir), restored into a new directory that replaces the old one
// once it has opened and passed the checks. A restore refuses, before changing anything, a backup whose
// applied migrations include one this build does not know (a backup of a newer schema). JSON exports of
// the content (what the embedded backup was before) are still restored, content only.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { createDb, resolveDataDir } from "./client.ts";
import { describeIssues, entriesSchema } from "./entries/entry-schema.ts";
import { readEntries } from "./entries/read-entry.ts";
import { writeEntries } from "./entries/write-entry.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";
import { applyMigrations, loadMigrations } from "./migrate/migrations.ts";
import { openPglite } from "./pglite.ts";

const run = promisify(execFile);

/** The database a backup is taken from or restored into: a server by URL, else the embedded one. */
export interface BackupTarget {
  url?: string | undefined;
  /** The embedded database's directory (default .data/pglite). */
  dataDir?: string | undefined;
}

export type BackupFormat = "pg_dump" | "data directory" | "JSON export";

/** A restore refused before anything was changed (a newer schema, the wrong engine, a database in use). */
export class RestoreRefused extends Error {}

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
      for (let i = 0; i < parsed.data.length; i += 500) {
        await writeEntries(
          tx,
          parsed.data
            .slice(i, i + 500)
            .map((entry) => ({ entry, status: entry.status ?? "DRAFT", version: entry.version ?? 1 })),
        );
      }
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
  return parsed.data.length;
}

/** Backs the whole database up into `file` (written under another name, then renamed into place). */
export async function backup(target: BackupTarget, file: string): Promise<BackupFormat> {
  const partial = `${file}.partial-${randomBytes(4).toString("hex")}`;
  try {
    if (target.url) {
      await run("pg_dump", ["--format=custom", "--no-owner", `--file=${partial}`, target.url]);
    } else {
      const dataDir = resolveDataDir(target.dataDir);
      refuseInUse(dataDir);
      const pglite = openPglite(dataDir);
      try {
        const tarball = await pglite.dumpDataDir("gzip");
        await writeFile(partial, Buffer.from(await tarball.arrayBuffer()));
      } finally {
        await pglite.close();
      }
    }
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  return target.url ? "pg_dump" : "data directory";
}

/**
 * Restores `file` into the target, replacing what it holds. Nothing is changed when the backup is of a
 * newer schema, of the other engine, or not a backup at all. Pending migrations are applied afterwards
 * by the caller (a backup of an older schema is brought up to date).
 */
export async function restore(target: BackupTarget, file: string): Promise<BackupFormat> {
  const bytes = await readFile(file);
  const format = formatOf(bytes);
  if (format === "JSON export") {
    const db = createDb({ url: target.url, dataDir: target.dataDir });
    try {
      await applyMigrations(db.adapter);
      await importContent(db.prisma, bytes.toString("utf8"));
    } finally {
      await db.close();
    }
    return format;
  }
  if (format === "pg_dump") {
    if (!target.url)
      throw new RestoreRefused(
        `${file} is a pg_dump of a PostgreSQL server: set DATABASE_URL to the server to restore it into.`,
      );
    await refuseNewer(file, await dumpedMigrations(file));
    await run("pg_restore", [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--single-transaction",
      `--dbname=${target.url}`,
      file,
    ]);
    return format;
  }
  if (target.url)
    throw new RestoreRefused(
      `${file} is a backup of the embedded database: restore it without DATABASE_URL (a server is restored from a pg_dump).`,
    );
  await restoreDataDir(resolveDataDir(target.dataDir), file, bytes);
  return format;
}

function formatOf(bytes: Buffer): BackupFormat {
  if (bytes.subarray(0, 5).toString("latin1") === "PGDMP") return "pg_dump";
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return "data directory";
  if (bytes.toString("utf8", 0, 64).trimStart().startsWith("{")) return "JSON export";
  throw new RestoreRefused(
    "This file is not a backup: expected a pg_dump (custom format), an embedded database's .tar.gz or a JSON export.",
  );
}

/** PGlite keeps postmaster.pid in its directory while it is open (and after a crash). */
function refuseInUse(dataDir: string) {
  if (existsSync(path.join(dataDir, "postmaster.pid")))
    throw new RestoreRefused(
      `The embedded database in ${dataDir} is open in another process (its postmaster.pid exists): stop the API first. ` +
        "If nothing uses it (the API crashed), start and stop it once, e.g. npm run db:status, to close it cleanly.",
    );
}

/** Refuses a backup whose applied migrations include one this build does not have. */
async function refuseNewer(file: string, applied: string[] | null): Promise<void> {
  if (applied === null)
    throw new RestoreRefused(`${file} holds no migrations table: it is not a backup of this knowledge base.`);
  const known = new Set((await loadMigrations()).migrationDirectories.map((d) => d.path));
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length)
    throw new RestoreRefused(
      `${file} was made by a newer version: its schema has migration(s) this build does not know ` +
        `(${unknown.join(", ")}). Nothing was restored; restore it with that version or a later one.`,
    );
}

/** The applied migrations recorded in a pg_dump, read from the dump alone (the database is not touched). */
async function dumpedMigrations(file: string): Promise<string[] | null> {
  const { stdout } = await run(
    "pg_restore",
    ["--data-only", "--table=_prisma_migrations", "--file=-", file],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const lines = stdout.split("\n");
  const start = lines.findIndex((l) => l.startsWith("COPY ") && l.includes("_prisma_migrations"));
  if (start < 0) return null;
  const columns = /\(([^)]*)\)/
    .exec(lines[start]!)![1]!
    .split(",")
    .map((c) => c.trim());
  const at = (name: string) => columns.indexOf(name);
  const names: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line === "\\.") break;
    const cells = line.split("\t");
    if (cells[at("finished_at")] !== "\\N" && cells[at("rolled_back_at")] === "\\N")
      names.push(cells[at("migration_name")]!);
  }
  return names;
}

/**
 * Unpacks the tarball into a new directory beside the database, opens it there and checks its
 * migrations; only then does the new directory take the old one's place (two renames). A refusal or a
 * failure leaves the old directory as it was.
 */
async function restoreDataDir(dataDir: string, file: string, tarball: Buffer): Promise<void> {
  if (existsSync(dataDir)) refuseInUse(dataDir);
  const suffix = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}-${randomBytes(3).toString("hex")}`;
  const incoming = `${dataDir}.restoring-${suffix}`;
  const replaced = `${dataDir}.replaced-${suffix}`;
  await mkdir(path.dirname(dataDir), { recursive: true });
  try {
    const pglite = openPglite(incoming, { loadDataDir: new Blob([new Uint8Array(tarball)]) });
    let applied: string[] | null;
    try {
      const table = await pglite.query<{ t: string | null }>(
        `SELECT to_regclass('_prisma_migrations')::text AS t`,
      );
      applied = table.rows[0]?.t
        ? (
            await pglite.query<{ migration_name: string }>(
              `SELECT migration_name FROM _prisma_migrations
               WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY started_at`,
            )
          ).rows.map((r) => r.migration_name)
        : null;
    } finally {
      await pglite.close();
    }
    await refuseNewer(file, applied);
    if (existsSync(dataDir)) await rename(dataDir, replaced);
    try {
      await rename(incoming, dataDir);
    } catch (error) {
      if (existsSync(replaced)) await rename(replaced, dataDir);
      throw error;
    }
    await rm(replaced, { recursive: true, force: true });
  } finally {
    await rm(incoming, { recursive: true, force: true });
  }
}
