// The body of the API's "published content changed" notice: {"codes": ["0xC004F074", ...]}. Any code form
// is accepted and made canonical, so the cache tags match those the queries set.
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { canonicalCode } from "./codes.ts";

const body = z.object({ codes: z.array(z.string().max(200)).max(5000) });

export type RevalidateRequest = { ok: true; codes: string[] } | { ok: false; error: string };

export function parseRevalidateBody(raw: unknown): RevalidateRequest {
  const parsed = body.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'expected {"codes": ["0xC004F074", ...]}' };
  const codes = new Set<string>();
  for (const code of parsed.data.codes) {
    const hex = canonicalCode(code);
    if (!hex) return { ok: false, error: `not an error code: ${JSON.stringify(code)}` };
    codes.add(hex);
  }
  return { ok: true, codes: [...codes] };
}

/** Constant-time comparison, so the secret cannot be guessed from response times. */
export function secretMatches(given: string | null, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
