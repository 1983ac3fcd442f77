// The message a failed save shows above the form (field errors also appear next to their fields).
import type { Translator } from "../i18n/translator.ts";
import type { Failure } from "../lib/action-result.ts";
import type { Banner } from "./editor-state.ts";

export function failureBanner(failure: Failure, t: Translator, code: string): Banner {
  switch (failure.kind) {
    case "invalid":
      return failure.fields.length || failure.argument?.endsWith("code")
        ? { tone: "error", text: t("editor.failure.invalid", { count: Math.max(failure.fields.length, 1) }) }
        : { tone: "error", text: t("editor.failure.other", { message: failure.message }) };
    case "unauthenticated":
      return { tone: "error", text: t("auth.cancelled") };
    case "forbidden":
      return { tone: "error", text: t("editor.failure.forbidden", { message: failure.message }) };
    case "conflict":
      // Creating a code that exists: the API says CONFLICT without a current version to compare.
      return {
        tone: "error",
        text: failure.message,
        ...(code && {
          link: { href: `/entries/${encodeURIComponent(code)}`, label: t("editor.failure.openIt") },
        }),
      };
    default:
      return { tone: "error", text: t("editor.failure.other", { message: failure.message }) };
  }
}
