// A 404 that helps: repeats what was typed, says what a code looks like, suggests codes with a close
// number, and offers the search with what was typed.
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/locales.ts";
import { SearchForm } from "../search-form.tsx";
import { NearestCodesList } from "./nearest-codes-list.tsx";

export async function NotFoundHelp({ locale, typed }: { locale: Locale; typed?: string }) {
  const t = await getTranslations({ locale });
  return (
    <div className="not-found">
      <h1>{t("notFound.title")}</h1>
      {typed && <p className="typed">{t("notFound.notACode", { input: typed })}</p>}
      <p>{t("notFound.codeForms")}</p>
      {typed && <NearestCodesList locale={locale} typed={typed} />}
      <p>
        {t("notFound.help")} <a href={`/${locale}`}>{t("site.home")}</a>
      </p>
      <SearchForm locale={locale} query={typed} />
    </div>
  );
}
