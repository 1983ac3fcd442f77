"use client";
// The token is the link's fragment (after #): browsers never send it to a server, so it appears in no
// access log or Referer. It is read here and posted with the password to the server action.
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { firstSignInAction, type FirstSignInState } from "../actions/auth.actions.ts";

export function FirstSignInForm() {
  const t = useTranslations();
  const [token, setToken] = useState<string | null>(null);
  const [state, action, pending] = useActionState<FirstSignInState, FormData>(firstSignInAction, {});
  useEffect(() => setToken(decodeURIComponent(window.location.hash.replace(/^#/, ""))), []);
  if (token === "")
    return (
      <p className="notice error" role="alert">
        {t("auth.noToken")}
      </p>
    );
  const error =
    state.error === "mismatch"
      ? t("auth.mismatch")
      : state.error === "missing-token"
        ? t("auth.noToken")
        : state.error &&
          (state.linkRefused
            ? t("auth.linkRefused", { message: state.error })
            : t("auth.firstFailed", { message: state.error }));
  return (
    <form action={action} className="stack">
      <input type="hidden" name="token" value={token ?? ""} />
      <label className="field">
        <span>{t("auth.newPassword")}</span>
        <input name="password" type="password" autoComplete="new-password" minLength={12} required />
      </label>
      <label className="field">
        <span>{t("auth.confirmPassword")}</span>
        <input name="confirm" type="password" autoComplete="new-password" minLength={12} required />
      </label>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={pending || token === null}>
        {pending ? t("auth.firstSubmitting") : t("auth.firstSubmit")}
      </button>
    </form>
  );
}
