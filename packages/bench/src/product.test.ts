import { readFileSync } from "node:fs";
import { repoRoot } from "@kb/db";
import { describe, expect, it } from "vitest";
import { startFlags } from "./product.ts";

describe("the product's node flags", () => {
  it("are read from apps/api's start script, so the bench runs the API as npm start does", () => {
    expect(startFlags("node build.mjs && node --a=1 --b dist/main.js")).toEqual(["--a=1", "--b"]);
    expect(startFlags("node build.mjs && node dist/main.js")).toEqual([]);
    expect(startFlags("node --c dist/main.js")).toEqual(["--c"]);
    expect(() => startFlags("tsx src/main.ts")).toThrow(/start script/);
    const pkg = JSON.parse(readFileSync(`${repoRoot}/apps/api/package.json`, "utf8"));
    expect(startFlags(pkg.scripts.start)).toContain("--heap-growing-percent=60");
  });
});
