// One activation type's codes, as in the summary table of the source article.
import type { ListedEntry } from "../kb/queries.ts";
import { getTranslations } from "next-intl/server";
import type { Locale } from "../i18n/locales.ts";
import { codePath } from "../lib/codes.ts";

interface Props {
  locale: Locale;
  id: string;
  name: string;
  entries: ListedEntry[];
}

/** The list query has no isFallback: a French row is English when its translation is missing. */
function isEnglishFallback(entry: ListedEntry, locale: Locale): boolean {
  if (locale === "en") return false;
  return entry.translations.find((tr) => tr.locale === "FR")?.status === "MISSING";
}

export async function CodeTable({ locale, id, name, entries }: Props) {
  const t = await getTranslations({ locale, namespace: "home" });
  return (
    <section className="code-group" aria-labelledby={id}>
      <h3 id={id}>
        {name} <span className="count">({t("codeCount", { count: entries.length })})</span>
      </h3>
      <table className="code-table" aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col">{t("columnCode")}</th>
            <th scope="col">{t("columnMessage")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const fallback = isEnglishFallback(entry, locale);
            return (
              <tr key={entry.code}>
                <th scope="row">
                  <a href={codePath(locale, entry.code)}>
                    <code>{entry.code}</code>
                  </a>
                </th>
                <td lang={fallback ? "en" : undefined}>
                  {entry.summary}
                  {fallback && <span className="badge">{t("fallbackShort")}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
