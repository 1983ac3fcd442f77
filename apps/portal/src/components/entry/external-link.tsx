// A link that leaves the site (Microsoft Learn, the Activation Centers): same tab, marked as external for
// every reader (an arrow on screen, words for screen readers).
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/locales.ts";

interface Props {
  href: string;
  locale: Locale;
  lang?: string | undefined;
  children: ReactNode;
}

export async function ExternalLink({ href, locale, lang, children }: Props) {
  const t = await getTranslations({ locale, namespace: "entry" });
  return (
    <a href={href} lang={lang} rel="external noopener" className="external">
      {children}
      <span className="external-mark" aria-hidden="true">
        ↗
      </span>
      <span className="visually-hidden"> ({t("externalLink")})</span>
    </a>
  );
}
