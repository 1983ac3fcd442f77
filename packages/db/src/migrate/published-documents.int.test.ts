// Documents readers see were stored by kb_publish() before a resolution had a stepsMode, a step its own
// steps and a reference its kind: the migration that added those gives the stored documents the
// defaults in place (a republish would publish whatever unpublished draft an entry has).
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../client.ts";
import { readPublishedGraphs } from "../entries/read-graph.ts";
import { createTestDb, type TestDb } from "../testing/test-db.ts";

const migration = readFileSync(
  path.join(
    repoRoot,
    "prisma/migrations/20261126084300_steps_alternatives_and_reference_kinds/migration.sql",
  ),
  "utf8",
);
/** The migration's last statement: the update of the stored documents. */
const upgrade = migration.slice(migration.lastIndexOf('UPDATE "PublishedEntry"'));

let db: TestDb;
beforeAll(async () => (db = await createTestDb({ seed: true })));
afterAll(() => db?.close());

describe("the published documents of before sub-steps and reference kinds", () => {
  it("read as they did, with the defaults the new fields mean", async () => {
    const code = "0xC004F074";
    const [now] = await readPublishedGraphs(db.prisma, { codes: [code] });
    // The document as kb_publish() wrote it before the migration.
    await db.prisma.$executeRaw`UPDATE "PublishedEntry" SET "document" = jsonb_set(jsonb_set("document",
      '{resolutions}', (SELECT jsonb_agg((r - 'stepsMode') || jsonb_build_object('steps',
        coalesce((SELECT jsonb_agg(s - 'steps' ORDER BY i) FROM jsonb_array_elements(r->'steps') WITH ORDINALITY q(s, i)), '[]')) ORDER BY j)
        FROM jsonb_array_elements("document"->'resolutions') WITH ORDINALITY o(r, j))),
      '{references}', (SELECT jsonb_agg(f - 'kind' ORDER BY k)
        FROM jsonb_array_elements("document"->'references') WITH ORDINALITY o(f, k)))
      WHERE "code" = ${code}`;
    const [old] = await db.prisma.$queryRaw<{ document: { resolutions: object[]; references: object[] } }[]>`
      SELECT "document" FROM "PublishedEntry" WHERE "code" = ${code}`;
    expect(old!.document.resolutions[0]).not.toHaveProperty("stepsMode");
    expect(old!.document.references[0]).not.toHaveProperty("kind");
    // The reader gives an old document the defaults; the migration stores them.
    await expect(readPublishedGraphs(db.prisma, { codes: [code] })).resolves.toEqual([
      { ...now, references: now!.references.map((r) => ({ ...r, kind: "SEE_ALSO" })) },
    ]);
    await db.prisma.$executeRawUnsafe(upgrade);
    const [upgraded] = await db.prisma.$queryRaw<
      { document: { resolutions: object[]; references: object[] } }[]
    >`
      SELECT "document" FROM "PublishedEntry" WHERE "code" = ${code}`;
    expect(upgraded!.document.resolutions[0]).toMatchObject({ stepsMode: "SEQUENCE" });
    // (The stripped document lost its SOURCE kind too: the default is all an old document can mean.)
    expect(upgraded!.document.references.map((r) => (r as { kind: string }).kind)).toEqual([
      "SEE_ALSO",
      "SEE_ALSO",
    ]);
    await expect(readPublishedGraphs(db.prisma, { codes: [code] })).resolves.toEqual([
      { ...now, references: now!.references.map((r) => ({ ...r, kind: "SEE_ALSO" })) },
    ]);
    // A document in the new form is left as it is (0xC004F035 keeps its alternatives and sub-steps).
    const [c035] = await readPublishedGraphs(db.prisma, { codes: ["0xC004F035"] });
    expect(c035!.resolutions[0]!.stepsMode).toBe("ALTERNATIVES");
    expect(c035!.resolutions[0]!.steps.map((s) => s.steps.length)).toEqual([1, 5]);
  });
});
