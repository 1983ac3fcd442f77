// The Next apps' logger: pino, one JSON line per event on stdout, like the API's.
import pino, { type Logger } from "pino";

const loggers = new Map<string, Logger>();

/** One logger per service and process (Next may load a module more than once). */
export function serviceLogger(service: string, level = "info"): Logger {
  const key = `kb-logger:${service}`;
  const shared = globalThis as unknown as Record<string, Logger | undefined>;
  let logger = loggers.get(service) ?? shared[key];
  if (!logger) {
    logger = pino({ level, base: { service } });
    shared[key] = logger;
  }
  loggers.set(service, logger);
  return logger;
}
