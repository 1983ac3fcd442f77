"use server";
// "Was this helpful?" goes to the API's submitFeedback mutation. A server action, so the form also works
// with JavaScript off (the browser posts it and the page comes back with the result).
import { isKbApiError, SubmitFeedbackDocument } from "@kb/client";
import { headers } from "next/headers";
import { isLocale, toApiLocale } from "../../i18n/locales.ts";
import { kb } from "../../kb/kb-client.ts";
import { canonicalCode } from "../../lib/codes.ts";

export interface FeedbackState {
  status: "idle" | "sent" | "invalid" | "failed";
}

const MAX_COMMENT = 1000; // the API's limit

export async function sendFeedback(_previous: FeedbackState, form: FormData): Promise<FeedbackState> {
  const code = canonicalCode(String(form.get("code") ?? ""));
  const locale = String(form.get("locale") ?? "");
  const helpful = form.get("helpful");
  const comment = String(form.get("comment") ?? "").trim();
  if (!code || !isLocale(locale)) return { status: "failed" };
  if ((helpful !== "yes" && helpful !== "no") || comment.length > MAX_COMMENT) return { status: "invalid" };
  // The API throttles feedback per address; pass on the reader's, or every reader shares the portal's.
  const forwardedFor = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim();
  try {
    await kb("no-store").request(
      SubmitFeedbackDocument,
      { code, locale: toApiLocale(locale), helpful: helpful === "yes", comment: comment || null },
      forwardedFor ? { headers: { "x-forwarded-for": forwardedFor } } : undefined,
    );
    return { status: "sent" };
  } catch (error) {
    if (!isKbApiError(error)) throw error;
    console.warn(`feedback for ${code} refused: ${error.code} ${error.message}`);
    return { status: "failed" };
  }
}
