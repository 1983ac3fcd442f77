"use client";
// When the API cannot be reached and nothing is cached: a plain apology, in the page's language, with a
// link that retries (a button would need JavaScript).
import { useParams, usePathname } from "next/navigation";
import { dictionary } from "../../i18n/dictionary.ts";
import { isLocale } from "../../i18n/locales.ts";

// The server logged the error (with its digest); the browser's console gets nothing from us.
export default function LocaleError(_props: { error: Error & { digest?: string } }) {
  const params = useParams<{ locale: string }>();
  const t = dictionary(params && isLocale(params.locale) ? params.locale : "en");
  const pathname = usePathname();
  return (
    <>
      <h1>{t.errorTitle}</h1>
      <p>{t.errorText}</p>
      <p>
        <a href={pathname ?? "."}>{t.retry}</a>
      </p>
    </>
  );
}
