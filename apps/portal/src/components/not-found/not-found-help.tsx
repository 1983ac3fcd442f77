// A 404 that helps: repeats what was typed, says what a code looks like, suggests codes with a close
// number, and offers the search with what was typed.
import { dictionary } from "../../i18n/dictionary.ts";
import type { Locale } from "../../i18n/locales.ts";
import { SearchForm } from "../search-form.tsx";
import { NearestCodesList } from "./nearest-codes-list.tsx";

export function NotFoundHelp({ locale, typed }: { locale: Locale; typed?: string }) {
  const t = dictionary(locale);
  return (
    <div className="not-found">
      <h1>{t.notFoundTitle}</h1>
      {typed && <p className="typed">{t.notACode(typed)}</p>}
      <p>{t.codeForms}</p>
      {typed && <NearestCodesList locale={locale} typed={typed} />}
      <p>
        {t.notFoundHelp} <a href={`/${locale}`}>{t.home}</a>
      </p>
      <SearchForm locale={locale} query={typed} />
    </div>
  );
}
