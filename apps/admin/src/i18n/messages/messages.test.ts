import { catalogueProblems } from "@kb/web-testing/messages";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientMessages } from "../client-messages.ts";
import { catalogues, type Messages } from "./index.ts";

describe("the admin's catalogues", () => {
  it("are valid ICU, and French takes the same arguments as English in every message", () => {
    expect(
      catalogueProblems({
        source: { locale: "en", messages: catalogues.en },
        target: { locale: "fr", messages: catalogues.fr },
      }),
    ).toEqual([]);
  });

  it("agree plurals with the count in each language", () => {
    const en = createTranslator({ locale: "en", messages: catalogues.en as Messages });
    const fr = createTranslator({ locale: "fr", messages: catalogues.fr as Messages });
    expect([0, 1, 2].map((count) => en("list.count", { count }))).toEqual([
      "0 entries",
      "1 entry",
      "2 entries",
    ]);
    expect([0, 1, 2].map((count) => fr("list.count", { count }))).toEqual(["0 fiche", "1 fiche", "2 fiches"]);
    expect(fr("list.reportStale", { count: 3 })).toBe("3 périmées");
    expect(en("editor.failure.invalid", { count: 1 })).toMatch(/^Not saved: 1 field needs attention\./);
    expect(fr("editor.failure.invalid", { count: 2 })).toMatch(/^Non enregistré : 2 champs à corriger\./);
  });

  it("send the browser every namespace but the server-only ones", () => {
    const sent = clientMessages(catalogues.en as Messages);
    expect(Object.keys(sent)).toEqual([...CLIENT_NAMESPACES]);
    expect(sent).not.toHaveProperty("list");
  });
});
