// Search as readers use it (issue 14's examples), over HTTP on the seeded base, every request to the
// database (no cache answers for the search under test).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

let api: TestApi;
beforeAll(
  async () => (api = await startTestApi({ settings: { KB_HTTP_CACHE: false, KB_READ_MODEL: false } })),
);
afterAll(() => api?.close());

type Segment = { text: string; marked: boolean };
type Results = {
  hits: { errorCode: { code: string }; highlight: string | null; segments: Segment[] }[];
  suggestion: string | null;
  suggestionApplied: boolean;
  otherLocale: string;
  otherLocaleHits: number;
};
const RESULTS = `query ($q: String!, $locale: Locale, $first: Int) {
  searchResults(query: $q, locale: $locale, first: $first) {
    hits { errorCode { code } highlight segments { text marked } }
    suggestion suggestionApplied otherLocale otherLocaleHits
  }
}`;
async function find(q: string, locale = "EN", first = 10): Promise<Results> {
  const res = await api.gql<{ searchResults: Results }>(RESULTS, { q, locale, first });
  expect(res.errors).toBeUndefined();
  return res.data!.searchResults;
}
const codes = (r: Results) => r.hits.map((h) => h.errorCode.code);
// The six codes whose texts mention the command, as slmgr or as slmgr.vbs (prisma/seed/error-codes.json).
const SLMGR = ["0x80070005", "0x80070490", "0x8007232B", "0xC004F00F", "0xC004F035", "0xC004F038"];

describe("search as readers type it", () => {
  it("finds a command with and without its extension", async () => {
    for (const locale of ["EN", "FR"]) {
      expect(codes(await find("slmgr", locale)).sort()).toEqual(SLMGR);
      expect(codes(await find("slmgr.vbs", locale)).sort()).toEqual(SLMGR);
    }
  });

  it("returns every code of a pasted text first, then word hits", async () => {
    const pasted = "Activation failed with 0xC004F074, then on retry with error 0x8007232B (DNS name)";
    const found = codes(await find(pasted));
    expect(found.slice(0, 2)).toEqual(["0xC004F074", "0x8007232B"]);
    expect(found.length).toBeGreaterThan(2);
    expect(codes(await find("C004F074 80070005")).slice(0, 2)).toEqual(["0xC004F074", "0x80070005"]);
  });

  it("reads a signed decimal as a code, never as NOT", async () => {
    expect(codes(await find("-1073418124"))).toEqual(["0xC004F074"]);
    expect(codes(await find("−1073418124", "FR"))).toEqual(["0xC004F074"]);
    expect(codes(await find("3221549172"))).toEqual(["0xC004F074"]);
  });

  it("corrects a misspelt word and says so", async () => {
    const typo = await find("activaton");
    expect(typo.suggestion).toBe("activation");
    expect(typo.suggestionApplied).toBe(true);
    expect(typo.hits.length).toBeGreaterThan(0);
    const fr = await find("priode de grâce", "FR");
    expect(fr.suggestion).toBe("période de grâce");
    expect(codes(fr).slice(0, 2)).toEqual(["0xC004F009", "0xC004F064"]);
    const right = await find("activation");
    expect(right.suggestion).toBeNull();
    expect(right.suggestionApplied).toBe(false);
  });

  it("says when the other language has hits", async () => {
    const fr = await find("clé de produit bloquée", "EN");
    expect(fr.otherLocale).toBe("FR");
    expect(fr.otherLocaleHits).toBeGreaterThanOrEqual(2);
    const en = await find("product key blocked", "FR");
    expect(en.otherLocale).toBe("EN");
    expect(en.otherLocaleHits).toBeGreaterThanOrEqual(2);
    expect((await find("product key blocked", "EN")).otherLocaleHits).toBe(0);
  });

  it("gives highlights as segments, each line once, placeholders kept", async () => {
    for (const [q, locale] of [
      ["slmgr", "EN"],
      ["confirmation ID", "EN"],
      ["kms_host_name", "EN"],
      ["clé de produit", "FR"],
      ["DNS", "EN"],
    ]) {
      const found = await find(q!, locale, 20);
      expect(found.hits.length).toBeGreaterThan(0);
      for (const hit of found.hits) {
        const text = hit.segments.map((s) => s.text).join("");
        const parts = text.split(" … ").map((p) => p.trim());
        expect(new Set(parts).size, text).toBe(parts.length);
        expect(text).not.toMatch(/&#\d+;|[\uE000\uE001]/);
        expect([...text].some((c) => c.charCodeAt(0) < 9)).toBe(false);
        expect(hit.segments.some((s) => s.marked)).toBe(true);
      }
    }
    const atp = await find("confirmation ID", "EN");
    const f035 = atp.hits.find((h) => h.errorCode.code === "0xC004F035")!;
    expect(f035.segments.map((s) => s.text).join("")).toContain("slmgr /atp <Confirmation ID>");
    expect(f035.highlight).toContain("&#60;");
    const host = await find("kms_host_name", "EN");
    expect(host.hits[0]!.segments.map((s) => s.text).join("")).toContain("<kms_host_name>");
  });
});
