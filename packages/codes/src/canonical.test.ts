import { describe, it, expect } from "vitest";
import { CodeParseError, toCanonical } from "./index.ts";

describe("toCanonical", () => {
  it.each([
    [0, "0x00000000"],
    [0xabcd, "0x0000ABCD"],
    [5, "0x00000005"],
    [3221549172, "0xC004F074"],
    [0xffffffff, "0xFFFFFFFF"],
    [-1073418124, "0xC004F074"],
    [-1, "0xFFFFFFFF"],
    [-2147483648, "0x80000000"],
  ])("%d -> %s", (value, hex) => {
    expect(toCanonical(value)).toBe(hex);
  });

  it.each([4294967296, -2147483649, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects %d", (value) => {
    expect(() => toCanonical(value)).toThrow(CodeParseError);
  });
});
