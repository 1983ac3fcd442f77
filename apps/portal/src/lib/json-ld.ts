// Structured data for search engines: each entry as a schema.org TechArticle.
import type { LookupErrorCodeQuery } from "@kb/client";
import type { Locale } from "../i18n/locales.ts";
import { codePath } from "./codes.ts";

type Entry = NonNullable<LookupErrorCodeQuery["errorCode"]>;

export function techArticle(entry: Entry, locale: Locale, origin: string) {
  const source = entry.references.find((ref) => ref.kind === "SOURCE" && ref.url);
  return {
    "@context": "https://schema.org",
    "@type": "TechArticle",
    headline: `${entry.code}: ${entry.title}`,
    description: entry.message,
    inLanguage: locale,
    dateModified: entry.updatedAt,
    url: `${origin}${codePath(locale, entry.code)}`,
    about: entry.activationTypes.map((type) => type.name),
    proficiencyLevel: "Expert",
    ...(source?.url && { isBasedOn: source.url }),
  };
}
