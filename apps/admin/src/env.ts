// The admin's whole configuration, read and checked once: nothing else touches process.env.
// Only server code imports this module (the API URL never reaches the browser).

const DEFAULT_API_URL = "http://127.0.0.1:4000/graphql";

function apiUrl(raw: string | undefined): string {
  const value = raw?.trim() || DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`KB_API_URL must be an absolute http(s) URL such as ${DEFAULT_API_URL}; got "${value}".`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`KB_API_URL must use http or https; got "${value}".`);
  }
  return url.toString();
}

export const env = {
  /** The GraphQL endpoint of apps/api. */
  apiUrl: apiUrl(process.env.KB_API_URL),
  /** Session cookies are Secure in production; `next dev` on http://localhost needs them plain. */
  secureCookies: process.env.NODE_ENV === "production",
} as const;
