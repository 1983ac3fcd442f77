// The admin's catalogues, one namespace per area. English is the source (its ICU arguments type every
// t() call, see next-intl.d.ts); French is typed against it.
import type { UiLocale } from "../locale.ts";
import type { Translation } from "../translation.ts";
import { adminFr } from "./admin.fr.ts";
import { adminEn } from "./admin.ts";
import { auth } from "./auth.ts";
import { common } from "./common.ts";
import { drafts } from "./drafts.ts";
import { editorFr } from "./editor.fr.ts";
import { editorEn } from "./editor.ts";
import { history } from "./history.ts";
import { list } from "./list.ts";

const en = {
  common: common.en,
  auth: auth.en,
  list: list.en,
  editor: editorEn,
  history: history.en,
  drafts: drafts.en,
  admin: adminEn,
};

export type Messages = typeof en;

const fr: Translation<Messages> = {
  common: common.fr,
  auth: auth.fr,
  list: list.fr,
  editor: editorFr,
  history: history.fr,
  drafts: drafts.fr,
  admin: adminFr,
};

export const catalogues: Record<UiLocale, Translation<Messages>> = { en, fr };
