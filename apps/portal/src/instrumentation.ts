// Runs once when the server starts: checks the settings, so a wrong KB_API_URL (or, in production, a
// missing one) stops the server with one clear message instead of failing the first request; then
// resolves each request's client address (KB_TRUST_PROXY) before Next sees it, so what the portal
// forwards to the API cannot be forged, and installs request ids, the access log and the metrics (Node
// runtime only: the edge runtime has no HTTP server of its own).
import { env, nodeRuntime } from "./env.ts";

export async function register(): Promise<void> {
  const node = nodeRuntime();
  const { serviceLogger, observeServer } = await import("@kb/web-observability");
  try {
    env();
  } catch (error) {
    // Next would log this and keep serving errors: stop instead, with one line naming what is wrong.
    if (!node) throw error;
    serviceLogger("kb-portal").fatal((error as Error).message);
    process.exit(1);
  }
  if (!node) return;
  const { installClientAddress } = await import("@kb/trust-proxy");
  installClientAddress(env().KB_TRUST_PROXY);
  const { logger } = await import("./lib/logger.ts");
  const { portalRoute } = await import("./lib/route-of.ts");
  observeServer({ logger: logger(), routeOf: portalRoute });
}
