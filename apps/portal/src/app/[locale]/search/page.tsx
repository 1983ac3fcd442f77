// /{locale}/search?q=: a query that is exactly one code goes to its page; anything else is ranked
// full-text search in the page's language.
import { isKbApiError } from "@kb/client";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SearchForm } from "../../../components/search-form.tsx";
import { SearchResults } from "../../../components/search-results.tsx";
import { isLocale, type Locale } from "../../../i18n/locales.ts";
import { searchEntries } from "../../../kb/queries.ts";
import { codePath, singleCodeQuery } from "../../../lib/codes.ts";
import { alternates } from "../../../lib/site.ts";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function read({ params, searchParams }: Props): Promise<{ locale: Locale; q: string }> {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  const raw = Array.isArray(query.q) ? query.q[0] : query.q;
  return { locale: isLocale(locale) ? locale : "en", q: (raw ?? "").trim().slice(0, 200) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, q } = await read(props);
  const t = await getTranslations({ locale, namespace: "search" });
  // Result pages are for people, not for the index; the canonical search page is the empty one.
  return {
    title: q ? t("resultsFor", { query: q }) : t("title"),
    alternates: alternates(locale, "/search"),
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage(props: Props) {
  const { locale, q } = await read(props);
  const t = await getTranslations({ locale, namespace: "search" });
  const code = singleCodeQuery(q);
  if (code) redirect(codePath(locale, code));

  let body;
  if (!q) {
    body = <p>{t("emptyQuery")}</p>;
  } else {
    try {
      const found = await searchEntries(q, locale);
      const { hits } = found;
      const other = found.otherLocale.toLowerCase();
      body = (
        <>
          <p role="status">
            {hits.length ? t("resultCount", { count: hits.length }) : t("noResults", { query: q })}
          </p>
          {found.suggestionApplied && found.suggestion && (
            <p className="suggestion">{t("showingFor", { query: found.suggestion })}</p>
          )}
          {found.otherLocaleHits > 0 && (
            <p className="other-language">
              {t("otherLanguage", { count: Math.min(found.otherLocaleHits, 100) })}{" "}
              <a href={`/${other}/search?q=${encodeURIComponent(q)}`} hrefLang={other}>
                {t("otherLanguageLink")}
              </a>
            </p>
          )}
          {hits.length > 0 && <SearchResults hits={hits} locale={locale} />}
        </>
      );
    } catch (error) {
      // The API refuses some queries (too long, nothing searchable): say so instead of failing the page.
      if (!isKbApiError(error) || error.code !== "BAD_USER_INPUT") throw error;
      body = <p role="status">{t("noResults", { query: q })}</p>;
    }
  }

  return (
    <>
      <h1>{q ? t("resultsFor", { query: q }) : t("title")}</h1>
      <SearchForm locale={locale} query={q} />
      {body}
    </>
  );
}
