// npm start (apps/api): the GraphQL API on the configured database. With KB_WORKERS=N (N > 1) this
// process only supervises N API processes (node:cluster) that share the port (process/workers.ts).
import cluster from "node:cluster";
import pino from "pino";
import { readApiEnv } from "./env.ts";

const logger = pino({
  base: { service: "kb-api", ...(cluster.isWorker && { worker: cluster.worker!.id, pid: process.pid }) },
});
const env = (() => {
  try {
    return readApiEnv();
  } catch (error) {
    // One line naming every missing or wrong setting, then a non-zero exit (no stack: it is not a bug).
    logger.fatal((error as Error).message);
    process.exit(1);
  }
})();
logger.level = env.LOG_LEVEL;
if (cluster.isPrimary && env.KB_WORKERS > 1) {
  // Imported here so that the supervisor loads neither the server nor the database client.
  const { superviseWorkers } = await import("./process/workers.ts");
  superviseWorkers(env.KB_WORKERS, logger);
} else {
  const { runApi } = await import("./process/run-api.ts");
  await runApi(env, logger);
}
