// Home: the search box first, then every published code grouped by activation type.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CodeTable } from "../../components/code-table.tsx";
import { SearchForm } from "../../components/search-form.tsx";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { getActivationTypes, listEntries } from "../../kb/queries.ts";
import { alternates, openGraph } from "../../lib/site.ts";

interface Props {
  params: Promise<{ locale: string }>;
}

async function localeOf(params: Props["params"]): Promise<Locale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : "en";
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = await getTranslations({ locale });
  return {
    title: { absolute: t("home.title") },
    alternates: alternates(locale, ""),
    openGraph: openGraph(locale, "", {
      title: t("home.title"),
      description: t("site.description"),
      siteName: t("site.name"),
    }),
  };
}

export default async function HomePage({ params }: Props) {
  const locale = await localeOf(params);
  const [t, entries, types] = await Promise.all([
    getTranslations({ locale, namespace: "home" }),
    listEntries(locale),
    getActivationTypes(locale),
  ]);
  const groups = types
    .map((type) => ({
      type,
      id: `type-${type.key.toLowerCase().replace(/_/g, "-")}`,
      entries: entries.filter((entry) => entry.activationTypes.some((a) => a.key === type.key)),
    }))
    .filter((group) => group.entries.length > 0);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <SearchForm locale={locale} prominent />
      <h2 id="by-type">{t("byActivationType")}</h2>
      <nav aria-labelledby="by-type" className="type-index">
        <ul>
          {groups.map((group) => (
            <li key={group.type.key}>
              <a href={`#${group.id}`}>{group.type.name}</a>{" "}
              <span className="muted">({t("codeCount", { count: group.entries.length })})</span>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <CodeTable
          key={group.type.key}
          locale={locale}
          id={group.id}
          name={group.type.name}
          entries={group.entries}
        />
      ))}
    </>
  );
}
