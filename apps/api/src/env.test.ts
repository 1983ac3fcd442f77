// The production guard: one message naming every missing setting, and the public development secret
// refused.
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_REVALIDATE_SECRET, readApiEnv } from "./env.ts";

const PRODUCTION = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://kb:secret@db:5432/kb",
  KB_REVALIDATE_SECRET: "0123456789abcdef0123456789abcdef",
  KB_PORTAL_URL: "http://portal:3000",
};

const failure = (source: Record<string, string | undefined>) => {
  try {
    readApiEnv(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("readApiEnv accepted the settings");
};

describe("readApiEnv in production", () => {
  it("names every missing setting in one message", () => {
    const message = failure({ NODE_ENV: "production" });
    expect(message).toMatch(/^Invalid API settings: NODE_ENV=production needs /);
    for (const name of ["DATABASE_URL", "KB_REVALIDATE_SECRET", "KB_PORTAL_URL"])
      expect(message).toContain(name);
    expect(message.split("\n")).toHaveLength(1);
  });

  it.each(["DATABASE_URL", "KB_REVALIDATE_SECRET", "KB_PORTAL_URL"])(
    "refuses to start without %s",
    (name) => {
      const message = failure({ ...PRODUCTION, [name]: undefined });
      expect(message).toContain(name);
      for (const other of Object.keys(PRODUCTION).filter((n) => n !== name && n !== "NODE_ENV"))
        expect(message).not.toContain(other);
      // An empty value counts as missing.
      expect(failure({ ...PRODUCTION, [name]: "" })).toContain(name);
    },
  );

  it("wants a revalidation secret of 32 characters that is not the development default", () => {
    expect(failure({ ...PRODUCTION, KB_REVALIDATE_SECRET: "only-twenty-characters" })).toContain(
      "KB_REVALIDATE_SECRET must have at least 32 characters",
    );
    const withDefault = { ...PRODUCTION, KB_REVALIDATE_SECRET: DEVELOPMENT_REVALIDATE_SECRET };
    expect(failure(withDefault)).toContain("KB_REVALIDATE_SECRET");
  });

  it("accepts a complete production configuration and derives the revalidation URL", () => {
    const env = readApiEnv(PRODUCTION);
    expect(env.KB_PORTAL_REVALIDATE_URL).toBe("http://portal:3000/api/revalidate");
    expect(env.KB_INTROSPECTION).toBe(false);
    expect(
      readApiEnv({ ...PRODUCTION, KB_PORTAL_REVALIDATE_URL: "http://10.0.0.5:3000/api/revalidate" }),
    ).toMatchObject({ KB_PORTAL_REVALIDATE_URL: "http://10.0.0.5:3000/api/revalidate" });
  });

  it("asks nothing in development: the embedded database and the public secret are fine there", () => {
    const env = readApiEnv({ KB_REVALIDATE_SECRET: DEVELOPMENT_REVALIDATE_SECRET });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.KB_PORTAL_REVALIDATE_URL).toBeUndefined();
  });
});

describe("readApiEnv for more than one process", () => {
  it("runs one API process unless KB_WORKERS says more, on a server only", () => {
    expect(readApiEnv({}).KB_WORKERS).toBe(1);
    expect(readApiEnv({ ...PRODUCTION, KB_WORKERS: "4" }).KB_WORKERS).toBe(4);
    const message = failure({ KB_WORKERS: "2" });
    expect(message).toContain("KB_WORKERS=2 needs DATABASE_URL");
    expect(message).toContain("embedded database (PGlite) is one connection in one process");
    expect(failure({ ...PRODUCTION, KB_WORKERS: "0" })).toContain("KB_WORKERS must be at least 1");
    expect(failure({ ...PRODUCTION, KB_WORKERS: "two" })).toContain("KB_WORKERS must be a number");
  });

  it("takes a read replica's URL only beside the primary's", () => {
    const replica = "postgres://kb:secret@replica:5432/kb";
    expect(readApiEnv({ ...PRODUCTION, DATABASE_READ_URL: replica })).toMatchObject({
      DATABASE_READ_URL: replica,
      KB_REPLICA_WAIT_MS: 10_000,
    });
    expect(failure({ DATABASE_READ_URL: replica })).toContain("DATABASE_READ_URL needs DATABASE_URL");
    expect(failure({ ...PRODUCTION, DATABASE_READ_URL: "mysql://x" })).toContain(
      "DATABASE_READ_URL must be a postgres:// URL",
    );
  });
});
