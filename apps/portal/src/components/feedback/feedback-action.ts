"use server";
// "Was this helpful?" goes to the API's submitFeedback mutation. A server action, so the form also works
// with JavaScript off (the browser posts it and the page comes back with the result).
import { isKbApiError, SubmitFeedbackDocument } from "@kb/client";
import { FORWARDED_FOR, forwardedHeaders } from "@kb/trust-proxy";
import { headers } from "next/headers";
import { isLocale, toApiLocale } from "../../i18n/locales.ts";
import { kb } from "../../kb/kb-client.ts";
import { logger } from "../../lib/logger.ts";
import { canonicalCode } from "../../lib/codes.ts";

export interface FeedbackState {
  status: "idle" | "sent" | "invalid" | "failed" | "limited";
  /** What the reader chose and wrote, given back when it was not sent so the form keeps it. */
  helpful?: "yes" | "no";
  comment?: string;
}

const MAX_COMMENT = 1000; // the API's limit

export async function sendFeedback(_previous: FeedbackState, form: FormData): Promise<FeedbackState> {
  const code = canonicalCode(String(form.get("code") ?? ""));
  const locale = String(form.get("locale") ?? "");
  const helpful = form.get("helpful");
  const comment = String(form.get("comment") ?? "").trim();
  const kept: Pick<FeedbackState, "helpful" | "comment"> = {
    helpful: helpful === "yes" || helpful === "no" ? helpful : undefined,
    comment,
  };
  if (!code || !isLocale(locale)) return { status: "failed", ...kept };
  if ((helpful !== "yes" && helpful !== "no") || comment.length > MAX_COMMENT)
    return { status: "invalid", ...kept };
  // The API throttles feedback per address; pass on the reader's (resolved by instrumentation.ts with
  // KB_TRUST_PROXY), or every reader shares the portal's.
  const forwarded = forwardedHeaders((await headers()).get(FORWARDED_FOR));
  try {
    await kb("no-store").request(
      SubmitFeedbackDocument,
      { code, locale: toApiLocale(locale), helpful: helpful === "yes", comment: comment || null },
      forwarded ? { headers: forwarded } : undefined,
    );
    return { status: "sent" };
  } catch (error) {
    if (!isKbApiError(error)) throw error;
    if (error.code === "RATE_LIMITED") return { status: "limited", ...kept };
    logger().warn({ code, error: error.code }, `feedback refused: ${error.message}`);
    return { status: "failed", ...kept };
  }
}
