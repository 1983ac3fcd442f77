import { describe, expect, it } from "vitest";
import { parseOptions } from "./options.ts";

describe("bench options", () => {
  it("default to the full run: 10 s loads at 1 and 16 connections, 100,000 codes, every peer", () => {
    const options = parseOptions([], {});
    expect(options).toMatchObject({
      adminUrl: "postgres://postgres@127.0.0.1:5432/postgres",
      duration: 10,
      connections: [1, 16],
      size: 100_000,
      peers: ["P0", "P1", "P2", "product"],
      paths: ["cold", "engine", "hot"],
      workers: 2,
      keep: false,
    });
  });

  it("--quick shortens the loads and the generated base; explicit values still win", () => {
    expect(parseOptions(["--quick"], {})).toMatchObject({ duration: 2, size: 2_000, quick: true });
    expect(parseOptions(["--quick", "--duration", "5"], {})).toMatchObject({ duration: 5 });
  });

  it("rejects what it does not know, saying what it takes", () => {
    expect(() => parseOptions(["--peers", "P3"], {})).toThrow(/P0,P1,P2,product/);
    expect(() => parseOptions(["--duration", "0"], {})).toThrow(/--duration/);
    expect(() => parseOptions(["--workers", "0"], {})).toThrow(/--workers/);
    expect(parseOptions(["--workers", "1"], {})).toMatchObject({ workers: 1 });
    expect(() => parseOptions(["--nope"], {})).toThrow();
  });

  it("takes the admin URL from KB_BENCH_DATABASE_URL", () => {
    const env = { KB_BENCH_DATABASE_URL: "postgres://u@127.0.0.1:5433/x" };
    expect(parseOptions([], env)).toMatchObject({ adminUrl: env.KB_BENCH_DATABASE_URL });
  });
});
