"use client";
// When the API cannot be reached and nothing is cached: a plain apology, in the page's language, with a
// link that retries (a button would need JavaScript).
import { useParams, usePathname } from "next/navigation";
import { useEffect } from "react";
import { dictionary } from "../../i18n/dictionary.ts";
import { isLocale } from "../../i18n/locales.ts";

export default function LocaleError({ error }: { error: Error & { digest?: string } }) {
  const params = useParams<{ locale: string }>();
  const t = dictionary(params && isLocale(params.locale) ? params.locale : "en");
  const pathname = usePathname();
  useEffect(() => console.error(error), [error]);
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
