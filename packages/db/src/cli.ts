// npm run db:setup | db:migrate | db:migration:create -- <name> | db:status | db:reset | db:seed |
// db:backup -- [file] | db:restore -- <file>
import path from "node:path";
import { createDb, type Db } from "./client.ts";
import { readDbEnv } from "./env.ts";
import { applyMigrations, createMigration, migrationStatus, resetDatabase } from "./migrate/migrations.ts";
import { seed, type SeedReport } from "./seed/seed.ts";
import { backup, restore } from "./backup.ts";

const defaultBackupFile = (server: boolean) =>
  `kb-backup-${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}.${server ? "dump" : "tar.gz"}`;

const [command, ...args] = process.argv.slice(2);
const env = readDbEnv();
const target = { url: env.DATABASE_URL, dataDir: env.KB_DATA_DIR };
// Opened on first use: a backup or restore of the embedded database must find it closed (PGlite is one
// process's), and opens it itself.
let opened: Db | undefined;
const open = () => (opened ??= createDb(target));
const where = env.DATABASE_URL
  ? "PostgreSQL server"
  : `embedded database (${env.KB_DATA_DIR ?? ".data/pglite"})`;

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
      return printApplied(await applyMigrations(open().adapter));
    case "setup":
      printApplied(await applyMigrations(open().adapter));
      printSeed(await seed(open().prisma));
      return printCounts();
    case "seed":
      return printSeed(await seed(open().prisma));
    case "reset":
      printApplied(await resetDatabase(open().adapter));
      return printSeed(await seed(open().prisma));
    case "status": {
      const s = await migrationStatus((sql) => open().prisma.$queryRawUnsafe(sql));
      console.log(
        `${where}\napplied: ${s.applied.join(", ") || "none"}\npending: ${s.pending.join(", ") || "none"}`,
      );
      if (s.failed.length) console.log(`failed: ${s.failed.join(", ")}`);
      return printCounts();
    }
    case "backup": {
      const file = path.resolve(env.INIT_CWD ?? ".", args[0] ?? defaultBackupFile(Boolean(env.DATABASE_URL)));
      const format = await backup(target, file);
      return console.log(`backed up the ${where} to ${file} (${format}, every table)`);
    }
    case "restore": {
      const file = args[0] && path.resolve(env.INIT_CWD ?? ".", args[0]);
      if (!file)
        throw new Error(
          "Usage: npm run db:restore -- <file> (a .dump from the server, a .tar.gz of the embedded database, or a .json export)",
        );
      const format = await restore(target, file);
      console.log(`restored ${file} (${format}) into the ${where}`);
      // A backup of an older schema is brought up to date.
      printApplied(await applyMigrations(open().adapter));
      return printCounts();
    }
    case "create": {
      const name = args[0];
      if (!name) throw new Error("Usage: npm run db:migration:create -- <name>");
      const dir = await createMigration(open().adapter, name);
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
  const codes = await open()
    .prisma.errorCode.count()
    .catch(() => 0);
  const byLocale = await open()
    .prisma.errorCodeTranslation.groupBy({ by: ["locale"], _count: true })
    .catch(() => []);
  const texts = byLocale.map((g) => `${g._count} ${g.locale}`).join(", ");
  console.log(`${where}: ${codes} error codes${texts ? ` (texts: ${texts})` : ""}`);
}

main()
  .catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  })
  .finally(() => opened?.close());
