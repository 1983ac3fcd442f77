"use client";
// A client component only to know the current URL, which a layout (kept across navigations) cannot; it is
// still rendered on the server, so the link works with JavaScript off. Its words come from the "language"
// namespace of the page frame's NextIntlClientProvider.
import { useTranslations } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";

interface Props {
  target: string;
  /** Overrides the URL-derived target (the 404 page is rendered under a rewritten path). */
  href?: string;
}

export function LanguageSwitcher({ target, href: fixedHref }: Props) {
  const t = useTranslations("language");
  const pathname = usePathname() ?? "/";
  const search = useSearchParams()?.toString() ?? "";
  const rest = pathname.replace(/^\/(en|fr)(?=\/|$)/, "");
  // A plain <a>: each language has its own root layout (<html lang>), so this is a full load anyway.
  const href = fixedHref ?? `/${target}${rest}${search ? `?${search}` : ""}`;
  return (
    <nav className="language-switcher" aria-label={t("nav")}>
      <a href={href} hrefLang={target} lang={target} title={t("switchToLabel")}>
        {t("switchTo")}
      </a>
    </nav>
  );
}
