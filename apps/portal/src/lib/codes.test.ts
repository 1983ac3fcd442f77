import { describe, expect, it } from "vitest";
import { canonicalCode, decodeSegment, singleCodeQuery } from "./codes.ts";

describe("singleCodeQuery", () => {
  it.each(["0xC004F074", "c004f074", "C004F074", "-1073418124", "3221549172", "0XC004F074", " 0xC004F074 "])(
    "%j is one code",
    (q) => expect(singleCodeQuery(q)).toBe("0xC004F074"),
  );

  it.each(["période de grâce", "grace period", "2008", "50", "", "F074", "Error: 0xC004F074 now"])(
    "%j is searched as words",
    (q) => expect(singleCodeQuery(q)).toBeNull(),
  );
});

describe("URL segments", () => {
  it("canonicalises every code form and rejects the rest", () => {
    expect(canonicalCode("Error: 0xc004f074")).toBe("0xC004F074");
    expect(canonicalCode("not-a-code")).toBeNull();
  });

  it("survives a malformed escape", () => {
    expect(decodeSegment("%E9")).toBe("%E9");
    expect(decodeSegment("Error%3A%200xC004F074")).toBe("Error: 0xC004F074");
  });
});
