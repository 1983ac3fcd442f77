// A real GET form: searching works with JavaScript off, and results have shareable URLs.
import { dictionary } from "../i18n/dictionary.ts";
import type { Locale } from "../i18n/locales.ts";

interface Props {
  locale: Locale;
  query?: string;
  /** The home page's form is the page's main call to action. */
  prominent?: boolean;
}

export function SearchForm({ locale, query = "", prominent = false }: Props) {
  const t = dictionary(locale);
  return (
    <form
      role="search"
      method="get"
      action={`/${locale}/search`}
      className={prominent ? "search-form prominent" : "search-form"}
    >
      <label htmlFor="search-q">{t.searchLabel}</label>
      <div className="search-row">
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={query}
          placeholder={t.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          aria-describedby="search-hint"
        />
        <button type="submit">{t.searchButton}</button>
      </div>
      <p id="search-hint" className="hint">
        {t.searchHint}
      </p>
    </form>
  );
}
