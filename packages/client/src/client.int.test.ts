// The client against a real API over HTTP on a fresh seeded database.
import { startTestApi, type TestApi } from "@kb/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKbClient, type KbClient } from "./client.ts";
import { rejection } from "./testing/reject.ts";

let api: TestApi;
let kb: KbClient;

beforeAll(async () => {
  api = await startTestApi();
  kb = createKbClient({ url: api.url });
});
afterAll(() => api?.close());

describe("lookup", () => {
  it("serves an entry in French with localized activation types", async () => {
    const entry = await kb.lookup("0xC004F074", "FR");
    expect(entry?.title).toBe("Aucun service de gestion de clés (KMS) n’a pu être contacté");
    expect(entry).toMatchObject({
      code: "0xC004F074",
      servedLocale: "FR",
      isFallback: false,
      status: "PUBLISHED",
    });
    expect(entry?.activationTypes).toEqual([{ key: "KMS_CLIENT", name: "Client KMS" }]);
    expect(entry?.translations.map((t) => [t.locale, t.status])).toEqual([
      ["EN", "CURRENT"],
      ["FR", "CURRENT"],
    ]);
  });

  it("finds a code by its signed decimal form", async () => {
    const entry = await kb.lookup("-1073418124");
    expect(entry?.code).toBe("0xC004F074");
    expect(entry?.title).toBe("No Key Management Service (KMS) could be contacted");
    expect(entry?.hresult).toMatchObject({
      signed: -1073418124,
      unsignedDecimal: "3221549172",
      facilityName: "FACILITY_ITF",
    });
  });

  it("returns the full resolution steps, commands included", async () => {
    const entry = await kb.lookup("0x8007232B");
    const steps = entry?.resolutions[0]?.steps ?? [];
    // The resolution's text says what to do; the command follows it (no text step repeats the text).
    expect(steps.map((s) => s.kind)).toEqual(["COMMAND"]);
    expect(steps[0]?.command).toBe("slmgr.vbs /skms <kms_host_name>");
    expect(entry?.related.map((r) => r.code)).toContain("0x8007007B");
  });

  it("returns null for a valid code the knowledge base does not have", async () => {
    expect(await kb.lookup("0xC004FFFF")).toBeNull();
  });

  it("raises BAD_USER_INPUT, with the API's explanation, for something that is no code", async () => {
    const error = await rejection(kb.lookup("hello"));
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toContain('"hello" is not an error code');
    expect(error.path).toEqual(["errorCode"]);
    expect(error.status).toBe(200);
  });
});

describe("search", () => {
  it("ranks the matching entry first in English", async () => {
    const hits = await kb.search("grace period expired", { locale: "EN" });
    expect(hits[0]?.errorCode.code).toBe("0xC004F009");
    expect(hits[0]?.highlight).toContain("<mark>grace</mark>");
  });

  it("matches French words typed without accents", async () => {
    const hits = await kb.search("cle de produit bloquee", { locale: "FR", first: 5 });
    expect(hits.map((h) => h.errorCode.code)).toContain("0xC004F051");
    expect(hits.length).toBeLessThanOrEqual(5);
  });
});

describe("list", () => {
  it("pages through all 30 codes in order, 10 at a time", async () => {
    const codes: string[] = [];
    let after: string | null = null;
    let last;
    for (let page = 0; page < 3; page++) {
      last = await kb.list({ first: 10, after });
      expect(last.edges).toHaveLength(10);
      codes.push(...last.edges.map((e) => e.node.code));
      after = last.pageInfo.endCursor ?? null;
    }
    expect(last?.totalCount).toBe(30);
    expect(last?.pageInfo.hasNextPage).toBe(false);
    expect(new Set(codes).size).toBe(30);
    expect(codes).toEqual([...codes].sort());
  });

  it("filters by activation type", async () => {
    const page = await kb.list({ filter: { activationType: "KMS_HOST" }, locale: "FR" });
    expect(page.edges.length).toBeGreaterThan(0);
    for (const { node } of page.edges) expect(node.activationTypes.map((t) => t.key)).toContain("KMS_HOST");
  });
});

describe("decode and activation types", () => {
  it("decodes a Win32 HRESULT", async () => {
    const h = await kb.decode("0x8007232B");
    expect(h).toMatchObject({
      facility: 7,
      facilityName: "FACILITY_WIN32",
      win32Error: 9003,
      isFailure: true,
    });
  });

  it("lists the activation types in French", async () => {
    const types = await kb.activationTypes("FR");
    expect(types.map((t) => t.key).sort()).toEqual(["KMS", "KMS_CLIENT", "KMS_HOST", "MAK"]);
    expect(types.find((t) => t.key === "KMS_CLIENT")?.name).toBe("Client KMS");
  });
});
