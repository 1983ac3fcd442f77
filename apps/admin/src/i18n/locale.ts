// The admin's own interface language (not the content language: every entry is edited in both).
export const UI_LOCALES = ["en", "fr"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const UI_LOCALE_COOKIE = "kb_admin_locale";

export function isUiLocale(value: unknown): value is UiLocale {
  return value === "en" || value === "fr";
}

/** Replaces {name} placeholders: dictionaries stay plain strings, so they cross to client components. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
