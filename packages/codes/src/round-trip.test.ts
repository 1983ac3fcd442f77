import { describe, it, expect } from "vitest";
import { decodeHResult, parseCode, toCanonical } from "./index.ts";

// Seeded so a failure is reproducible; no property-testing library needed.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const EDGES = [
  0, 1, 9, 10, 99_999_999, 100_000_000, 0x7fffffff, 0x80000000, 0xc004f074, 0xfffffffe, 0xffffffff,
];

function samples(count: number): number[] {
  const next = mulberry32(0xc004f074);
  const values = [...EDGES];
  for (let i = 0; i < count; i++) values.push(next());
  // Small values exercise the short and 8-digit decimal paths that random 32-bit values rarely hit.
  for (let i = 0; i < 500; i++) values.push(next() % 100_000_000);
  return values;
}

describe("round trip over random 32-bit values", () => {
  const values = samples(5000);

  it("parses unsigned decimal, signed decimal and hex spellings to the same code", () => {
    for (const unsigned of values) {
      const signed = unsigned | 0;
      const hex = toCanonical(unsigned);
      const expected = { hex, unsigned, signed };
      const unsignedText = String(unsigned);
      // An 8-digit unsigned decimal is read as hex by design, so it cannot round-trip.
      if (unsignedText.length !== 8) expect(parseCode(unsignedText)).toEqual(expected);
      if (signed < 0 || String(signed).length !== 8) expect(parseCode(String(signed))).toEqual(expected);
      expect(parseCode(hex)).toEqual(expected);
      expect(parseCode(hex.slice(2).toLowerCase())).toEqual(expected);
      expect(parseCode(`Error: ${hex.toLowerCase()} occurred`)).toEqual(expected);
      expect(parseCode(`0x${unsigned.toString(16)}`)).toEqual(expected);
    }
  });

  it("decodes numbers and their canonical hex identically, and the fields rebuild the value", () => {
    for (const unsigned of values) {
      const decoded = decodeHResult(unsigned);
      expect(decodeHResult(unsigned | 0)).toEqual(decoded);
      expect(decodeHResult(decoded.hex)).toEqual(decoded);
      const rebuilt =
        ((decoded.isFailure ? 0x80000000 : 0) |
          (decoded.reserved ? 0x40000000 : 0) |
          (decoded.customer ? 0x20000000 : 0) |
          (decoded.nBit ? 0x10000000 : 0) |
          (decoded.reservedX ? 0x08000000 : 0) |
          (decoded.facility << 16) |
          decoded.code) >>>
        0;
      expect(rebuilt).toBe(unsigned);
    }
  });
});
