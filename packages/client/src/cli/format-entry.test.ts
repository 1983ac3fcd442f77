// Layout cases the seed data cannot show through the API: a fallback entry, and steps that are a list
// rather than the resolution's own sentences.
import { describe, expect, it } from "vitest";
import type { ErrorCodeFullFragment } from "../generated/graphql.ts";
import { formatEntry } from "./format-entry.ts";
import { createStyle } from "./style.ts";

const entry: ErrorCodeFullFragment = {
  code: "0xC004F035",
  title: "Invalid Volume License Key",
  message: "Error: Invalid Volume License Key.",
  summary: "Invalid Volume License Key.",
  notes: null,
  servedLocale: "EN",
  isFallback: true,
  fallbackTexts: ["title", "summary", "message"],
  status: "PUBLISHED",
  version: 2,
  updatedAt: "2026-01-01T00:00:00.000Z",
  activationTypes: [{ key: "KMS_CLIENT", name: "KMS client" }],
  causes: [],
  resolutions: [
    {
      id: "r1",
      position: 0,
      text: "Do one of the following:",
      activationType: { key: "KMS", name: "KMS" },
      servedLocale: "EN",
      steps: [
        {
          id: "s1",
          position: 0,
          kind: "TEXT",
          text: "Change the product key.",
          command: null,
          servedLocale: "EN",
        },
        { id: "s2", position: 1, kind: "TEXT", text: "Run slmgr /dti.", command: null, servedLocale: "EN" },
        { id: "s3", position: 2, kind: "COMMAND", text: null, command: "slmgr /dti", servedLocale: "EN" },
      ],
    },
  ],
  references: [],
  translations: [],
  hresult: {
    hex: "0xC004F035",
    unsignedDecimal: "3221549109",
    signed: -1073418187,
    isFailure: true,
    severity: "FAILURE",
    customer: false,
    reserved: true,
    reservedX: false,
    nBit: false,
    ntStatus: false,
    facility: 4,
    facilityName: "FACILITY_ITF",
    code: 61493,
    source: null,
    win32Error: null,
    win32Name: null,
    names: [{ name: "SL_E_VL_NOT_WINDOWS_SLP", kind: "HRESULT", header: "slerror.h", description: null }],
  },
  related: [],
};

describe("formatEntry", () => {
  const text = formatEntry(entry, { style: createStyle(false), locale: "FR", columns: undefined });

  it("says when the text is served in another language", () => {
    expect(text.split("\n")[1]).toBe("Pas encore de texte en français : affiché en anglais.");
  });

  it("numbers list steps under their resolution and sets commands apart", () => {
    expect(text).toContain(
      [
        "  1. [KMS] Do one of the following:",
        "     1. Change the product key.",
        "     2. Run slmgr /dti.",
        "          $ slmgr /dti",
      ].join("\n"),
    );
  });

  it("leaves out empty sections", () => {
    expect(text).not.toContain("Causes possibles");
    expect(text).not.toContain("Voir aussi");
  });
});
