import { describe, expect, it } from "vitest";
import { formatReport, formatTable, type Measurement } from "./report.ts";

const row = (
  peer: string,
  kind: Measurement["kind"],
  connections: number,
  rps: number | null,
): Measurement => ({
  database: "kb_bench_small",
  codes: 30,
  op: "Q1",
  label: "Q1 lookup",
  peer,
  kind,
  ...(kind === "product" && { path: peer.split(" ")[1] as Measurement["path"] }),
  connections,
  rps,
  p50: rps && 1000 / rps,
  p99: rps && 2000 / rps,
  requests: 100,
  bad: 0,
  statements: kind === "P0" ? 0 : 1,
  rssMb: 80,
});

describe("the printed table", () => {
  const rows = [
    row("product cold", "product", 1, 100),
    row("P2 PostGraphile", "P2", 1, 400),
    row("P0 node:http", "P0", 1, 10_000),
    row("P1 pg", "P1", 1, 1_000),
    row("product hot", "product", 1, 5_000),
  ];

  it("orders the peers and gives the product's req/s as a fraction of each peer's", () => {
    const lines = formatTable(rows).split("\n");
    expect(lines[0]).toBe("Q1 lookup — kb_bench_small (30 codes)");
    expect(lines.slice(2).map((l) => l.split(/\s{2,}/)[0])).toEqual([
      "P0 node:http",
      "P1 pg",
      "P2 PostGraphile",
      "product hot",
      "product cold",
    ]);
    expect(lines[6]).toMatch(/100\s+10\.00\s+20\.00\s+1\s+80\s+0\.01\s+0\.10\s+0\.25$/);
    expect(lines[5]).toMatch(/0\.50\s+5\.00\s+12\.50$/);
  });

  it("puts a path's row with several workers after its one-process row", () => {
    const two = { ...row("product engine ×2", "product", 1, 300), path: "engine" as const, workers: 2 };
    const one = { ...row("product engine", "product", 1, 200), path: "engine" as const };
    const lines = formatTable([two, row("product cold", "product", 1, 100), one]).split("\n");
    expect(lines.slice(2).map((l) => l.split(/\s{2,}/)[0])).toEqual([
      "product engine",
      "product engine ×2",
      "product cold",
    ]);
  });

  it("prints n/a for what a peer cannot do, and flags failed answers", () => {
    const text = formatTable([
      { ...row("P2 PostGraphile", "P2", 1, null), statements: null, note: "no whole-entry save" },
      { ...row("product cold", "product", 1, 50), bad: 3 },
    ]);
    expect(text).toContain("product cold (3 failed)");
    expect(text).toMatch(/P2 PostGraphile\s+1\s+n\/a\s+n\/a\s+n\/a\s+n\/a/);
    expect(text).toMatch(/n\/a$/m);
    expect(text).toContain("P2 PostGraphile: no whole-entry save");
  });

  it("puts the small database first, then the operations in order", () => {
    const large = rows.map((r) => ({
      ...r,
      database: "kb_bench_large",
      op: "Q2" as const,
      label: "Q2 page",
    }));
    const titles = formatReport([...large, ...rows])
      .split("\n")
      .filter((l) => l.includes(" — "));
    expect(titles).toEqual(["Q1 lookup — kb_bench_small (30 codes)", "Q2 page — kb_bench_large (30 codes)"]);
  });
});
