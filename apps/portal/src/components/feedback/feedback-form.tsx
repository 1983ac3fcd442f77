"use client";
// useActionState keeps the form progressive: without JavaScript the browser posts it and Next renders the
// page again with the action's result; with JavaScript only the result comes back. Its words come from the
// "feedback" namespace of the entry article's NextIntlClientProvider (only that crosses to the browser).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Locale } from "../../i18n/locales.ts";
import { sendFeedback, type FeedbackState } from "./feedback-action.ts";

const initial: FeedbackState = { status: "idle" };

export function FeedbackForm({ code, locale }: { code: string; locale: Locale }) {
  const t = useTranslations("feedback");
  const [state, action, pending] = useActionState(sendFeedback, initial, `/${locale}/codes/${code}`);
  return (
    <section className="feedback" aria-labelledby="feedback-title">
      <h2 id="feedback-title">{t("title")}</h2>
      <div aria-live="polite">{state.status === "sent" && <p className="confirm">{t("thanks")}</p>}</div>
      {state.status !== "sent" && (
        // Remounted with each answer, so a refused submission comes back with the reader's choice and text.
        <form action={action} key={`${state.status}:${state.helpful ?? ""}:${state.comment ?? ""}`}>
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="locale" value={locale} />
          <fieldset className="helpful">
            <legend className="visually-hidden">{t("title")}</legend>
            <label>
              <input
                type="radio"
                name="helpful"
                value="yes"
                required
                defaultChecked={state.helpful === "yes"}
              />{" "}
              {t("yes")}
            </label>
            <label>
              <input type="radio" name="helpful" value="no" defaultChecked={state.helpful === "no"} />{" "}
              {t("no")}
            </label>
          </fieldset>
          <label htmlFor="feedback-comment">{t("comment")}</label>
          <textarea
            id="feedback-comment"
            name="comment"
            rows={3}
            maxLength={1000}
            defaultValue={state.comment ?? ""}
          />
          <button type="submit" disabled={pending}>
            {t("send")}
          </button>
          {state.status === "invalid" && (
            <p className="error" role="alert">
              {t("choose")}
            </p>
          )}
          {state.status === "limited" && (
            <p className="error" role="alert">
              {t("limited")}
            </p>
          )}
          {state.status === "failed" && (
            <p className="error" role="alert">
              {t("failed")}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
