"use client";
// A modal sign-in over the page. showModal() gives the focus trap and Escape for free; Escape or Cancel
// leaves the page as it was, still unsaved.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { reauthenticate } from "../../app/actions/auth.actions.ts";

export function ReauthDialog({ email, onDone }: { email: string; onDone: (signedIn: boolean) => void }) {
  const t = useTranslations();
  const dialog = useRef<HTMLDialogElement>(null);
  const password = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // showModal() focuses the first field; the email is usually right, the password is what is missing.
    password.current?.focus();
    return () => element?.close();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await reauthenticate(String(form.get("email")), String(form.get("password")));
    setPending(false);
    if (result.ok) onDone(true);
    else setError(t("auth.failed", { message: result.message }));
  }

  return (
    <dialog
      ref={dialog}
      className="reauth"
      aria-labelledby="reauth-title"
      onCancel={(event) => {
        event.preventDefault();
        onDone(false);
      }}
    >
      <form onSubmit={submit} className="stack">
        <h2 id="reauth-title">{t("auth.reauthTitle")}</h2>
        <p>{t("auth.reauthIntro")}</p>
        <label className="field">
          <span>{t("auth.email")}</span>
          <input name="email" type="email" autoComplete="username" defaultValue={email} required />
        </label>
        <label className="field">
          <span>{t("auth.password")}</span>
          <input ref={password} name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && (
          <p className="notice error" role="alert">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={pending}>
            {pending ? t("auth.submitting") : t("auth.submit")}
          </button>
          <button type="button" className="secondary" onClick={() => onDone(false)}>
            {t("auth.cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
