// The relevance set over HTTP on the seeded base: each query's best hits are the expected codes, in order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RELEVANCE_SET } from "./testing/relevance-set.ts";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

let api: TestApi;
// Every request to the database: the read model must not answer for the search under test.
beforeAll(
  async () => (api = await startTestApi({ settings: { KB_HTTP_CACHE: false, KB_READ_MODEL: false } })),
);
afterAll(() => api?.close());

const SEARCH = `query ($q: String!, $locale: Locale) {
  search(query: $q, locale: $locale, first: 5) { errorCode { code } }
}`;

describe("relevance set", () => {
  it("has at least 30 queries in each language", () => {
    expect(RELEVANCE_SET.filter((r) => r.locale === "EN").length).toBeGreaterThanOrEqual(15);
    expect(RELEVANCE_SET.filter((r) => r.locale === "FR").length).toBeGreaterThanOrEqual(15);
    expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(30);
  });

  it.each(RELEVANCE_SET)("$locale: $query", async ({ locale, query, top }) => {
    const { data, errors } = await api.gql(SEARCH, { q: query, locale });
    expect(errors).toBeUndefined();
    const codes = data!.search.map((h: { errorCode: { code: string } }) => h.errorCode.code);
    expect(codes.slice(0, top.length)).toEqual(top);
  });
});
