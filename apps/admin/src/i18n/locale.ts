// The admin's own interface language (not the content language: every entry is edited in both).
export const UI_LOCALES = ["en", "fr"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const UI_LOCALE_COOKIE = "kb_admin_locale";

export function isUiLocale(value: unknown): value is UiLocale {
  return value === "en" || value === "fr";
}

/** The first supported language of an Accept-Language header, English when none is. */
export function fromAcceptLanguage(header: string | null | undefined): UiLocale {
  const tags = (header ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", q = "q=1"] = part.trim().split(";");
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: Number(q.trim().slice(2)) || 0 };
    })
    .filter((t) => t.q > 0)
    .sort((a, b) => b.q - a.q);
  return tags.map((t) => t.lang).find(isUiLocale) ?? "en";
}

/** Replaces {name} placeholders: dictionaries stay plain strings, so they cross to client components. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
