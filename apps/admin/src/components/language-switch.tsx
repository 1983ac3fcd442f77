// Two submit buttons rather than a select: one click, no script needed, each labelled in its language.
import { getLocale, getTranslations } from "next-intl/server";
import { setUiLocaleAction } from "../app/actions/locale.actions.ts";
import { UI_LOCALES } from "../i18n/locale.ts";

export async function LanguageSwitch() {
  const [t, current] = await Promise.all([getTranslations("common"), getLocale()]);
  return (
    <form action={setUiLocaleAction} className="language-switch" aria-label={t("language")}>
      {UI_LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={current === locale}
          className="link-button"
        >
          {t(`languages.${locale}`)}
        </button>
      ))}
    </form>
  );
}
