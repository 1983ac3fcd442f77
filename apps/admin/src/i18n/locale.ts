// The admin's own interface language (not the content language: every entry is edited in both).
export const UI_LOCALES = ["en", "fr"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const UI_LOCALE_COOKIE = "kb_admin_locale";

export function isUiLocale(value: unknown): value is UiLocale {
  return value === "en" || value === "fr";
}
