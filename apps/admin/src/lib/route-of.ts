// The route pattern of an admin path, for the request metrics: few distinct values whatever is asked.
const TOP = new Set(["sign-in", "entries", "backlog", "import-export", "users"]);
const FIXED = new Set(["/healthz", "/readyz", "/metrics"]);

export function adminRoute(path: string): string {
  if (path.startsWith("/_next/static/") || path === "/favicon.ico") return "static";
  if (FIXED.has(path)) return path;
  const [top, ...rest] = path.split("/").filter(Boolean);
  if (top === undefined) return "/";
  if (top === "_next") return "/_next";
  if (!TOP.has(top) || rest.length > 2) return "other";
  if (top === "entries" && rest[0] && rest[0] !== "new") rest[0] = "[code]";
  if (top === "import-export" && rest[0] && rest[0] !== "download") return "other";
  return `/${[top, ...rest].join("/")}`.slice(0, 60);
}
