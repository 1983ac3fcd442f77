import { describe, it, expect } from "vitest";
import { codeSource } from "./index.ts";

const SPP = "Software Protection Platform (Software Licensing Service)";
const SERVER = "Microsoft activation server";

describe("codeSource", () => {
  it.each([
    [0xc004f000, SPP],
    [0xc004f074, SPP],
    [0xc004ffff, SPP],
    [0xc004e003, SPP],
    [0xc004b000, SERVER],
    [0xc004b100, SERVER],
    [0xc004c003, SERVER],
    [0xc004c008, SERVER],
    [0xc004cfff, SERVER],
    [0x80070000, "Win32 error 0 wrapped in an HRESULT (HRESULT_FROM_WIN32)"],
    [0x8007232b, "Win32 error 9003 wrapped in an HRESULT (HRESULT_FROM_WIN32)"],
    [0x8007ffff, "Win32 error 65535 wrapped in an HRESULT (HRESULT_FROM_WIN32)"],
  ])("%d", (unsigned, source) => {
    expect(codeSource(unsigned)).toBe(source);
  });

  it.each([0xc004afff, 0xc0050000, 0xc0040000, 0x8004fe20, 0x8006ffff, 0x80080000, 0x00000000, 0x80092328])(
    "claims nothing for %d",
    (unsigned) => {
      expect(codeSource(unsigned)).toBeNull();
    },
  );

  it("names the genuine-validation check for 0x8004FE21 only", () => {
    expect(codeSource(0x8004fe21)).toMatch(/genuine/);
  });
});
