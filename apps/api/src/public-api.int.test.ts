import { writeEntry } from "@kb/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./testing/test-api.ts";

let api: TestApi;
beforeAll(async () => (api = await startTestApi()));
afterAll(() => api?.close());

const LOOKUP = `query ($code: String!, $locale: Locale) {
  errorCode(code: $code, locale: $locale) {
    code title message servedLocale isFallback fallbackTexts
    activationTypes { key name }
    causes { position text servedLocale }
    resolutions { position text activationType { key name } steps { kind text command } }
    references { title }
    translations { locale status }
  }
}`;

describe("errorCode", () => {
  it.each([
    "0xC004F074",
    "C004F074",
    "c004f074",
    "0XC004F074",
    "3221549172",
    "-1073418124",
    "Error: 0xC004F074 No Key Management Service (KMS) could be contacted.",
  ])("finds 0xC004F074 from %j", async (code) => {
    const res = await api.gql(LOOKUP, { code });
    expect(res.errors).toBeUndefined();
    expect(res.data!.errorCode.code).toBe("0xC004F074");
    expect(res.data!.errorCode.title).toBe("No Key Management Service (KMS) could be contacted");
  });

  it("serves French with its French names and no fallback", async () => {
    const { data } = await api.gql(LOOKUP, { code: "0xC004F074", locale: "FR" });
    expect(data!.errorCode).toMatchObject({
      title: "Aucun service de gestion de clés (KMS) n’a pu être contacté",
      servedLocale: "FR",
      isFallback: false,
      activationTypes: [{ key: "KMS_CLIENT", name: "Client KMS" }],
      causes: [{ position: 0, text: "Tous les systèmes hôte KMS ont retourné une erreur." }],
      references: [
        { title: "Procédures de dépannage courantes pour les problèmes KMS et DNS" },
        { title: "Résoudre les codes d’erreur d’activation de Windows" },
      ],
      translations: [
        { locale: "EN", status: "CURRENT" },
        { locale: "FR", status: "CURRENT" },
      ],
    });
  });

  it("keeps commands as language-neutral steps and scopes resolutions", async () => {
    const { data } = await api.gql(LOOKUP, { code: "0xC004F00F", locale: "FR" });
    const [mak, kms] = data!.errorCode.resolutions;
    expect(mak.activationType).toEqual({ key: "MAK", name: "MAK" });
    expect(kms.activationType.key).toBe("KMS");
    expect(kms.steps).toContainEqual({ kind: "COMMAND", text: null, command: "slmgr.vbs /ato" });
    expect(kms.text).toBe(
      "Si vous utilisez l’activation KMS, redémarrez Windows ou exécutez slmgr.vbs /ato.",
    );
  });

  it("takes the locale from Accept-Language, and the argument over it", async () => {
    const fr = await api.gql(
      LOOKUP,
      { code: "0x80070005" },
      { "accept-language": "de-DE, fr-CA;q=0.8, en;q=0.5" },
    );
    expect(fr.data!.errorCode).toMatchObject({ title: "Accès refusé", servedLocale: "FR" });
    const en = await api.gql(LOOKUP, { code: "0x80070005", locale: "EN" }, { "accept-language": "fr" });
    expect(en.data!.errorCode).toMatchObject({ title: "Access denied", servedLocale: "EN" });
    const none = await api.gql(LOOKUP, { code: "0x80070005" }, { "accept-language": "de" });
    expect(none.data!.errorCode.servedLocale).toBe("EN");
  });

  it("gives null for a valid code that is not in the base", async () => {
    const res = await api.gql(LOOKUP, { code: "0x80070002" });
    expect(res.errors).toBeUndefined();
    expect(res.data!.errorCode).toBeNull();
  });

  it.each([
    ["hello", "is not an error code"],
    ["4294967296", "out of range"],
    ["-2147483649", "out of range"],
    ["", "Expected"],
  ])("refuses %j with BAD_USER_INPUT saying what was expected", async (code, words) => {
    const res = await api.gql(LOOKUP, { code });
    expect(res.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.message).toContain(words);
  });

  it("serves English, flagged, when the asked locale has no text", async () => {
    const entry = {
      code: "0xC004F0FF",
      activationTypes: ["KMS_HOST" as const],
      en: { title: "Untranslated test entry", summary: "Only English.", message: "Only English." },
      causes: [{ en: "A cause in English only." }],
      resolutions: [{ en: "A resolution in English only.", steps: [{ command: "slmgr.vbs /dlv" }] }],
      references: [],
    };
    await api.db.prisma.$transaction((tx) => writeEntry(tx, entry, { status: "PUBLISHED" }));
    const { data } = await api.gql(LOOKUP, { code: "0xC004F0FF", locale: "FR" });
    expect(data!.errorCode).toMatchObject({
      title: "Untranslated test entry",
      servedLocale: "EN",
      isFallback: true,
      fallbackTexts: ["title", "summary", "message"],
      causes: [{ text: "A cause in English only.", servedLocale: "EN" }],
      // Activation type names are data in both languages: a French reader gets the French name.
      activationTypes: [{ key: "KMS_HOST", name: "Hôte KMS" }],
      translations: [
        { locale: "EN", status: "CURRENT" },
        { locale: "FR", status: "MISSING" },
      ],
    });
    await api.db.prisma.errorCode.delete({ where: { code: "0xC004F0FF" } });
  });

  it("never shows a draft to the public", async () => {
    const entry = {
      code: "0xC004F0FE",
      activationTypes: [],
      en: { title: "Draft grace period note", summary: "Draft.", message: "Draft." },
      causes: [],
      resolutions: [],
      references: [],
    };
    await api.db.prisma.$transaction((tx) => writeEntry(tx, entry, { status: "DRAFT" }));
    expect((await api.gql(LOOKUP, { code: "0xC004F0FE" })).data!.errorCode).toBeNull();
    const list = await api.gql(`{ errorCodes(first: 100) { totalCount edges { node { code } } } }`);
    expect(list.data!.errorCodes.totalCount).toBe(30);
    const hits = await api.gql(`{ search(query: "draft grace period note") { errorCode { code } } }`);
    expect(hits.data!.search.map((h: { errorCode: { code: string } }) => h.errorCode.code)).not.toContain(
      "0xC004F0FE",
    );
    await api.db.prisma.errorCode.delete({ where: { code: "0xC004F0FE" } });
  });
});

