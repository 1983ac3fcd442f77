// Command-line options of `npm run bench`. Defaults give the full run (~15 minutes); --quick a smoke run.
import { parseArgs } from "node:util";

export const PEERS = ["P0", "P1", "P2", "product"] as const;
export const PATHS = ["cold", "engine", "hot"] as const;
export const OPS = ["Q1", "Q2", "Q3", "Q4"] as const;
export type PeerKind = (typeof PEERS)[number];
export type ProductPath = (typeof PATHS)[number];
export type OpName = (typeof OPS)[number];

export interface BenchOptions {
  adminUrl: string;
  /** Measured seconds per load (after the warm-up). */
  duration: number;
  warmup: number;
  connections: number[];
  /** Synthetic codes in the large database (0 skips it). */
  size: number;
  peers: PeerKind[];
  paths: ProductPath[];
  /** With more than 1 (and the engine path selected), the engine path is measured a second time with
   * KB_WORKERS set to it. */
  workers: number;
  ops: OpName[];
  /** Sequential requests whose SQL statements are counted, per operation. */
  countRequests: number;
  keep: boolean;
  /** Reuse bench databases left by --keep when they hold the same data. */
  reuse: boolean;
  quick: boolean;
}

export const HELP = `npm run bench -- [options]
  --quick              2 s loads, 0.5 s warm-up, 2,000 generated codes (a smoke run of ~4 minutes)
  --duration <s>       measured seconds per load (default 10)
  --warmup <s>         warm-up seconds before each peer/operation (default 2)
  --connections <l>    comma-separated (default 1,16)
  --size <n>           synthetic codes in the large database (default 100000; 0 = small database only)
  --peers <l>          P0,P1,P2,product (default all)
  --paths <l>          product paths cold,engine,hot (default all)
  --workers <n>        also measure the engine path with KB_WORKERS=n (default 2; 1 = not)
  --ops <l>            Q1,Q2,Q3,Q4 (default all)
  --keep               keep the bench databases; --reuse uses them again when they match
Environment: KB_BENCH_DATABASE_URL (admin URL, default postgres://postgres@127.0.0.1:5432/postgres)`;

function list<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T[] {
  if (value === undefined) return [...allowed];
  const items = value.split(",").map((s) => s.trim());
  const wrong = items.filter((i) => !allowed.includes(i as T));
  if (wrong.length || !items.length) throw new Error(`--${name} takes ${allowed.join(",")}; got ${value}`);
  return items as T[];
}

function number(value: string | undefined, fallback: number, name: string, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number >= ${min}; got ${value}`);
  return n;
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions | "help" {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      duration: { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      size: { type: "string" },
      peers: { type: "string" },
      paths: { type: "string" },
      workers: { type: "string" },
      ops: { type: "string" },
      keep: { type: "boolean", default: false },
      reuse: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) return "help";
  const quick = values.quick ?? false;
  const connections = (values.connections ?? "1,16").split(",").map((c) => number(c, 1, "connections", 1));
  return {
    adminUrl: env.KB_BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres",
    duration: number(values.duration, quick ? 2 : 10, "duration", 1),
    warmup: number(values.warmup, quick ? 0.5 : 2, "warmup"),
    connections: connections.map(Math.round),
    size: Math.round(number(values.size, quick ? 2_000 : 100_000, "size")),
    peers: list(values.peers, PEERS, "peers"),
    paths: list(values.paths, PATHS, "paths"),
    workers: Math.round(number(values.workers, 2, "workers", 1)),
    ops: list(values.ops, OPS, "ops"),
    countRequests: quick ? 4 : 20,
    keep: values.keep ?? false,
    reuse: values.reuse ?? false,
    quick,
  };
}
