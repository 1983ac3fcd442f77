"use server";
// The interface language switch: a cookie, so that server-rendered pages come out in that language.
import { cookies } from "next/headers";
import { env } from "../../env.ts";
import { isUiLocale, UI_LOCALE_COOKIE } from "../../i18n/locale.ts";

export async function setUiLocaleAction(form: FormData): Promise<void> {
  const locale = form.get("locale");
  if (!isUiLocale(locale)) return;
  (await cookies()).set(UI_LOCALE_COOKIE, locale, {
    sameSite: "lax",
    secure: env.secureCookies,
    path: "/",
    maxAge: 365 * 86_400,
  });
}
