import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backup, exportContent, restore } from "./backup.ts";
import { writeEntry } from "./entries/write-entry.ts";
import { readEntry } from "./entries/read-entry.ts";
import { createTestDb, type TestDb } from "./testing/test-db.ts";

const dir = mkdtempSync(path.join(tmpdir(), "kb-backup-"));
const opened: TestDb[] = [];
afterAll(async () => {
  for (const db of opened) await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe(`backup and restore (${process.env.DATABASE_URL ? "pg_dump/pg_restore" : "JSON export"})`, () => {
  it("restore a backup into an empty database with content identical to the original's", async () => {
    const source = await createTestDb({ seed: true });
    opened.push(source);
    // Something that is not as seeded: a draft, an edited text, a newer version.
    const entry = (await readEntry(source.prisma, "0xC004F074"))!;
    entry.fr!.title = "Titre modifié avant la sauvegarde";
    await source.prisma.$transaction((tx) => writeEntry(tx, entry, { status: "DRAFT", version: 7 }));
    const before = await exportContent(source.prisma);
    const file = path.join(dir, process.env.DATABASE_URL ? "kb.dump" : "kb.json");
    await backup(source.prisma, source.url, file);

    const target = await createTestDb();
    opened.push(target);
    expect(await target.prisma.errorCode.count()).toBe(0);
    await restore(target.prisma, target.url, file);
    const after = await exportContent(target.prisma);
    expect(after).toBe(before);
    expect(JSON.parse(after).entries).toHaveLength(30);
    expect(after).toContain("Titre modifié avant la sauvegarde");
    // Two databases, a seed and a restore of every entry: minutes on a busy two-core machine.
  }, 180_000);
});
