// @kb/client is publishable: compiled JavaScript and types from dist/, the source only inside this repo.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

describe("package.json", () => {
  it("publishes dist/ with types and an ESM entry, and keeps the source for the monorepo", () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.files).toEqual(expect.arrayContaining(["dist", "bin"]));
    const root = pkg.exports["."];
    expect(Object.keys(root)[0]).toBe("kb-source");
    expect(root).toMatchObject({
      "kb-source": "./src/index.ts",
      types: "./dist/index.d.ts",
      import: "./dist/index.js",
    });
    // Nothing the published code imports may be a workspace package or a dev tool.
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["@graphql-typed-document-node/core", "graphql"]);
  });
});
