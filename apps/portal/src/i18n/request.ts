// next-intl's request configuration (found by the plugin in next.config.ts). The language is the URL's
// /en or /fr segment: pages pass it explicitly (getTranslations({ locale })); what asks without one (the
// client provider's defaults) gets the segment proxy.ts noted for the request, as the 404 page does.
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { requestLocale as segmentLocale } from "../lib/request-context.ts";
import { locales } from "./locales.ts";
import { catalogues, type Messages } from "./messages/index.ts";

export default getRequestConfig(async ({ locale: asked, requestLocale }) => {
  const candidate = asked ?? (await requestLocale);
  const locale = hasLocale(locales, candidate) ? candidate : await segmentLocale();
  return {
    locale,
    // French has the English shape (Translation<Messages>); only its texts are not English's literals.
    messages: catalogues[locale] as Messages,
    // "Last updated" dates are formatted in UTC; next-intl's own formatters agree.
    timeZone: "UTC",
  };
});
