// next-intl's request configuration (found by the plugin in next.config.ts): the admin has no language in
// its URLs, so each request's interface language comes from the switcher's cookie or Accept-Language.
import { getRequestConfig } from "next-intl/server";
import { isUiLocale } from "./locale.ts";
import { catalogues, type Messages } from "./messages/index.ts";
import { getUiLocale } from "./server-locale.ts";

export default getRequestConfig(async ({ locale: asked }) => {
  // A caller may ask for a language explicitly (getMessages({ locale }), e.g. the preview's headings).
  const locale = isUiLocale(asked) ? asked : await getUiLocale();
  return {
    locale,
    // French has the English shape (Translation<Messages>); only its texts are not English's literals.
    messages: catalogues[locale] as Messages,
    // Dates are formatted by lib/format-date.ts in UTC; this keeps next-intl's own formatters the same.
    timeZone: "UTC",
  };
});
