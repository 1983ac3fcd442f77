import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/locales.ts";
import { CopyButton } from "../copy-button.tsx";

// The command wraps rather than scrolls on narrow screens; the block is focusable and named anyway, so a
// keyboard reader can reach (and scroll) it wherever it does overflow.
export async function CommandBlock({ command, locale }: { command: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "entry" });
  return (
    <div className="command">
      <pre tabIndex={0} role="group" aria-label={t("commandLabel")}>
        <code>{command}</code>
      </pre>
      <CopyButton text={command} />
    </div>
  );
}
