// Backup and restore of the whole database, as `npm run db:backup` / `db:restore` do it: every table comes
// back as it was, and a backup made by a newer schema is refused with nothing changed. On the embedded
// database (a PGlite directory on disk) by default, with pg_dump/pg_restore when DATABASE_URL is set.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backup, restore, RestoreRefused, type BackupTarget } from "./backup.ts";
import { createDb, type Db } from "./client.ts";
import { readEntry } from "./entries/read-entry.ts";
import { writeEntry } from "./entries/write-entry.ts";
import { readDbEnv } from "./env.ts";
import { applyMigrations } from "./migrate/migrations.ts";
import { seed } from "./seed/seed.ts";
import { createTestDb, type TestDb } from "./testing/test-db.ts";
import { enqueueTestEvent } from "./webhooks/webhook-outbox.ts";

const server = Boolean(readDbEnv().DATABASE_URL);
const dir = mkdtempSync(path.join(tmpdir(), "kb-backup-"));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

/** A migrated, seeded database to back up: a new one on the server, or a PGlite directory on disk. */
let sources = 0;
async function makeSource(): Promise<{ target: BackupTarget; open: () => Promise<Db> }> {
  if (server) {
    const db: TestDb = await createTestDb({ seed: true });
    cleanups.push(() => db.close());
    return { target: { url: db.url }, open: async () => ({ ...db, close: async () => {} }) };
  }
  const dataDir = path.join(dir, `pglite-${++sources}`);
  const db = createDb({ dataDir });
  await applyMigrations(db.adapter);
  await seed(db.prisma);
  await db.close();
  return { target: { dataDir }, open: async () => createDb({ dataDir }) };
}

/** Something in every kind of table: accounts, sessions, tokens, feedback, webhooks and their outbox,
 * the backlog, presence, throttles, an edited draft and its revision (published documents, search and
 * the rest come from the seed). */
async function fill(db: Db) {
  const user = await db.prisma.user.create({
    data: { email: "editor@kb.test", name: "Editor", role: "EDITOR", passwordHash: "$argon2id$x" },
  });
  await db.prisma.session.create({
    data: { userId: user.id, tokenHash: "s".repeat(64), expiresAt: new Date(Date.now() + 86_400_000) },
  });
  await db.prisma.apiToken.create({
    data: { name: "ci", tokenHash: "t".repeat(64), scopes: ["read:drafts"], createdById: user.id },
  });
  const code = await db.prisma.errorCode.findUniqueOrThrow({ where: { code: "0xC004F074" } });
  await db.prisma.feedback.create({
    data: { errorCodeId: code.id, code: code.code, locale: "FR", helpful: false, comment: "Pas clair" },
  });
  const webhook = await db.prisma.webhook.create({
    data: { url: "https://hooks.example.com/kb", events: ["ENTRY_PUBLISHED"], secret: "whsec_eA==" },
  });
  await enqueueTestEvent(db.prisma, webhook.id);
  await db.prisma.unknownLookup.create({ data: { code: "0xC004F0FF", count: 3, readers: 2 } });
  await db.prisma.unknownLookupReader.create({ data: { code: "0xC004F0FF", readerHash: "h1" } });
  await db.prisma.readerSalt.create({ data: { day: "2026-11-26", salt: "salt" } });
  await db.prisma.entryPresence.create({ data: { errorCodeId: code.id, userId: user.id } });
  await db.prisma.rateCounter.create({
    data: { key: "login:account:editor@kb.test", count: 2, resetAt: new Date(Date.now() + 60_000) },
  });
  const entry = (await readEntry(db.prisma, "0xC004F074"))!;
  entry.fr!.title = "Titre modifié avant la sauvegarde";
  await db.prisma.$transaction(async (tx) => {
    await writeEntry(tx, entry, { status: "PUBLISHED", version: 2, publish: false });
    await tx.revision.create({
      data: { errorCodeId: code.id, version: 2, snapshot: entry, summary: "edited", authorId: user.id },
    });
  });
}

