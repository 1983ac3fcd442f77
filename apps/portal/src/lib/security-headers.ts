// The Content-Security-Policy of every page, with a fresh nonce per request: Next.js puts the nonce on its
// own scripts when it finds it in the request's policy header, so no inline script runs without it.
// Styles keep 'unsafe-inline' (React sets style attributes); scripts never do.

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A year, sub-domains included; sent only on HTTPS responses (over HTTP browsers ignore it anyway). */
export const HSTS = "max-age=31536000; includeSubDomains";

/** The longest URL (path and query) a page accepts; longer gets a readable 414. */
export const MAX_URL_LENGTH = 4096;
