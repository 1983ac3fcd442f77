// The servers the bench compares: three reference peers and the product at each depth of its caches.
import { startChild, type Child } from "./children.ts";
import type { OperationPlan, Request } from "./operations.ts";
import type { BenchOptions, PeerKind, ProductPath } from "./options.ts";
import { startProduct } from "./product.ts";

export interface PeerSpec {
  /** As printed in the table. */
  id: string;
  kind: PeerKind;
  path?: ProductPath;
  /** API processes (KB_WORKERS) of a product peer. */
  workers?: number;
  /** P0 runs no SQL: nothing to count. */
  counts: boolean;
  start(databaseUrl: string, name: string): Promise<Child>;
  /** The requests of an operation for this peer; null when it cannot ask it. */
  requests(plan: OperationPlan): Request[] | null;
}

const PEERS_DIR = "packages/bench/src/peers";
const api = (plan: OperationPlan) => plan.api;

export function peerSpecs(options: BenchOptions, recordedFile: string): PeerSpec[] {
  const specs: PeerSpec[] = [];
  // The product first: P0 serves the bytes it answered.
  if (options.peers.includes("product")) {
    for (const path of options.paths) {
      specs.push({
        id: `product ${path}`,
        kind: "product",
        path,
        counts: true,
        start: (url, name) => startProduct(path, url, name),
        requests: api,
      });
    }
    // What a second core gives: the engine path (the API's own CPU per request) with N processes.
    if (options.workers > 1 && options.paths.includes("engine")) {
      specs.push({
        id: `product engine ×${options.workers}`,
        kind: "product",
        path: "engine",
        workers: options.workers,
        counts: true,
        start: (url, name) => startProduct("engine", url, name, options.workers),
        requests: api,
      });
    }
  }
  if (options.peers.includes("P1")) {
    specs.push({
      id: "P1 pg",
      kind: "P1",
      counts: true,
      start: (url, name) => startChild(name, `${PEERS_DIR}/p1-pg.ts`, { DATABASE_URL: url }, "/healthz"),
      requests: api,
    });
  }
  if (options.peers.includes("P2")) {
    specs.push({
      id: "P2 PostGraphile",
      kind: "P2",
      counts: true,
      start: (url, name) =>
        startChild(name, `${PEERS_DIR}/p2-postgraphile.ts`, { DATABASE_URL: url }, "/healthz"),
      requests: (plan) => plan.p2,
    });
  }
  if (options.peers.includes("P0")) {
    specs.push({
      id: "P0 node:http",
      kind: "P0",
      counts: false,
      start: (_url, name) =>
        startChild(name, `${PEERS_DIR}/p0-static.ts`, { KB_BENCH_RESPONSES: recordedFile }, "/healthz"),
      requests: api,
    });
  }
  return specs;
}
