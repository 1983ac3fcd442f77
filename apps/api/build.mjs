// Compiles the API into one ES module, dist/main.js, which `npm start` runs with plain node: the
// TypeScript of apps/api and of the workspace packages (@kb/db, @kb/codes) is bundled; every npm
// package stays an import from node_modules. Running from TypeScript through tsx costs about 34 MB of
// memory and some throughput; this takes well under a second. dist/ sits three folders deep like
// packages/db/src, so @kb/db's repoRoot (three folders up from its module) stays the repository.
import { build } from "esbuild";

await build({
  entryPoints: ["src/main.ts"],
  outfile: "dist/main.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
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
