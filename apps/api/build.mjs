// Compiles the API into ES modules, dist/main.js and the chunks it imports, which `npm start` runs with
// plain node: the TypeScript of apps/api and of the workspace packages (@kb/db, @kb/codes) is bundled;
// every npm package stays an import from node_modules. Running from TypeScript through tsx costs about
// 34 MB of memory and some throughput; this takes well under a second. dist/ sits three folders deep like
// packages/db/src, so @kb/db's repoRoot (three folders up from its module) stays the repository.
// The server is a chunk of its own, loaded by main.js when it runs one: with KB_WORKERS > 1 the
// supervising process loads only main.js (about 60 MB resident instead of 110).
// Files are written whole (a temporary file, then a rename; the chunks before main.js), so that a
// process starting while another build runs (tests build too) never reads half a file.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { build } from "esbuild";

const outdir = path.resolve("dist");
const result = await build({
  entryPoints: ["src/main.ts"],
  outdir,
  entryNames: "[name]",
  chunkNames: "chunk-[hash]",
  splitting: true,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  write: false,
  plugins: [
    {
      name: "node-modules-external",
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith("@kb/") ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
mkdirSync(outdir, { recursive: true });
const entry = (file) => /^main\.js(\.map)?$/.test(path.basename(file.path));
const files = [...result.outputFiles.filter((f) => !entry(f)), ...result.outputFiles.filter(entry)];
for (const file of files) {
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}
// Chunks of earlier builds (their names hold a hash of their content) are removed.
const written = new Set(files.map((f) => path.basename(f.path)));
for (const name of readdirSync(outdir)) {
  if (/^chunk-.*\.js(\.map)?$/.test(name) && !written.has(name))
    rmSync(path.join(outdir, name), { force: true });
}
