// The portal's languages: lower-case in URLs (/en, /fr), upper-case as the API's Locale enum.
import type { Locale as ApiLocale } from "@kb/client";

export const locales = ["en", "fr"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export function toApiLocale(locale: Locale): ApiLocale {
  return locale === "fr" ? "FR" : "EN";
}

export function otherLocale(locale: Locale): Locale {
  return locale === "fr" ? "en" : "fr";
}

/** OpenGraph wants a territory; these are the article's own markets. */
export const ogLocale: Record<Locale, string> = { en: "en_US", fr: "fr_FR" };

/**
 * The best of our locales for an Accept-Language header ("fr-CA,fr;q=0.9,en;q=0.8"), by quality then
 * order; English when nothing matches. Only the primary subtag counts: fr-CA and fr-BE read French.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return defaultLocale;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [range = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: range.trim().toLowerCase(), quality: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.tag !== "" && Number.isFinite(r.quality) && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranges) {
    const primary = tag.split("-")[0] ?? "";
    if (isLocale(primary)) return primary;
    if (tag === "*") return defaultLocale;
  }
  return defaultLocale;
}
