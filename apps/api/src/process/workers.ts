// KB_WORKERS=N: this process forks N API processes (node:cluster) that share the port, each one a whole
// server (its own pool, caches, content notices, webhook worker). It serves nothing itself: it starts
// the first worker alone (which creates the first admin if needed, so no two workers race to), then the
// others; restarts a worker that dies, waiting longer after each quick death; on SIGTERM or SIGINT it
// passes SIGTERM on (each worker finishes its in-flight requests) and exits once all have exited.
import cluster, { type Worker } from "node:cluster";
import type { Logger } from "pino";
import { aggregateWorkerMetrics } from "./cluster-metrics.ts";

export interface SuperviseOptions {
  /** Wait before the first restart; doubled after each death that follows a short life. */
  restartMs?: number;
  maxRestartMs?: number;
  /** A worker that lived this long resets the wait. */
  stableMs?: number;
}

export function superviseWorkers(count: number, logger: Logger, options: SuperviseOptions = {}): void {
  const restartMs = options.restartMs ?? 1_000;
  const maxRestartMs = options.maxRestartMs ?? 30_000;
  const stableMs = options.stableMs ?? 60_000;
  const startedAt = new Map<Worker, number>();
  const serving = new Set<Worker>();
  const timers = new Set<NodeJS.Timeout>();
  let quickDeaths = 0;
  let stopping = false;
  let filled = false;
  let failedExits = 0;

  // Exits once the log lines are written (stdout may be a pipe, written asynchronously).
  const exit = (code: number) => logger.flush(() => process.exit(code));
  // Workers whose process has not exited (cluster.workers also drops those that have only disconnected).
  const alive = () => startedAt.size;
  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker, Date.now());
  };

  cluster.on("listening", (worker, address) => {
    serving.add(worker);
    logger.info({ worker: worker.id, pid: worker.process.pid, port: address.port }, "API worker listening");
    if (filled || stopping) return;
    filled = true;
    for (let i = alive() + timers.size; i < count; i++) fork();
  });

  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? Date.now());
    startedAt.delete(worker);
    serving.delete(worker);
    if (stopping) {
      if (code !== 0) failedExits++;
      logger.info({ worker: worker.id, pid: worker.process.pid, code, signal }, "API worker stopped");
      if (alive() === 0) {
        logger.info("stopped");
        exit(failedExits ? 1 : 0);
      }
      return;
    }
    quickDeaths = lived >= stableMs ? 0 : quickDeaths + 1;
    const wait = Math.min(maxRestartMs, restartMs * 2 ** Math.max(0, quickDeaths - 1));
    logger.error(
      { worker: worker.id, pid: worker.process.pid, code, signal, livedMs: lived, restartInMs: wait },
      "API worker died: starting another",
    );
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!stopping) fork();
    }, wait);
    timers.add(timer);
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    logger.info({ signal, workers: alive() }, "shutting down: stopping the API workers");
    if (alive() === 0) exit(0);
    for (const worker of startedAt.keys()) worker.process.kill("SIGTERM");
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  aggregateWorkerMetrics(() => [...serving]);
  logger.info({ workers: count, pid: process.pid }, `starting ${count} API workers`);
  fork();
}
