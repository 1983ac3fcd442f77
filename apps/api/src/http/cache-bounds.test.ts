// Both in-memory caches stay within their byte bound however many distinct answers they are offered
// (a cache-busting reader), and keep what they promise: ETags, generations, nulls, invalidation.
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { EntryCache } from "../services/entry-cache.ts";
import { ResponseCache } from "./response-cache.ts";

const request = () =>
  ({ method: "POST", headers: { "content-type": "application/json" } }) as unknown as IncomingMessage;

describe("ResponseCache", () => {
  it("holds at most its byte bound under 5,000 distinct 2 KB answers, keeping the newest", () => {
    const bound = 1_000_000;
    const cache = new ResponseCache(() => "en", bound);
    let last = "";
    for (let i = 0; i < 5_000; i++) {
      const query = `{ errorCode(code: "0x${i.toString(16).padStart(8, "0")}") { code } }`;
      const key = cache.keyFor(request(), { query }, query)!;
      cache.set(key, cache.generation, `{"data":"${"é".repeat(1_000)}${i}"}`, "application/json", "en");
      expect(cache.bytes).toBeLessThanOrEqual(bound);
      last = key;
    }
    expect(cache.bytes).toBeGreaterThan(bound / 2);
    const kept = cache.get(last)!;
    expect(kept.etag).toMatch(/^W\/"[\w-]+"$/);
    expect(kept.body.endsWith('4999"}')).toBe(true);
  });

  it("keeps nothing computed before a clear(), and serves but does not keep an answer above the bound", () => {
    const cache = new ResponseCache(() => "en", 10_000);
    const generation = cache.generation;
    cache.clear();
    cache.set("a", generation, "{}", "application/json", undefined);
    expect(cache.get("a")).toBeUndefined();
    expect(
      cache.set("big", cache.generation, "x".repeat(20_000), "application/json", undefined),
    ).toBeDefined();
    expect(cache.get("big")).toBeUndefined();
  });
});

describe("EntryCache", () => {
  it("holds at most its byte bound, remembers nulls, and empties on a change", async () => {
    const bound = 500_000;
    const cache = new EntryCache(bound);
    let loads = 0;
    const load = cache.wrap("entries", async (keys) => {
      loads += keys.length;
      return keys.map((k) => (k.endsWith("0") ? null : { code: k, value: 1n, text: "mot ".repeat(200) }));
    });
    for (let i = 0; i < 3_000; i++) {
      await load([`k${i}`]);
      expect(cache.bytes).toBeLessThanOrEqual(bound);
    }
    expect(loads).toBe(3_000);
    expect(await load(["k2999", "k2990"])).toEqual([expect.objectContaining({ code: "k2999" }), null]);
    expect(loads).toBe(3_000);
    cache.invalidate("0xC004F074");
    expect(cache.bytes).toBe(0);
    await load(["k2999"]);
    expect(loads).toBe(3_001);
  });
});
