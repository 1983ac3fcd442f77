// The document around every page (also the server-rendered 404, which has no layout): skip link, header
// with the language switcher, main landmark, footer. Its client provider carries only what every page's
// client components read: the language switcher's words and the error boundary's.
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages } from "../i18n/client-messages.ts";
import type { Locale } from "../i18n/locales.ts";
import { SiteHeader } from "./site-header.tsx";

interface Props {
  locale: Locale;
  children: ReactNode;
  /** Where the language switcher goes when the URL alone does not say (a rewritten 404). */
  switchHref?: string;
}

export async function PageFrame({ locale, children, switchHref }: Props) {
  const [t, messages] = await Promise.all([
    getTranslations({ locale, namespace: "site" }),
    clientMessages(locale, ["language", "error"]),
  ]);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider locale={locale} messages={messages}>
          <a className="skip-link" href="#main">
            {t("skipToContent")}
          </a>
          <SiteHeader locale={locale} switchHref={switchHref} />
          <main id="main" tabIndex={-1} className="container">
            {children}
          </main>
          <footer className="site-footer">
            <div className="container">
              <p>
                {t("footer")}{" "}
                <a href={t("sourceArticleUrl")} hrefLang={locale} rel="noopener">
                  {t("sourceArticle")}
                </a>
              </p>
            </div>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
