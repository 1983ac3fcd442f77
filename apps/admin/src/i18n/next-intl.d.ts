// next-intl's types for this app: every t("…") key and its ICU arguments are checked against the English
// catalogue, and locales are the admin's two.
import type { UiLocale } from "./locale.ts";
import type { Messages } from "./messages/index.ts";

declare module "next-intl" {
  interface AppConfig {
    Locale: UiLocale;
    Messages: Messages;
  }
}
