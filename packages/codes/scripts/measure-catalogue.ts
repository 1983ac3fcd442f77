// What the catalogue costs the API, measured as it runs in production (bundled by esbuild, plain
// JavaScript): the time to evaluate its module (paid at API start), to parse its rows and the NTSTATUS
// table (paid once, after the API listens), one lookup of each, and the process RSS before and after.
// `npm run measure:catalogue -w @kb/codes`; the README records the figures.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import type * as Catalogue from "../src/catalogue/index.ts";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

const bundle = await build({
  entryPoints: [new URL("../src/catalogue/index.ts", import.meta.url).pathname],
  bundle: true,
  platform: "node",
  format: "esm",
  write: false,
});
const file = join(mkdtempSync(join(tmpdir(), "kb-catalogue-")), "catalogue.mjs");
writeFileSync(file, bundle.outputFiles[0]!.text);

gc();
const before = process.memoryUsage().rss;
let t = performance.now();
const catalogue = (await import(pathToFileURL(file).href)) as typeof Catalogue;
const importMs = performance.now() - t;
t = performance.now();
catalogue.loadCatalogue();
const parseMs = performance.now() - t;
gc();
const after = process.memoryUsage().rss;
t = performance.now();
const rounds = 100_000;
for (let i = 0; i < rounds; i++) catalogue.namesForValue((0x80070000 + (i & 0xffff)) >>> 0);
const lookupUs = ((performance.now() - t) * 1000) / rounds;
t = performance.now();
for (let i = 0; i < rounds; i++) catalogue.dosErrorOf((0xc0000000 + (i & 0x3ff)) >>> 0);
const ntLookupUs = ((performance.now() - t) * 1000) / rounds;
console.log(
  JSON.stringify({
    ...catalogue.catalogueSize(),
    ntStatuses: catalogue.ntStatusMapSize(),
    importMs: Math.round(importMs),
    parseMs: Math.round(parseMs),
    lookupUs: Math.round(lookupUs * 100) / 100,
    ntLookupUs: Math.round(ntLookupUs * 100) / 100,
    rssBeforeMb: mb(before),
    rssAfterMb: mb(after),
  }),
);
