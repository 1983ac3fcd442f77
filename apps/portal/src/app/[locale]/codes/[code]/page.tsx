// One entry. proxy.ts has already sent every other form of its code here (permanent redirect), and codes
// the base does not hold, or segments that are no code, to the server-rendered 404 (global-not-found.tsx).
// In draft mode with a preview token for this code (see /api/draft) it shows the working draft instead.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cookies, draftMode } from "next/headers";
import { notFound, permanentRedirect } from "next/navigation";
import { DraftBanner } from "../../../../components/entry/draft-banner.tsx";
import { EntryArticle, type Entry } from "../../../../components/entry/entry-article.tsx";
import { env } from "../../../../env.ts";
import { isLocale, type Locale } from "../../../../i18n/locales.ts";
import { getDraftEntry, getEntry } from "../../../../kb/queries.ts";
import { canonicalCode, codePath, decodeSegment } from "../../../../lib/codes.ts";
import { techArticle } from "../../../../lib/json-ld.ts";
import { PREVIEW_COOKIE, previewTokenFor } from "../../../../lib/preview.ts";
import { alternates, openGraph } from "../../../../lib/site.ts";

interface Props {
  params: Promise<{ locale: string; code: string }>;
}

async function read(params: Props["params"]): Promise<{ locale: Locale; typed: string; hex: string | null }> {
  const { locale, code } = await params;
  const typed = decodeSegment(code);
  return { locale: isLocale(locale) ? locale : "en", typed, hex: canonicalCode(typed) };
}

/** The preview token when this request previews this code's draft, else null. */
async function previewToken(hex: string): Promise<string | null> {
  if (!(await draftMode()).isEnabled) return null;
  return previewTokenFor((await cookies()).get(PREVIEW_COOKIE)?.value, hex, env().KB_PREVIEW_SECRET);
}

async function load(hex: string, locale: Locale): Promise<{ entry: Entry | null; preview: boolean }> {
  const token = await previewToken(hex);
  if (token) return { entry: await getDraftEntry(hex, locale, token), preview: true };
  return { entry: await getEntry(hex, locale), preview: false };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, hex } = await read(params);
  const t = await getTranslations({ locale });
  const { entry, preview } = hex ? await load(hex, locale) : { entry: null, preview: false };
  if (!hex || !entry) return { title: hex ? t("notFound.unknownTitle", { code: hex }) : t("notFound.title") };
  const rest = `/codes/${entry.code}`;
  const title = `${entry.code}: ${entry.title}`;
  return {
    title,
    description: entry.message,
    alternates: alternates(locale, rest),
    // A draft is no page to index.
    robots: preview ? { index: false, follow: false } : undefined,
    openGraph: openGraph(locale, rest, {
      title,
      description: entry.message,
      siteName: t("site.name"),
      type: "article",
    }),
  };
}

export default async function CodePage({ params }: Props) {
  const { locale, typed, hex } = await read(params);
  if (!hex) notFound();
  // proxy.ts redirects first; this covers a request that reached the page without it.
  if (hex !== typed) permanentRedirect(codePath(locale, hex));
  const { entry, preview } = await load(hex, locale);
  if (!entry) notFound(); // unpublished since proxy.ts looked
  const t = await getTranslations({ locale, namespace: "site" });
  // Data, not a script: JSON with "<" escaped cannot close the element, and CSP does not run it.
  const jsonLd = JSON.stringify(techArticle(entry, locale, env().KB_PORTAL_URL)).replace(/</g, "\\u003c");

  return (
    <>
      {preview && <DraftBanner locale={locale} code={entry.code} />}
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <a href={`/${locale}`}>{t("home")}</a>
          </li>
          <li>
            <a href={codePath(locale, entry.code)} aria-current="page">
              {entry.code}
            </a>
          </li>
        </ol>
      </nav>
      <EntryArticle entry={entry} locale={locale} preview={preview} />
      {!preview && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />}
    </>
  );
}
