// npm run db:setup | db:migrate | db:migration:create -- <name> | db:status | db:reset | db:seed
import path from "node:path";
import { createDb } from "./client.ts";
import { readDbEnv } from "./env.ts";
import { applyMigrations, createMigration, migrationStatus, resetDatabase } from "./migrate/migrations.ts";
import { seed, type SeedReport } from "./seed/seed.ts";
import { backup, restore } from "./backup.ts";

const defaultBackupFile = (kind: string) =>
  `kb-backup-${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}.${kind === "pglite" ? "json" : "dump"}`;

const [command, ...args] = process.argv.slice(2);
const env = readDbEnv();
const db = createDb({ url: env.DATABASE_URL, dataDir: env.KB_DATA_DIR });
const where =
  db.kind === "pglite" ? `embedded database (${env.KB_DATA_DIR ?? ".data/pglite"})` : "PostgreSQL server";

const printSeed = (r: SeedReport) =>
  console.log(
    `seed: ${r.created.length} created, ${r.updated.length} updated, ${r.unchanged.length} unchanged` +
      (r.keptEdited.length ? `, ${r.keptEdited.length} kept as edited (${r.keptEdited.join(", ")})` : ""),
  );
const printApplied = (names: string[]) =>
  console.log(
    names.length ? `applied ${names.length} migration(s): ${names.join(", ")}` : "migrations: up to date",
  );

async function main() {
  switch (command) {
    case "migrate":
      return printApplied(await applyMigrations(db.adapter));
    case "setup":
      printApplied(await applyMigrations(db.adapter));
      printSeed(await seed(db.prisma));
      return printCounts();
    case "seed":
      return printSeed(await seed(db.prisma));
    case "reset":
      printApplied(await resetDatabase(db.adapter));
      return printSeed(await seed(db.prisma));
    case "status": {
      const s = await migrationStatus((sql) => db.prisma.$queryRawUnsafe(sql));
      console.log(
        `${where}\napplied: ${s.applied.join(", ") || "none"}\npending: ${s.pending.join(", ") || "none"}`,
      );
      if (s.failed.length) console.log(`failed: ${s.failed.join(", ")}`);
      return printCounts();
    }
    case "backup": {
      const file = path.resolve(env.INIT_CWD ?? ".", args[0] ?? defaultBackupFile(db.kind));
      await backup(db.prisma, env.DATABASE_URL, file);
      return console.log(`backed up the ${where} to ${file}`);
    }
    case "restore": {
      const file = args[0] && path.resolve(env.INIT_CWD ?? ".", args[0]);
      if (!file)
        throw new Error("Usage: npm run db:restore -- <file> (a .dump from the server or a .json export)");
      if (!env.DATABASE_URL) await applyMigrations(db.adapter);
      await restore(db.prisma, env.DATABASE_URL, file);
      console.log(`restored ${file} into the ${where}`);
      return printCounts();
    }
    case "create": {
      const name = args[0];
      if (!name) throw new Error("Usage: npm run db:migration:create -- <name>");
      const dir = await createMigration(db.adapter, name);
      return console.log(
        dir ? `wrote ${dir}/migration.sql` : "schema and migrations agree: nothing to write",
      );
    }
    default:
      throw new Error(
        `Unknown command "${command ?? ""}": expected setup, migrate, create, status, reset or seed.`,
      );
  }
}

async function printCounts() {
  const codes = await db.prisma.errorCode.count().catch(() => 0);
  const byLocale = await db.prisma.errorCodeTranslation
    .groupBy({ by: ["locale"], _count: true })
    .catch(() => []);
  const texts = byLocale.map((g) => `${g._count} ${g.locale}`).join(", ");
  console.log(`${where}: ${codes} error codes${texts ? ` (texts: ${texts})` : ""}`);
}

main()
  .catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  })
  .finally(() => db.close());
