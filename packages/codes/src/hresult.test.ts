import { describe, it, expect } from "vitest";
import { decodeHResult } from "./index.ts";
import type { HResult } from "./index.ts";

describe("decodeHResult: known codes", () => {
  const cases: Array<[string, Partial<HResult>]> = [
    [
      "0x8007232B",
      {
        hex: "0x8007232B",
        isFailure: true,
        severity: "FAILURE",
        reserved: false,
        facility: 7,
        facilityName: "FACILITY_WIN32",
        code: 0x232b,
        win32Error: 9003,
        win32Name: "DNS_ERROR_RCODE_NAME_ERROR",
        source: "Win32 error 9003 wrapped in an HRESULT (HRESULT_FROM_WIN32)",
      },
    ],
    [
      "0xC004F074",
      {
        unsigned: 3221549172,
        signed: -1073418124,
        isFailure: true,
        reserved: true,
        customer: false,
        ntStatus: false,
        reservedX: false,
        facility: 4,
        facilityName: "FACILITY_ITF",
        code: 0xf074,
        win32Error: null,
        win32Name: null,
        source: "Software Protection Platform (Software Licensing Service)",
      },
    ],
    [
      "0x80092328",
      { facility: 9, facilityName: "FACILITY_SECURITY", code: 9000, win32Error: null, source: null },
    ],
    [
      "0x00000000",
      {
        isFailure: false,
        severity: "SUCCESS",
        facility: 0,
        facilityName: "FACILITY_NULL",
        code: 0,
        win32Error: null,
        win32Name: null,
        source: null,
      },
    ],
    ["0x80070005", { win32Error: 5, win32Name: "ERROR_ACCESS_DENIED" }],
    ["0x8007007B", { win32Error: 123, win32Name: "ERROR_INVALID_NAME" }],
    ["0x80070490", { win32Error: 1168, win32Name: "ERROR_NOT_FOUND" }],
    ["0x800706BA", { win32Error: 1722, win32Name: "RPC_S_SERVER_UNAVAILABLE" }],
    ["0x8007232A", { win32Error: 9002, win32Name: "DNS_ERROR_RCODE_SERVER_FAILURE" }],
    ["0x8007251D", { win32Error: 9501, win32Name: "DNS_INFO_NO_RECORDS" }],
    ["0x80072EE7", { win32Error: 12007, win32Name: "ERROR_INTERNET_NAME_NOT_RESOLVED" }],
    [
      "0x80071234",
      { win32Error: 0x1234, win32Name: null, source: expect.stringContaining("Win32 error 4660") },
    ],
    ["0xC004C008", { facility: 4, source: "Microsoft activation server" }],
    ["0xC004B100", { source: "Microsoft activation server" }],
    ["0xC004D307", { source: expect.stringContaining("security processor") }],
    ["0xC004E003", { source: "Software Protection Platform (Software Licensing Service)" }],
    [
      "0x4004F00C",
      {
        isFailure: false,
        reserved: true,
        facility: 4,
        source: expect.stringContaining("Software Protection"),
      },
    ],
    ["0x8004FE21", { facility: 4, facilityName: "FACILITY_ITF", source: expect.stringContaining("genuine") }],
    ["0x8004FE22", { source: null }],
    ["0x80004005", { facility: 0, facilityName: "FACILITY_NULL", code: 0x4005, win32Error: null }],
    ["0x80240017", { facility: 36, facilityName: "FACILITY_WINDOWSUPDATE" }],
    ["0x80310000", { facility: 49, facilityName: "FACILITY_FVE" }],
    ["0x00000005", { isFailure: false, facility: 0, code: 5, win32Error: null, source: null }],
    ["0x00070005", { isFailure: false, facility: 7, win32Error: null, win32Name: null }],
    [
      "0xFFFFFFFF",
      {
        isFailure: true,
        reserved: true,
        customer: true,
        nBit: true,
        ntStatus: false,
        reservedX: true,
        facility: 0x7ff,
        code: 0xffff,
      },
    ],
  ];

  it.each(cases)("%s", (input, expected) => {
    expect(decodeHResult(input)).toMatchObject(expected);
  });
});
