// Compiles a workspace's TypeScript entry point into one ES module for plain node: the workspace
// packages (@kb/*) are bundled, every npm package stays an import from node_modules. Used by the build
// script of @kb/db (its command line, dist/cli.js).
// Usage: node ../../scripts/bundle-node.mjs <entry.ts> <out.js>
import { build } from "esbuild";

const [entry, outfile] = process.argv.slice(2);
if (!entry || !outfile) throw new Error("Usage: node scripts/bundle-node.mjs <entry.ts> <out.js>");

await build({
  entryPoints: [entry],
  outfile,
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
