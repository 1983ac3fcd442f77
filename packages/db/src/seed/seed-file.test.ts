import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSeedFile, seedFilePath } from "./seed.ts";

const original = JSON.parse(readFileSync(seedFilePath, "utf8")) as { entries: Record<string, unknown>[] };
const broken = (change: (entries: Record<string, unknown>[]) => void) => {
  const copy = structuredClone(original);
  change(copy.entries);
  return JSON.stringify(copy);
};

describe("the seed file", () => {
  it("is valid: 30 entries with distinct canonical codes", () => {
    const entries = parseSeedFile(JSON.stringify(original));
    expect(entries).toHaveLength(30);
    expect(new Set(entries.map((e) => e.code)).size).toBe(30);
  });

  it("rejects a missing French title, naming the entry and the field", () => {
    const text = broken((e) => delete (e[29]!.fr as Record<string, unknown>).title);
    expect(() => parseSeedFile(text)).toThrow("entry 0xC004F074 (#30): fr.title is required");
  });

  it("rejects an unknown activation type", () => {
    const text = broken((e) => (e[0]!.activationTypes = ["MAK", "KMS_SERVER"]));
    expect(() => parseSeedFile(text)).toThrow(
      "entry 0x8004FE21 (#1): activationTypes[1] must be one of MAK, KMS, KMS_CLIENT, KMS_HOST",
    );
  });

  it("rejects a duplicate code", () => {
    const text = broken((e) => (e[1]!.code = e[0]!.code));
    expect(() => parseSeedFile(text)).toThrow("entry 0x8004FE21 (#2): code duplicates 0x8004FE21");
  });

  it("rejects a missing French cause and a non-canonical code", () => {
    const text = broken((e) => {
      delete (e[2]!.causes as Record<string, unknown>[])[0]!.fr;
      e[3]!.code = "0x80070490 ";
    });
    expect(() => parseSeedFile(text)).toThrow(/entry 0x8007007B \(#3\): causes\[0\]\.fr is required/);
    expect(() => parseSeedFile(text)).toThrow(/code must be "0x" followed by 8 upper-case hex digits/);
  });

  it("rejects text that is not JSON", () => {
    expect(() => parseSeedFile("{ entries: ", "x.json")).toThrow(/x.json is not valid JSON/);
  });
});
