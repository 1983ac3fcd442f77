// "Exit preview": draft mode off, the token forgotten, back to the published page.
import { cookies, draftMode } from "next/headers";
import { defaultLocale, isLocale } from "../../../../i18n/locales.ts";
import { canonicalCode, codePath } from "../../../../lib/codes.ts";
import { PREVIEW_COOKIE } from "../../../../lib/preview.ts";

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const asked = url.searchParams.get("locale") ?? "";
  const locale = isLocale(asked) ? asked : defaultLocale;
  const hex = canonicalCode(url.searchParams.get("code") ?? "");
  (await draftMode()).disable();
  (await cookies()).delete(PREVIEW_COOKIE);
  return new Response(null, {
    status: 303,
    headers: { location: hex ? codePath(locale, hex) : `/${locale}` },
  });
}
