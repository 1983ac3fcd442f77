// npm start (apps/api): the GraphQL API on the configured database.
import { createDb } from "@kb/db";
import pino from "pino";
import { readApiEnv } from "./env.ts";
import { startApiServer } from "./server.ts";

const env = readApiEnv();
const logger = pino({ level: env.LOG_LEVEL, base: { service: "kb-api" } });
const db = createDb({
  url: env.DATABASE_URL,
  dataDir: env.KB_DATA_DIR,
  onPoolError: (error) => logger.warn({ err: error }, "database connection lost"),
});
const api = await startApiServer(db, env, logger);
logger.info({ url: api.url, database: db.kind }, `API listening on ${api.url}`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down: finishing in-flight requests");
  await api.close();
  await db.close();
  logger.info("stopped");
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
