import { describe, it, expect } from "vitest";
import { parseCode } from "./index.ts";

describe("parseCode: codes inside text", () => {
  it.each([
    ["Error: 0xC004F074 No Key Management Service (KMS) could be contacted.", "0xC004F074"],
    ["Code d\u2019erreur : 0xc004f074", "0xC004F074"],
    ["Code d\u2019erreur\u00a0: 0xc004f074", "0xC004F074"],
    ["hr=-1073418124", "0xC004F074"],
    ["hr = 3221549172", "0xC004F074"],
    ["HRESULT=-2147024891 while activating", "0x80070005"],
    ["status=5", "0x00000005"],
    ["hr=12345678", "0x12345678"],
    ["hr=123456789", "0x075BCD15"],
    ["HResult        : -2147024891", "0x80070005"],
    ["hresult: 3221549172", "0xC004F074"],
    ["Fehlercode C004F074: KMS nicht erreichbar", "0xC004F074"],
    ["error 80070005 access denied", "0x80070005"],
    ["Windows could not activate (0x8007232B).", "0x8007232B"],
    ["\u30a8\u30e9\u30fc\u30b3\u30fc\u30c9:0x8004FE21", "0x8004FE21"],
    ["\u30a8\u30e9\u30fc0x8004FE21", "0x8004FE21"],
    ["[0x80070005]", "0x80070005"],
    ["code 0x5 returned", "0x00000005"],
    ["0xc004f074.", "0xC004F074"],
  ])("%j -> %s", (input, hex) => {
    expect(parseCode(input).hex).toBe(hex);
  });

  it.each([
    ["two 0x codes: the first wins", "Error 0xC004F074 then 0x8007232B", "0xC004F074"],
    ["0x token beats an earlier bare token", "C004C008 was followed by 0x8007232B", "0x8007232B"],
    ["0x token beats a labelled decimal", "hr=5 then 0x80070005", "0x80070005"],
    ["labelled decimal beats a bare token", "C004F074 hr=5", "0x00000005"],
    ["oversized 0x token is skipped", "at 0x00007FF6A1B2C3D4 error 0x80070005", "0x80070005"],
    ["oversized 0x token falls back to a bare code", "at 0x7FF6A1B2C3D4 error C004F074", "0xC004F074"],
    ["bare token after unlabelled decimals", "Event ID 12288: C004F074", "0xC004F074"],
    ["GUIDs are not codes", "SKU ID: 2de67392-b7a7-462a-b1ca-108dd189f588 Error: C004F074", "0xC004F074"],
    ["dates are not codes", "2024-01-15 20240115 failed with 8007007B", "0x8007007B"],
  ])("%s", (_name, input, hex) => {
    expect(parseCode(input).hex).toBe(hex);
  });
});

describe("parseCode: text without a code", () => {
  it.each([
    "Event ID 12288",
    "Error: 12 files failed",
    "error code: -1073418124",
    "count=3",
    "error=12.5",
    "hr=5x",
    "Activation ID 2de67392-b7a7-462a-b1ca-108dd189f588",
    "logged on 20240115 at 12:30",
    "The Software Licensing Service reported an error 42 times",
  ])("%j is rejected", (input) => {
    expect(() => parseCode(input)).toThrow(/is not an error code/);
  });
});
