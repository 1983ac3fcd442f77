// The API's settings, read and checked once; nothing else reads process.env.
import { trustProxySetting } from "@kb/trust-proxy";
import { z } from "zod";

/** The revalidation secret `npm start` uses when none is given: public, so refused in production. */
export const DEVELOPMENT_REVALIDATE_SECRET = "local-development-only-secret-never-in-production";

const bool = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0"], { error: 'must be "true" or "false"' })
    .optional()
    .transform((v) => (v === undefined ? fallback : v === "true" || v === "1"));

/** "standard=1200,bulk=12000": requests per minute for each API-token class (0 = no limit). */
function tokenClasses(text: string, ctx: z.RefinementCtx): Record<string, number> {
  const classes: Record<string, number> = {};
  for (const part of text.split(",")) {
    const match = /^\s*([a-z][a-z0-9_-]{0,31})\s*=\s*(\d{1,9})\s*$/.exec(part);
    if (!match) {
      ctx.addIssue({
        code: "custom",
        message: `must be a list of class=requests-per-minute such as "standard=1200,bulk=12000"; got "${part.trim()}"`,
      });
      return z.NEVER;
    }
    classes[match[1]!] = Number(match[2]);
  }
  if (!("standard" in classes)) {
    ctx.addIssue({ code: "custom", message: 'must name the "standard" class (new tokens get it)' });
    return z.NEVER;
  }
  return classes;
}

const MB = 1024 * 1024;

/** What production cannot run without, and why: each one is named when missing. */
const REQUIRED_IN_PRODUCTION = {
  DATABASE_URL: "the PostgreSQL server (production never writes an embedded database)",
  KB_REVALIDATE_SECRET: "at least 32 random characters shared with the portal",
  KB_PORTAL_URL: "the portal's address, asked to refresh pages when content changes",
} as const;

