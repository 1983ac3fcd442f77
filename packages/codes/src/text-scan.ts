import type { ParsedCode } from "./canonical.ts";
import { CodeParseError } from "./code-parse-error.ts";
import { fromDigitRun, fromHexDigits } from "./tokens.ts";

// Finding a code inside a pasted line of prose. Precedence, first match wins:
//   1. an explicit 0x token ("Error: 0xC004F074 ...")
//   2. a decimal value after a well-known key ("hr=-1073418124", the key=value
//      shape of CBS/DISM/setup logs)
//   3. a bare 8-hex-digit token that contains a letter A-F or starts with 8
//      ("Fehler C004F074", "error 80070005"); all-digit runs not starting with
//      8 are skipped so dates (20240115) and event IDs are not mistaken for codes
// Any other decimal number in prose ("Event ID 12288") is ignored: without a
// label nothing says it is a code.

// ASCII-only boundaries, so a code glued to CJK text ("エラー0x8004FE21") still matches.
const BEFORE = "(?<![0-9A-Za-z_])";
const AFTER = "(?![0-9A-Za-z_])";

const HEX_0X = new RegExp(`${BEFORE}0x([0-9a-f]+)${AFTER}`, "gi");
// "=" for log-style key=value pairs; ":" only after hr/hresult, the keys that
// cannot mean anything but an HRESULT (PowerShell's "HResult : -2147024891").
// "Error: 12 files failed" must not turn into a code.
const LABELLED_DECIMAL = new RegExp(
  `${BEFORE}(?:(?:hr|hresult)\\s*[=:]|` +
    `(?:status|error|err|errorcode|error_code|code|rc|result|exitcode|exit_code)\\s*=)` +
    `\\s*(-?\\d+)(?![0-9A-Za-z_]|\\.\\d)`,
  "gi",
);
const BARE_HEX8 = new RegExp(`${BEFORE}([0-9a-f]{8})${AFTER}`, "gi");

// SKU and activation IDs are GUIDs whose first group is 8 hex digits; without
// this they would be picked up as bare codes from slmgr /dlv output.
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function looksLikeBareCode(token: string): boolean {
  return /[a-f]/i.test(token) || token.startsWith("8");
}

// Yields readers in precedence order; a reader throws CodeParseError when its
// token is numeric but out of range.
function* candidates(cleaned: string, input: string): Generator<() => ParsedCode> {
  for (const match of cleaned.matchAll(HEX_0X)) {
    yield () => fromHexDigits(match[1] ?? "", match[0], input);
  }
  for (const match of cleaned.matchAll(LABELLED_DECIMAL)) {
    yield () => fromDigitRun(match[1] ?? "", input);
  }
  for (const match of cleaned.matchAll(BARE_HEX8)) {
    const token = match[1] ?? "";
    if (looksLikeBareCode(token)) yield () => fromHexDigits(token, token, input);
  }
}

/**
 * Returns the first code found in `text`, or null when there is none.
 * An out-of-range candidate is skipped (a 64-bit address may precede the real
 * code on the same line); only if nothing else is found is its range error thrown.
 */
export function findCodeInText(text: string, input: string): ParsedCode | null {
  let rangeError: CodeParseError | null = null;
  for (const read of candidates(text.replace(GUID, " "), input)) {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof CodeParseError)) throw error;
      rangeError ??= error;
    }
  }
  if (rangeError) throw rangeError;
  return null;
}
