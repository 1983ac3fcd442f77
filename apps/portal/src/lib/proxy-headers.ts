// How proxy.ts talks to the not-found pages, which get no params. No imports: the proxy bundle stays small.

/** The page's locale, set on every request (and overwritten, so a client cannot choose it). */
export const LOCALE_HEADER = "x-kb-locale";
/** The code segment as typed, percent-encoded (header values must be Latin-1). */
export const CODE_HEADER = "x-kb-code";
/** Carries a per-process secret on proxy.ts's own rewrites, so a client cannot pose as one. */
export const INTERNAL_HEADER = "x-kb-internal";
/**
 * A path segment no route matches. Rewriting /en/codes/{code} to /en/{MISSING}/{code} makes Next serve
 * app/global-not-found.tsx: a 404 rendered on the server. (notFound() in a page also answers 404, but
 * Next 16 then sends an empty HTML body and renders the not-found UI in the browser only, which leaves
 * readers without JavaScript with a blank page: vercel/next.js#62228.)
 */
export const MISSING_SEGMENT = "_missing";
