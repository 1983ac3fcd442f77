// The API's Prometheus metrics (prom-client), one registry per server: request durations by route and
// GraphQL operation, cache lookups per depth, the database pool, and Node's defaults (event-loop lag,
// memory, CPU, GC). Operation names come from callers, so only the first MAX_OPERATIONS distinct
// names get their own series; later ones count as "other" (an unbounded label would grow memory).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

const MAX_OPERATIONS = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export type CacheDepth = "http" | "read_model";

export function createApiMetrics(options: { poolStats?: () => PoolStats | undefined } = {}) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: "kb_http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its answer, by route, GraphQL operation and status.",
    labelNames: ["method", "route", "operation", "status"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const lookups = new Counter({
    name: "kb_cache_lookups_total",
    help: "Cache lookups per depth (http: whole responses; read_model: entries and search hits) and result.",
    labelNames: ["depth", "result"] as const,
    registers: [registry],
  });
  const { poolStats } = options;
  new Gauge({
    name: "kb_db_pool_connections",
    help: "PostgreSQL pool connections: total open, idle, and requests waiting for one (server only).",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const stats = poolStats?.();
      if (!stats) return;
      this.set({ state: "total" }, stats.total);
      this.set({ state: "idle" }, stats.idle);
      this.set({ state: "waiting" }, stats.waiting);
    },
  });
  const operations = new Set<string>();

  return {
    registry,
    /** The text /metrics serves: this registry's, or with KB_WORKERS > 1 every worker's summed
     * (process/cluster-metrics.ts replaces it). */
    text: () => registry.metrics(),
    /** Records one finished request. */
    observe(labels: { method: string; route: string; operation?: string; status: number }, seconds: number) {
      duration.observe(
        {
          method: labels.method,
          route: labels.route,
          operation: operationLabel(labels.operation),
          status: String(labels.status),
        },
        seconds,
      );
    },
    cache(depth: CacheDepth, hits: number, misses: number) {
      if (hits) lookups.inc({ depth, result: "hit" }, hits);
      if (misses) lookups.inc({ depth, result: "miss" }, misses);
    },
    /** A gauge read at each scrape, for parts of the API that keep a backlog (e.g. an outbox). */
    gauge(name: string, help: string, read: () => number | Promise<number>) {
      new Gauge({
        name,
        help,
        registers: [registry],
        async collect() {
          this.set(await read());
        },
      });
    },
  };

  function operationLabel(name: string | undefined): string {
    if (!name) return "";
    if (!OPERATION_NAME.test(name)) return "other";
    if (operations.has(name)) return name;
    if (operations.size >= MAX_OPERATIONS) return "other";
    operations.add(name);
    return name;
  }
}

export type ApiMetrics = ReturnType<typeof createApiMetrics>;
