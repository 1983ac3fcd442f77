// One factory for both engines: PostgreSQL over pg when a URL is given, embedded PGlite otherwise.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client.ts";
import { listenPglite, listenServer, type Unlisten } from "./listen.ts";
import { openPglite, pgliteAdapter } from "./pglite.ts";
import { statementName } from "./prepared.ts";

// Three folders up from this module; apps/api/dist/main.js, which bundles it, sits at the same depth
// (npm start relies on it: the API's default embedded database, .data/pglite, is found from here).
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const defaultDataDir = path.join(repoRoot, ".data", "pglite");

/** The embedded database's directory: relative paths from the repository root; "memory://…" as is. */
export const resolveDataDir = (dataDir: string | undefined) =>
  dataDir?.startsWith("memory://") ? dataDir : path.resolve(repoRoot, dataDir ?? defaultDataDir);

/** The code given to a connection refused, lost or timed out without one (pg raises some of those as
 * plain Errors), so that callers classify them by code, never by message. */
export const CONNECTION_LOST = "KB_DB_CONNECTION_LOST";

const coded = (error: unknown) => {
  if (error instanceof Error && !(error as { code?: unknown }).code) {
    Object.assign(error, { code: CONNECTION_LOST });
  }
  return error;
};

/** pg.Client whose statements failing on a dead connection carry a code. */
class CodedClient extends pg.Client {
  override query(...args: unknown[]): never {
    const raw = this as unknown as { _ended?: boolean; _queryable?: boolean };
    const tag = (err: unknown) => (raw._ended || raw._queryable === false ? coded(err) : err);
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last] as (err: unknown, ...rest: unknown[]) => void;
      args[last] = (err: unknown, ...rest: unknown[]) => callback(err && tag(err), ...rest);
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) return result.catch((err: unknown) => Promise.reject(tag(err))) as never;
    return result as never;
  }
}

/** pg.Pool whose failures to hand out a connection (refused, timed out, pool exhausted) carry a code. */
class CodedPool extends pg.Pool {
  override connect(...args: unknown[]): never {
    const callback = args[0] as ((err: unknown, ...rest: unknown[]) => void) | undefined;
    if (callback) {
      return (super.connect as unknown as (cb: unknown) => never)((err: unknown, ...rest: unknown[]) =>
        callback(err && coded(err), ...rest),
      );
    }
    return (super.connect as () => Promise<unknown>)().catch((err: unknown) =>
      Promise.reject(coded(err)),
    ) as never;
  }
}

export interface DbOptions {
  /** postgres:// URL; when absent the embedded database is used. */
  url?: string | undefined;
  /** postgres:// URL of a streaming replica of `url`, for the reads that may lag (see `Db.reader`). */
  readUrl?: string | undefined;
  /** Directory of the embedded database; "memory://" keeps it in memory. */
  dataDir?: string | undefined;
  /** Called for errors on idle pooled connections (the server went away, a backend was killed). */
  onPoolError?: (error: Error) => void;
  /** Called with every SQL statement Prisma sends (used to count statements). */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

export interface Db {
  /** The primary: every write, and every read that must see them at once. */
  prisma: PrismaClient;
  /** The replica's own pool when `readUrl` is given, else the same client as `prisma`. */
  reader: PrismaClient;
  /** True when `reader` is a replica (a separate server that may lag behind the primary). */
  replicated: boolean;
  kind: "postgres" | "pglite";
  adapter: SqlDriverAdapterFactory;
  /** A trivial query, for health checks. */
  ping(): Promise<void>;
  /** The server pool's connections (for metrics); undefined on the embedded database. With a replica,
   * the primary's and the replica's pools together. */
  poolStats(): { total: number; idle: number; waiting: number } | undefined;
  /** Calls back with the code of every entry whose row changed (committed), or "*" after a reconnect. */
  onContentChange(callback: (code: string) => void): Promise<Unlisten>;
  close(): Promise<void>;
}

/** A pg pool with Prisma over it, for one server. */
function serverClient(url: string, options: DbOptions) {
  const pool = new CodedPool({
    Client: CodedClient as unknown as typeof pg.Client,
    connectionString: url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  pool.on("error", options.onPoolError ?? ((error) => console.error("database pool error:", error.message)));
  const adapter = new PrismaPg(pool, { statementNameGenerator: statementName });
  const log = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  const prisma = new PrismaClient({ adapter, log });
  if (options.onQuery) prisma.$on("query" as never, (e: { query: string }) => options.onQuery?.(e.query));
  return { pool, adapter, prisma };
}

export function createDb(options: DbOptions = {}): Db {
  if (options.url) {
    const url = options.url;
    const primary = serverClient(url, options);
    const replica = options.readUrl ? serverClient(options.readUrl, options) : undefined;
    const pools = replica ? [primary.pool, replica.pool] : [primary.pool];
    const sum = (count: (p: pg.Pool) => number) => pools.reduce((n, p) => n + count(p), 0);
    return {
      prisma: primary.prisma,
      reader: replica?.prisma ?? primary.prisma,
      replicated: Boolean(replica),
      kind: "postgres",
      adapter: primary.adapter,
      ping: async () => void (await Promise.all(pools.map((p) => p.query("SELECT 1")))),
      poolStats: () => ({
        total: sum((p) => p.totalCount),
        idle: sum((p) => p.idleCount),
        waiting: sum((p) => p.waitingCount),
      }),
      // Notices come from the primary, where the writes commit.
      onContentChange: async (callback) =>
        listenServer(url, callback, options.onPoolError ?? ((e) => console.error("listen:", e.message))),
      close: async () => {
        await Promise.all([primary.prisma.$disconnect(), replica?.prisma.$disconnect()]);
        await Promise.all(pools.map((p) => p.end()));
      },
    };
  }
  if (options.readUrl) throw new Error("a read replica (readUrl) needs the primary's url too");
  const dataDir = resolveDataDir(options.dataDir);
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const pglite = openPglite(dataDir);
  const adapter = pgliteAdapter(pglite);
  const log = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  const prisma = new PrismaClient({ adapter, log });
  if (options.onQuery) prisma.$on("query" as never, (e: { query: string }) => options.onQuery?.(e.query));
  return {
    prisma,
    reader: prisma,
    replicated: false,
    kind: "pglite",
    adapter,
    ping: async () => void (await pglite.query("SELECT 1")),
    poolStats: () => undefined,
    onContentChange: (callback) => listenPglite(pglite, callback),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
