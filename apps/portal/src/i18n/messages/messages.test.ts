import { catalogueProblems, isPlainText, messageEntries } from "@kb/web-testing/messages";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES } from "../client-messages.ts";
import { catalogues, type Messages } from "./index.ts";

const nb = "\u00a0";
const en = createTranslator({ locale: "en", messages: catalogues.en as Messages });
const fr = createTranslator({ locale: "fr", messages: catalogues.fr as Messages });

describe("the portal's catalogues", () => {
  it("are valid ICU, French takes the same arguments as English, and every text is translated", () => {
    expect(
      catalogueProblems({
        source: { locale: "en", messages: catalogues.en },
        target: { locale: "fr", messages: catalogues.fr },
        mustDiffer: () => true,
      }),
    ).toEqual([]);
  });

  it("agree counts with their number in each language (French 0 and 1 are singular)", () => {
    expect([0, 1, 2].map((count) => en("home.codeCount", { count }))).toEqual([
      "0 codes",
      "1 code",
      "2 codes",
    ]);
    expect([0, 1, 2].map((count) => fr("home.codeCount", { count }))).toEqual([
      `0${nb}code`,
      `1${nb}code`,
      `2${nb}codes`,
    ]);
    expect(en("search.resultCount", { count: 1 })).toBe("1 entry found");
    expect(fr("search.resultCount", { count: 0 })).toBe(`0${nb}article trouvé`);
    expect(en("search.otherLanguage", { count: 100 })).toBe("100+ entries match in French:");
    expect(en("search.otherLanguage", { count: 3 })).toBe("3 entries match in French:");
    expect(fr("search.otherLanguage", { count: 1 })).toBe(`1${nb}article correspond en anglais${nb}:`);
    expect(fr("search.otherLanguage", { count: 100 })).toBe(
      `Plus de 100${nb}articles correspondent en anglais${nb}:`,
    );
  });

  it("insert what the reader typed as text, not as a message", () => {
    expect(en("search.resultsFor", { query: "{x} <b> it's #" })).toBe("Results for “{x} <b> it's #”");
    expect(fr("notFound.typedAs", { input: "0xC004F07" })).toBe(`Vous avez saisi «${nb}0xC004F07${nb}».`);
  });
});

describe("the messages sent to the browser", () => {
  it("are plain text: the client bundle formats without an ICU parser (next.config.ts)", () => {
    for (const locale of ["en", "fr"] as const) {
      const sent = Object.fromEntries(CLIENT_NAMESPACES.map((name) => [name, catalogues[locale][name]]));
      const formatted = messageEntries(sent).filter(([, text]) => !isPlainText(text));
      expect(formatted, locale).toEqual([]);
    }
  });
});
