// An early, optimistic check: a page request without the session cookie goes straight to sign-in.
// The real check is the API's (every page asks it who is signed in). Server actions (POST) always pass
// through, so that an expired session reaches the action as UNAUTHENTICATED and the page can ask for a
// sign-in without losing what was typed.
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "./lib/session-cookie.ts";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPageRead = request.method === "GET" || request.method === "HEAD";
  // The first admin's one-time sign-in page is for someone who has no session yet either.
  const open = pathname === "/sign-in" || pathname === "/first-sign-in";
  if (isPageRead && !open && !request.cookies.has(SESSION_COOKIE)) {
    const url = new URL("/sign-in", request.url);
    url.searchParams.set("next", pathname + search);
    return NextResponse.redirect(url);
  }
  // Pages read this header to send an expired session back here after sign-in.
  const headers = new Headers(request.headers);
  headers.set("x-admin-path", pathname + search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Probes and scrapes need no session.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|healthz$|readyz$|metrics$).*)"],
};
