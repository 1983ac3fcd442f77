export { startApiServer, type ApiServer } from "./server.ts";
export { readApiEnv, type ApiEnv } from "./env.ts";
export { printSdl } from "./schema/build-schema.ts";