export function readApiEnv(source: NodeJS.ProcessEnv = process.env) {
  const production = source.NODE_ENV === "production";
  const schema = z.object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: z.coerce.number({ error: "must be a port number" }).int().min(0).max(65535).default(4000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL (unset for the embedded database)")
      .optional(),
    // A streaming replica of DATABASE_URL: anonymous reads go there (see docs/operations.md, scaling).
    DATABASE_READ_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL of a streaming replica of DATABASE_URL")
      .optional(),
    // How long a content notice waits for the replica to replay the change before caches are dropped
    // anyway (logged; they are dropped again once it has).
    KB_REPLICA_WAIT_MS: z.coerce.number().int().min(10).max(600_000).default(10_000),
    // API processes sharing the port (node:cluster); 1 runs the server in the started process itself.
    KB_WORKERS: z.coerce
      .number({ error: "must be a number of processes" })
      .int()
      .min(1, "must be at least 1")
      .max(256)
      .default(1),
    KB_DATA_DIR: z.string().min(1).optional(),
    KB_INTROSPECTION: bool(!production),
    KB_HTTP_CACHE: bool(true),
    KB_READ_MODEL: bool(true),
    // Room for importEntries of a whole export (about 100 KB of JSON for the 30 codes, with ids and links);
    // large imports raise it (a 10,000-entry import is 15-25 MB).
    KB_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(200_000_000).default(1_000_000),
    KB_CORS_ORIGINS: z
      .string()
      .default("")
      .transform((v) =>
        v
          .split(",")
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z.union([
            z.literal("*"),
            z.string().regex(/^https?:\/\/[^/\s,]+$/, "must be an origin such as https://example.com"),
          ]),
        ),
      ),
    KB_CACHE_MAX_AGE: z.coerce
      .number({ error: "must be a number of seconds" })
      .int()
      .min(0)
      .max(86_400)
      .default(60),
    KB_CACHE_STALE_WHILE_REVALIDATE: z.coerce
      .number({ error: "must be a number of seconds" })
      .int()
      .min(0)
      .max(604_800)
      .default(600),
    KB_ADMIN_EMAIL: z.email({ error: "must be an email address" }).optional(),
    KB_ADMIN_PASSWORD: z.string().min(12, "must have at least 12 characters").optional(),
    // The admin app's public address, for the first admin's one-time sign-in link in the log.
    KB_ADMIN_URL: z
      .url({ error: "must be the admin app's address, e.g. https://admin.example.com" })
      .optional(),
    KB_PORTAL_URL: z.url({ error: "must be the portal's URL, e.g. http://portal:3000" }).optional(),
    KB_PORTAL_REVALIDATE_URL: z
      .url({ error: "must be the portal's revalidation URL, e.g. http://127.0.0.1:3000/api/revalidate" })
      .optional(),
    KB_REVALIDATE_SECRET: z
      .string()
      .min(production ? 32 : 16, `must have at least ${production ? 32 : 16} characters`)
      .refine((v) => !production || v !== DEVELOPMENT_REVALIDATE_SECRET, {
        error: "is the public development default: generate one (openssl rand -hex 32)",
      })
      .optional(),
    // Bearer token /metrics asks for; unset, /metrics is open (keep the port off the internet then).
    KB_METRICS_TOKEN: z.string().min(16, "must have at least 16 characters").optional(),
    // Which hops may say who the client is (X-Forwarded-For): a hop count or a list of CIDR ranges.
    KB_TRUST_PROXY: trustProxySetting(),
    // Anonymous requests per minute per client address (0 = no limit); off outside production so that
    // development and the benchmark are never throttled.
    KB_READ_LIMIT: z.coerce
      .number({ error: "must be a number of requests per minute (0 = no limit)" })
      .int()
      .min(0)
      .default(production ? 300 : 0),
    KB_TOKEN_READ_LIMITS: z
      .string()
      .default(production ? "standard=1200,bulk=12000,unlimited=0" : "standard=0,bulk=0,unlimited=0")
      .transform(tokenClasses),
    // Byte bounds of the two in-memory caches (estimated sizes: string bytes, objects' JSON size × 4).
    KB_HTTP_CACHE_BYTES: z.coerce
      .number()
      .int()
      .min(0)
      .max(4096 * MB)
      .default(16 * MB),
    KB_READ_MODEL_BYTES: z.coerce
      .number()
      .int()
      .min(0)
      .max(4096 * MB)
      .default(16 * MB),
    KB_WEBHOOK_ALLOW_PRIVATE: bool(false),
    KB_WEBHOOK_POLL_MS: z.coerce.number().int().min(50).max(3_600_000).default(5_000),
    KB_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    KB_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(10),
    KB_WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
    KB_BACKLOG_CAP_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(50),
    KB_BACKLOG_FLUSH_MS: z.coerce.number().int().min(10).max(600_000).default(5_000),
    // Draft previews: the API signs links to the portal's /api/draft with this secret (shared with the
    // portal), and accepts them back as a credential reading that one entry's draft. Unset: no previews.
    KB_PREVIEW_SECRET: z.string().min(32, "must have at least 32 characters").optional(),
    // OpenTelemetry traces (off by default; nothing of OpenTelemetry is loaded then): spans of each HTTP
    // request and GraphQL operation, exported over OTLP/HTTP (JSON) to OTEL_EXPORTER_OTLP_ENDPOINT.
    KB_OTEL: bool(false),
    OTEL_EXPORTER_OTLP_ENDPOINT: z
      .url({ error: "must be the collector's OTLP/HTTP address, e.g. http://otel-collector:4318" })
      .default("http://localhost:4318"),
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z
      .url({ error: "must be the collector's traces URL, e.g. http://otel-collector:4318/v1/traces" })
      .optional(),
    OTEL_SERVICE_NAME: z.string().min(1).max(100).default("kb-api"),
    KB_OTEL_SAMPLE_RATIO: z.coerce
      .number({ error: "must be a share of traces between 0 and 1" })
      .min(0)
      .max(1)
      .default(1),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  });
  const values = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = schema.safeParse(values);
  const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
  if (result.success && !result.data.DATABASE_URL) {
    // The embedded database is one connection in one process, and has no replicas.
    if (result.data.KB_WORKERS > 1) {
      problems.push(
        `KB_WORKERS=${result.data.KB_WORKERS} needs DATABASE_URL: the embedded database (PGlite) is one connection in one process, so it runs one API process only (unset KB_WORKERS, or use a PostgreSQL server)`,
      );
    }
    if (result.data.DATABASE_READ_URL) {
      problems.push("DATABASE_READ_URL needs DATABASE_URL (the primary the replica follows)");
    }
  }
  if (production) {
    const missing = Object.entries(REQUIRED_IN_PRODUCTION).filter(([name]) => values[name] === undefined);
    if (missing.length) {
      problems.unshift(
        `NODE_ENV=production needs ${missing.map(([name, what]) => `${name} (${what})`).join(", ")}`,
      );
    }
  }
  if (!result.success || problems.length) throw new Error(`Invalid API settings: ${problems.join("; ")}`);
  const data = result.data;
  return {
    ...data,
    KB_OTEL_TRACES_URL:
      data.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
      `${data.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, "")}/v1/traces`,
    KB_PORTAL_REVALIDATE_URL:
      data.KB_PORTAL_REVALIDATE_URL ??
      (data.KB_PORTAL_URL ? `${data.KB_PORTAL_URL.replace(/\/+$/, "")}/api/revalidate` : undefined),
  };
}

export type ApiEnv = ReturnType<typeof readApiEnv>;
