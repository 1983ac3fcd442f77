"use client";
// useActionState keeps the form progressive: without JavaScript the browser posts it and Next renders the
// page again with the action's result; with JavaScript only the result comes back.
import { useActionState } from "react";
import { dictionary } from "../../i18n/dictionary.ts";
import type { Locale } from "../../i18n/locales.ts";
import { sendFeedback, type FeedbackState } from "./feedback-action.ts";

const initial: FeedbackState = { status: "idle" };

export function FeedbackForm({ code, locale }: { code: string; locale: Locale }) {
  const t = dictionary(locale);
  const [state, action, pending] = useActionState(sendFeedback, initial, `/${locale}/codes/${code}`);
  return (
    <section className="feedback" aria-labelledby="feedback-title">
      <h2 id="feedback-title">{t.feedbackTitle}</h2>
      <div aria-live="polite">{state.status === "sent" && <p className="confirm">{t.feedbackThanks}</p>}</div>
      {state.status !== "sent" && (
        <form action={action}>
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="locale" value={locale} />
          <fieldset className="helpful">
            <legend className="visually-hidden">{t.feedbackTitle}</legend>
            <label>
              <input type="radio" name="helpful" value="yes" required /> {t.yes}
            </label>
            <label>
              <input type="radio" name="helpful" value="no" /> {t.no}
            </label>
          </fieldset>
          <label htmlFor="feedback-comment">{t.comment}</label>
          <textarea id="feedback-comment" name="comment" rows={3} maxLength={1000} />
          <button type="submit" disabled={pending}>
            {t.send}
          </button>
          {state.status === "invalid" && (
            <p className="error" role="alert">
              {t.feedbackChoose}
            </p>
          )}
          {state.status === "failed" && (
            <p className="error" role="alert">
              {t.feedbackFailed}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
