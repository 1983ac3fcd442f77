// next-intl's types for the portal: every t("…") key and its ICU arguments are checked against the
// English catalogue, and locales are the portal's two.
import type { Locale } from "./locales.ts";
import type { Messages } from "./messages/index.ts";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
