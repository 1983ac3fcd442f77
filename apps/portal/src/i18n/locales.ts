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
