// A valid code the knowledge base does not hold: what was typed, what its bits say, codes with a close
// number, and that editors will see it. Asking for the entry (uncached: the code is not in the published
// list) is what records the lookup in the API.
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/locales.ts";
import { decodeCode, getEntry } from "../../kb/queries.ts";
import { codePath } from "../../lib/codes.ts";
import { HResultDetails } from "../entry/hresult-details.tsx";
import { SearchForm } from "../search-form.tsx";
import { NearestCodesList } from "./nearest-codes-list.tsx";

export async function UnknownCode({ locale, hex, typed }: { locale: Locale; hex: string; typed: string }) {
  const [t, entry, hresult] = await Promise.all([
    getTranslations({ locale }),
    getEntry(hex, locale),
    decodeCode(hex),
  ]);
  return (
    <article className="entry unknown">
      <h1>
        <code className="entry-code">{hex}</code>{" "}
        <span className="entry-title">{t("notFound.unknownHeading")}</span>
      </h1>
      {typed !== hex && <p className="typed">{t("notFound.typedAs", { input: typed })}</p>}
      {entry ? (
        // Published a moment ago, after this request was routed.
        <p className="notice" role="note">
          <a href={codePath(locale, hex)}>{entry.title}</a>
        </p>
      ) : (
        <p className="notice" role="note">
          {t("notFound.unknownNote")}
        </p>
      )}
      <h2>{t("notFound.unknownBreakdown")}</h2>
      <HResultDetails hresult={hresult} locale={locale} />
      <NearestCodesList locale={locale} typed={typed} />
      <h2>{t("search.title")}</h2>
      <SearchForm locale={locale} query={typed} />
    </article>
  );
}
