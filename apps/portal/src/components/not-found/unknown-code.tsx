// A valid code the knowledge base does not hold: what was typed, what its bits say, codes with a close
// number, and that editors will see it. Asking for the entry (uncached: the code is not in the published
// list) is what records the lookup in the API.
import { dictionary } from "../../i18n/dictionary.ts";
import type { Locale } from "../../i18n/locales.ts";
import { decodeCode, getEntry } from "../../kb/queries.ts";
import { codePath } from "../../lib/codes.ts";
import { HResultDetails } from "../entry/hresult-details.tsx";
import { SearchForm } from "../search-form.tsx";
import { NearestCodesList } from "./nearest-codes-list.tsx";

export async function UnknownCode({ locale, hex, typed }: { locale: Locale; hex: string; typed: string }) {
  const t = dictionary(locale);
  const [entry, hresult] = await Promise.all([getEntry(hex, locale), decodeCode(hex)]);
  return (
    <article className="entry unknown">
      <h1>
        <code className="entry-code">{hex}</code> <span className="entry-title">{t.unknownHeading}</span>
      </h1>
      {typed !== hex && <p className="typed">{t.typedAs(typed)}</p>}
      {entry ? (
        // Published a moment ago, after this request was routed.
        <p className="notice" role="note">
          <a href={codePath(locale, hex)}>{entry.title}</a>
        </p>
      ) : (
        <p className="notice" role="note">
          {t.unknownNote}
        </p>
      )}
      <h2>{t.unknownBreakdown}</h2>
      <HResultDetails hresult={hresult} t={t} />
      <NearestCodesList locale={locale} typed={typed} />
      <h2>{t.searchTitle}</h2>
      <SearchForm locale={locale} query={typed} />
    </article>
  );
}
