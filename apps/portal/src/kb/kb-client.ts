// The typed API client with a Next.js cache policy. Next's fetch cache keys on the URL, method, headers
// and body, so POSTed GraphQL queries cache per query and variables; `next.tags` lets /api/revalidate
// drop exactly what a publish made stale, and `next.revalidate` bounds staleness if a notice is missed.
import "server-only";
import { createKbClient, type KbClient } from "@kb/client";
import { REQUEST_ID } from "@kb/web-observability";
import { headers } from "next/headers";
import { env } from "../env.ts";
import { REVALIDATE_SECONDS } from "./cache-tags.ts";

export type CachePolicy = { tags: string[]; revalidate?: number } | "no-store";

const TIMEOUT_MS = 10_000;

export function kb(policy: CachePolicy): KbClient {
  return createKbClient({
    url: env().KB_API_URL,
    fetch: (input, init) => {
      const signal = init.signal ?? AbortSignal.timeout(TIMEOUT_MS);
      if (policy === "no-store") {
        // Uncached calls carry the reader's request id to the API, so both logs share it. (Cached calls
        // do not: Next's data cache keys on the headers, and one cached answer serves many requests.)
        return requestId().then((id) => {
          const withId = new Headers(init.headers);
          if (id) withId.set("x-request-id", id);
          return fetch(input, { ...init, headers: withId, signal, cache: "no-store" });
        });
      }
      const next = { tags: policy.tags, revalidate: policy.revalidate ?? REVALIDATE_SECONDS };
      return fetch(input, { ...init, signal, next });
    },
  });
}

/** The id instrumentation gave this request, or none outside a request (build, background work). */
async function requestId(): Promise<string | undefined> {
  try {
    const id = (await headers()).get("x-request-id");
    return id && REQUEST_ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Reads one code's working draft with a preview token (never cached: drafts change with every save). */
export function kbPreview(token: string): KbClient {
  return createKbClient({
    url: env().KB_API_URL,
    token,
    fetch: (input, init) =>
      fetch(input, { ...init, signal: init.signal ?? AbortSignal.timeout(TIMEOUT_MS), cache: "no-store" }),
  });
}
