// The catalogue against the headers' own numbers (every expected name below is a winerror.h,
// ntstatus.h, wininet.h or slerror.h definition), and against every code the product's content shows.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  catalogueSize,
  dosErrorOf,
  explainCode,
  lookupName,
  namesForValue,
  ntStatusesGiving,
  ntStatusMapSize,
  parseCodeOrName,
} from "./index.ts";

const names = (value: number) => explainCode(value).names.map((n) => n.name);
const kindsOf = (value: number, name: string) =>
  namesForValue(value)
    .filter((n) => n.name === name)
    .map((n) => n.kind);

describe("catalogue", () => {
  it("names at least 4,000 distinct values", () => {
    expect(catalogueSize().values).toBeGreaterThanOrEqual(4000);
  });

  it("0x80004005 is E_FAIL (winerror.h)", () => {
    expect(namesForValue(0x80004005)).toContainEqual(
      expect.objectContaining({ name: "E_FAIL", kind: "HRESULT", header: "winerror.h" }),
    );
  });

  it("0xC0000005 is STATUS_ACCESS_VIOLATION, an NTSTATUS", () => {
    const explained = explainCode(0xc0000005);
    expect(explained.names[0]).toMatchObject({
      name: "STATUS_ACCESS_VIOLATION",
      kind: "NTSTATUS",
      header: "ntstatus.h",
    });
    expect(explained.ntStatus).toBe(true);
    expect(explained.interpretations).toContainEqual(
      expect.objectContaining({ kind: "HRESULT", hex: "0xD0000005", relation: "HRESULT_FROM_NT" }),
    );
  });

  it("0x8007000E is E_OUTOFMEMORY and, unwrapped, ERROR_OUTOFMEMORY (14)", () => {
    const explained = explainCode(0x8007000e);
    expect(names(0x8007000e)).toEqual(expect.arrayContaining(["E_OUTOFMEMORY", "ERROR_OUTOFMEMORY"]));
    expect(explained.interpretations).toContainEqual(
      expect.objectContaining({ kind: "WIN32", unsigned: 14, relation: "HRESULT_FROM_WIN32" }),
    );
    expect(explained.win32Name).toBe("ERROR_OUTOFMEMORY");
  });

  it("0x80070005 <-> 5 <-> ERROR_ACCESS_DENIED, both ways", () => {
    const wrapped = explainCode(0x80070005);
    expect(wrapped.names.map((n) => n.name)).toEqual(
      expect.arrayContaining(["E_ACCESSDENIED", "ERROR_ACCESS_DENIED"]),
    );
    const win32 = wrapped.interpretations.find((i) => i.kind === "WIN32")!;
    expect(win32).toMatchObject({ unsigned: 5, relation: "HRESULT_FROM_WIN32" });
    expect(win32.names.map((n) => n.name)).toContain("ERROR_ACCESS_DENIED");

    const bare = explainCode(5);
    expect(bare.interpretations.find((i) => i.relation === "HRESULT_FROM_WIN32")).toMatchObject({
      kind: "HRESULT",
      hex: "0x80070005",
    });
    expect(bare.names.map((n) => n.name)).toEqual(
      expect.arrayContaining(["ERROR_ACCESS_DENIED", "E_ACCESSDENIED"]),
    );
    expect(lookupName("error_access_denied")[0]).toMatchObject({ value: 5, kind: "WIN32" });
    expect(parseCodeOrName("ERROR_ACCESS_DENIED")).toMatchObject({ hex: "0x00000005", unsigned: 5 });
  });

  it("0x00000000 is S_OK, ERROR_SUCCESS and STATUS_SUCCESS", () => {
    expect(kindsOf(0, "S_OK")).toEqual(["HRESULT"]);
    expect(kindsOf(0, "ERROR_SUCCESS")).toEqual(["WIN32"]);
    expect(kindsOf(0, "STATUS_SUCCESS")).toEqual(["NTSTATUS"]);
  });

  it("0xC004F011 is SL_E_LICENSE_FILE_NOT_INSTALLED (slerror.h)", () => {
    expect(names(0xc004f011)).toContain("SL_E_LICENSE_FILE_NOT_INSTALLED");
  });

  it("evaluates header expressions: 0x80072EE2 wraps ERROR_INTERNET_TIMEOUT (INTERNET_ERROR_BASE + 2)", () => {
    expect(namesForValue(12002)).toContainEqual(
      expect.objectContaining({ name: "ERROR_INTERNET_TIMEOUT", kind: "WIN32", header: "wininet.h" }),
    );
    expect(names(0x80072ee2)).toContain("ERROR_INTERNET_TIMEOUT");
    // WSABASEERR + 60, and WINHTTP_ERROR_BASE + 175 from winhttp.h.
    expect(names(10060)).toContain("WSAETIMEDOUT");
    expect(names(0x80072f8f)).toContain("ERROR_WINHTTP_SECURE_FAILURE");
  });

  it("0xFFFFFFFF is not an NTSTATUS", () => {
    const explained = explainCode(0xffffffff);
    expect(explained.ntStatus).toBe(false);
    expect(explained.interpretations.some((i) => i.kind === "NTSTATUS")).toBe(false);
  });

  it("0xC004F074 is no NTSTATUS though its severity is 11 (facility 4 is FACILITY_ITF in an HRESULT)", () => {
    const explained = explainCode(0xc004f074);
    expect(explained.ntStatus).toBe(false);
    expect(explained.names.map((n) => n.name)).toEqual(["SL_E_VL_BINDING_SERVICE_UNAVAILABLE"]);
    expect(explained.names[0]).toMatchObject({ header: "slerror.h", source: "sdk-slerror" });
  });

  it("finds names case-insensitively and rejects unknown ones with what was expected", () => {
    expect(parseCodeOrName("e_fail")).toMatchObject({ hex: "0x80004005", name: { name: "E_FAIL" } });
    expect(parseCodeOrName("  status_access_violation ")).toMatchObject({ hex: "0xC0000005" });
    expect(parseCodeOrName("0xC004F074")).toMatchObject({ hex: "0xC004F074", name: null });
    expect(parseCodeOrName("DEADBEEF")).toMatchObject({ hex: "0xDEADBEEF", name: null });
    expect(() => parseCodeOrName("E_NOT_A_REAL_NAME")).toThrow(/neither an error code nor a symbolic name/);
    expect(parseCodeOrName("NOERROR")).toMatchObject({ hex: "0x00000000" });
    // Words stay words: only capitals or an underscore make a name.
    expect(() => parseCodeOrName("success")).toThrow(/"success" is not an error code/);
    expect(() => parseCodeOrName("hello")).toThrow(/"hello" is not an error code/);
  });

  it("names 0x800F0922, 0x8007267C and the Win32 errors of the old hand-kept table", () => {
    expect(names(0x800f0922)).toContain("CBS_E_INSTALLERS_FAILED");
    // The CBS_E_ names Microsoft Learn gives with their numbers (scripts/supplement.ts).
    expect(names(0x800f081f)).toContain("CBS_E_SOURCE_MISSING");
    expect(names(0x800f0823)).toContain("CBS_E_NEW_SERVICING_STACK_REQUIRED");
    expect(names(0x800f0831)).toContain("CBS_E_STORE_CORRUPTION");
    expect(names(0x800f090d)).toContain("CBS_E_MISSING_PACKAGE_MAPPING_INDEX");
    expect(names(0x800f0920)).toContain("CBS_E_HANG_DETECTED");
    expect(names(0x8007267c)).toContain("DNS_ERROR_NO_DNS_SERVERS");
  });
});

