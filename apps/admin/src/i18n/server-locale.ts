// The interface language of a request: the switcher's cookie, else the browser's Accept-Language.
import { negotiateLocale } from "@kb/codes/accept-language";
import { cookies, headers } from "next/headers";
import { isUiLocale, UI_LOCALE_COOKIE, UI_LOCALES, type UiLocale } from "./locale.ts";

export async function getUiLocale(): Promise<UiLocale> {
  const chosen = (await cookies()).get(UI_LOCALE_COOKIE)?.value;
  if (isUiLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language"), UI_LOCALES);
}
