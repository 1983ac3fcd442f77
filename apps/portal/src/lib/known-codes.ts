// The set of published codes, for proxy.ts. Proxy cannot use Next's data cache, so it keeps its own
// short-lived copy: a code the copy lacks refreshes it (at most every few seconds), so a code published a
// moment ago is found, and a flood of unknown codes costs at most one list call per interval. The copy
// lives on globalThis so that /api/revalidate, bundled apart from the proxy but in the same process,
// can drop it when published content changes.
import { createKbClient } from "@kb/client";
import { env } from "../env.ts";
import { listAll } from "../kb/list-all.ts";

const TTL_MS = 30_000;
const MIN_REFRESH_MS = 2_000;
const TIMEOUT_MS = 5_000; // every code page waits on this: better to let the page try than to hang

interface Memo {
  codes?: Set<string>;
  at: number;
  loading?: Promise<Set<string>>;
}

const key = Symbol.for("kb.portal.known-codes");
const store = globalThis as unknown as Record<symbol, Memo | undefined>;
const memo = (): Memo => (store[key] ??= { at: 0 });

async function load(): Promise<Set<string>> {
  const client = createKbClient({
    url: env().KB_API_URL,
    fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) }),
  });
  return new Set((await listAll(client)).map((entry) => entry.code));
}

/** Whether the code is published; undefined when the API cannot tell us (the page will find out). */
export async function isPublished(hex: string): Promise<boolean | undefined> {
  const m = memo();
  const age = Date.now() - m.at;
  const stale = !m.codes || age > TTL_MS || (!m.codes.has(hex) && age > MIN_REFRESH_MS);
  if (stale) {
    m.loading ??= load().finally(() => (m.loading = undefined));
    try {
      m.codes = await m.loading;
      m.at = Date.now();
    } catch {
      return m.codes?.has(hex) || undefined;
    }
  }
  return m.codes?.has(hex);
}

/** Called when the API says published content changed. */
export function forgetKnownCodes(): void {
  const m = memo();
  m.at = 0;
}
