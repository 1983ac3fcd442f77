// A readable answer to a URL too long to serve (a search box pasted full of log): a plain HTML page, since
// the request never reaches the app's pages. Static text only, nothing from the request.
import { dictionary } from "../i18n/dictionary.ts";
import type { Locale } from "../i18n/locales.ts";

export function longUrlPage(locale: Locale): string {
  const t = dictionary(locale);
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.longUrlTitle} · ${t.siteName}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.6">
<main><h1>${t.longUrlTitle}</h1><p>${t.longUrlText}</p><p><a href="/${locale}">${t.home}</a></p></main>
</body></html>`;
}
