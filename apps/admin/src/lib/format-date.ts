// Dates are rendered on the server, which does not know the editor's time zone: UTC, said so.
import type { UiLocale } from "../i18n/locale.ts";

const formats = new Map<UiLocale, Intl.DateTimeFormat>();

export function formatDate(iso: string | null | undefined, locale: UiLocale): string {
  if (!iso) return "";
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "UTC",
    });
    formats.set(locale, format);
  }
  return `${format.format(new Date(iso))} UTC`;
}
