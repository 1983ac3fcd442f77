import type { ParsedCode } from "./canonical.ts";
import {
  CodeParseError,
  MAX_INPUT_LENGTH,
  bareHexWrongLength,
  emptyInput,
  hexOutOfRange,
  notACode,
  notAString,
  tooLong,
} from "./code-parse-error.ts";
import { findCodeInText } from "./text-scan.ts";
import { fromDigitRun, fromHexDigits } from "./tokens.ts";

// Whole-input forms are tried before the free-text scan because they are the
// only place where an unlabelled decimal ("3221549172") is accepted.
function parseWholeInput(text: string, input: string): ParsedCode | null {
  const prefixed = /^0x([0-9a-f]+)$/i.exec(text);
  if (prefixed) return fromHexDigits(prefixed[1] ?? "", text, input);

  if (/^[0-9a-f]{8}$/i.test(text)) return fromHexDigits(text, text, input);

  if (/^-?\d+$/.test(text)) return fromDigitRun(text, input);

  // A lone hex word of nearly the right length is most likely a mistyped code;
  // say so rather than fall through to the generic message. Short bare hex is
  // never accepted: it is indistinguishable from words ("face", "add") and
  // from "1e9"-style numbers, and the 6-character floor keeps those out of
  // this hint as well.
  if (/^[0-9a-f]{6,}$/i.test(text)) {
    if (text.replace(/^0+/, "").length > 8) throw hexOutOfRange(input, text);
    throw bareHexWrongLength(input, text);
  }

  // "-0x80070005" is not a notation any Windows tool prints; reading it as
  // 0x80070005 (or as its negation) would be a guess.
  if (/^-0x/i.test(text)) throw notACode(input);

  return null;
}

/**
 * Parses one 32-bit error code from user input: a bare code in hex or decimal
 * (signed or unsigned), or a line of text containing one. Throws CodeParseError.
 */
export function parseCode(input: string): ParsedCode {
  if (typeof input !== "string") throw notAString(input);
  // Checked before any regex runs so a huge paste cannot cost more than this bound.
  if (input.length > MAX_INPUT_LENGTH) throw tooLong(input);

  // U+2212 is what word processors and some localized UIs put in front of negative numbers.
  const text = input.replace(/\u2212/g, "-").trim();
  if (text === "") throw emptyInput(input);

  const found = parseWholeInput(text, input) ?? findCodeInText(text, input);
  if (!found) throw notACode(input);
  return found;
}

/** Like parseCode but returns null instead of throwing CodeParseError. */
export function tryParseCode(input: string): ParsedCode | null {
  try {
    return parseCode(input);
  } catch (error) {
    if (error instanceof CodeParseError) return null;
    throw error;
  }
}
