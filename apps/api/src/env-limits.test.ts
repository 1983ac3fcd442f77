import { describe, expect, it } from "vitest";
import { readApiEnv } from "./env.ts";

describe("API settings for limits and proxies", () => {
  it("leave read limits off outside production and on in production", () => {
    const dev = readApiEnv({});
    expect(dev.KB_READ_LIMIT).toBe(0);
    expect(Object.values(dev.KB_TOKEN_READ_LIMITS)).toEqual([0, 0, 0]);
    expect(dev.KB_TRUST_PROXY.text).toBe("loopback");
    const prod = readApiEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://kb@db/kb",
      KB_REVALIDATE_SECRET: "x".repeat(40),
      KB_PORTAL_URL: "https://kb.example",
    });
    expect(prod.KB_READ_LIMIT).toBe(300);
    expect(prod.KB_TOKEN_READ_LIMITS).toEqual({ standard: 1200, bulk: 12000, unlimited: 0 });
    expect(readApiEnv({ KB_TOKEN_READ_LIMITS: "standard=10, partner=500" }).KB_TOKEN_READ_LIMITS).toEqual({
      standard: 10,
      partner: 500,
    });
  });

  it("refuse what they cannot read, naming the setting and what is expected", () => {
    expect(() => readApiEnv({ KB_TRUST_PROXY: "10.0.0.0/99" })).toThrow(/KB_TRUST_PROXY must be a hop count/);
    expect(() => readApiEnv({ KB_TOKEN_READ_LIMITS: "gold=5" })).toThrow(/must name the "standard" class/);
    expect(() => readApiEnv({ KB_TOKEN_READ_LIMITS: "standard=x" })).toThrow(/class=requests-per-minute/);
    expect(() => readApiEnv({ KB_READ_LIMIT: "lots" })).toThrow(/KB_READ_LIMIT must be a number/);
  });
});
