// Runs before every page: sets the security headers (a CSP nonce per request), picks a language for paths
// without one (Accept-Language), sends every form of a code to its canonical URL (permanent redirect),
// and sends codes the base does not hold, and what is no code at all, to the server-rendered 404 (see
// MISSING_SEGMENT), telling it what was asked.
import { negotiateLocale } from "@kb/codes/accept-language";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "./env.ts";
import { defaultLocale, isLocale, locales, type Locale } from "./i18n/locales.ts";
import { canonicalCode, codePath, decodeSegment } from "./lib/codes.ts";
import { isPublished } from "./lib/known-codes.ts";
import { longUrlPage } from "./lib/long-url-page.ts";
import { PREVIEW_COOKIE, previewTokenFor } from "./lib/preview.ts";
import { CODE_HEADER, INTERNAL_HEADER, LOCALE_HEADER, MISSING_SEGMENT } from "./lib/proxy-headers.ts";
import { contentSecurityPolicy, HSTS, MAX_URL_LENGTH } from "./lib/security-headers.ts";

// Marks this process's own rewrites to the 404 path: a reader who types /en/_missing/... gets a plain 404.
const key = Symbol.for("kb.portal.proxy-secret");
const store = globalThis as unknown as Record<symbol, string | undefined>;
const internalSecret = (): string => (store[key] ??= crypto.randomUUID());

/** The reader's language by Accept-Language, for a path that does not name one. */
function preferredLocale(request: NextRequest): Locale {
  return negotiateLocale(request.headers.get("accept-language"), locales, defaultLocale);
}

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
  const locale = preferredLocale(request);
  const rest = segments.join("/");
  const response = redirect(request, `/${locale}${rest ? `/${rest}` : ""}`, 307);
  response.headers.set("vary", "accept-language");
  return response;
}

/** A draft preview of this code (draft mode on, a valid preview cookie): the page reads the draft. */
function previewing(request: NextRequest, hex: string): boolean {
  if (!request.cookies.has("__prerender_bypass")) return false;
  return previewTokenFor(request.cookies.get(PREVIEW_COOKIE)?.value, hex, env().KB_PREVIEW_SECRET) !== null;
}

async function codeRoute(request: NextRequest, locale: Locale, segment: string, headers: Headers) {
  const typed = decodeSegment(segment);
  const hex = canonicalCode(typed);
  if (hex && hex !== typed) return redirect(request, codePath(locale, hex), 308);
  if (hex && previewing(request, hex)) return NextResponse.next({ request: { headers } });
  // undefined (the API did not answer): let the page try, and show its error if it must.
  if (hex && (await isPublished(hex)) !== false) return NextResponse.next({ request: { headers } });
  const missing = new URL(`/${locale}/${MISSING_SEGMENT}/${encodeURIComponent(typed)}`, request.url);
  headers.set(CODE_HEADER, encodeURIComponent(typed));
  headers.set(INTERNAL_HEADER, internalSecret());
  return NextResponse.rewrite(missing, { request: { headers } });
}

async function route(request: NextRequest, headers: Headers): Promise<NextResponse> {
  const segments = request.nextUrl.pathname.split("/").slice(1).filter(Boolean);
  const [first = "", ...rest] = segments;
  if (!isLocale(first)) return withoutLocale(request, segments);

  const internal = request.headers.get(INTERNAL_HEADER) === internalSecret();
  headers.set(LOCALE_HEADER, first);
  headers.delete(INTERNAL_HEADER);
  // Only this proxy tells the 404 page which code was asked, never the client.
  if (!internal) headers.delete(CODE_HEADER);
  if (rest.length === 2 && rest[0] === "codes") return codeRoute(request, first, rest[1] ?? "", headers);
  return NextResponse.next({ request: { headers } });
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  if (pathname.length + search.length > MAX_URL_LENGTH) {
    const locale = preferredLocale(request);
    return new NextResponse(longUrlPage(locale), {
      status: 414,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = await route(request, headers);
  response.headers.set("content-security-policy", policy);
  const https =
    request.nextUrl.protocol === "https:" ||
    request.headers.get("x-forwarded-proto")?.split(",")[0] === "https";
  if (https) response.headers.set("strict-transport-security", HSTS);
  return response;
}

export const config = {
  matcher: [
    "/((?!api/|_next/|favicon\\.ico$|icon\\.svg$|sitemap\\.xml$|robots\\.txt$|healthz$|readyz$|metrics$).*)",
  ],
};
