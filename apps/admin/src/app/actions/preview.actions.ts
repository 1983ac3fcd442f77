"use server";
// A signed link to the portal's preview of an entry's working draft (the API signs it for readers of
// drafts; the portal turns on draft mode with it).
import { CreatePreviewLinkDocument, type Locale } from "@kb/client";
import type { ActionResult } from "../../lib/action-result.ts";
import { apiClient } from "../../server/api.ts";
import { attempt } from "../../server/to-failure.ts";

export async function previewLinkAction(
  code: string,
  locale: Locale,
): Promise<ActionResult<{ url: string }>> {
  const client = await apiClient();
  const result = await attempt(() =>
    client.request(CreatePreviewLinkDocument, { id: String(code), locale: locale === "FR" ? "FR" : "EN" }),
  );
  return result.ok ? { ok: true, data: { url: result.data.createPreviewLink.url } } : result;
}
