import "../styles.ts";
import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PageFrame } from "../../components/page-frame.tsx";
import { env } from "../../env.ts";
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
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    metadataBase: new URL(env().KB_PORTAL_URL),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("description"),
    applicationName: t("name"),
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
