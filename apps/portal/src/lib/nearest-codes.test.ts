import { describe, expect, it } from "vitest";
import { hexDigits, nearestCodes } from "./nearest-codes.ts";

const known = ["0xC004F074", "0xC004F038", "0xC004F035", "0x8007232B", "0x80070490"];

describe("nearestCodes", () => {
  it("finds the code behind a dropped or doubled digit", () => {
    expect(nearestCodes("0xC004F07", known)[0]).toBe("0xC004F074");
    expect(nearestCodes("0xC004F0074", known)[0]).toBe("0xC004F074");
    expect(nearestCodes("c004f047", known)[0]).toBe("0xC004F074");
  });

  it("offers nothing for what is far from every code, or no hexadecimal number", () => {
    expect(nearestCodes("0x12345678", known)).toEqual([]);
    expect(nearestCodes("hello", known)).toEqual([]);
    expect(hexDigits("0x 8007 232B")).toBe("8007232B");
  });

  it("never offers the code typed itself", () => {
    expect(nearestCodes("0xC004F074", known)).not.toContain("0xC004F074");
  });
});
