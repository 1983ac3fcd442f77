// A save costs a fixed number of SQL statements, whatever the number of entries or of their items.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../testing/test-db.ts";
import { readEntries } from "./read-entry.ts";
import { writeEntries } from "./write-entry.ts";

let db: TestDb;
let statements: string[] = [];
beforeAll(async () => {
  db = await createTestDb({ seed: true, onQuery: (sql) => statements.push(sql) });
});
afterAll(() => db?.close());

const queries = () =>
  statements.filter((s) => !/^\s*(BEGIN|COMMIT|ROLLBACK|DEALLOCATE|-- Implicit)/i.test(s));

async function countSave(n: number, publish: boolean) {
  // Entries with every kind of item, so that no list is empty (an empty one costs no statement).
  const entries = (await readEntries(db.prisma))
    .filter((e) => e.causes.length && e.references.length && e.resolutions.some((r) => r.steps?.length))
    .slice(0, n);
  expect(entries).toHaveLength(n);
  statements = [];
  await db.prisma.$transaction((tx) =>
    writeEntries(
      tx,
      entries.map((entry) => ({ entry, status: "PUBLISHED", publish })),
    ),
  );
  const run = queries();
  // The same content saved again reads back the same, item ids included.
  expect(await readEntries(db.prisma, { codes: entries.map((e) => e.code) })).toEqual(entries);
  return run;
}

describe("writeEntries", () => {
  it("saves one entry's draft in as many statements as five entries' drafts", async () => {
    const one = await countSave(1, false);
    const five = await countSave(5, false);
    console.log(`statements for a draft save of 1: ${one.length}; of 5: ${five.length}`);
    // Read, update, delete the old items, then an insert per table: 3 for the entry, 8 for its items.
    expect(five.length, five.join("\n---\n")).toBeLessThanOrEqual(14);
    expect(one.length).toBeLessThanOrEqual(five.length);
  });
});
