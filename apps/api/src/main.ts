// npm start (apps/api): the GraphQL API on the configured database.
import { createDb } from "@kb/db";
import pino from "pino";
import { readApiEnv } from "./env.ts";
import { ensureAdmin } from "./services/auth/users.service.ts";
import { startApiServer } from "./server.ts";

const env = readApiEnv();
const logger = pino({ level: env.LOG_LEVEL, base: { service: "kb-api" } });
const db = createDb({
  url: env.DATABASE_URL,
  dataDir: env.KB_DATA_DIR,
  onPoolError: (error) => logger.warn({ err: error }, "database connection lost"),
});
const generated = await ensureAdmin(db.prisma, env.KB_ADMIN_EMAIL, env.KB_ADMIN_PASSWORD);
if (generated) {
  // Printed once: the account exists from now on and the password is stored only as a hash.
  console.log(`\nFirst admin created: ${env.KB_ADMIN_EMAIL ?? "admin@localhost.test"} / ${generated}\n`);
}
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