/** Every table of the schema: its row count and a hash of its rows. */
async function digest(db: Db): Promise<Record<string, { rows: number; hash: string }>> {
  const tables = await db.prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const out: Record<string, { rows: number; hash: string }> = {};
  for (const { name } of tables) {
    const [row] = await db.prisma.$queryRawUnsafe<{ rows: number; hash: string }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash
       FROM "${name}" t`,
    );
    out[name] = row!;
  }
  return out;
}

async function change(db: Db) {
  await db.prisma.user.deleteMany({ where: { email: "editor@kb.test" } });
  await db.prisma.feedback.create({ data: { code: "0xC004F074", locale: "EN", helpful: true } });
  await db.prisma.errorCode.delete({ where: { code: "0x80070005" } });
}

describe(`backup and restore of every table (${server ? "pg_dump/pg_restore" : "PGlite data directory"})`, () => {
  it("gives every table back as it was at the backup", async () => {
    const { target, open } = await makeSource();
    let db = await open();
    await fill(db);
    const before = await digest(db);
    for (const table of ["User", "Session", "ApiToken", "Revision", "Feedback", "Webhook", "WebhookDelivery"])
      expect(before[table]!.rows, table).toBeGreaterThan(0);
    for (const table of ["UnknownLookup", "PublishedEntry", "SearchDocument", "EntryPresence", "RateCounter"])
      expect(before[table]!.rows, table).toBeGreaterThan(0);
    const file = path.join(dir, server ? "kb.dump" : "kb.tar.gz");
    if (!server) {
      // PGlite is one process's: a backup of a database open elsewhere is refused.
      await expect(backup(target, file)).rejects.toThrow(/stop the API first/);
      await db.close();
    }
    await backup(target, file);

    db = await open();
    await change(db);
    expect(await digest(db)).not.toEqual(before);
    if (!server) await db.close();
    expect(await restore(target, file)).toBe(server ? "pg_dump" : "data directory");
    db = await open();
    const after = await digest(db);
    if (!server) {
      // Throttle windows live in an UNLOGGED table, which PostgreSQL empties when it starts from a copy of
      // a running database (as after a crash): a restore gives every throttle a fresh window.
      expect(after.RateCounter!.rows).toBe(0);
      after.RateCounter = before.RateCounter!;
    }
    expect(after).toEqual(before);
    expect((await readEntry(db.prisma, "0xC004F074"))!.fr!.title).toBe("Titre modifié avant la sauvegarde");
    if (!server) {
      await db.close();
      expect(readdirSync(dir).filter((f) => f.includes(".restoring-") || f.includes(".replaced-"))).toEqual(
        [],
      );
    }
  }, 300_000);

  it("refuses a backup made by a newer schema, changing nothing", async () => {
    const { target, open } = await makeSource();
    let db = await open();
    const newer = "29991231000000_from_a_newer_version";
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES (gen_random_uuid()::text, 'x', $1, now(), now(), 1)`,
      newer,
    );
    if (!server) await db.close();
    const file = path.join(dir, server ? "newer.dump" : "newer.tar.gz");
    await backup(target, file);

    db = await open();
    await db.prisma.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE migration_name = $1`, newer);
    await change(db);
    const before = await digest(db);
    if (!server) await db.close();
    const refused = await restore(target, file).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RestoreRefused);
    expect((refused as Error).message).toContain(`newer version`);
    expect((refused as Error).message).toContain(newer);
    expect((refused as Error).message).toContain("Nothing was restored");
    db = await open();
    expect(await digest(db)).toEqual(before);
    if (!server) {
      await db.close();
      expect(existsSync(target.dataDir!)).toBe(true);
      expect(readdirSync(dir).filter((f) => f.includes(".restoring-"))).toEqual([]);
    }
  }, 300_000);

  it("refuses a backup of the other engine and a file that is no backup", async () => {
    const notBackup = path.join(dir, "notes.txt");
    await import("node:fs/promises").then((fs) => fs.writeFile(notBackup, "hello"));
    await expect(restore({ dataDir: path.join(dir, "unused") }, notBackup)).rejects.toThrow(/not a backup/);
    const file = path.join(dir, server ? "kb.dump" : "kb.tar.gz");
    if (existsSync(file))
      await expect(
        restore(server ? { dataDir: path.join(dir, "unused") } : { url: "postgres://127.0.0.1:1/x" }, file),
      ).rejects.toThrow(server ? /set DATABASE_URL/ : /restore it without DATABASE_URL/);
  });
});
