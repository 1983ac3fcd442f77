// Every interface string, per language. Each area keeps English and French side by side in one file;
// French is typed against English, so a missing key fails the typecheck.
import { adminFr } from "./messages/admin.fr.ts";
import { adminEn } from "./messages/admin.ts";
import { auth } from "./messages/auth.ts";
import { common } from "./messages/common.ts";
import { drafts } from "./messages/drafts.ts";
import { editorFr } from "./messages/editor.fr.ts";
import { editorEn } from "./messages/editor.ts";
import { history } from "./messages/history.ts";
import { list } from "./messages/list.ts";
import type { UiLocale } from "./locale.ts";

const pick = (locale: UiLocale) => ({
  locale,
  common: common[locale],
  auth: auth[locale],
  list: list[locale],
  editor: locale === "fr" ? editorFr : editorEn,
  history: history[locale],
  drafts: drafts[locale],
  admin: locale === "fr" ? adminFr : adminEn,
});

export type Dictionary = ReturnType<typeof pick>;

const dictionaries: Record<UiLocale, Dictionary> = { en: pick("en"), fr: pick("fr") };

export function getDictionary(locale: UiLocale): Dictionary {
  return dictionaries[locale];
}
