import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPublishedGraphs } from "./entries/read-graph.ts";
import { prepared, statementName } from "./prepared.ts";
import { createTestDb, type TestDb } from "./testing/test-db.ts";

describe("statementName", () => {
  it("names marked statements after their text, and only them", () => {
    const a = prepared`SELECT ${1}::int AS n`;
    const b = prepared`SELECT ${1}::int AS n, ${2}::int AS m`;
    expect(statementName(a)).toMatch(/^kb_[0-9a-f]{24}$/);
    expect(statementName(a)).toBe(statementName(prepared`SELECT ${7}::int AS n`));
    expect(statementName(b)).not.toBe(statementName(a));
    expect(statementName({ sql: "SELECT 1" })).toBe("");
  });
});

describe.skipIf(!process.env.DATABASE_URL)("prepared statements on the PostgreSQL server", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb({ seed: true });
  });
  afterAll(() => db?.close());

  it("keep the readers' entry reader prepared on its connection, once per shape, and nothing unmarked", async () => {
    const held = await db.prisma.$transaction(async (tx) => {
      const first = await readPublishedGraphs(tx, { codes: ["0xC004F074"] });
      const again = await readPublishedGraphs(tx, { codes: ["0xC004F009"] });
      expect(first.map((e) => e.code)).toEqual(["0xC004F074"]);
      expect(again.map((e) => e.code)).toEqual(["0xC004F009"]);
      await tx.errorCode.count();
      return tx.$queryRaw<{ name: string; statement: string; from_sql: boolean }[]>`
        SELECT name, statement, from_sql FROM pg_prepared_statements`;
    });
    // The connection may also hold the reader's other shape (by id); never a Prisma query.
    expect(held.length).toBeGreaterThan(0);
    for (const s of held) {
      expect(s.name).toMatch(/^kb_/);
      expect(s.from_sql).toBe(false);
    }
    const byCode = held.filter((s) =>
      s.statement.includes('FROM "PublishedEntry" p WHERE p."code" = ANY($1::text[])'),
    );
    expect(byCode).toHaveLength(1);
  });
});
