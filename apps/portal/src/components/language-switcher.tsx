"use client";
// A client component only to know the current URL, which a layout (kept across navigations) cannot; it is
// still rendered on the server, so the link works with JavaScript off.
import { usePathname, useSearchParams } from "next/navigation";

interface Props {
  target: string;
  text: string;
  title: string;
  navLabel: string;
  /** Overrides the URL-derived target (the 404 page is rendered under a rewritten path). */
  href?: string;
}

export function LanguageSwitcher({ target, text, title, navLabel, href: fixedHref }: Props) {
  const pathname = usePathname() ?? "/";
  const search = useSearchParams()?.toString() ?? "";
  const rest = pathname.replace(/^\/(en|fr)(?=\/|$)/, "");
  // A plain <a>: each language has its own root layout (<html lang>), so this is a full load anyway.
  const href = fixedHref ?? `/${target}${rest}${search ? `?${search}` : ""}`;
  return (
    <nav className="language-switcher" aria-label={navLabel}>
      <a href={href} hrefLang={target} lang={target} title={title}>
        {text}
      </a>
    </nav>
  );
}
