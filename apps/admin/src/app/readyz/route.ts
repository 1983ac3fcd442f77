// Ready to serve: the API answers (503 with the reason otherwise).
import { readinessResponse } from "@kb/web-observability";
import { env } from "../../env.ts";

export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return readinessResponse(env.apiUrl);
}
