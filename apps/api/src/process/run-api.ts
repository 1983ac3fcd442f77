// One API process: opens the database, makes sure an admin exists, serves until SIGTERM/SIGINT, then
// finishes in-flight requests, closes the database and exits 0. With KB_WORKERS > 1 each worker runs this.
import cluster from "node:cluster";
import { loadCatalogue } from "@kb/codes/catalogue";
import { createDb } from "@kb/db";
import type { Logger } from "pino";
import type { ApiEnv } from "../env.ts";
import { ensureAdmin } from "../services/auth/users.service.ts";
import { startApiServer } from "../server.ts";
import { clusterMetricsText } from "./cluster-metrics.ts";

export async function runApi(env: ApiEnv, logger: Logger): Promise<void> {
  const db = createDb({
    url: env.DATABASE_URL,
    readUrl: env.DATABASE_READ_URL,
    dataDir: env.KB_DATA_DIR,
    onPoolError: (error) => logger.warn({ err: error }, "database connection lost"),
  });
  const generated = await ensureAdmin(db.prisma, env.KB_ADMIN_EMAIL, env.KB_ADMIN_PASSWORD, {
    generate: env.NODE_ENV !== "production",
  }).catch(async (error: Error) => {
    logger.fatal(error.message);
    await db.close();
    process.exit(1);
  });
  if (generated) {
    // Development only (production refuses to generate one), printed once: the account exists from now
    // on and the password is stored only as a hash.
    logger.warn(`First admin created: ${env.KB_ADMIN_EMAIL ?? "admin@localhost.test"} / ${generated}`);
  }
  const api = await startApiServer(db, env, logger);
  if (cluster.isWorker) api.metrics.text = clusterMetricsText(api.metrics.registry);
  logger.info(
    { url: api.url, database: db.kind, ...(db.replicated && { readReplica: true }) },
    `API listening on ${api.url}`,
  );
  // The error catalogue is parsed once the API listens: start does not wait for it, and the first
  // decode or lookup by name does not pay for it either.
  setImmediate(loadCatalogue);

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
}
