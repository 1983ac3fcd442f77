// Two submit buttons rather than a select: one click, no script needed, each labelled in its language.
import { setUiLocaleAction } from "../app/actions/locale.actions.ts";
import { getT } from "../i18n/server-locale.ts";
import { UI_LOCALES } from "../i18n/locale.ts";

export async function LanguageSwitch() {
  const t = await getT();
  return (
    <form action={setUiLocaleAction} className="language-switch" aria-label={t.common.language}>
      {UI_LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={t.locale === locale}
          className="link-button"
        >
          {t.common.languages[locale]}
        </button>
      ))}
    </form>
  );
}
