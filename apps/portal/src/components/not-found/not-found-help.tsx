// A 404 that helps: says what a code looks like, and offers the search with what was typed.
import { dictionary } from "../../i18n/dictionary.ts";
import type { Locale } from "../../i18n/locales.ts";
import { SearchForm } from "../search-form.tsx";

export function NotFoundHelp({ locale, typed }: { locale: Locale; typed?: string }) {
  const t = dictionary(locale);
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      {typed && <p>{t.notACode(typed)}</p>}
      <p>{t.codeForms}</p>
      <p>
        {t.notFoundHelp} <a href={`/${locale}`}>{t.home}</a>
      </p>
      <SearchForm locale={locale} query={typed} />
    </>
  );
}
