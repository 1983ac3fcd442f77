import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { fr } from "./fr.ts";

// Every UI text exists in both languages (the type checks the keys; this checks nothing is left empty
// or left in English by mistake).
function leaves(value: unknown, path = ""): [string, unknown][] {
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
  }
  return [[path, typeof value === "function" ? (value as (x: never) => unknown)("X" as never) : value]];
}

describe("dictionaries", () => {
  it("have the same keys and non-empty texts", () => {
    const english = Object.fromEntries(leaves(en));
    const french = Object.fromEntries(leaves(fr));
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(french)) {
      expect(typeof text === "string" && text.trim().length > 0, key).toBe(true);
    }
  });

  it("translate every text", () => {
    const english = Object.fromEntries(leaves(en));
    const same = leaves(fr)
      .filter(([key, text]) => text === english[key])
      .map(([key]) => key);
    expect(same).toEqual([]);
  });
});
