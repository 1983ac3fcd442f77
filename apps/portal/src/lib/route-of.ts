// The route pattern of a portal path, for the request metrics: few distinct values whatever is asked.
const FIXED = new Set(["/healthz", "/readyz", "/metrics", "/api/revalidate", "/sitemap.xml", "/robots.txt"]);

export function portalRoute(path: string): string {
  if (path.startsWith("/_next/static/") || path === "/icon.svg" || path === "/favicon.ico") return "static";
  if (FIXED.has(path)) return path;
  const segments = path.split("/").filter(Boolean);
  if (segments[0] === "_next") return "/_next";
  if (segments.length === 0) return "/";
  if (segments.length === 1) return "/[locale]";
  if (segments.length === 2 && (segments[1] === "search" || segments[1] === "codes"))
    return `/[locale]/${segments[1]}`;
  if (segments.length === 3 && segments[1] === "codes") return "/[locale]/codes/[code]";
  return "other";
}
