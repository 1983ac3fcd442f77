export { serviceLogger } from "./logger.ts";
export { healthResponse, metricsResponse, readinessResponse, serverRegistry } from "./probes.ts";
export { observeServer, REQUEST_ID, type ServerObservability } from "./request-metrics.ts";
