// The "not translated yet" note beside a text the API served in another language than the page's.
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/locales.ts";

/** The lang attribute for a text served in `served` on a `page` page: set only when they differ. */
export function servedLang(served: string, page: Locale): string | undefined {
  const lang = served.toLowerCase();
  return lang === page ? undefined : lang;
}

export async function Untranslated({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "entry" });
  return <small className="untranslated"> {t("untranslated")}</small>;
}
