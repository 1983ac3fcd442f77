// The portal's settings, read and checked once; nothing else reads process.env. Read lazily, not at
// import, so that `next build` needs none of them; instrumentation.ts checks them when the server starts.
import { trustProxySetting } from "@kb/trust-proxy";
// The subpath: env.ts reaches the proxy bundle, which needs none of the logging and metrics.
import { settingsProblems } from "@kb/web-observability/settings";
import { z } from "zod";

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** What a production server cannot run without: each one is named when missing, in one message. */
const REQUIRED_IN_PRODUCTION = {
  KB_API_URL: "the API's GraphQL URL",
  KB_PORTAL_URL: "the portal's public URL, for canonical links",
  KB_REVALIDATE_SECRET: "the secret the API sends to /api/revalidate, at least 32 characters",
} as const;

function schemaFor(production: boolean) {
  return z.object({
    KB_API_URL: z.url({ error: "must be the API's GraphQL URL" }).default("http://127.0.0.1:4000/graphql"),
    // Where the portal is published: canonical URLs, hreflang alternates, the sitemap and OpenGraph use it
    // rather than the request's Host header, which a client controls.
    KB_PORTAL_URL: z.url({ error: "must be the portal's public URL" }).default("http://localhost:3000"),
    // Shared with the API, which calls /api/revalidate when published content changes. Unset (development
    // only): the route refuses every call and pages refresh on the time-based window only.
    KB_REVALIDATE_SECRET: z
      .string()
      .min(production ? 32 : 16, `must have at least ${production ? 32 : 16} characters`)
      .optional(),
    // Bearer token /metrics asks for; unset, /metrics is open (keep it off the internet then).
    KB_METRICS_TOKEN: z.string().min(16, "must have at least 16 characters").optional(),
    LOG_LEVEL: z.enum(LEVELS).default("info"),
    // Shared with the API, which signs draft preview links with it. Unset: /api/draft refuses every link.
    KB_PREVIEW_SECRET: z.string().min(32, "must have at least 32 characters").optional(),
    // Which hops in front of the portal may say who the reader is; the same setting and parser as the API's.
    KB_TRUST_PROXY: trustProxySetting(),
  });
}

export type PortalEnv = z.infer<ReturnType<typeof schemaFor>>;

let cached: PortalEnv | undefined;

/** Checks a set of settings (the process's by default). */
export function readPortalEnv(source: NodeJS.ProcessEnv): PortalEnv {
  const values = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const production = values.NODE_ENV === "production";
  const result = schemaFor(production).safeParse(values);
  const problems = settingsProblems(values, result.error?.issues ?? [], REQUIRED_IN_PRODUCTION);
  if (!result.success || problems.length) throw new Error(`Invalid portal settings: ${problems.join("; ")}`);
  return { ...result.data, KB_PORTAL_URL: result.data.KB_PORTAL_URL.replace(/\/+$/, "") };
}

export function env(): PortalEnv {
  return (cached ??= readPortalEnv(process.env));
}

/** True in the Node.js server runtime (instrumentation also runs for the edge runtime): NEXT_RUNTIME is
 * set by Next itself, per bundle. */
export const nodeRuntime = () => process.env.NEXT_RUNTIME === "nodejs";
