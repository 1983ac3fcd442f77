// A whole entry: what the error says, whom it concerns, why it happens and how to fix it.
import type { LookupErrorCodeQuery } from "@kb/client";
import { dictionary } from "../../i18n/dictionary.ts";
import type { Locale } from "../../i18n/locales.ts";
import { codePath } from "../../lib/codes.ts";
import { FeedbackForm } from "../feedback/feedback-form.tsx";
import { HResultDetails } from "./hresult-details.tsx";
import { ResolutionList } from "./resolution-list.tsx";

export type Entry = NonNullable<LookupErrorCodeQuery["errorCode"]>;

export function EntryArticle({ entry, locale }: { entry: Entry; locale: Locale }) {
  const t = dictionary(locale);
  // Texts served in another language than the page's are marked as such for screen readers.
  const textLang = entry.servedLocale.toLowerCase() === locale ? undefined : entry.servedLocale.toLowerCase();
  return (
    <article className="entry">
      <h1>
        <code className="entry-code">{entry.code}</code>{" "}
        <span className="entry-title" lang={textLang}>
          {entry.title}
        </span>
      </h1>
      {entry.isFallback && (
        <p className="notice" role="note">
          {t.fallbackNotice}
        </p>
      )}
      <h2>{t.message}</h2>
      <blockquote className="message" lang={textLang}>
        <p>{entry.message}</p>
      </blockquote>

      <h2>{t.activationTypes}</h2>
      <ul className="tags">
        {entry.activationTypes.map((type) => (
          <li key={type.key}>{type.name}</li>
        ))}
      </ul>

      <h2>{t.causes}</h2>
      <ul className="causes" lang={textLang}>
        {entry.causes.map((cause) => (
          <li key={cause.id}>{cause.text}</li>
        ))}
      </ul>

      <h2>{t.resolutions}</h2>
      <ResolutionList resolutions={entry.resolutions} t={t} lang={textLang} />

      {entry.notes && (
        <>
          <h2>{t.notes}</h2>
          <p className="notes" lang={textLang}>
            {entry.notes}
          </p>
        </>
      )}

      {entry.references.length > 0 && (
        <>
          <h2>{t.references}</h2>
          <ul className="references" lang={textLang}>
            {entry.references.map((ref) => (
              <li key={ref.id}>{ref.url ? <a href={ref.url}>{ref.title}</a> : ref.title}</li>
            ))}
          </ul>
        </>
      )}

      {entry.related.length > 0 && (
        <>
          <h2>{t.related}</h2>
          <ul className="related">
            {entry.related.map((rel) => (
              <li key={rel.code}>
                <a href={codePath(locale, rel.code)}>
                  <code>{rel.code}</code> {rel.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{t.hresult}</h2>
      <HResultDetails hresult={entry.hresult} t={t} />

      <FeedbackForm code={entry.code} locale={locale} />
    </article>
  );
}
