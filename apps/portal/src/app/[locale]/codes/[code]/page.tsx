// One entry. proxy.ts has already sent every other form of its code here (permanent redirect), and codes
// the base does not hold, or segments that are no code, to the server-rendered 404 (global-not-found.tsx).
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { EntryArticle } from "../../../../components/entry/entry-article.tsx";
import { dictionary } from "../../../../i18n/dictionary.ts";
import { isLocale, type Locale } from "../../../../i18n/locales.ts";
import { getEntry } from "../../../../kb/queries.ts";
import { canonicalCode, codePath, decodeSegment } from "../../../../lib/codes.ts";
import { alternates, openGraph } from "../../../../lib/site.ts";

interface Props {
  params: Promise<{ locale: string; code: string }>;
}

async function read(params: Props["params"]): Promise<{ locale: Locale; typed: string; hex: string | null }> {
  const { locale, code } = await params;
  const typed = decodeSegment(code);
  return { locale: isLocale(locale) ? locale : "en", typed, hex: canonicalCode(typed) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, hex } = await read(params);
  const t = dictionary(locale);
  const entry = hex ? await getEntry(hex, locale) : null;
  if (!hex || !entry) return { title: hex ? t.unknownTitle(hex) : t.notFoundTitle };
  const rest = `/codes/${entry.code}`;
  const title = `${entry.code}: ${entry.title}`;
  return {
    title,
    description: entry.message,
    alternates: alternates(locale, rest),
    openGraph: openGraph(locale, rest, {
      title,
      description: entry.message,
      siteName: t.siteName,
      type: "article",
    }),
  };
}

export default async function CodePage({ params }: Props) {
  const { locale, typed, hex } = await read(params);
  if (!hex) notFound();
  // proxy.ts redirects first; this covers a request that reached the page without it.
  if (hex !== typed) permanentRedirect(codePath(locale, hex));
  const entry = await getEntry(hex, locale);
  if (!entry) notFound(); // unpublished since proxy.ts looked

  return (
    <>
      <nav aria-label={dictionary(locale).breadcrumb} className="breadcrumb">
        <a href={`/${locale}`}>{dictionary(locale).home}</a>
      </nav>
      <EntryArticle entry={entry} locale={locale} />
    </>
  );
}
