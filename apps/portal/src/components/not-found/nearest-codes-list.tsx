// Published codes whose number is close to what was typed (a digit dropped, doubled or swapped).
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/locales.ts";
import { listEntries } from "../../kb/queries.ts";
import { codePath } from "../../lib/codes.ts";
import { nearestCodes } from "../../lib/nearest-codes.ts";

export async function NearestCodesList({ locale, typed }: { locale: Locale; typed: string }) {
  const entries = await listEntries(locale).catch(() => []);
  const near = nearestCodes(
    typed,
    entries.map((entry) => entry.code),
  );
  if (near.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "notFound" });
  const titles = new Map(entries.map((entry) => [entry.code, entry.title]));
  return (
    <section aria-labelledby="nearest-title">
      <h2 id="nearest-title">{t("nearestCodes")}</h2>
      <ul className="nearest">
        {near.map((code) => (
          <li key={code}>
            <a href={codePath(locale, code)}>
              <code>{code}</code> {titles.get(code)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
