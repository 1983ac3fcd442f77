// The API's settings, read and checked once; nothing else reads process.env.
import { z } from "zod";

const bool = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0"], { error: 'must be "true" or "false"' })
    .optional()
    .transform((v) => (v === undefined ? fallback : v === "true" || v === "1"));

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
    KB_DATA_DIR: z.string().min(1).optional(),
    KB_INTROSPECTION: bool(!production),
    KB_HTTP_CACHE: bool(true),
    KB_READ_MODEL: bool(true),
    KB_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(100_000),
    KB_ADMIN_EMAIL: z.email({ error: "must be an email address" }).optional(),
    KB_ADMIN_PASSWORD: z.string().min(12, "must have at least 12 characters").optional(),
    KB_PORTAL_REVALIDATE_URL: z
      .url({ error: "must be the portal's revalidation URL, e.g. http://127.0.0.1:3000/api/revalidate" })
      .optional(),
    KB_REVALIDATE_SECRET: z.string().min(16, "must have at least 16 characters").optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  });
  const result = schema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
    throw new Error(`Invalid API settings: ${problems}`);
  }
  return result.data;
}

export type ApiEnv = ReturnType<typeof readApiEnv>;
