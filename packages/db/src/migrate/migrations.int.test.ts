import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../testing/test-db.ts";
import { applyMigrations, diffMigrationsToSchema, loadMigrations, migrationStatus } from "./migrations.ts";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db?.close());

describe("migrations", () => {
  it("agree with schema.prisma (the schema engine's diff between them is empty)", async () => {
    expect(await diffMigrationsToSchema(db.adapter)).toBe("");
  });

  it("are all applied, and applying again applies nothing", async () => {
    const names = (await loadMigrations()).migrationDirectories.map((d) => d.path);
    expect(await applyMigrations(db.adapter)).toEqual([]);
    const status = await migrationStatus((sql) => db.prisma.$queryRawUnsafe(sql));
    expect(status).toEqual({ applied: names, pending: [], failed: [] });
  });

  it("create the search configurations and the activation types", async () => {
    const rows = await db.prisma.$queryRaw<{ cfgname: string }[]>`
      SELECT cfgname FROM pg_ts_config WHERE cfgname LIKE 'kb_%' ORDER BY 1`;
    expect(rows.map((r) => r.cfgname)).toEqual(["kb_english", "kb_french"]);
    const [folded] = await db.prisma.$queryRaw<{ v: string }[]>`
      SELECT to_tsvector('kb_french', 'clé de produit bloquée')::text AS v`;
    expect(folded!.v).toContain("'cle'");
    const names = await db.prisma.activationTypeTranslation.findMany({
      where: { locale: "FR" },
      orderBy: { name: "asc" },
    });
    expect(names.map((n) => n.name)).toEqual(["Client KMS", "Hôte KMS", "KMS", "MAK"]);
  });
});
