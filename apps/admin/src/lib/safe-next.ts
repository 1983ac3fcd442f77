// Where sign-in may send someone back to: a path of this app only, never another origin
// ("//evil.example" and "/\evil.example" are protocol-relative URLs to browsers).
export function safeNext(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/") || /^\/[/\\]/.test(next)) return "/entries";
  if (next.startsWith("/sign-in")) return "/entries";
  return next;
}
