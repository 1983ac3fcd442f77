import { dictionary } from "../i18n/dictionary.ts";
import { otherLocale, type Locale } from "../i18n/locales.ts";
import { LanguageSwitcher } from "./language-switcher.tsx";

export function SiteHeader({ locale, switchHref }: { locale: Locale; switchHref?: string }) {
  const t = dictionary(locale);
  return (
    <header className="site-header">
      <div className="container">
        <a className="site-name" href={`/${locale}`}>
          {t.siteName}
        </a>
        <LanguageSwitcher
          target={otherLocale(locale)}
          text={t.switchTo}
          title={t.switchToLabel}
          navLabel={t.languageNav}
          href={switchHref}
        />
      </div>
    </header>
  );
}
