// Ranked hits with the API's snippet, matched words in <mark> (see lib/highlight.ts).
import type { SearchQuery } from "@kb/client";
import { dictionary } from "../i18n/dictionary.ts";
import type { Locale } from "../i18n/locales.ts";
import { codePath } from "../lib/codes.ts";
import { parseHighlight } from "../lib/highlight.ts";

type Hit = SearchQuery["search"][number];

function Snippet({ html }: { html: string }) {
  return (
    <>
      {parseHighlight(html).map((segment, i) =>
        segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}

export function SearchResults({ hits, locale }: { hits: Hit[]; locale: Locale }) {
  const t = dictionary(locale);
  return (
    <ol className="results">
      {hits.map(({ errorCode, highlight }) => (
        <li key={errorCode.code}>
          <h2>
            <a href={codePath(locale, errorCode.code)}>
              <code>{errorCode.code}</code> {errorCode.title}
            </a>
          </h2>
          <p className="snippet">{highlight ? <Snippet html={highlight} /> : errorCode.summary}</p>
          <p className="muted types">
            <span className="visually-hidden">{t.activationTypes}: </span>
            {errorCode.activationTypes.map((type) => type.name).join(" · ")}
          </p>
        </li>
      ))}
    </ol>
  );
}
