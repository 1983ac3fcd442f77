// The shared settings, with room for end-to-end tests: each file starts the API, `next start` and
// Chromium, and a browser test drives several pages.
import { mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.ts";

export default mergeConfig(shared, {
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
