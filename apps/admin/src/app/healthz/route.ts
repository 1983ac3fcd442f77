// The process answers (a container's liveness check).
import { healthResponse } from "@kb/web-observability";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return healthResponse();
}
