#!/usr/bin/env node
// The `kb` command: the compiled CLI (dist/, built by `npm run build` and shipped in the package); inside
// this repository before a build, or when a source file is newer than that build, the TypeScript source
// through tsx, so the command always matches the client next to it.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath, URL } from "node:url";

const compiled = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const sources = fileURLToPath(new URL("../src", import.meta.url));

function newestSource() {
  // The published package ships no sources: its build is the newest there is.
  if (!existsSync(sources)) return 0;
  let newest = 0;
  for (const name of readdirSync(sources, { recursive: true })) {
    newest = Math.max(newest, statSync(`${sources}/${name}`).mtimeMs);
  }
  return newest;
}

if (existsSync(compiled) && statSync(compiled).mtimeMs >= newestSource()) {
  await import(compiled);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli.ts");
}
