import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb, type TestDb } from "./testing/test-db.ts";

describe("onContentChange", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb({ seed: true });
  });
  afterAll(() => db?.close());

  it("is listening once it resolves: a change committed right after is announced", async () => {
    const codes: string[] = [];
    const unlisten = await db.onContentChange((code) => codes.push(code));
    try {
      // Readers' content is the published document: rewriting it is what gets announced.
      await db.prisma
        .$executeRaw`UPDATE "PublishedEntry" SET "version" = "version" WHERE "code" = '0xC004F074'`;
      await vi.waitFor(() => expect(codes).toContain("0xC004F074"), { timeout: 3_000 });
      // A server connection announces its (re)connect with "*" before any change, never after one.
      expect(codes.filter((c) => c !== "*")).toEqual(["0xC004F074"]);
      expect(codes.indexOf("*")).toBeLessThanOrEqual(0);
    } finally {
      await unlisten();
    }
  });
});
