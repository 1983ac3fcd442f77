// The admin renders on the server and talks to the API through @kb/client; the internal packages ship
// TypeScript source, so Next compiles them.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// The repository: the standalone output traces the workspace packages and node_modules from here.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const config: NextConfig = {
  // A self-contained server (.next/standalone/apps/<app>/server.js) with only the files it needs: what
  // the container image runs, and what `npm start` runs.
  output: "standalone",
  outputFileTracingRoot: root,
  turbopack: { root },
  transpilePackages: ["@kb/client", "@kb/codes", "@kb/web-observability", "@kb/trust-proxy"],
  // Loaded from node_modules at run time (traced into the standalone output), not bundled.
  serverExternalPackages: ["pino", "prom-client"],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    // An editing tool has no reason to be framed or to leak its URLs (entry codes, filters) elsewhere.
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          {
            // Next.js hydrates with inline scripts ('unsafe-inline'); nothing loads from elsewhere.
            key: "Content-Security-Policy",
            value:
              "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
              "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
          },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
        ],
      },
    ];
  },
};

// next-intl: src/i18n/request.ts gives each request its language and messages.
export default createNextIntlPlugin("./src/i18n/request.ts")(config);
