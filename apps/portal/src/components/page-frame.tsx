// The document around every page (also the server-rendered 404, which has no layout): skip link, header
// with the language switcher, main landmark, footer.
import type { ReactNode } from "react";
import { dictionary } from "../i18n/dictionary.ts";
import type { Locale } from "../i18n/locales.ts";
import { SiteHeader } from "./site-header.tsx";

interface Props {
  locale: Locale;
  children: ReactNode;
  /** Where the language switcher goes when the URL alone does not say (a rewritten 404). */
  switchHref?: string;
}

export function PageFrame({ locale, children, switchHref }: Props) {
  const t = dictionary(locale);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <SiteHeader locale={locale} switchHref={switchHref} />
        <main id="main" tabIndex={-1} className="container">
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>
              {t.footer}{" "}
              <a href={t.sourceArticleUrl} hrefLang={locale} rel="noopener">
                {t.sourceArticle}
              </a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
