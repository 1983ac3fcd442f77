// Layout cases the seed data cannot show through the API: a fallback entry, and steps that are a list
// rather than the resolution's own sentences.
import { describe, expect, it } from "vitest";
import type { ErrorCodeFullFragment } from "../generated/graphql.ts";
import { formatEntry } from "./format-entry.ts";
import { createStyle } from "./style.ts";

function step(id: string, kind: "TEXT" | "COMMAND" | "NOTE", value: string) {
  const command = kind === "COMMAND" ? value : null;
  return { id, position: 0, kind, text: command ? null : value, command, servedLocale: "EN" as const };
}

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
      stepsMode: "ALTERNATIVES",
      servedLocale: "EN",
      steps: [
        {
          ...step("s1", "TEXT", "Change the product key."),
          steps: [step("s2", "NOTE", "If you receive error 0x80072ee2, activate by phone.")],
        },
        {
          ...step("s3", "TEXT", "Activate by phone:"),
          steps: [
            step("s4", "TEXT", "Run slmgr /dti."),
            step("s5", "COMMAND", "slmgr /dti"),
            step("s6", "TEXT", "Call the activation center."),
          ],
        },
      ],
    },
    {
      id: "r2",
      position: 1,
      text: "Then restart.",
      activationType: null,
      stepsMode: "SEQUENCE",
      servedLocale: "EN",
      steps: [
        { ...step("s7", "TEXT", "Close every program."), steps: [] },
        { ...step("s8", "TEXT", "Restart Windows."), steps: [] },
      ],
    },
  ],
  references: [
    {
      id: "f1",
      position: 0,
      kind: "SOURCE",
      title: "Resolve Windows activation error codes",
      url: "https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/troubleshoot-activation-error-codes",
      servedLocale: "EN",
    },
  ],
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

  it("bullets alternatives, numbers a step's own steps, sets commands apart and marks notes", () => {
    expect(text).toContain(
      [
        "  1. [KMS] Do one of the following:",
        "     • Change the product key.",
        "         Remarque : If you receive error 0x80072ee2, activate by phone.",
        "     • Activate by phone:",
        "       1. Run slmgr /dti.",
        "            $ slmgr /dti",
        "       2. Call the activation center.",
        "  2. Then restart.",
        "     1. Close every program.",
        "     2. Restart Windows.",
      ].join("\n"),
    );
  });

  it("names the source article apart from the references, with its address", () => {
    expect(text).toContain(
      "Source\n  • Resolve Windows activation error codes <https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/troubleshoot-activation-error-codes>",
    );
  });

  it("leaves out empty sections", () => {
    expect(text).not.toContain("Causes possibles");
    expect(text).not.toContain("Voir aussi");
  });
});
