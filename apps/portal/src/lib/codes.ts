// What in a URL or a search box counts as an error code. Pure, so the proxy, pages and tests share it.
import { tryParseCode } from "@kb/codes";

/** A path segment as typed, tolerating a malformed escape ("%E9") instead of throwing. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The canonical form (0xC004F074) of any code form, or null for what is no code. */
export function canonicalCode(input: string): string | null {
  return tryParseCode(input)?.hex ?? null;
}

/**
 * The canonical code when a search query is exactly one code, else null. A bare decimal counts only when
 * it reads as a failure code (3221549172, -1073418124): people search for "2008" or "50" as words.
 */
export function singleCodeQuery(query: string): string | null {
  const text = query.trim();
  if (text === "" || /\s/.test(text)) return null;
  const parsed = tryParseCode(text);
  if (!parsed) return null;
  if (/^[-\u2212]?\d+$/.test(text) && parsed.unsigned < 0x8000_0000) return null;
  return parsed.hex;
}

export function codePath(locale: string, hex: string): string {
  return `/${locale}/codes/${hex}`;
}