describe("every code of the content has a name or a stated reason why none is public", () => {
  const root = new URL("../../../../", import.meta.url);
  const seed = JSON.parse(readFileSync(new URL("prisma/seed/error-codes.json", root), "utf8")) as {
    entries: Array<{ code: string }>;
  };
  const article = readFileSync(new URL("prisma/seed/article.en-fr.txt", root), "utf8");
  const mentioned = [...article.matchAll(/0x[0-9a-f]{8}/gi)].map((m) => m[0]);
  const codes = [
    ...new Set([...seed.entries.map((e) => e.code), ...mentioned].map((c) => Number.parseInt(c, 16))),
  ];

  it("covers the 30 seeded codes and the article's others", () => {
    expect(seed.entries).toHaveLength(30);
    expect(codes).toContain(0x80072ee2);
  });

  it.each(codes.map((c) => [`0x${c.toString(16).toUpperCase().padStart(8, "0")}`, c] as const))(
    "%s",
    (_hex, code) => {
      const explained = explainCode(code);
      expect(explained.names.length > 0 || (explained.unnamedReason ?? "").length > 40).toBe(true);
    },
  );
});

// RtlNtStatusToDosError, checked line by line against the source table (Wine dlls/ntdll/error.h at
// 0a95b94f: "ERROR_ACCESS_DENIED /* c0000022 (STATUS_ACCESS_DENIED) */", ...).
describe("NTSTATUS <-> Win32 (RtlNtStatusToDosError)", () => {
  const mapped = (value: number) =>
    explainCode(value).interpretations.filter((i) => i.relation === "RTL_NTSTATUS_TO_DOS_ERROR");
  const sources = (value: number) =>
    explainCode(value).interpretations.filter((i) => i.relation === "RTL_NTSTATUS_TO_DOS_ERROR_SOURCE");

  it("0xC0000022 STATUS_ACCESS_DENIED gives 5 ERROR_ACCESS_DENIED, and 0x80070005 as an HRESULT", () => {
    const m = mapped(0xc0000022);
    expect(m[0]).toMatchObject({ kind: "WIN32", hex: "0x00000005", unsigned: 5 });
    expect(m[0]!.names.map((n) => n.name)).toContain("ERROR_ACCESS_DENIED");
    expect(m[1]).toMatchObject({ kind: "HRESULT", hex: "0x80070005" });
    expect(m[1]!.names.map((n) => n.name)).toContain("E_ACCESSDENIED");
    // What the status becomes is among its names, after its own.
    expect(names(0xc0000022)).toEqual(
      expect.arrayContaining(["STATUS_ACCESS_DENIED", "ERROR_ACCESS_DENIED", "E_ACCESSDENIED"]),
    );
    expect(names(0xc0000022)[0]).toBe("STATUS_ACCESS_DENIED");
    expect(dosErrorOf(0xc0000022)).toEqual({ value: 5, kind: "WIN32" });
  });

  it("0xC0000005 STATUS_ACCESS_VIOLATION gives 998 ERROR_NOACCESS", () => {
    expect(dosErrorOf(0xc0000005)).toEqual({ value: 998, kind: "WIN32" });
    expect(mapped(0xc0000005)[0]!.names.map((n) => n.name)).toContain("ERROR_NOACCESS");
  });

  it("0xC000009A STATUS_INSUFFICIENT_RESOURCES gives 1450 ERROR_NO_SYSTEM_RESOURCES", () => {
    expect(dosErrorOf(0xc000009a)).toEqual({ value: 1450, kind: "WIN32" });
    expect(mapped(0xc000009a)[0]!.names.map((n) => n.name)).toContain("ERROR_NO_SYSTEM_RESOURCES");
  });

  it("0xC0000034 STATUS_OBJECT_NAME_NOT_FOUND gives 2 ERROR_FILE_NOT_FOUND", () => {
    expect(dosErrorOf(0xc0000034)).toEqual({ value: 2, kind: "WIN32" });
  });

  it("5 lists the statuses Windows reports as ERROR_ACCESS_DENIED, STATUS_ACCESS_DENIED among them", () => {
    const statuses = sources(5);
    expect(mapped(5)).toEqual([]);
    expect(statuses.every((i) => i.kind === "NTSTATUS")).toBe(true);
    expect(statuses.map((i) => i.hex)).toEqual(
      expect.arrayContaining(["0xC0000022", "0xC000001E", "0xC0000121"]),
    );
    expect(statuses.find((i) => i.hex === "0xC0000022")!.names.map((n) => n.name)).toContain(
      "STATUS_ACCESS_DENIED",
    );
    expect(ntStatusesGiving(5)).toContain(0xc0000022);
    // Being the result of a status does not make 5 an NTSTATUS, nor its statuses its names.
    const explained = explainCode(5);
    expect(explained.ntStatus).toBe(false);
    expect(explained.names.map((n) => n.name)).not.toContain("STATUS_ACCESS_DENIED");
  });

  it("0x80070005 (HRESULT_FROM_WIN32 of 5) lists them too, and 0xD0000022 (HRESULT_FROM_NT) maps to 5", () => {
    expect(sources(0x80070005).map((i) => i.hex)).toContain("0xC0000022");
    expect(mapped(0xd0000022)[0]).toMatchObject({ kind: "WIN32", unsigned: 5 });
  });

  it("names a Win32 error mingw-w64 lacks through Wine's winerror.h: STATUS_REPARSE gives 741 ERROR_REPARSE", () => {
    const m = mapped(0x00000104);
    expect(m[0]).toMatchObject({ kind: "WIN32", unsigned: 741 });
    // winerror.h's name leads; raserror.h reuses 741 for something else.
    expect(m[0]!.names[0]).toMatchObject({
      name: "ERROR_REPARSE",
      header: "winerror.h",
      source: "wine-winerror",
    });
  });

  it("keeps a code that is not a Win32 error as what it is", () => {
    // STATUS_EMULATION_BREAKPOINT -> STATUS_BREAKPOINT; STATUS_UNFINISHED_CONTEXT_DELETED -> SEC_E_...
    expect(dosErrorOf(0x40000038)).toEqual({ value: 0x80000003, kind: "NTSTATUS" });
    expect(dosErrorOf(0xc00002ee)).toEqual({ value: 0x80090333, kind: "HRESULT" });
    expect(mapped(0xc00002ee)).toEqual([expect.objectContaining({ kind: "HRESULT", hex: "0x80090333" })]);
  });

  it("has no mapping where Windows returns the status unchanged or has none", () => {
    expect(dosErrorOf(0xc000001d)).toBeNull(); // STATUS_ILLEGAL_INSTRUCTION, returned as is
    expect(dosErrorOf(0xc0000109)).toBeNull(); // STATUS_MESSAGE_NOT_FOUND -> ERROR_MR_MID_NOT_FOUND
    expect(mapped(0xc004f074)).toEqual([]);
    expect(sources(0xc004f074)).toEqual([]);
    // STATUS_BREAKPOINT is what STATUS_EMULATION_BREAKPOINT becomes: a source, not a mapping, of it.
    expect(sources(0x80000003).map((i) => i.hex)).toContain("0x40000038");
    expect(ntStatusMapSize()).toBeGreaterThan(1800);
  });
});
