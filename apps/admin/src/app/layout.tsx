// The document shell: interface language, dictionary for client components, global styles.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { I18nProvider } from "../i18n/i18n-provider.tsx";
import { getT } from "../i18n/server-locale.ts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: { default: t.common.appName, template: `%s · ${t.common.appName}` }, robots: "noindex" };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const t = await getT();
  return (
    <html lang={t.locale}>
      <body>
        <I18nProvider dictionary={t}>{children}</I18nProvider>
      </body>
    </html>
  );
}
