// Checks the settings when the server starts, so a wrong KB_API_URL stops `next start` with a clear
// message instead of failing the first request.
import { env } from "./env.ts";

export function register(): void {
  env();
}
