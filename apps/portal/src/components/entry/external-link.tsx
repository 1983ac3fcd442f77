// A link that leaves the site (Microsoft Learn, the Activation Centers): same tab, marked as external for
// every reader (an arrow on screen, words for screen readers), no referrer beyond what the policy sends.
import type { ReactNode } from "react";
import type { Dictionary } from "../../i18n/dictionary.ts";

interface Props {
  href: string;
  t: Dictionary;
  lang?: string | undefined;
  children: ReactNode;
}

export function ExternalLink({ href, t, lang, children }: Props) {
  return (
    <a href={href} lang={lang} rel="external noopener" className="external">
      {children}
      <span className="external-mark" aria-hidden="true">
        ↗
      </span>
      <span className="visually-hidden"> ({t.externalLink})</span>
    </a>
  );
}
