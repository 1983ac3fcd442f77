import { describe, it, expect } from "vitest";
import { knownWin32Errors, win32ErrorName } from "./index.ts";

describe("win32ErrorName", () => {
  it.each([
    [2, "ERROR_FILE_NOT_FOUND"],
    [3, "ERROR_PATH_NOT_FOUND"],
    [5, "ERROR_ACCESS_DENIED"],
    [87, "ERROR_INVALID_PARAMETER"],
    [123, "ERROR_INVALID_NAME"],
    [1053, "ERROR_SERVICE_REQUEST_TIMEOUT"],
    [1168, "ERROR_NOT_FOUND"],
    [1460, "ERROR_TIMEOUT"],
    [1722, "RPC_S_SERVER_UNAVAILABLE"],
    [9002, "DNS_ERROR_RCODE_SERVER_FAILURE"],
    [9003, "DNS_ERROR_RCODE_NAME_ERROR"],
    [9501, "DNS_INFO_NO_RECORDS"],
    [12002, "ERROR_INTERNET_TIMEOUT"],
    [12007, "ERROR_INTERNET_NAME_NOT_RESOLVED"],
  ])("%d is %s", (code, name) => {
    expect(win32ErrorName(code)).toBe(name);
  });

  it("returns null for numbers not in the table", () => {
    expect(win32ErrorName(7)).toBeNull();
    expect(win32ErrorName(65535)).toBeNull();
  });

  it("lists each number and each name once, in ascending order, all within 16 bits", () => {
    const all = knownWin32Errors();
    const numbers = all.map(([n]) => n);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(all.map(([, name]) => name)).size).toBe(all.length);
    for (const [n, name] of all) {
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(0xffff);
      expect(name).toMatch(/^[A-Z][A-Z0-9_]+$/);
    }
  });
});
