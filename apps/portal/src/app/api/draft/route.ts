// The admin's "Preview on the portal" link: /api/draft?token=…&locale=fr. A valid, unexpired token turns
// on draft mode, keeps the token in an HttpOnly cookie (the code page reads the draft with it) and opens
// the code's page; anything else is refused with a page saying why.
import { verifyPreviewToken } from "@kb/codes/preview-token";
import { getTranslations } from "next-intl/server";
import { cookies, draftMode } from "next/headers";
import { env } from "../../../env.ts";
import { defaultLocale, isLocale, type Locale } from "../../../i18n/locales.ts";
import { codePath } from "../../../lib/codes.ts";
import { PREVIEW_COOKIE } from "../../../lib/preview.ts";

async function refused(locale: Locale, expired: boolean): Promise<Response> {
  const t = await getTranslations({ locale });
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${t("preview.refused")}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem">
<main><h1>${t("preview.refused")}</h1><p>${expired ? t("preview.expired") : t("preview.invalid")}</p>
<p><a href="/${locale}">${t("site.home")}</a></p></main></body></html>`;
  return new Response(html, {
    status: expired ? 410 : 403,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const asked = url.searchParams.get("locale") ?? "";
  const locale = isLocale(asked) ? asked : defaultLocale;
  const secret = env().KB_PREVIEW_SECRET;
  const check = secret ? verifyPreviewToken(url.searchParams.get("token") ?? "", secret) : null;
  if (!check?.ok) return refused(locale, check?.reason === "expired");
  (await draftMode()).enable();
  (await cookies()).set(PREVIEW_COOKIE, url.searchParams.get("token")!, {
    httpOnly: true,
    sameSite: "lax",
    // Secure whenever the request came over HTTPS, as draft mode's own cookie is.
    secure: url.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
    path: "/",
    expires: check.claim.expiresAt,
  });
  return new Response(null, { status: 303, headers: { location: codePath(locale, check.claim.code) } });
}
