import { describe, expect, it } from "vitest";
import { hasReplayed, walPositionValue } from "./wal-position.ts";

describe("WAL positions", () => {
  it("compare as numbers, the part after the slash being the low 32 bits", () => {
    expect(walPositionValue("0/0")).toBe(0n);
    expect(walPositionValue("16/B374D848")).toBe(0x16b374d848n);
    expect(hasReplayed("1/0", "0/FFFFFFFF")).toBe(true);
    expect(hasReplayed("0/FFFFFFFF", "1/0")).toBe(false);
    expect(hasReplayed("0/3000060", "0/3000060")).toBe(true);
    expect(hasReplayed("0/9", "0/10")).toBe(false); // hexadecimal, not text order
    // A server that is not in recovery sees every commit.
    expect(hasReplayed(null, "FF/0")).toBe(true);
    expect(() => walPositionValue("16-B374")).toThrow(/not a WAL position/);
  });
});
