"use client";
// A page whose data could not be loaded (API down, unexpected refusal). Production hides the server's
// message, so this says what is likely and offers a retry.
import { useTranslations } from "next-intl";

export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <section className="page" aria-labelledby="error-title">
      <h1 id="error-title">{t("common.errors.title")}</h1>
      <p className="notice error" role="alert">
        {t("common.errors.network")}
      </p>
      <button type="button" className="primary" onClick={() => reset()}>
        {t("common.errors.retry")}
      </button>
    </section>
  );
}
