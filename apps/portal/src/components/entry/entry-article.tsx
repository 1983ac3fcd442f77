// A whole entry: what the error says, whom it concerns, why it happens and how to fix it. Each section has
// an anchor listed in the table of contents. A text the API serves in another language than the page's
// (not translated yet) carries that language (lang) and a note saying so, exactly where it appears.
import type { LookupErrorCodeQuery } from "@kb/client";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { clientMessages } from "../../i18n/client-messages.ts";
import type { Locale } from "../../i18n/locales.ts";
import { codePath } from "../../lib/codes.ts";
import { FeedbackForm } from "../feedback/feedback-form.tsx";
import { ExternalLink } from "./external-link.tsx";
import { HResultDetails } from "./hresult-details.tsx";
import { LinkedText } from "./linked-text.tsx";
import { ResolutionList } from "./resolution-list.tsx";
import { Untranslated, servedLang } from "./untranslated.tsx";

export type Entry = NonNullable<LookupErrorCodeQuery["errorCode"]>;

interface Props {
  entry: Entry;
  locale: Locale;
  /** A draft preview: no feedback form (the entry is not public yet). */
  preview?: boolean;
}

export async function EntryArticle({ entry, locale, preview = false }: Props) {
  const [t, messages] = await Promise.all([
    getTranslations({ locale, namespace: "entry" }),
    // The article's client components: the copy buttons, and the feedback form (not on a draft).
    clientMessages(locale, preview ? ["copy"] : ["copy", "feedback"]),
  ]);
  const head = (field: string) => (entry.fallbackTexts.includes(field) ? entry.servedLocale : locale);
  const titleLang = servedLang(head("title"), locale);
  const messageLang = servedLang(head("message"), locale);
  const notesLang = servedLang(head("notes"), locale);
  const seeAlso = entry.references.filter((ref) => ref.kind !== "SOURCE");
  const sources = entry.references.filter((ref) => ref.kind === "SOURCE");
  // Where a text names a reference ("contact the Microsoft Licensing Activation Centers"), it links to it.
  const links = seeAlso.flatMap((ref) => (ref.url ? [{ title: ref.title, url: ref.url }] : []));
  const sections = [
    ["message", t("message")],
    ["activation-types", t("activationTypes")],
    ["causes", t("causes")],
    ["resolutions", t("resolutions")],
    ...(entry.notes ? [["notes", t("notes")]] : []),
    ...(entry.references.length > 0 ? [["references", t("references")]] : []),
    ...(entry.related.length > 0 ? [["related", t("related")]] : []),
    ["breakdown", t("hresult")],
  ] as const;
  const updated = new Date(entry.updatedAt);
  return (
    <NextIntlClientProvider locale={locale} messages={messages}>
      <article className="entry">
        <h1>
          <code className="entry-code">{entry.code}</code>{" "}
          <span className="entry-title" lang={titleLang}>
            {entry.title}
          </span>
          {titleLang && <Untranslated locale={locale} />}
        </h1>
        <p className="updated muted">
          {t("lastUpdated")}{" "}
          <time dateTime={updated.toISOString()}>
            {updated.toLocaleDateString(locale === "fr" ? "fr-FR" : "en-US", {
              dateStyle: "long",
              timeZone: "UTC",
            })}
          </time>
        </p>
        {entry.isFallback && (
          <p className="notice" role="note">
            {t("fallbackNotice")}
          </p>
        )}

        <nav className="toc" aria-labelledby="toc-title">
          <h2 id="toc-title">{t("contents")}</h2>
          <ol>
            {sections.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ol>
        </nav>

        <h2 id="message">{t("message")}</h2>
        <blockquote className="message" lang={messageLang}>
          <p>{entry.message}</p>
        </blockquote>
        {messageLang && <Untranslated locale={locale} />}

        <h2 id="activation-types">{t("activationTypes")}</h2>
        <ul className="tags">
          {entry.activationTypes.map((type) => (
            <li key={type.key}>{type.name}</li>
          ))}
        </ul>

        <h2 id="causes">{t("causes")}</h2>
        <ul className="causes">
          {entry.causes.map((cause) => {
            const lang = servedLang(cause.servedLocale, locale);
            return (
              <li key={cause.id}>
                <span lang={lang}>
                  <LinkedText text={cause.text} links={links} locale={locale} />
                </span>
                {lang && <Untranslated locale={locale} />}
              </li>
            );
          })}
        </ul>

        <h2 id="resolutions">{t("resolutions")}</h2>
        <ResolutionList resolutions={entry.resolutions} locale={locale} links={links} />

        {entry.notes && (
          <>
            <h2 id="notes">{t("notes")}</h2>
            <p className="notes">
              <span lang={notesLang}>{entry.notes}</span>
              {notesLang && <Untranslated locale={locale} />}
            </p>
          </>
        )}

        {entry.references.length > 0 && (
          <>
            <h2 id="references">{t("references")}</h2>
            {seeAlso.length > 0 && (
              <ul className="references">
                {seeAlso.map((ref) => (
                  <li key={ref.id}>
                    <Reference reference={ref} locale={locale} />
                  </li>
                ))}
              </ul>
            )}
            {sources.map((ref) => (
              <p key={ref.id} className="source">
                {t("source")} <Reference reference={ref} locale={locale} />
              </p>
            ))}
          </>
        )}

        {entry.related.length > 0 && (
          <>
            <h2 id="related">{t("related")}</h2>
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

        <h2 id="breakdown">{t("hresult")}</h2>
        <HResultDetails hresult={entry.hresult} locale={locale} />

        {!preview && <FeedbackForm code={entry.code} locale={locale} />}
      </article>
    </NextIntlClientProvider>
  );
}

/** A reference's title, linked to its address when it has one. */
function Reference({ reference, locale }: { reference: Entry["references"][number]; locale: Locale }) {
  const lang = servedLang(reference.servedLocale, locale);
  return (
    <>
      {reference.url ? (
        <ExternalLink href={reference.url} lang={lang} locale={locale}>
          {reference.title}
        </ExternalLink>
      ) : (
        <span lang={lang}>{reference.title}</span>
      )}
      {lang && <Untranslated locale={locale} />}
    </>
  );
}
