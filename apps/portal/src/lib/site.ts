// Canonical URLs and language alternates. Paths are relative: metadataBase (KB_PORTAL_URL) makes them
// absolute, so one setting decides every canonical, hreflang, OpenGraph and sitemap URL.
import type { Metadata } from "next";
import { locales, ogLocale, otherLocale, type Locale } from "../i18n/locales.ts";

/**
 * `rest` is the path after the locale ("" for the home page, "/codes/0xC004F074"). x-default is the same
 * path without a locale, which the proxy sends to the reader's language.
 */
export function alternates(locale: Locale, rest: string): NonNullable<Metadata["alternates"]> {
  const languages: Record<string, string> = {};
  for (const l of locales) languages[l] = `/${l}${rest}`;
  languages["x-default"] = rest === "" ? "/" : rest;
  return { canonical: `/${locale}${rest}`, languages };
}

export function openGraph(
  locale: Locale,
  rest: string,
  fields: { title: string; description: string; siteName: string; type?: "website" | "article" },
): NonNullable<Metadata["openGraph"]> {
  return {
    type: fields.type ?? "website",
    url: `/${locale}${rest}`,
    title: fields.title,
    description: fields.description,
    siteName: fields.siteName,
    locale: ogLocale[locale],
    alternateLocale: [ogLocale[otherLocale(locale)]],
  };
}
