// The interface language of a request: the switcher's cookie, else the browser's Accept-Language.
import { cookies, headers } from "next/headers";
import { getDictionary } from "./dictionary.ts";
import { fromAcceptLanguage, isUiLocale, UI_LOCALE_COOKIE, type UiLocale } from "./locale.ts";

export async function getUiLocale(): Promise<UiLocale> {
  const chosen = (await cookies()).get(UI_LOCALE_COOKIE)?.value;
  if (isUiLocale(chosen)) return chosen;
  return fromAcceptLanguage((await headers()).get("accept-language"));
}

export async function getT() {
  return getDictionary(await getUiLocale());
}
