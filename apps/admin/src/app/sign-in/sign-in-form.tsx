"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction, type SignInState } from "../actions/auth.actions.ts";

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="stack">
      <input type="hidden" name="next" value={next} />
      <label className="field">
        <span>{t("auth.email")}</span>
        <input name="email" type="email" autoComplete="username" required defaultValue={state.email} />
      </label>
      <label className="field">
        <span>{t("auth.password")}</span>
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {state.error && (
        <p className="notice error" role="alert">
          {t("auth.failed", { message: state.error })}
        </p>
      )}
      <button type="submit" className="primary" disabled={pending}>
        {pending ? t("auth.submitting") : t("auth.submit")}
      </button>
    </form>
  );
}
