import { describe, expect, it } from "vitest";
import { correctableWords, parseSearchQuery } from "./search-query.ts";

describe("parseSearchQuery", () => {
  it("takes every code of a pasted text, in order, once, and keeps the other words", () => {
    expect(parseSearchQuery("Error 0xC004F074 (then 0x8007232B), again 0xc004f074: DNS")).toEqual({
      codes: ["0xC004F074", "0x8007232B"],
      fragment: null,
      words: "Error (then again DNS",
    });
  });

  it("reads signed and unsigned decimals, bare hex and hr= as codes, not small numbers", () => {
    expect(parseSearchQuery("-1073418124").codes).toEqual(["0xC004F074"]);
    expect(parseSearchQuery("\u22121073418124").codes).toEqual(["0xC004F074"]);
    expect(parseSearchQuery("3221549172 C004F074 hr=-2147024891").codes).toEqual([
      "0xC004F074",
      "0x80070005",
    ]);
    expect(parseSearchQuery("Event ID 12288 in 2024 -5")).toEqual({
      codes: [],
      fragment: null,
      words: "Event ID 12288 in 2024 -5",
    });
  });

  it("keeps a lone fragment as a fragment", () => {
    expect(parseSearchQuery("F074")).toMatchObject({ fragment: "F074", codes: [] });
    expect(parseSearchQuery("0x8007")).toMatchObject({ fragment: "8007" });
  });

  it("takes program names without their extension", () => {
    expect(parseSearchQuery("slmgr.vbs /ato").words).toBe("slmgr /ato");
    expect(parseSearchQuery("run OSPP.VBS").words).toBe("run OSPP");
    expect(parseSearchQuery("kms.contoso.com").words).toBe("kms.contoso.com");
  });
});

describe("correctableWords", () => {
  it("keeps plain words of three letters or more, not operators or numbers", () => {
    expect(correctableWords('activaton "clé" or -x 12288 de période')).toEqual([
      "activaton",
      "clé",
      "période",
    ]);
  });
});
