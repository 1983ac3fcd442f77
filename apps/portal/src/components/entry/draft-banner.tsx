// Says, on every previewed page, that this is the unpublished draft, with the way out.
import { dictionary } from "../../i18n/dictionary.ts";
import type { Locale } from "../../i18n/locales.ts";

export function DraftBanner({ locale, code }: { locale: Locale; code: string }) {
  const t = dictionary(locale);
  const exit = `/api/draft/exit?${new URLSearchParams({ locale, code })}`;
  return (
    <div className="draft-banner" role="status">
      <p>
        <strong>{t.draftBanner}</strong> <a href={exit}>{t.exitPreview}</a>
      </p>
    </div>
  );
}
