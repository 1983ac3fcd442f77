// Runs once when the server starts: checks the settings, so a wrong (or, in production, missing)
// KB_API_URL stops the server with one clear message instead of failing the first request; then installs
// the client-address resolution (KB_TRUST_PROXY, before Next sees the request, so that the editor's
// address the admin forwards to the API cannot be forged), request ids, the access log and the metrics
// (Node runtime only).
import { env } from "./env.ts";

export async function register(): Promise<void> {
  // NEXT_RUNTIME is set by Next itself, per bundle (the documented way to tell the runtimes apart).
  const node = process.env.NEXT_RUNTIME === "nodejs";
  const { serviceLogger, observeServer } = await import("@kb/web-observability");
  try {
    void env.apiUrl;
  } catch (error) {
    // Next would log this and keep serving errors: stop instead, with one line naming what is wrong.
    if (!node) throw error;
    serviceLogger("kb-admin").fatal((error as Error).message);
    process.exit(1);
  }
  if (!node) return;
  const { installClientAddress } = await import("@kb/trust-proxy");
  installClientAddress(env.trustProxy);
  const { logger } = await import("./lib/logger.ts");
  const { adminRoute } = await import("./lib/route-of.ts");
  observeServer({ logger: logger(), routeOf: adminRoute });
}
