import { describe, expect, it } from "vitest";
import { parseRevalidateBody, secretMatches } from "./revalidate-request.ts";

describe("parseRevalidateBody", () => {
  it("makes codes canonical and removes duplicates", () => {
    expect(parseRevalidateBody({ codes: ["c004f074", "-1073418124", "0x8007232B"] })).toEqual({
      ok: true,
      codes: ["0xC004F074", "0x8007232B"],
    });
  });

  it.each([null, [], { codes: "0xC004F074" }, { codes: [1] }, { other: [] }])("refuses %j", (body) => {
    expect(parseRevalidateBody(body).ok).toBe(false);
  });

  it("names the code that is not one", () => {
    expect(parseRevalidateBody({ codes: ["0xC004F074", "nope"] })).toEqual({
      ok: false,
      error: 'not an error code: "nope"',
    });
  });
});

describe("secretMatches", () => {
  it("needs a configured secret and the same value", () => {
    expect(secretMatches("abc", "abc")).toBe(true);
    expect(secretMatches("abd", "abc")).toBe(false);
    expect(secretMatches("abcd", "abc")).toBe(false);
    expect(secretMatches(null, "abc")).toBe(false);
    expect(secretMatches("abc", undefined)).toBe(false);
  });
});
