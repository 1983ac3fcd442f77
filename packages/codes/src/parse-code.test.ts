import { describe, it, expect } from "vitest";
import { CodeParseError, parseCode, tryParseCode } from "./index.ts";

describe("parseCode: whole-input forms", () => {
  it.each([
    ["0xC004F074", "0xC004F074"],
    ["0XC004F074", "0xC004F074"],
    ["0xc004f074", "0xC004F074"],
    ["C004F074", "0xC004F074"],
    ["c004f074", "0xC004F074"],
    ["3221549172", "0xC004F074"],
    ["-1073418124", "0xC004F074"],
    ["  0xC004F074\t", "0xC004F074"],
    ["\n3221549172 ", "0xC004F074"],
    ["0x5", "0x00000005"],
    ["0x0", "0x00000000"],
    ["0x00000000C004F074", "0xC004F074"],
    ["0xFFFFFFFF", "0xFFFFFFFF"],
    ["0xffffffff", "0xFFFFFFFF"],
    ["FFFFFFFF", "0xFFFFFFFF"],
    ["4294967295", "0xFFFFFFFF"],
    ["-1", "0xFFFFFFFF"],
    ["-2147483648", "0x80000000"],
    ["2147483647", "0x7FFFFFFF"],
    ["2147483648", "0x80000000"],
    ["0", "0x00000000"],
    ["-0", "0x00000000"],
    ["5", "0x00000005"],
    ["123", "0x0000007B"],
    ["\u22121073418124", "0xC004F074"],
    ["\u00a00x8007232B\u00a0", "0x8007232B"],
  ])("%j -> %s", (input, hex) => {
    expect(parseCode(input).hex).toBe(hex);
  });

  it("returns unsigned and signed views of the same bits", () => {
    expect(parseCode("0xC004F074")).toEqual({ hex: "0xC004F074", unsigned: 3221549172, signed: -1073418124 });
    expect(parseCode("0x00000005")).toEqual({ hex: "0x00000005", unsigned: 5, signed: 5 });
    expect(parseCode("0x7FFFFFFF")).toEqual({ hex: "0x7FFFFFFF", unsigned: 2147483647, signed: 2147483647 });
  });

  // An all-digit input of exactly 8 characters is hex; any other all-digit input is decimal.
  it.each([
    ["80070005", "0x80070005"],
    ["12345678", "0x12345678"],
    ["00000005", "0x00000005"],
    ["1234567", "0x0012D687"],
    ["123456789", "0x075BCD15"],
    ["-8007000", "0xFF85D2A8"],
    ["-80070005", "0xFB3A3A8B"],
    ["000000000005", "0x00000005"],
  ])("digit run %j -> %s", (input, hex) => {
    expect(parseCode(input).hex).toBe(hex);
  });
});

describe("parseCode: rejections", () => {
  const notACode =
    /is not an error code\. Expected a 32-bit code such as 0xC004F074, C004F074, 3221549172 or -1073418124, or a line of text containing one\.$/;
  const decimalRange =
    /is out of range: a 32-bit code is 0 to 4294967295 \(unsigned\) or -2147483648 to 2147483647 \(signed\)\.$/;
  const hexRange = /is out of range: a 32-bit code has at most 8 significant hex digits/;

  it.each([
    ["hello", notACode],
    ["0xZZ", notACode],
    ["0x", notACode],
    ["12.5", notACode],
    ["1e9", notACode],
    ["-0x80070005", notACode],
    ["C004F07", /hex without a 0x prefix must have exactly 8 digits \(write 0xC004F07/],
    ["4294967296", decimalRange],
    ["-2147483649", decimalRange],
    ["99999999999999999999999", decimalRange],
    ["hr=4294967296", decimalRange],
    ["0x1FFFFFFFF", hexRange],
    ["0x100000000", hexRange],
    ["C004F0740", hexRange],
    ["crash at 0x00007FF6A1B2C3D4", hexRange],
    ["", /^The input is empty\./],
    ["   \t\n", /^The input is empty\./],
  ])("%j", (input, message) => {
    expect(() => parseCode(input)).toThrow(CodeParseError);
    expect(() => parseCode(input)).toThrow(message);
  });

  it("uses the exact wording for a non-code and for the decimal range", () => {
    expect(() => parseCode("hello")).toThrow(
      '"hello" is not an error code. Expected a 32-bit code such as 0xC004F074, C004F074, 3221549172 or -1073418124, or a line of text containing one.',
    );
    expect(() => parseCode("4294967296")).toThrow(
      "4294967296 is out of range: a 32-bit code is 0 to 4294967295 (unsigned) or -2147483648 to 2147483647 (signed).",
    );
    expect(() => parseCode("-2147483649")).toThrow("-2147483649 is out of range");
  });

  it("rejects inputs over 1000 characters and says so", () => {
    const long = `0xC004F074 ${"x".repeat(1000)}`;
    expect(() => parseCode(long)).toThrow(/1011 characters long; at most 1000 are accepted/);
    expect(parseCode(`0xC004F074${" ".repeat(990)}`).hex).toBe("0xC004F074");
  });

  it("keeps the raw input on the error and truncates long quotes", () => {
    const input = `no code here ${"a".repeat(100)}`;
    try {
      parseCode(input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CodeParseError);
      expect(error).toBeInstanceOf(Error);
      const parseError = error as CodeParseError;
      expect(parseError.input).toBe(input);
      expect(parseError.name).toBe("CodeParseError");
      expect(parseError.message.length).toBeLessThan(250);
    }
  });

  it("rejects non-string input from untyped callers", () => {
    expect(() => parseCode(5 as unknown as string)).toThrow(CodeParseError);
  });
});

describe("tryParseCode", () => {
  it("returns the parsed code or null", () => {
    expect(tryParseCode("0xC004F074")?.unsigned).toBe(3221549172);
    expect(tryParseCode("hello")).toBeNull();
    expect(tryParseCode("4294967296")).toBeNull();
    expect(tryParseCode("")).toBeNull();
  });
});
