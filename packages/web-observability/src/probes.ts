// The answers of /healthz, /readyz and /metrics for the Next apps' route handlers.
import type { Registry } from "prom-client";

const noStore = { "cache-control": "no-store" };

/** The process answers. */
export function healthResponse(): Response {
  return Response.json({ status: "ok" }, { headers: noStore });
}

/** Ready when the API answers its /healthz within two seconds; 503 says why not. */
export async function readinessResponse(apiUrl: string): Promise<Response> {
  const health = new URL("/healthz", apiUrl);
  try {
    const res = await fetch(health, { cache: "no-store", signal: AbortSignal.timeout(2_000) });
    if (res.ok) return Response.json({ status: "ready" }, { headers: noStore });
    return Response.json(
      { status: "unavailable", reason: `the API answered ${res.status} at ${health.pathname}` },
      { status: 503, headers: noStore },
    );
  } catch (error) {
    return Response.json(
      { status: "unavailable", reason: `the API is unreachable: ${(error as Error).message}` },
      { status: 503, headers: noStore },
    );
  }
}

/** Prometheus text; with a token configured, only for `Authorization: Bearer <token>`. */
export async function metricsResponse(
  request: Request,
  registry: Registry | undefined,
  token: string | undefined,
): Promise<Response> {
  if (token && request.headers.get("authorization") !== `Bearer ${token}`) {
    return Response.json(
      { error: "/metrics needs Authorization: Bearer <KB_METRICS_TOKEN>." },
      { status: 401, headers: { ...noStore, "www-authenticate": "Bearer" } },
    );
  }
  if (!registry) return new Response("metrics are not collected in this runtime\n", { status: 503 });
  return new Response(await registry.metrics(), {
    headers: { ...noStore, "content-type": registry.contentType },
  });
}

/** The registry observeServer() installed in this process, if any. */
export function serverRegistry(): Registry | undefined {
  return (globalThis as unknown as Record<string, { registry: Registry } | undefined>)[
    "kb-server-observability"
  ]?.registry;
}
