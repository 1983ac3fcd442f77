"use client";
// When the API cannot be reached and nothing is cached: a plain apology, in the page's language (the
// "error" namespace of the page frame's NextIntlClientProvider), with a link that retries (a button would
// need JavaScript).
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";

// The server logged the error (with its digest); the browser's console gets nothing from us.
export default function LocaleError(_props: { error: Error & { digest?: string } }) {
  const t = useTranslations("error");
  const pathname = usePathname();
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <a href={pathname ?? "."}>{t("retry")}</a>
      </p>
    </>
  );
}
