// Settings every workspace's vitest config starts from.
import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  // graphql 16 has no "exports" map: Node loads its CommonJS build (as type-graphql and Apollo do) while
  // Vite would pick the ESM one, and two copies of graphql refuse each other's types.
  resolve: { alias: { graphql: require.resolve("graphql") } },
  test: { testTimeout: 60_000, hookTimeout: 180_000 },
});
