// For the Next.js apps (portal, admin): Next copies a client's X-Forwarded-For as it is, and sets its
// own only when there is none (`??=`), so the socket's peer is lost and any client could name itself.
// Installed once from instrumentation.ts, this replaces the header of every incoming request with the
// one address resolveClientAddress() finds, before Next sees it; the app then passes that header on to
// the API, which trusts it from the app's address.
import http, { type IncomingMessage } from "node:http";
import { FORWARDED_FOR, normalizeAddress, resolveClientAddress, type TrustProxy } from "./trust-proxy.ts";

const INSTALLED = Symbol.for("kb.trust-proxy.installed");

/** Rewrites X-Forwarded-For to the resolved client address on every request an http.Server gets. */
export function installClientAddress(trust: TrustProxy): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as IncomingMessage;
      req.headers[FORWARDED_FOR] = resolveClientAddress(
        trust,
        req.socket.remoteAddress,
        req.headers[FORWARDED_FOR],
      ).address;
    }
    return (emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean).call(
      this,
      event,
      ...args,
    );
  } as typeof proto.emit;
}

/** The headers that pass the resolved client address (the request's X-Forwarded-For once
 * installClientAddress ran) on to the API; none when it is not one address. */
export function forwardedHeaders(address: string | null | undefined): Record<string, string> | undefined {
  const value = normalizeAddress(address ?? undefined);
  return value ? { [FORWARDED_FOR]: value } : undefined;
}
