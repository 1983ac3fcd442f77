import { entrySchema, loadSeedFile, localeHash as productHash, missingTranslations } from "@kb/db";
import { describe, expect, it } from "vitest";
import { syntheticCode, syntheticEntry } from "./synthetic.ts";
import { insertSql, toColumns } from "./tables.ts";

const seeds = loadSeedFile();
const real = new Set(
  seeds.flatMap((s) => [s.en.title, s.fr!.title, ...s.causes.flatMap((c) => [c.en, c.fr])]),
);

describe("synthetic entries", () => {
  const entries = Array.from({ length: 300 }, (_, i) => syntheticEntry(i, seeds));

  it("are valid, complete, bilingual entries with codes no real entry uses", () => {
    for (const entry of entries) {
      expect(entrySchema.safeParse(entry).success).toBe(true);
      expect(missingTranslations(entry)).toEqual([]);
    }
    expect(new Set(entries.map((e) => e.code)).size).toBe(entries.length);
    expect(syntheticCode(0)).toBe("0xC00A0000");
    expect(seeds.some((s) => s.code >= "0xC00A0000")).toBe(false);
  });

  it("are the same on every run and recombine the real texts", () => {
    expect(syntheticEntry(1234, seeds)).toEqual(syntheticEntry(1234, seeds));
    for (const entry of entries.slice(0, 30)) {
      expect(entry.causes.every((c) => real.has(c.en) && real.has(c.fr!))).toBe(true);
    }
    expect(entries.some((e) => e.resolutions.some((r) => r.steps?.some((s) => "command" in s)))).toBe(true);
  });

  it("become one column array per table column, with the hashes where writeEntry keeps them", () => {
    const { ids, columns } = toColumns(entries.slice(0, 2));
    expect(ids).toHaveLength(2);
    expect(columns.ErrorCode[0]).toEqual(ids);
    expect(columns.ErrorCodeTranslation[1]).toEqual(["EN", "FR", "EN", "FR"]);
    // contentHash of each row; the French row's sourceHash is the English contentHash (CURRENT).
    expect(columns.ErrorCodeTranslation[6]!.slice(0, 2)).toEqual([
      productHash(entries[0]!, "EN"),
      productHash(entries[0]!, "FR"),
    ]);
    expect(columns.ErrorCodeTranslation[7]!.slice(0, 2)).toEqual([null, productHash(entries[0]!, "EN")]);
    expect(insertSql("Cause", 3)).toBe(
      `INSERT INTO "Cause" ("id", "errorCodeId", "position") SELECT * FROM unnest($4::uuid[], $5::uuid[], $6::int4[])`,
    );
  });
});
