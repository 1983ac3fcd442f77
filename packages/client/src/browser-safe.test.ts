// The client must run in browsers (portal, admin) as well as in Node: nothing reachable from src/index.ts
// may import a Node built-in or read process. The CLI, tests and codegen config are Node-only and are
// not reachable from it.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']/gm;

function walk(file: string, seen: Map<string, string[]>): void {
  if (seen.has(file)) return;
  const source = readFileSync(file, "utf8");
  const specifiers = [...source.matchAll(IMPORT)].map((m) => m[1] ?? "");
  seen.set(file, [...specifiers, ...(/\bprocess\./.test(source) ? ["process"] : [])]);
  for (const specifier of specifiers.filter((s) => s.startsWith("."))) {
    const target = resolve(dirname(file), specifier);
    walk(target.endsWith(".ts") ? target : `${target}.ts`, seen);
  }
}

it("src/index.ts and everything it imports use no Node built-in", () => {
  const seen = new Map<string, string[]>();
  walk(fileURLToPath(new URL("./index.ts", import.meta.url)), seen);
  expect(seen.size).toBeGreaterThan(4);
  const nodeOnly = [...seen].flatMap(([file, specifiers]) =>
    specifiers
      .filter((s) => s === "process" || s.startsWith("node:") || ["fs", "path", "http", "url"].includes(s))
      .map((s) => `${file}: ${s}`),
  );
  expect(nodeOnly).toEqual([]);
});
