import "../styles.ts";
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PageFrame } from "../../components/page-frame.tsx";
import { env } from "../../env.ts";
import { dictionary } from "../../i18n/dictionary.ts";
import { isLocale, locales } from "../../i18n/locales.ts";

// Rendered per request from the data cache (see src/kb/kb-client.ts): the build never needs the API, and
// a publish shows on the next request once /api/revalidate has cleared the entry's tags.
export const dynamic = "force-dynamic";
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

interface Props {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = dictionary(locale);
  return {
    metadataBase: new URL(env().KB_PORTAL_URL),
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.siteDescription,
    applicationName: t.siteName,
    icons: { icon: "/icon.svg" },
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  themeColor: "#0b3d91",
};

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <PageFrame locale={locale}>{children}</PageFrame>;
}
