import { decimalOutOfRange, notAWholeNumber } from "./code-parse-error.ts";

export const UINT32_MAX = 0xffffffff;
export const INT32_MIN = -0x80000000;

export interface ParsedCode {
  /** Canonical form: "0x" followed by 8 upper-case hex digits, e.g. "0xC004F074". */
  hex: string;
  unsigned: number;
  signed: number;
}

function assertInt32Range(value: number): void {
  if (!Number.isInteger(value)) throw notAWholeNumber(value);
  if (value < INT32_MIN || value > UINT32_MAX) throw decimalOutOfRange(String(value), String(value));
}

/**
 * Accepts the signed range as well as 0..2^32-1 because .NET, PowerShell and
 * event logs print the same HRESULT as a negative Int32; both spellings must
 * land on one canonical key.
 */
export function toCanonical(value: number): string {
  assertInt32Range(value);
  return `0x${(value >>> 0).toString(16).toUpperCase().padStart(8, "0")}`;
}

/** Builds a ParsedCode from an already validated 32-bit value (either signedness). */
export function codeFromNumber(value: number): ParsedCode {
  assertInt32Range(value);
  const unsigned = value >>> 0;
  return { hex: toCanonical(unsigned), unsigned, signed: unsigned | 0 };
}
