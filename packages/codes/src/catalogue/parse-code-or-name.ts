// Names are a code form: "E_FAIL", "error_access_denied" or "STATUS_ACCESS_VIOLATION" resolve to
// their value; every other input goes through parseCode.
import type { ParsedCode } from "../canonical.ts";
import { codeFromNumber } from "../canonical.ts";
import { CodeParseError } from "../code-parse-error.ts";
import { parseCode } from "../parse-code.ts";
import { lookupName, type SymbolicName } from "./catalogue.ts";

export interface ParsedCodeOrName extends ParsedCode {
  /** The symbolic name the input was, as the header spells it; null when the input was a number. */
  name: SymbolicName | null;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Eight hex digits are a code, never a name ("DEADBEEF" stays 0xDEADBEEF).
const BARE_HEX = /^[0-9a-f]{8}$/i;

/**
 * Parses a code in any form parseCode accepts, or a symbolic name from the catalogue
 * (case-insensitive). A name defined with different values in different headers resolves to the
 * first header's (winerror.h, then ntstatus.h, ...). Throws CodeParseError.
 */
export function parseCodeOrName(input: string): ParsedCodeOrName {
  const text = typeof input === "string" ? input.trim() : "";
  // A name without an underscore (NOERROR, SUCCESS) must be written in capitals, so that a word
  // ("success", "pending") is not taken for a code.
  const nameLike = text.includes("_") || text === text.toUpperCase();
  if (IDENTIFIER.test(text) && !BARE_HEX.test(text) && nameLike) {
    const [first] = lookupName(text);
    if (first) return { ...codeFromNumber(first.value), name: first };
  }
  // Only what looks like a name (it has an underscore) is told about names; "hello" gets parseCode's answer.
  if (IDENTIFIER.test(text) && text.includes("_")) {
    throw new CodeParseError(
      input,
      `${JSON.stringify(text.slice(0, 60))} is neither an error code nor a symbolic name the Windows headers define. ` +
        "Expected a 32-bit code such as 0xC004F074, C004F074, 3221549172 or -1073418124, a line of text containing one, " +
        "or a name such as ERROR_ACCESS_DENIED, E_FAIL or STATUS_ACCESS_VIOLATION.",
    );
  }
  return { ...parseCode(input), name: null };
}
