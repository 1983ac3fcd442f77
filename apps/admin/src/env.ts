// The admin's whole configuration, read and checked once: nothing else touches process.env.
// Only server code imports this module (the API URL never reaches the browser). Read lazily, so that
// `next build` needs none of it; instrumentation.ts checks it when the server starts.
import { z } from "zod";
import { parseTrustProxy, type TrustProxy } from "@kb/trust-proxy";
import { settingsProblems } from "@kb/web-observability/settings";

const DEFAULT_API_URL = "http://127.0.0.1:4000/graphql";
const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** What a production server cannot run without: each one is named when missing, in one message. */
const REQUIRED_IN_PRODUCTION = { KB_API_URL: "the API's GraphQL URL" } as const;

const schema = z.object({
  NODE_ENV: z.string().optional(),
  KB_API_URL: z
    .url({
      protocol: /^https?$/,
      error: `must be an absolute http(s) URL such as ${DEFAULT_API_URL}`,
    })
    .default(DEFAULT_API_URL),
  // Bearer token /metrics asks for; unset, /metrics is open (keep it off the internet then).
  KB_METRICS_TOKEN: z.string().min(16, "must have at least 16 characters").optional(),
  LOG_LEVEL: z.enum(LEVELS).default("info"),
});

export interface AdminEnv {
  /** The GraphQL endpoint of apps/api. */
  apiUrl: string;
  /** Session cookies are Secure in production; `next dev` on http://localhost needs them plain. */
  secureCookies: boolean;
  metricsToken: string | undefined;
  logLevel: (typeof LEVELS)[number];
  /** Which hops in front of the admin may say who the editor is; the same setting and parser as the API's. */
  trustProxy: TrustProxy;
}

export function readAdminEnv(source: NodeJS.ProcessEnv): AdminEnv {
  const values = Object.fromEntries(
    Object.entries(source)
      .map(([name, value]) => [name, value?.trim()])
      .filter(([, value]) => value !== ""),
  );
  const production = values.NODE_ENV === "production";
  const result = schema.safeParse(values);
  const problems = settingsProblems(values, result.error?.issues ?? [], REQUIRED_IN_PRODUCTION);
  if (!result.success || problems.length) throw new Error(`Invalid admin settings: ${problems.join("; ")}`);
  return {
    apiUrl: new URL(result.data.KB_API_URL).toString(),
    secureCookies: production,
    metricsToken: result.data.KB_METRICS_TOKEN,
    logLevel: result.data.LOG_LEVEL,
    trustProxy: parseTrustProxy(values.KB_TRUST_PROXY),
  };
}

let cached: AdminEnv | undefined;

function settings(): AdminEnv {
  return (cached ??= readAdminEnv(process.env));
}

export const env: AdminEnv = {
  get apiUrl() {
    return settings().apiUrl;
  },
  get secureCookies() {
    return settings().secureCookies;
  },
  get metricsToken() {
    return settings().metricsToken;
  },
  get logLevel() {
    return settings().logLevel;
  },
  get trustProxy() {
    return settings().trustProxy;
  },
};
