// src/generated/ is committed so that a fresh checkout typechecks without a generate step; this test runs
// the generator in memory with the same config and fails when the committed files no longer match the
// API's schema.graphql or the operations.
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { expect, it } from "vitest";
import config, { generatedDir } from "../codegen.ts";

const STALE = "stale generated client: run npm run codegen -w @kb/client";

it("the committed src/generated/ is what codegen produces from the schema and the operations", async () => {
  // generate() is typed `any` because of watch mode; without watch it resolves to the files.
  const outputs: { filename: string; content: string }[] = await generate(
    { ...structuredClone(config), silent: true },
    false,
  );
  const expected = new Map(outputs.map((file) => [resolve(file.filename), file.content]));
  expect(expected.size).toBeGreaterThan(0);

  const problems: string[] = [];
  for (const [file, content] of expected) {
    const actual = await readFile(file, "utf8").catch(() => undefined);
    if (actual === undefined) problems.push(`missing ${file}`);
    else if (actual !== content) problems.push(`out of date ${file}`);
  }
  for (const name of await readdir(generatedDir)) {
    const file = join(generatedDir, name);
    if (!expected.has(file)) problems.push(`not generated any more ${file}`);
  }
  expect(problems, STALE).toEqual([]);
});
