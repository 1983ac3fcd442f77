import { describe, it, expect } from "vitest";
import { CodeParseError, decodeHResult } from "./index.ts";

describe("decodeHResult: bit fields", () => {
  it.each([
    [0x80000000, { isFailure: true, reserved: false, customer: false, nBit: false, reservedX: false }],
    [0x40000000, { isFailure: false, reserved: true, customer: false, nBit: false, reservedX: false }],
    [0x20000000, { isFailure: false, reserved: false, customer: true, nBit: false, reservedX: false }],
    [0x10000000, { isFailure: false, reserved: false, customer: false, nBit: true, reservedX: false }],
    [0x08000000, { isFailure: false, reserved: false, customer: false, nBit: false, reservedX: true }],
  ])("%d sets exactly one flag", (value, flags) => {
    expect(decodeHResult(value)).toMatchObject({ ...flags, facility: 0, code: 0 });
  });

  it("reads all 11 facility bits and the 16 code bits", () => {
    expect(decodeHResult(0x87ff0000)).toMatchObject({ facility: 0x7ff, code: 0, reservedX: false });
    expect(decodeHResult(0x0000ffff)).toMatchObject({ facility: 0, code: 0xffff });
  });

  it("names facilities above 0x7FF, whose top bit is the X bit", () => {
    expect(decodeHResult("0x887A0005")).toMatchObject({
      reservedX: true,
      facility: 0x07a,
      facilityName: "FACILITY_DXGI",
    });
    expect(decodeHResult("0x8A010001")).toMatchObject({ facilityName: "FACILITY_PIDGENX" });
    expect(decodeHResult("0x88040000")).toMatchObject({ facility: 4, facilityName: null });
  });

  it("does not apply winerror.h facility names to customer or NTSTATUS-mapped codes", () => {
    expect(decodeHResult("0xA0070005")).toMatchObject({
      customer: true,
      facilityName: null,
      win32Error: null,
    });
    expect(decodeHResult("0xD0070005")).toMatchObject({
      nBit: true,
      ntStatus: true,
      facilityName: null,
      win32Error: 5,
    });
  });

  it("reads NTSTATUS by layout: bare 0xC000xxxx and HRESULT_FROM_NT of an NTSTATUS facility", () => {
    expect(decodeHResult("0xC0000005")).toMatchObject({ nBit: false, ntStatus: true });
    expect(decodeHResult("0xD0000022")).toMatchObject({ nBit: true, ntStatus: true });
    expect(decodeHResult("0xC004F074")).toMatchObject({ ntStatus: false });
    expect(decodeHResult("0x80004005")).toMatchObject({ ntStatus: false });
    // The N bit is set, but unwrapped (0xEFFFFFFF) the facility 0xFFF is no NTSTATUS facility.
    expect(decodeHResult("0xFFFFFFFF")).toMatchObject({ nBit: true, ntStatus: false });
  });

  it("gives the Win32 error for failures with the R bit set too", () => {
    expect(decodeHResult("0xC0070005")).toMatchObject({
      win32Error: 5,
      win32Name: "ERROR_ACCESS_DENIED",
      source: null,
    });
  });

  it("returns null for unknown facilities and Win32 numbers", () => {
    expect(decodeHResult("0x80450000")).toMatchObject({ facility: 0x45, facilityName: null });
    expect(decodeHResult("0x8007FFFF")).toMatchObject({ win32Error: 0xffff, win32Name: null });
  });
});

describe("decodeHResult: input forms", () => {
  it("gives the same result for every spelling", () => {
    const reference = decodeHResult("0xC004F074");
    for (const input of [
      "C004F074",
      "3221549172",
      "-1073418124",
      "Error: 0xc004f074",
      3221549172,
      -1073418124,
    ]) {
      expect(decodeHResult(input)).toEqual(reference);
    }
  });

  it.each([4294967296, -2147483649, 1.5, Number.NaN, Number.NEGATIVE_INFINITY])(
    "rejects the number %d",
    (n) => {
      expect(() => decodeHResult(n)).toThrow(CodeParseError);
    },
  );

  it("says the range for out-of-range numbers", () => {
    expect(() => decodeHResult(4294967296)).toThrow(
      /4294967296 is out of range: a 32-bit code is 0 to 4294967295/,
    );
    expect(() => decodeHResult(1.5)).toThrow(/1\.5 is not an error code: a 32-bit code is a whole number/);
  });

  it.each(["hello", "", "0x1FFFFFFFF"])("rejects the string %j", (input) => {
    expect(() => decodeHResult(input)).toThrow(CodeParseError);
  });
});
