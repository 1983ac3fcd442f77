// Prometheus metrics of this server process (see instrumentation.ts).
import { metricsResponse, serverRegistry } from "@kb/web-observability";
import { env } from "../../env.ts";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return metricsResponse(request, serverRegistry(), env().KB_METRICS_TOKEN);
}
