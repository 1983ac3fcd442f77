// A readable answer to a URL too long to serve (a search box pasted full of log): a plain HTML page, since
// the request never reaches the app's pages (proxy.ts answers, outside React: hence createTranslator).
// Static text only, nothing from the request.
import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/locales.ts";
import { catalogues, type Messages } from "../i18n/messages/index.ts";

export function longUrlPage(locale: Locale): string {
  const t = createTranslator({ locale, messages: catalogues[locale] as Messages });
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t("notFound.longUrlTitle")} · ${t("site.name")}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.6">
<main><h1>${t("notFound.longUrlTitle")}</h1><p>${t("notFound.longUrlText")}</p><p><a href="/${locale}">${t("site.home")}</a></p></main>
</body></html>`;
}