describe("decodeHResult", () => {
  it("explains a Win32 code", async () => {
    const { data } = await api.gql(`{ decodeHResult(code: "0x8007232B") {
      hex unsigned signed isFailure facility facilityName code win32Error win32Name } }`);
    expect(data!.decodeHResult).toEqual({
      hex: "0x8007232B",
      unsigned: 2147951403,
      signed: -2147015893,
      isFailure: true,
      facility: 7,
      facilityName: "FACILITY_WIN32",
      code: 0x232b,
      win32Error: 9003,
      win32Name: "DNS_ERROR_RCODE_NAME_ERROR",
    });
  });

  it("explains a code the base does not hold, and refuses garbage", async () => {
    const { data } = await api.gql(
      `{ decodeHResult(code: "-1073418241") { hex facility facilityName source } }`,
    );
    expect(data!.decodeHResult).toMatchObject({
      hex: "0xC004EFFF",
      facility: 4,
      facilityName: "FACILITY_ITF",
    });
    const bad = await api.gql(`{ decodeHResult(code: "0xZZ") { hex } }`);
    expect(bad.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  });
});

describe("related", () => {
  it("links the codes that all say “DNS name does not exist”", async () => {
    const { data } = await api.gql(`{ errorCode(code: "0x8007232B") { related { code } } }`);
    expect(data!.errorCode.related.map((r: { code: string }) => r.code)).toEqual([
      "0x8007007B",
      "0x80092328",
    ]);
  });
});
