import { codeFromNumber } from "./canonical.ts";
import type { ParsedCode } from "./canonical.ts";
import { decimalOutOfRange, hexOutOfRange } from "./code-parse-error.ts";

// Interpreters for a single token that is already known to be numeric. They are
// shared by the whole-input and the free-text paths so that "hr=80070005" and
// "80070005" can never disagree.

/** `digits` are the hex digits after "0x" (or a bare 8-digit run); leading zeros are allowed. */
export function fromHexDigits(digits: string, token: string, input: string): ParsedCode {
  const significant = digits.replace(/^0+/, "");
  if (significant.length > 8) throw hexOutOfRange(input, token);
  return codeFromNumber(Number.parseInt(significant === "" ? "0" : significant, 16));
}

/**
 * A run of decimal digits with an optional leading minus.
 *
 * Exactly 8 unsigned digits are read as HEX, not decimal: logs and forum posts
 * routinely drop the 0x from HRESULTs ("80070005", "80072EE7"), and a
 * decimal HRESULT failure is always 10 digits (or negative), so an 8-digit
 * decimal reading would almost never be what was meant. Every other digit run,
 * and every negative one, is decimal.
 */
export function fromDigitRun(token: string, input: string): ParsedCode {
  if (/^\d{8}$/.test(token)) return fromHexDigits(token, token, input);
  const magnitude = token.replace(/^-/, "").replace(/^0+/, "");
  // More than 10 significant digits cannot be in range, and checking length first
  // keeps Number() away from values beyond 2^53 where it would round.
  if (magnitude.length > 10) throw decimalOutOfRange(input, token);
  const value = Number(token);
  if (value < -0x80000000 || value > 0xffffffff) throw decimalOutOfRange(input, token);
  return codeFromNumber(value);
}
