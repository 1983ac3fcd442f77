// Signed, expiring links to preview one entry's working draft on the portal. The API signs them (for a
// reader allowed to see drafts) and accepts them back as a credential that reads that one draft and
// nothing else; the portal checks them before turning on draft mode. Both hold the same secret.
import { createHmac, timingSafeEqual } from "node:crypto";

export const PREVIEW_TOKEN_PREFIX = "kbp_";

export interface PreviewClaim {
  /** The canonical code whose draft may be read. */
  code: string;
  expiresAt: Date;
}

const SHAPE = /^kbp_(0x[0-9A-F]{8})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

function signature(code: string, expires: number, secret: string): string {
  return createHmac("sha256", secret).update(`kb-preview:${code}:${expires}`).digest("base64url");
}

export function signPreviewToken(claim: PreviewClaim, secret: string): string {
  const expires = Math.floor(claim.expiresAt.getTime() / 1000);
  return `${PREVIEW_TOKEN_PREFIX}${claim.code}.${expires}.${signature(claim.code, expires, secret)}`;
}

export type PreviewCheck =
  { ok: true; claim: PreviewClaim } | { ok: false; reason: "malformed" | "forged" | "expired" };

/** Checks the signature first, then the expiry; `now` is for tests. */
export function verifyPreviewToken(token: string, secret: string, now = new Date()): PreviewCheck {
  const match = SHAPE.exec(token);
  if (!match) return { ok: false, reason: "malformed" };
  const [, code = "", expiresText = "", given = ""] = match;
  const expires = Number(expiresText);
  const expected = Buffer.from(signature(code, expires, secret));
  if (!timingSafeEqual(expected, Buffer.from(given))) return { ok: false, reason: "forged" };
  if (expires * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, claim: { code, expiresAt: new Date(expires * 1000) } };
}
