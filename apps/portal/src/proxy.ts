// Runs before every page: picks a language for paths without one (Accept-Language), sends every form of
// a code to its canonical URL (permanent redirect), and sends codes the base does not hold, and what is
// no code at all, to the server-rendered 404 (see MISSING_SEGMENT), telling it what was asked.
import { NextResponse, type NextRequest } from "next/server";
import { isLocale, negotiateLocale, type Locale } from "./i18n/locales.ts";
import { canonicalCode, codePath, decodeSegment } from "./lib/codes.ts";
import { isPublished } from "./lib/known-codes.ts";
import { CODE_HEADER, LOCALE_HEADER, MISSING_SEGMENT } from "./lib/proxy-headers.ts";

function redirect(request: NextRequest, path: string, status: 307 | 308): NextResponse {
  return NextResponse.redirect(new URL(path + request.nextUrl.search, request.url), status);
}

function withoutLocale(request: NextRequest, segments: string[]): NextResponse {
  const [first = ""] = segments;
  // /EN/... is a typo of a real URL; /, /codes/... get the reader's language, and caches must key that
  // answer on Accept-Language.
  if (isLocale(first.toLowerCase())) {
    return redirect(request, `/${[first.toLowerCase(), ...segments.slice(1)].join("/")}`, 308);
  }
  const locale = negotiateLocale(request.headers.get("accept-language"));
  const rest = segments.join("/");
  const response = redirect(request, `/${locale}${rest ? `/${rest}` : ""}`, 307);
  response.headers.set("vary", "accept-language");
  return response;
}

async function codeRoute(request: NextRequest, locale: Locale, segment: string, headers: Headers) {
  const typed = decodeSegment(segment);
  const hex = canonicalCode(typed);
  if (hex && hex !== typed) return redirect(request, codePath(locale, hex), 308);
  // undefined (the API did not answer): let the page try, and show its error if it must.
  if (hex && (await isPublished(hex)) !== false) return NextResponse.next({ request: { headers } });
  const missing = new URL(`/${locale}/${MISSING_SEGMENT}/${encodeURIComponent(typed)}`, request.url);
  return NextResponse.rewrite(missing, { request: { headers } });
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const segments = request.nextUrl.pathname.split("/").slice(1).filter(Boolean);
  const [first = "", ...rest] = segments;
  if (!isLocale(first)) return withoutLocale(request, segments);

  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, first);
  headers.delete(CODE_HEADER);
  if (rest.length === 2 && rest[0] === "codes") return codeRoute(request, first, rest[1] ?? "", headers);
  // The rewrite above comes back through here on its way to the 404 page.
  if (rest.length === 2 && rest[0] === MISSING_SEGMENT) headers.set(CODE_HEADER, rest[1] ?? "");
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!api/|_next/|favicon\\.ico$|icon\\.svg$|sitemap\\.xml$|robots\\.txt$).*)"],
};
