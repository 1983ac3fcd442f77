// CORS for the allow-list of origins in KB_CORS_ORIGINS. Credentials (cookies) are never allowed across
// origins: other sites' pages read public content, or send an API token in the Authorization header.
import type { IncomingMessage, ServerResponse } from "node:http";

const ALLOWED_METHODS = "GET, POST, OPTIONS";
const ALLOWED_HEADERS = [
  "accept",
  "accept-language",
  "apollo-require-preflight",
  "authorization",
  "content-type",
  "if-none-match",
  "traceparent",
  "x-apollo-operation-name",
  "x-request-id",
];
const EXPOSED_HEADERS = [
  "content-language",
  "etag",
  "ratelimit-limit",
  "ratelimit-remaining",
  "ratelimit-reset",
  "retry-after",
  "x-cache",
  "x-request-id",
].join(", ");
const PREFLIGHT_MAX_AGE = "600";

export class Cors {
  private readonly any: boolean;
  private readonly origins: Set<string>;

  constructor(origins: readonly string[]) {
    this.any = origins.includes("*");
    this.origins = new Set(origins.map((o) => o.replace(/\/$/, "").toLowerCase()));
  }

  get enabled(): boolean {
    return this.any || this.origins.size > 0;
  }

  allows(origin: string): boolean {
    return this.any || this.origins.has(origin.toLowerCase());
  }

  /** Headers of an actual (non-preflight) response; none for an origin not on the list. */
  apply(req: IncomingMessage, res: ServerResponse): void {
    if (!this.enabled) return;
    appendVary(res, "Origin");
    const origin = req.headers.origin;
    if (!origin || !this.allows(origin)) return;
    res.setHeader("access-control-allow-origin", this.any ? "*" : origin);
    res.setHeader("access-control-expose-headers", EXPOSED_HEADERS);
  }

  /** Answers an OPTIONS request: 204 with the Access-Control-* headers for an allowed origin, 403 else. */
  preflight(req: IncomingMessage, res: ServerResponse): void {
    const origin = req.headers.origin;
    res.setHeader("allow", ALLOWED_METHODS);
    res.setHeader("cache-control", "no-store");
    if (!origin) {
      res.writeHead(204);
      return void res.end();
    }
    res.setHeader("vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
    const method = String(req.headers["access-control-request-method"] ?? "").toUpperCase();
    const asked = String(req.headers["access-control-request-headers"] ?? "")
      .split(",")
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean);
    const refusedHeaders = asked.filter((h) => !ALLOWED_HEADERS.includes(h));
    const problem = !this.allows(origin)
      ? `Origin ${origin} is not allowed: the API's operator lists allowed origins in KB_CORS_ORIGINS.`
      : method && !["GET", "POST"].includes(method)
        ? `Method ${method} is not allowed: use GET or POST.`
        : refusedHeaders.length
          ? `Request headers not allowed: ${refusedHeaders.join(", ")}.`
          : null;
    if (problem) {
      res.writeHead(403, { "content-type": "application/json; charset=utf-8" });
      return void res.end(
        JSON.stringify({ errors: [{ message: problem, extensions: { code: "FORBIDDEN" } }] }),
      );
    }
    res.writeHead(204, {
      "access-control-allow-origin": this.any ? "*" : origin,
      "access-control-allow-methods": ALLOWED_METHODS,
      "access-control-allow-headers": ALLOWED_HEADERS.join(", "),
      "access-control-max-age": PREFLIGHT_MAX_AGE,
    });
    res.end();
  }
}

/** Adds a field name to the Vary header once. */
export function appendVary(res: ServerResponse, ...names: string[]): void {
  const current = String(res.getHeader("vary") ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!current.some((v) => v.toLowerCase() === name.toLowerCase())) current.push(name);
  }
  res.setHeader("vary", current.join(", "));
}
