// A real GET form: searching works with JavaScript off, and results have shareable URLs.
import { getTranslations } from "next-intl/server";
import type { Locale } from "../i18n/locales.ts";

interface Props {
  locale: Locale;
  query?: string;
  /** The home page's form is the page's main call to action. */
  prominent?: boolean;
}

export async function SearchForm({ locale, query = "", prominent = false }: Props) {
  const t = await getTranslations({ locale, namespace: "search" });
  return (
    <form
      role="search"
      method="get"
      action={`/${locale}/search`}
      className={prominent ? "search-form prominent" : "search-form"}
    >
      <label htmlFor="search-q">{t("label")}</label>
      <div className="search-row">
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={query}
          placeholder={t("placeholder")}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          aria-describedby="search-hint"
        />
        <button type="submit">{t("button")}</button>
      </div>
      <p id="search-hint" className="hint">
        {t("hint")}
      </p>
    </form>
  );
}
