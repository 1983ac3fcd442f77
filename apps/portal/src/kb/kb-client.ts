// The typed API client with a Next.js cache policy. Next's fetch cache keys on the URL, method, headers
// and body, so POSTed GraphQL queries cache per query and variables; `next.tags` lets /api/revalidate
// drop exactly what a publish made stale, and `next.revalidate` bounds staleness if a notice is missed.
import "server-only";
import { createKbClient, type KbClient } from "@kb/client";
import { env } from "../env.ts";
import { REVALIDATE_SECONDS } from "./cache-tags.ts";

export type CachePolicy = { tags: string[]; revalidate?: number } | "no-store";

const TIMEOUT_MS = 10_000;

export function kb(policy: CachePolicy): KbClient {
  return createKbClient({
    url: env().KB_API_URL,
    fetch: (input, init) => {
      const signal = init.signal ?? AbortSignal.timeout(TIMEOUT_MS);
      if (policy === "no-store") return fetch(input, { ...init, signal, cache: "no-store" });
      const next = { tags: policy.tags, revalidate: policy.revalidate ?? REVALIDATE_SECONDS };
      return fetch(input, { ...init, signal, next });
    },
  });
}
