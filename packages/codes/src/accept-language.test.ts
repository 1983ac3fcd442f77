import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./accept-language.ts";

const ours = ["en", "fr"] as const;

describe("negotiateLocale", () => {
  it.each([
    // nothing to go on
    [undefined, "en"],
    [null, "en"],
    ["", "en"],
    ["   ", "en"],
    // plain and regional tags, any case
    ["fr", "fr"],
    ["FR-be", "fr"],
    ["fr-CA", "fr"],
    ["en-GB", "en"],
    ["zh-Hant-TW, fr", "fr"],
    // weights
    ["fr-CA,fr;q=0.9,en;q=0.8", "fr"],
    ["de-DE,de;q=0.9,fr;q=0.5,en;q=0.4", "fr"],
    ["de-DE,en;q=0.5,fr;q=0.7", "fr"],
    ["en;q=0.4,fr;q=0.8", "fr"],
    ["en;q=0.4, fr ; q = 0.8", "fr"],
    ["fr;q=1.000,en", "fr"],
    // ties keep the header's order
    ["fr;q=0.5,en;q=0.5", "fr"],
    ["en;q=0.5,fr;q=0.5", "en"],
    ["de, fr, en", "fr"],
    // none of ours
    ["de,es", "en"],
    ["de-DE", "en"],
    // q=0 refuses a language, a region at q=0 does not refuse the whole language
    ["fr;q=0,en", "en"],
    ["fr;q=0", "en"],
    ["fr-CA;q=0,fr;q=0.5,en;q=0.4", "fr"],
    ["fr;q=0,fr-CA", "en"],
    // wildcards: any language we have, the default first, never a refused one
    ["*", "en"],
    ["de,*;q=0.5,fr;q=0.1", "en"],
    ["en;q=0,*", "fr"],
    ["fr;q=0,*", "en"],
    ["*;q=0", "en"],
    // malformed parts are skipped, the rest still counts
    ["garbage;;;,", "en"],
    ["fr;q=abc,en;q=0.1", "en"],
    ["fr;q=2,en;q=0.1", "en"],
    ["fr;q=0.1234,en;q=0.1", "en"],
    ["fr;q=-1,en;q=0.1", "en"],
    ["f r,fr_FR,fr-,en-;q=0.9", "en"],
    ["french,fr;q=0.2", "fr"],
    [",,;q=0.5,fr;q=0.3", "fr"],
    ["fr;level=1;q=0.6,en;q=0.5", "fr"],
    ["x".repeat(5000) + ",fr", "fr"],
  ] as const)("%j → %s", (header, expected) => {
    expect(negotiateLocale(header, ours)).toBe(expected);
  });

  it("answers in the caller's spelling and with the caller's default", () => {
    expect(negotiateLocale("fr-CA, en;q=0.5", ["EN", "FR"])).toBe("FR");
    expect(negotiateLocale("de", ["EN", "FR"])).toBe("EN");
    expect(negotiateLocale("de", ["en", "fr"], "fr")).toBe("fr");
    expect(negotiateLocale("*", ["en", "fr"], "fr")).toBe("fr");
  });

  it("reads a long header in linear time", () => {
    const header =
      Array.from({ length: 20_000 }, (_, i) => `x${i % 100};q=0.${i % 9}`).join(",") + ",fr;q=0.95";
    const started = performance.now();
    expect(negotiateLocale(header, ours)).toBe("fr");
    expect(performance.now() - started).toBeLessThan(500);
  });
});
