// Ranked hits with the API's snippet: plain text segments, matched words in <mark>.
import type { SearchResultsQuery } from "@kb/client";
import { getTranslations } from "next-intl/server";
import type { Locale } from "../i18n/locales.ts";
import { codePath } from "../lib/codes.ts";

type Hit = SearchResultsQuery["searchResults"]["hits"][number];

function Snippet({ segments }: { segments: Hit["segments"] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}

export async function SearchResults({ hits, locale }: { hits: Hit[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "entry" });
  return (
    <ol className="results">
      {hits.map(({ errorCode, segments }) => (
        <li key={errorCode.code}>
          <h2>
            <a href={codePath(locale, errorCode.code)}>
              <code>{errorCode.code}</code> {errorCode.title}
            </a>
          </h2>
          <p className="snippet">{segments.length ? <Snippet segments={segments} /> : errorCode.summary}</p>
          <p className="muted types">
            <span className="visually-hidden">{t("activationTypes")}: </span>
            {errorCode.activationTypes.map((type) => type.name).join(" · ")}
          </p>
        </li>
      ))}
    </ol>
  );
}
