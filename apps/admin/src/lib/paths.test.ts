import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { UiLocale } from "../i18n/locale.ts";
import { catalogues, type Messages } from "../i18n/messages/index.ts";
import { fieldErrorText } from "../editor/field-error-text.ts";
import { describePath } from "./describe-path.ts";
import { canonicalPath, fieldId } from "./paths.ts";
import { safeNext } from "./safe-next.ts";

// What useTranslations() gives a component in that interface language.
const translator = (locale: UiLocale) =>
  createTranslator({ locale, messages: catalogues[locale] as Messages, timeZone: "UTC" });

describe("field paths", () => {
  it("reads the API's two spellings as one", () => {
    expect(canonicalPath("causes.1.fr")).toBe("causes[1].fr");
    expect(canonicalPath("resolutions[0].steps[2].command")).toBe("resolutions[0].steps[2].command");
    expect(fieldId("resolutions.0.steps.2.command")).toBe("field-resolutions-0-steps-2-command");
  });

  it("says in words which field a path is, in the interface language", () => {
    expect(describePath("resolutions[1].steps[0].fr", translator("en"))).toBe(
      "Resolution 2, step 1 — French",
    );
    expect(describePath("fr.title", translator("fr"))).toBe("Titre — Français");
    expect(describePath("references[0].url", translator("en"))).toBe("Reference 1, link (url)");
    expect(describePath("causes[2].position", translator("en"))).toBe("Cause 3, position");
    // An item the caller could not place by its id is named without a number.
    const id = "3f1e9a52-8c1d-4a57-9a0e-2f0b7f6c9d11";
    expect(describePath(`resolutions[${id}].steps[${id}].fr`, translator("fr"))).toBe(
      "Résolution, étape — Français",
    );
  });

  it("words validation errors in the interface language from their code and parameters", () => {
    const error = { path: "en.title", code: "TOO_LONG", params: { max: 200 }, message: "Too big" };
    expect(fieldErrorText(error, translator("en"))).toBe("Too long: at most 200 characters.");
    expect(fieldErrorText(error, translator("fr"))).toBe("Trop long : 200 caractères au plus.");
    expect(fieldErrorText({ ...error, code: "SOMETHING_NEW" }, translator("fr"))).toBe("Too big");
  });
});

describe("sign-in redirects", () => {
  it("go back to a page of the admin only", () => {
    expect(safeNext("/entries/0xC004F074?x=1")).toBe("/entries/0xC004F074?x=1");
    for (const bad of ["//evil.example", "/\\evil.example", "https://evil.example", "/sign-in", undefined]) {
      expect(safeNext(bad)).toBe("/entries");
    }
  });
});
