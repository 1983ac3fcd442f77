// Draft previews: /api/draft checks the signed link from the admin, turns on Next's draft mode and keeps
// the token in this HttpOnly cookie; the code page then reads the draft from the API with it.
import { verifyPreviewToken } from "@kb/codes/preview-token";

export const PREVIEW_COOKIE = "kb_preview";

/** The preview token for `hex` when it is valid with `secret`, else null. */
export function previewTokenFor(
  token: string | undefined,
  hex: string,
  secret: string | undefined,
): string | null {
  if (!token || !secret) return null;
  const check = verifyPreviewToken(token, secret);
  return check.ok && check.claim.code === hex ? token : null;
}
