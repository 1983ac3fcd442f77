import { getTranslations } from "next-intl/server";
import { otherLocale, type Locale } from "../i18n/locales.ts";
import { LanguageSwitcher } from "./language-switcher.tsx";

export async function SiteHeader({ locale, switchHref }: { locale: Locale; switchHref?: string }) {
  const t = await getTranslations({ locale, namespace: "site" });
  return (
    <header className="site-header">
      <div className="container">
        <a className="site-name" href={`/${locale}`}>
          {t("name")}
        </a>
        <LanguageSwitcher target={otherLocale(locale)} href={switchHref} />
      </div>
    </header>
  );
}
