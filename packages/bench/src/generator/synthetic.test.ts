import { entrySchema, loadSeedFile, localeHash as productHash, missingTranslations } from "@kb/db";
import { describe, expect, it } from "vitest";
import { FAMILIES, syntheticCode, syntheticEntry } from "./synthetic.ts";
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
    // contentHash of each row; the French row records today's English for each text (CURRENT).
    expect(columns.ErrorCodeTranslation[6]!.slice(0, 2)).toEqual([
      productHash(entries[0]!, "EN"),
      productHash(entries[0]!, "FR"),
    ]);
    const frSources = JSON.parse(columns.ErrorCodeTranslation[7]![1] as string);
    expect(columns.ErrorCodeTranslation[7]![0]).toBeNull();
    expect(frSources).toMatchObject({ title: entries[0]!.en.title, message: entries[0]!.en.message });
    expect(columns.TranslationState[2]!.slice(0, 2)).toEqual(["CURRENT", "CURRENT"]);
    expect(insertSql("Cause", 3)).toBe(
      `INSERT INTO "Cause" ("id", "errorCodeId", "position") SELECT * FROM unnest($4::uuid[], $5::uuid[], $6::int4[])`,
    );
  });
});

describe("word frequencies", () => {
  const entries = Array.from({ length: 8000 }, (_, i) => syntheticEntry(i, seeds));

  it("follow a Zipf law: a family's favourite entry is far more frequent than its median one", () => {
    const family = entries.filter((_, i) => i % FAMILIES.length === 0 && i >= seeds.length);
    const counts = new Map<string, number>();
    for (const e of family) counts.set(e.en.summary, (counts.get(e.en.summary) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]!).toBeGreaterThan(5 * sorted[Math.floor(sorted.length / 2)]!);
  });

  it("give each family its own vocabulary", () => {
    const words = (f: number) =>
      new Set(
        entries.filter((_, i) => i % FAMILIES.length === f).map((e) => /\(([^)]*)\)$/.exec(e.en.title)?.[1]),
      );
    expect([...words(0)].every((w) => FAMILIES[0]!.includes(w!))).toBe(true);
    expect([...words(0)].some((w) => words(1).has(w))).toBe(false);
  });
});
