// Draft previews on the portal. A reader who may see drafts asks for a link; the link carries a token
// signed with KB_PREVIEW_SECRET (shared with the portal) that names one code and expires. Sent back as a
// Bearer credential, the token reads the working draft of that code and nothing else: its viewer has no
// permission, so every editorial query and mutation refuses it, and other codes read as published.
import { signPreviewToken, verifyPreviewToken } from "@kb/codes/preview-token";
import type { Locale } from "@kb/db";
import { AppError } from "../errors.ts";
import { parseCodeArg } from "./code-arg.ts";
import type { Loaders } from "./loaders.ts";
import { demand, makeViewer, type Viewer } from "./visibility.ts";

export interface PreviewSettings {
  secret: string;
  /** The portal's public origin, without a trailing slash. */
  portalUrl: string;
}

/** Long enough to open and share with a reviewer, short enough that a leaked link soon stops working. */
export const PREVIEW_MINUTES = 60;

export interface PreviewLink {
  url: string;
  expiresAt: Date;
}

export async function createPreviewLink(
  loaders: Loaders,
  viewer: Viewer,
  settings: PreviewSettings | undefined,
  input: string,
  locale: Locale,
  now = new Date(),
): Promise<PreviewLink> {
  demand(viewer, "read:drafts");
  if (!settings) {
    throw new AppError(
      "UNAVAILABLE",
      "Draft previews are not set up: the API needs KB_PREVIEW_SECRET and KB_PORTAL_URL.",
    );
  }
  const { hex } = parseCodeArg(input, "id");
  if (!(await loaders.byCode.load(hex))) throw new AppError("NOT_FOUND", `There is no entry ${hex}.`);
  const expiresAt = new Date(now.getTime() + PREVIEW_MINUTES * 60_000);
  const token = signPreviewToken({ code: hex, expiresAt }, settings.secret);
  const query = new URLSearchParams({ token, locale: locale.toLowerCase() });
  return { url: `${settings.portalUrl}/api/draft?${query}`, expiresAt };
}

/** The viewer behind a preview token; a forged or expired one is refused like an expired session. */
export function previewViewer(token: string, ip: string, secret: string | undefined): Viewer {
  if (!secret) throw new AppError("UNAUTHENTICATED", "Draft previews are not enabled on this API.");
  const check = verifyPreviewToken(token, secret);
  if (!check.ok) {
    const why = check.reason === "expired" ? "has expired" : "is not valid";
    throw new AppError("UNAUTHENTICATED", `This preview link ${why}: ask for a new one in the admin.`);
  }
  return makeViewer({ preview: { code: check.claim.code }, ip });
}
