// The admin's logger (pino, JSON lines on stdout).
import { serviceLogger } from "@kb/web-observability";
import type { Logger } from "pino";
import { env } from "../env.ts";

export function logger(): Logger {
  return serviceLogger("kb-admin", env.logLevel);
}
