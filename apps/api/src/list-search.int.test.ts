import { writeEntry } from "@kb/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

let api: TestApi;
beforeAll(async () => (api = await startTestApi()));
afterAll(() => api?.close());

const PAGE = `query ($first: Int, $after: String, $filter: ErrorCodeFilter, $locale: Locale) {
  errorCodes(first: $first, after: $after, filter: $filter, locale: $locale) {
    totalCount
    edges { cursor node { code title } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type Page = {
  errorCodes: {
    totalCount: number;
    edges: { cursor: string; node: { code: string; title: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
const codes = (hits: { errorCode: { code: string } }[]) => hits.map((h) => h.errorCode.code);

describe("errorCodes", () => {
  it("walks all 30 codes in code order, page by page on cursors", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const res: { data?: Page } = await api.gql<Page>(PAGE, { first: 7, after });
      const conn = res.data!.errorCodes;
      expect(conn.totalCount).toBe(30);
      seen.push(...conn.edges.map((e) => e.node.code));
      expect(conn.pageInfo.endCursor).toBe(conn.edges.at(-1)?.cursor ?? null);
      after = conn.pageInfo.endCursor;
      if (!conn.pageInfo.hasNextPage) break;
    }
    expect(seen).toHaveLength(30);
    expect(seen).toEqual([...seen].sort());
    expect(seen[0]).toBe("0x8004FE21");
    expect(seen.at(-1)).toBe("0xC004F074");
  });

  it("filters by activation type and by text", async () => {
    const host = await api.gql<Page>(PAGE, { first: 50, filter: { activationType: "KMS_HOST" } });
    expect(host.data!.errorCodes.edges.map((e) => e.node.code)).toEqual([
      "0x80070005",
      "0x8007232A",
      "0xC004F00F",
      "0xC004F035",
    ]);
    const dns = await api.gql<Page>(PAGE, { first: 50, filter: { text: "DNS name" } });
    expect(dns.data!.errorCodes.totalCount).toBeGreaterThanOrEqual(3);
    expect(dns.data!.errorCodes.edges.map((e) => e.node.code)).toEqual(
      expect.arrayContaining(["0x8007007B", "0x8007232B", "0x80092328"]),
    );
  });

  it("refuses a forged cursor and an oversized page", async () => {
    const forged = await api.gql(PAGE, { first: 5, after: "not-a-cursor" });
    expect(forged.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    const big = await api.gql(PAGE, { first: 101 });
    expect(big.errors![0]!.message).toContain("first must be an integer from 0 to 100");
  });
});

describe("search", () => {
  const SEARCH = `query ($q: String!, $locale: Locale) {
    search(query: $q, locale: $locale) { rank highlight errorCode { code title servedLocale } }
  }`;

  it("finds the grace period in English, ranked, with a highlight", async () => {
    const { data } = await api.gql(SEARCH, { q: "grace period expired", locale: "EN" });
    expect(data!.search[0].errorCode.code).toBe("0xC004F009");
    expect(data!.search[0].highlight).toContain(
      "<mark>grace</mark> <mark>period</mark> <mark>expired</mark>",
    );
    expect(data!.search[0].rank).toBeGreaterThan(data!.search.at(-1).rank - 1e-9);
  });

  it("finds French words without their accents, stemmed", async () => {
    const { data } = await api.gql(SEARCH, { q: "cle de produit bloquee", locale: "FR" });
    expect(codes(data!.search)).toContain("0xC004F051");
    expect(data!.search[0].errorCode.servedLocale).toBe("FR");
    expect(data!.search[0].highlight).toContain("<mark>clé</mark>");
    const grace = await api.gql(SEARCH, { q: "période de grâce", locale: "FR" });
    expect(codes(grace.data!.search)).toEqual(
      expect.arrayContaining(["0xC004F009", "0xC004F064", "0xC004F065"]),
    );
  });

  it("finds a code from a fragment or any pasted form", async () => {
    expect(codes((await api.gql(SEARCH, { q: "F074" })).data!.search)).toEqual(["0xC004F074"]);
    expect(codes((await api.gql(SEARCH, { q: "-1073418124" })).data!.search)[0]).toBe("0xC004F074");
    expect(codes((await api.gql(SEARCH, { q: "0x8007" })).data!.search)).toHaveLength(7);
  });

  it("falls back to any of the words when all of them match nothing", async () => {
    const { data } = await api.gql(SEARCH, { q: "firewall zeppelin", locale: "EN" });
    expect(codes(data!.search)).toContain("0x800706BA");
  });

  it("escapes HTML in highlights and refuses empty or huge queries", async () => {
    const entry = {
      code: "0xC004F0FD",
      activationTypes: [],
      en: {
        title: "Zanzibar <img src=x onerror=alert(1)> marker",
        summary: "Zanzibar.",
        message: "Zanzibar.",
      },
      causes: [],
      resolutions: [],
      references: [],
    };
    await api.db.prisma.$transaction((tx) => writeEntry(tx, entry, { status: "PUBLISHED" }));
    const { data } = await api.gql(SEARCH, { q: "zanzibar marker", locale: "EN" });
    expect(data!.search[0].highlight).toContain("&#60;img src=x onerror=alert(1)&#62;");
    expect(data!.search[0].highlight).not.toMatch(/<(?!\/?mark>)/);
    await api.db.prisma.errorCode.delete({ where: { code: "0xC004F0FD" } });
    const empty = await api.gql(SEARCH, { q: "   " });
    expect(empty.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    const huge = await api.gql(SEARCH, { q: "x".repeat(5000) });
    expect(huge.errors![0]!.message).toContain("at most 200 characters");
  });

  it("lists the activation types in both languages", async () => {
    const { data } = await api.gql(
      `{ en: activationTypes { key name } fr: activationTypes(locale: FR) { name } }`,
    );
    expect(data!.en.map((t: { key: string }) => t.key)).toEqual(["MAK", "KMS", "KMS_CLIENT", "KMS_HOST"]);
    expect(data!.fr.map((t: { name: string }) => t.name)).toEqual(["MAK", "KMS", "Client KMS", "Hôte KMS"]);
  });
});
