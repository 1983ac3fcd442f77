// Prisma migration folders (prisma/migrations/<name>/migration.sql), applied and compared with the
// WebAssembly schema engine. The `_prisma_migrations` table is the one `prisma migrate deploy` keeps.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { repoRoot } from "../client.ts";
import { openSchemaEngine } from "./schema-engine.ts";

export const migrationsDir = path.join(repoRoot, "prisma", "migrations");
export const schemaPath = path.join(repoRoot, "prisma", "schema.prisma");
const noFilter = { externalTables: [], externalEnums: [] };

export async function loadMigrations(dir = migrationsDir): Promise<MigrationList> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: await readFile(path.join(dir, name, "migration.sql"), "utf8").then(
            (value) => ({ tag: "ok" as const, value }),
            (error: Error) => ({ tag: "error" as const, value: error.message }),
          ),
        },
      })),
    ),
  };
}

/** Applies pending migrations; a second run applies nothing. Returns the names applied. */
export async function applyMigrations(adapter: SqlDriverAdapterFactory): Promise<string[]> {
  const { engine, close } = await openSchemaEngine(adapter);
  try {
    const out = await engine.applyMigrations({ migrationsList: await loadMigrations(), filters: noFilter });
    return out.appliedMigrationNames;
  } finally {
    await close();
  }
}

/** Drops everything in the database, then applies every migration. */
export async function resetDatabase(adapter: SqlDriverAdapterFactory): Promise<string[]> {
  const { engine, close } = await openSchemaEngine(adapter);
  try {
    await engine.reset({ filter: noFilter });
    const out = await engine.applyMigrations({ migrationsList: await loadMigrations(), filters: noFilter });
    return out.appliedMigrationNames;
  } finally {
    await close();
  }
}

/** SQL that takes a database built by the migrations to the schema in schema.prisma ("" when they agree). */
export async function diffMigrationsToSchema(adapter: SqlDriverAdapterFactory): Promise<string> {
  const { engine, close } = await openSchemaEngine(adapter);
  try {
    const result = await engine.diff({
      from: { tag: "migrations", ...(await loadMigrations()) },
      to: {
        tag: "schemaDatamodel",
        files: [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }],
      },
      script: true,
      exitCode: null,
      filters: noFilter,
    });
    const sql = result.stdout ?? "";
    return sql.includes("empty migration") ? "" : sql.trim();
  } finally {
    await close();
  }
}

/** Writes a new migration folder from the schema diff; returns its path, or null when nothing changed. */
export async function createMigration(
  adapter: SqlDriverAdapterFactory,
  name: string,
): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`Migration name "${name}" is not valid: expected lower-case letters, digits and "_".`);
  }
  const sql = await diffMigrationsToSchema(adapter);
  if (!sql) return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), `${sql}\n`);
  return dir;
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  failed: string[];
}

export async function migrationStatus(query: (sql: string) => Promise<unknown[]>): Promise<MigrationStatus> {
  const list = await loadMigrations();
  const all = list.migrationDirectories.map((d) => d.path);
  let rows: { migration_name: string; finished_at: unknown; rolled_back_at: unknown }[] = [];
  try {
    rows = (await query(
      `SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    )) as typeof rows;
  } catch {
    // No migrations table yet: everything is pending.
  }
  const applied = rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
  const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
  return { applied, failed, pending: all.filter((n) => !applied.includes(n)) };
}
