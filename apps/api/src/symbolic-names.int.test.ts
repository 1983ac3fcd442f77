// Symbolic names over HTTP, on the database the suite runs on: decodeHResult gives every name the
// Windows headers give a value and every reading of it; names are a code form for lookups and
// decoding; a search for a name finds the entry of its code; the backlog shows names.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "./testing/accounts.ts";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

let api: TestApi;
beforeAll(async () => (api = await startTestApi()));
afterAll(() => api?.close());

const DECODE = `query ($code: String!) { decodeHResult(code: $code) {
  hex ntStatus nBit win32Error win32Name unnamedReason
  names { name kind header description }
  interpretations { kind hex relation names { name } } } }`;

type Named = { name: string; kind: string; header: string };

describe("decodeHResult names", () => {
  it("gives 0x80070005 its HRESULT name and, unwrapped, the Win32 error 5", async () => {
    const res = await api.gql(DECODE, { code: "0x80070005" });
    expect(res.errors).toBeUndefined();
    const d = res.data!.decodeHResult;
    expect(d.names.slice(0, 1)).toEqual([
      { name: "E_ACCESSDENIED", kind: "HRESULT", header: "winerror.h", description: null },
    ]);
    expect(d.names).toContainEqual({
      name: "ERROR_ACCESS_DENIED",
      kind: "WIN32",
      header: "winerror.h",
      description: null,
    });
    expect(d.interpretations).toContainEqual({
      kind: "WIN32",
      hex: "0x00000005",
      relation: "HRESULT_FROM_WIN32",
      names: expect.arrayContaining([{ name: "ERROR_ACCESS_DENIED" }]),
    });
    expect(d).toMatchObject({ win32Error: 5, win32Name: "ERROR_ACCESS_DENIED", ntStatus: false });
  });

  it("knows 0xC0000005 as the NTSTATUS STATUS_ACCESS_VIOLATION, and 0xFFFFFFFF as none", async () => {
    const nt = (await api.gql(DECODE, { code: "0xC0000005" })).data!.decodeHResult;
    expect(nt.ntStatus).toBe(true);
    expect(nt.names[0]).toMatchObject({
      name: "STATUS_ACCESS_VIOLATION",
      kind: "NTSTATUS",
      header: "ntstatus.h",
    });
    const all = (await api.gql(DECODE, { code: "0xFFFFFFFF" })).data!.decodeHResult;
    expect(all).toMatchObject({ ntStatus: false, nBit: true });
  });

  it("names the seeded SL_E_ codes and says why 0x8004FE21 has no public name", async () => {
    const sl = (await api.gql(DECODE, { code: "0xC004F074" })).data!.decodeHResult;
    expect(sl.names.map((n: Named) => n.name)).toEqual(["SL_E_VL_BINDING_SERVICE_UNAVAILABLE"]);
    const genuine = (await api.gql(DECODE, { code: "0x8004FE21" })).data!.decodeHResult;
    expect(genuine.names).toEqual([]);
    expect(genuine.unnamedReason).toMatch(/not running genuine Windows/);
  });

  it("follows RtlNtStatusToDosError both ways: 0xC0000022 -> 5 ERROR_ACCESS_DENIED -> STATUS_ACCESS_DENIED", async () => {
    const nt = (await api.gql(DECODE, { code: "STATUS_ACCESS_DENIED" })).data!.decodeHResult;
    expect(nt.hex).toBe("0xC0000022");
    expect(nt.interpretations).toContainEqual({
      kind: "WIN32",
      hex: "0x00000005",
      relation: "RTL_NTSTATUS_TO_DOS_ERROR",
      names: expect.arrayContaining([{ name: "ERROR_ACCESS_DENIED" }]),
    });
    expect(nt.interpretations).toContainEqual(
      expect.objectContaining({ kind: "HRESULT", hex: "0x80070005", relation: "RTL_NTSTATUS_TO_DOS_ERROR" }),
    );
    expect(nt.names.map((n: Named) => n.name)).toEqual(
      expect.arrayContaining(["STATUS_ACCESS_DENIED", "ERROR_ACCESS_DENIED"]),
    );

    const win32 = (await api.gql(DECODE, { code: "5" })).data!.decodeHResult;
    expect(win32.ntStatus).toBe(false);
    expect(win32.interpretations).toContainEqual({
      kind: "NTSTATUS",
      hex: "0xC0000022",
      relation: "RTL_NTSTATUS_TO_DOS_ERROR_SOURCE",
      names: [{ name: "STATUS_ACCESS_DENIED" }],
    });
  });

  it("decodes a name given instead of a number, case-insensitively", async () => {
    const d = (await api.gql(DECODE, { code: "e_fail" })).data!.decodeHResult;
    expect(d.hex).toBe("0x80004005");
    expect(d.names[0]).toMatchObject({ name: "E_FAIL" });
    const bad = await api.gql(DECODE, { code: "E_NOT_A_NAME_ANYWHERE" });
    expect(bad.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(bad.errors![0]!.message).toMatch(/symbolic name/);
  });
});

describe("lookup by name", () => {
  const LOOKUP = `query ($code: String!) { errorCode(code: $code) { code title hresult { names { name } } } }`;

  it("finds an entry by the symbolic name of its code", async () => {
    const res = await api.gql(LOOKUP, { code: "SL_E_VL_BINDING_SERVICE_UNAVAILABLE" });
    expect(res.errors).toBeUndefined();
    expect(res.data!.errorCode).toMatchObject({
      code: "0xC004F074",
      hresult: { names: [{ name: "SL_E_VL_BINDING_SERVICE_UNAVAILABLE" }] },
    });
    const win32 = await api.gql(LOOKUP, { code: "error_access_denied" });
    // ERROR_ACCESS_DENIED is 5, not 0x80070005: the base holds no entry for 5.
    expect(win32.data!.errorCode).toBeNull();
    const wrapped = await api.gql(LOOKUP, { code: "E_ACCESSDENIED" });
    expect(wrapped.data!.errorCode.code).toBe("0x80070005");
  });

  it("lists unknown codes with their names in the editors' backlog", async () => {
    await api.gql(LOOKUP, { code: "STATUS_ACCESS_VIOLATION" });
    const admin = await signIn(api, "ADMIN");
    const backlog = await api.gql(`{ unknownLookups { code names { name kind header } } }`, {}, admin);
    // Its own name first, then what RtlNtStatusToDosError makes of it (998 ERROR_NOACCESS).
    expect(backlog.data!.unknownLookups).toContainEqual({
      code: "0xC0000005",
      names: [
        { name: "STATUS_ACCESS_VIOLATION", kind: "NTSTATUS", header: "ntstatus.h" },
        { name: "ERROR_NOACCESS", kind: "WIN32", header: "winerror.h" },
      ],
    });
  });
});

describe("search by name", () => {
  const SEARCH = `query ($q: String!, $first: Int) { search(query: $q, first: $first) { errorCode { code } rank } }`;

  it("puts the entry of the named code first", async () => {
    const res = await api.gql(SEARCH, { q: "sl_e_vl_binding_service_unavailable" });
    expect(res.errors).toBeUndefined();
    expect(res.data!.search[0].errorCode.code).toBe("0xC004F074");
    const one = await api.gql(SEARCH, { q: "SL_E_GRACE_TIME_EXPIRED", first: 1 });
    expect(one.data!.search.map((h: { errorCode: { code: string } }) => h.errorCode.code)).toEqual([
      "0xC004F009",
    ]);
  });

  it("leaves other searches as they were", async () => {
    const words = await api.gql(SEARCH, { q: "grace period" });
    expect(words.data!.search.length).toBeGreaterThan(0);
    const unknown = await api.gql(SEARCH, { q: "NOT_A_WINDOWS_NAME" });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.search).toEqual([]);
  });
});
