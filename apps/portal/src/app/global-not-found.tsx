// Every 404 is rendered here, on the server, inside the normal frame: paths no route matches, and what
// proxy.ts rewrites here (a valid code the base does not hold, or a code segment that is no code). It gets
// no params: the locale and the typed code come from headers proxy.ts sets.
import "./styles.ts";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundHelp } from "../components/not-found/not-found-help.tsx";
import { UnknownCode } from "../components/not-found/unknown-code.tsx";
import { PageFrame } from "../components/page-frame.tsx";
import { env } from "../env.ts";
import { otherLocale } from "../i18n/locales.ts";
import { canonicalCode, codePath } from "../lib/codes.ts";
import { requestedCode, requestLocale } from "../lib/request-context.ts";

export async function generateMetadata(): Promise<Metadata> {
  const [locale, typed] = await Promise.all([requestLocale(), requestedCode()]);
  const t = await getTranslations({ locale });
  const hex = canonicalCode(typed);
  return {
    metadataBase: new URL(env().KB_PORTAL_URL),
    title: `${hex ? t("notFound.unknownTitle", { code: hex }) : t("notFound.title")} · ${t("site.name")}`,
    icons: { icon: "/icon.svg" },
  };
}

export default async function GlobalNotFound() {
  const [locale, typed] = await Promise.all([requestLocale(), requestedCode()]);
  const hex = canonicalCode(typed);
  // The browser shows /en/codes/{typed}, not the rewritten path: switch languages on that.
  const switchHref = typed ? codePath(otherLocale(locale), encodeURIComponent(typed)) : undefined;
  return (
    <PageFrame locale={locale} switchHref={switchHref}>
      {hex ? (
        <UnknownCode locale={locale} hex={hex} typed={typed} />
      ) : (
        <NotFoundHelp locale={locale} typed={typed || undefined} />
      )}
    </PageFrame>
  );
}
