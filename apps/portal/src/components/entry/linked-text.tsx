// A text with the references it names linked where it names them, as the article links them ("contact
// the Microsoft Licensing Activation Centers"): the reference's title, found in the text whatever its
// case, becomes a link to the reference's address. Plain text otherwise; nothing is parsed as markup.
import type { ReactNode } from "react";
import type { Locale } from "../../i18n/locales.ts";
import { ExternalLink } from "./external-link.tsx";

export interface TextLink {
  title: string;
  url: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function LinkedText({
  text,
  links,
  locale,
}: {
  text: string;
  links: readonly TextLink[];
  locale: Locale;
}) {
  const usable = links.filter((l) => l.title.trim().length >= 3);
  if (usable.length === 0) return <>{text}</>;
  // Longest titles first, so that a title containing another wins.
  const titles = [...usable].sort((a, b) => b.title.length - a.title.length);
  const pattern = new RegExp(`(${titles.map((l) => escape(l.title)).join("|")})`, "giu");
  const parts: ReactNode[] = text.split(pattern).map((part, i) => {
    if (i % 2 === 0) return part;
    const link = titles.find((l) => l.title.toLocaleLowerCase() === part.toLocaleLowerCase());
    return link ? (
      <ExternalLink key={i} href={link.url} locale={locale}>
        {part}
      </ExternalLink>
    ) : (
      part
    );
  });
  return <>{parts}</>;
}
