// Says, on every previewed page, that this is the unpublished draft, with the way out.
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/locales.ts";

export async function DraftBanner({ locale, code }: { locale: Locale; code: string }) {
  const t = await getTranslations({ locale, namespace: "preview" });
  const exit = `/api/draft/exit?${new URLSearchParams({ locale, code })}`;
  return (
    <div className="draft-banner" role="status">
      <p>
        <strong>{t("banner")}</strong> <a href={exit}>{t("exit")}</a>
      </p>
    </div>
  );
}
