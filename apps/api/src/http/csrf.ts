// Cross-site request forgery: a browser sends cookies with a cross-site GET that no preflight announced,
// so a GET carrying the session cookie must carry a header only a script can set (which forces a CORS
// preflight). A GET without credentials has no ambient authority to abuse and is served as the
// GraphQL-over-HTTP spec describes, which makes it cacheable. A POST must be JSON, which a form cannot send.
import type { IncomingMessage } from "node:http";
import { HttpError } from "./body.ts";

const PREFLIGHT_HEADERS = ["apollo-require-preflight", "x-apollo-operation-name"];

export function refuseCookieOnlyGet(req: IncomingMessage, cookieName: string): void {
  if (req.method !== "GET" || req.headers.authorization) return;
  const cookies = (req.headers.cookie ?? "").split(";").map((c) => c.trim().split("=")[0]);
  if (!cookies.includes(cookieName)) return;
  if (PREFLIGHT_HEADERS.some((h) => req.headers[h])) return;
  throw new HttpError(
    400,
    `A GET request carrying the ${cookieName} cookie needs an apollo-require-preflight (or x-apollo-operation-name) header: this blocks cross-site request forgery. Anonymous GET requests need none.`,
  );
}
